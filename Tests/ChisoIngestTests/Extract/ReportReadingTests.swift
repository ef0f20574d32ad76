import ChisoDomain
import ChisoIngest
import Testing

/// The extractor reads a report a paragraph at a time, with the report-wide context gathered
/// by a first reading, and a sentence of many figures costs each figure a local look, not a
/// re-read of the sentence.
@Suite struct ReportReadingTests {
    func extractor() throws -> ReportExtractor {
        try ExtractHarness.extractor(withUnits: false)
    }

    @Test func aSentenceOfThreeThousandPercentagesGivesOneRowEachWithItsIndicator() throws {
        let text = "Tỷ lệ hồ sơ trực tuyến năm 2023: " + (0..<3_000).map { "\($0 % 97),\($0 % 10)%" }.joined(separator: " ")
        let rows = try extractor().extract(text)
        #expect(rows.count == 3_000)
        #expect(rows.allSatisfy { $0.indicator == "online_dossier_rate" && $0.period == "2023" })
        #expect(rows.map(\.raw).prefix(3) == ["0,0%", "1,1%", "2,2%"])
    }

    @Test func theReportsDateAndProvinceComeFromItsWholeTextReadAParagraphAtATime() throws {
        let paragraphs = [
            "Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 42,06%.",
            "Toàn tỉnh có 1.824 TTHC.",
            "Báo cáo tình hình tỉnh Tuyên Quang 9 tháng đầu năm 2023, tính đến ngày 30/9/2023.",
        ]
        let extractor = try extractor()
        var survey = ReportSurvey()
        for paragraph in paragraphs { ReportExtractor.survey(paragraph, into: &survey) }
        var reading = ReportExtractor.Reading(extractor, survey: survey, options: .init())
        let rows = paragraphs.flatMap { reading.extract($0) }
        // The first paragraph's figure is dated by the last paragraph, and placed by it.
        #expect(rows.first?.raw == "42,06%")
        #expect(rows.first?.period == "2023-09-30")
        #expect(rows.first?.area == "08")
        #expect(rows == extractor.extract(paragraphs.joined(separator: "\n")))
    }
}
