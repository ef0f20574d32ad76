import ChisoDomain
import ChisoIngest
import ChisoStorage
import Testing

/// Issue 16, fifth round: what the held-out set extract-more-5 showed. A national summary's
/// unplaced figures are the country's. Phrasing in the manner of public reports, with other
/// places, numbers and order than the fixture.
@Suite struct ReportExtractorFifthRoundTests {
    func extract(_ text: String, area: String? = nil) throws -> [ExtractedRow] {
        try ExtractHarness.extract(text, area: area)
    }

    func row(_ rows: [ExtractedRow], value: Double) throws -> ExtractedRow {
        try ExtractHarness.row(rows, value: value)
    }

    // MARK: - A national summary

    @Test func aRankingSummarysUnplacedFiguresAreTheCountrysNotTheHeadlineProvinces() throws {
        let rows = try extract("""
            Quảng Ninh dẫn đầu cả nước về chỉ số PAR Index năm 2023

            Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2023 của các bộ và địa phương.

            Giá trị trung bình PAR Index của các địa phương đạt 85,12%, tăng 1,3% so với năm 2022.

            Quảng Ninh dẫn đầu với 91,04%, tiếp theo là Hải Phòng (90,11%), Bắc Ninh (89,76%) và Đồng Nai (89,20%).
            """)
        #expect(try row(rows, value: 85.12).areaName == "Việt Nam")
        #expect(try row(rows, value: 91.04).areaName == "Quảng Ninh")
        #expect(try row(rows, value: 89.76).areaName == "Bắc Ninh")
    }

    @Test func aProvincesOwnReportThatNamesItsNeighboursKeepsItsUnplacedFigures() throws {
        let rows = try extract("""
            Năm 2023, tỉnh Nghệ An đạt 86,40% chỉ số PAR Index.

            Chỉ số thành phần cải cách thủ tục hành chính đạt 9,12 điểm.

            Nghệ An xếp trên Hà Tĩnh, Thanh Hóa và Quảng Bình. Tỉnh Nghệ An đặt mục tiêu duy trì thứ hạng.
            """)
        #expect(try row(rows, value: 9.12).areaName == "Nghệ An")
    }

    @Test func aProvincesFigureSaidOfItselfStaysItsOwnWhenTheReportRanksItsNeighbours() throws {
        // The report names more neighbours than itself, so its unplaced figures are the
        // country's; but "của tỉnh" and "toàn tỉnh" still name the province it is about.
        let rows = try extract("""
            Kết quả các chỉ số năm 2024 của tỉnh Hà Tĩnh

            UBND tỉnh Hà Tĩnh vừa thông tin kết quả các chỉ số. Trong khu vực, Thanh Hóa, Nghệ An, Quảng Bình, Quảng Trị và Thừa Thiên Huế đều tăng hạng.

            Chỉ số SIPAS của tỉnh xếp thứ 9, tăng 4 bậc so với năm 2023. Nghệ An và Quảng Bình cũng tăng hạng.

            Giá trị trung bình SIPAS của các địa phương đạt 82,66%.
            """)
        #expect(try row(rows, value: 9).areaName == "Hà Tĩnh")
        #expect(try row(rows, value: 4).areaName == "Hà Tĩnh")
        #expect(try row(rows, value: 82.66).areaName == "Việt Nam")
    }

    // MARK: - A start is not a period

    @Test func whatStartedInAYearIsNotDatedByItNorAreTheSentencesAfterIt() throws {
        let rows = try extract("""
            Bình Định công bố kết quả chỉ số PCI năm 2023

            Điểm PCI của tỉnh Bình Định đạt 68,20 điểm và cải thiện liên tục kể từ năm 2017.

            Với kết quả này, tỉnh Bình Định xếp thứ 12/63 tỉnh, thành phố.
            """)
        #expect(try row(rows, value: 68.2).period == "2023")
        #expect(try row(rows, value: 12).period == "2023")
    }

    // MARK: - Abbreviations the report spells out

    @Test func anAbbreviationSpelledOutOnceReadsAsItsWordsLater() throws {
        let rows = try extract("""
            Trong quý I/2024, Bộ phận một cửa tỉnh Sóc Trăng đã tiếp nhận 4.215 hồ sơ (HS).

            Trong đó, đã giải quyết 3.980 HS, còn 12 HS đang giải quyết.
            """)
        #expect(try row(rows, value: 3980).indicator == "dossiers_resolved")
        #expect(try row(rows, value: 12).indicator == "dossiers_pending")
    }

    @Test func anAbbreviationMeansWhatThisReportSpelledOutNotWhatOthersDo() throws {
        let rows = try extract("""
            Năm học 2023-2024, tỉnh Trà Vinh có 1.240 học sinh (HS) được cấp căn cước.

            Tháng 5/2024, Bộ phận một cửa tỉnh Trà Vinh đã giải quyết 350 HS.
            """)
        #expect(try row(rows, value: 350).indicator != "dossiers_resolved")
    }
}
