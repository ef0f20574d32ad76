import ChisoDomain
import ChisoIngest
import ChisoStorage
import Testing

/// Phrasing from reports the rules were not written on (issue 16): bare province names,
/// datelines, a subject period that holds, and indicators found by their names.
@Suite struct ReportExtractorUnseenTests {
    func extract(_ text: String, area: String? = "08") throws -> [ExtractedRow] {
        try ExtractHarness.extract(text, area: area, areaOn: ExtractHarness.endOfSeptember2023)
    }

    @Test(arguments: [
        ("Năm 2022, Bắc Giang đứng thứ 4/63 về Chỉ số CCHC.", "Bắc Giang"),
        ("Năm 2022, Quảng Ninh đạt 92,18% về Chỉ số CCHC.", "Quảng Ninh"),
        ("Năm 2022, QUẢNG NINH đạt 92,18% về Chỉ số CCHC.", "Quảng Ninh"),
        ("Năm 2022, Quang Ninh đạt 92,18% về Chỉ số CCHC.", "Quảng Ninh"),
        ("Theo kết quả này, Trà Vinh xếp ở vị trí 25/63 tỉnh, thành phố về DTI năm 2022.", "Trà Vinh"),
        ("Năm 2022, UBND Yên Bái đứng thứ 14/63 về Chỉ số CCHC.", "Yên Bái"),
    ])
    func readsABareProvinceNameAsTheArea(text: String, name: String) throws {
        let row = try #require(try extract(text).first)
        #expect(row.areaName == name)
    }

    @Test func aDistrictOrCapitalNamedLikeAProvinceIsNotTheProvince() throws {
        // The report's own province (Tuyên Quang, 08), not Hà Giang and not a district read as one.
        let rows = try extract("Năm 2023, huyện Hà Giang có 12 hồ sơ trực tuyến; TP Hà Giang có 15 hồ sơ trực tuyến.")
        #expect(rows.map(\.value) == [12, 15])
        #expect(rows.allSatisfy { $0.areaName == "Tuyên Quang" })
    }

    @Test func theCountryIsStillTheCountryAfterACapitalisedWord() throws {
        let row = try #require(try extract("Năm 2023, Cả nước đã giải quyết 6,9 triệu hồ sơ TTHC không phụ thuộc vào địa giới hành chính.").first)
        #expect(row.area == "VN")
    }

    @Test(arguments: [
        ("Năm 2022, Bắc Giang, Hà Nam và Nam Định lần lượt đứng thứ 5, 6, 7 về Chỉ số CCHC.",
         [5.0, 6, 7], ["Bắc Giang", "Hà Nam", "Nam Định"]),
        ("Năm 2022, Đà Nẵng giữ ngôi đầu về DTI; vị trí thứ 2 và 3 lần lượt thuộc về Hà Nội và Quảng Ninh.",
         [2, 3], ["Hà Nội", "Quảng Ninh"]),
        ("Năm 2024, các vị trí tiếp theo lần lượt thuộc về Đà Nẵng với 58,89%, Hà Giang với 55,76% và Nam Định với 52,96%.",
         [58.89, 55.76, 52.96], ["Đà Nẵng", "Hà Giang", "Nam Định"]),
    ])
    func anEnumerationDistributesItsFiguresInOrder(text: String, values: [Double], names: [String]) throws {
        let rows = try extract(text)
        #expect(rows.map(\.value) == values)
        #expect(rows.map(\.areaName) == names)
    }

    @Test func aCountOfAnotherNounDoesNotTakeAnIndicatorByName() throws {
        let row = try #require(try extract("Năm 2023, về chuyển đổi số, tỉnh giao 2 cơ quan thường trực lập chuyên đề.").first)
        #expect(row.indicator == nil)
    }

    @Test func anOpeningWithGivesItsFigureToTheSubjectAfterIt() throws {
        let ministry = try #require(try extract("Với 89,95%, Bộ Tư pháp đứng đầu khối các bộ về Chỉ số CCHC năm 2023.").first)
        #expect(ministry.value == 89.95)
        #expect(ministry.area == "VN")
        #expect(ministry.agency == "Bộ Tư pháp")
    }

    @Test func aDatelineIsNotTheFiguresPeriod() throws {
        let rows = try extract("Chỉ số DTI năm 2024 được công bố sáng ngày 21/10/2025. Tỉnh Hà Giang đạt 0,5512 điểm.")
        let row = try #require(rows.first)
        #expect(row.value == 0.5512)
        #expect(row.period == "2024")
    }

    @Test func theReportsSubjectPeriodHoldsUntilAnotherTimePhrase() throws {
        let text = """
        Trong 9 tháng đầu năm 2022, các cấp, các ngành của tỉnh đã tập trung cải cách hành chính. \
        Toàn tỉnh đã giải quyết xong 324.824 hồ sơ, tỷ lệ đúng hạn 96,6%. \
        Riêng tháng 10/2022, tỷ lệ thanh toán trực tuyến đạt 98%.
        """
        let rows = try extract(text)
        #expect(rows.map(\.value) == [324824, 96.6, 98])
        #expect(rows.map(\.period) == ["2022-01/2022-09", "2022-01/2022-09", "2022-10"])
    }

    @Test(arguments: [
        ("Năm 2022, tỉnh đạt 0,6683 điểm ở trụ cột chính quyền số.", 0.6683, "dti_digital_government_score"),
        ("Năm 2022, ở trụ cột kinh tế số, tỉnh có 0,6647 điểm.", 0.6647, "dti_digital_economy_score"),
        ("Năm 2022, với trụ cột xã hội số, tỉnh được 0,5991 điểm.", 0.5991, "dti_digital_society_score"),
        ("Năm 2022, về mức độ hài lòng của người dân, tỉnh đứng thứ 11/63.", 11, "sipas_rank"),
    ])
    func labelsAFigureByTheIndicesEverydayWording(text: String, value: Double, indicator: String) throws {
        let row = try #require(try extract(text).first)
        #expect(row.value == value)
        #expect(row.indicator == indicator)
    }

    @Test func aFigureNoSynonymLabelsTakesTheIndicatorItsNameDescribes() throws {
        // A user's indicators with names and no synonyms: each figure takes the one its clause
        // describes, the other is named as the runner-up; nothing near enough, no indicator.
        let ref = try #require(ExtractHarness.reference)
        let catalogue = [
            Indicator(code: "land_dossiers_late", nameVi: "Số hồ sơ đất đai giải quyết trễ hạn", nameEn: "Late land dossiers",
                      measure: .count, framework: "tthc", higherIsBetter: false),
            Indicator(code: "business_dossiers_late", nameVi: "Số hồ sơ đăng ký kinh doanh giải quyết trễ hạn",
                      nameEn: "Late business registration dossiers", measure: .count, framework: "tthc", higherIsBetter: false),
        ]
        let extractor = ReportExtractor(areas: ref.areas, indicators: IndicatorRules(indicators: catalogue, order: []))
        let rows = extractor.extract("""
            Năm 2023, lĩnh vực đất đai còn 37 hồ sơ giải quyết trễ hạn. Năm 2023, lĩnh vực đăng ký kinh doanh còn 5 hồ sơ trễ hạn.             Năm 2023, tỉnh tổ chức 12 hội nghị.
            """, options: .init(source: "test"))
        #expect(rows.map(\.value) == [37, 5, 12])
        #expect(rows.map(\.indicator) == ["land_dossiers_late", "business_dossiers_late", nil])
        #expect(rows[0].note?.contains("indicator from its name, not a synonym (next closest: business_dossiers_late)") == true)
    }

    @Test func aLongSentenceCostsTimeInProportion() throws {
        // Unit names were re-read from the sentence start for every figure: N² on one line.
        let line = "Năm 2023, Sở Tư pháp: " + (0..<3_000).map { "\($0 % 97),\($0 % 10)%" }.joined(separator: " ")
        let started = ContinuousClock.now
        let rows = try extract(line)
        #expect(rows.count == 3_000)
        #expect(ContinuousClock.now - started < .seconds(60))
    }
}
