import ChisoDomain
import ChisoIngest
import ChisoStorage
import Testing

/// Issue 16, eleventh round: the grammar the held-out set extract-more-11 showed lacking.
/// Phrasing in the manner of public reports, with other places, numbers, order and wording
/// than the fixtures.
@Suite struct ReportExtractorEleventhRoundTests {
    func extract(_ text: String, area: String? = nil, period: String? = nil) throws -> [ExtractedRow] {
        try ExtractHarness.extract(text, area: area, period: period)
    }

    func row(_ rows: [ExtractedRow], value: Double) throws -> ExtractedRow {
        try ExtractHarness.row(rows, value: value)
    }

    // MARK: - A month's figures are the month, not its last day

    @Test func fromDayOneToTheLastOfAMonthIsTheMonth() throws {
        let rows = try extract("""
            Kết quả giải quyết TTHC tháng 4 tại Đồng Tháp

            Từ ngày 1 đến 30-4, tỷ lệ hồ sơ tiếp nhận trực tuyến của tỉnh Đồng Tháp đạt 72,4%; hồ sơ giải quyết đúng hạn, trước hạn chiếm 96,15%.
            """, period: "2025-05-06")
        #expect(try row(rows, value: 72.4).period == "2025-04")
        #expect(try row(rows, value: 96.15).period == "2025-04")
        // The "1" of "ngày 1" is part of the period, not a figure.
        #expect(!rows.contains { $0.value == 1 })
    }

    @Test func aDayAloneTakesTheMonthOfTheRangesEnd() throws {
        #expect(try Period.parse("từ ngày 1 đến 31/7/2025").code == "2025-07")
        #expect(try Period.parse("từ ngày 10 đến ngày 20/3/2024").code == "2024-03-10/2024-03-20")
        #expect(throws: PeriodError.self) { try Period.parse("ngày 5 đến") }
    }

    @Test func byAMonthAfterAnotherMonthIsThatMonth() throws {
        let rows = try extract("""
            Xã Tân Phú thăng hạng về cải cách hành chính

            Theo Bộ chỉ số phục vụ người dân, doanh nghiệp: tháng 8/2025, xã Tân Phú xếp hạng 41/95 xã, phường của tỉnh Đồng Nai; đến tháng 10/2025, xã đã lên vị trí 7/95.
            """)
        #expect(try row(rows, value: 41).period == "2025-08")
        #expect(try row(rows, value: 7).period == "2025-10")
    }

    @Test func aCountUpToAMonthStaysItsLastDay() throws {
        // "Tính đến tháng 9/2025": a snapshot, with no month before it to follow on from.
        let rows = try extract("""
            Số hóa hồ sơ tại tỉnh Hà Tĩnh

            Tính đến tháng 9/2025, toàn tỉnh Hà Tĩnh đã số hóa 184.230 hồ sơ thủ tục hành chính.
            """)
        #expect(try row(rows, value: 184_230).period == "2025-09-30")
    }

    // MARK: - The field of provinces in a city's report is the country's

    static let cityDTIReport = """
        Hải Phòng giữ vững vị trí trong nhóm dẫn đầu về chuyển đổi số

        Theo kết quả đánh giá DTI năm 2024 của Bộ Khoa học và Công nghệ, giá trị DTI của Hải Phòng đạt 0,7415, tăng 0,0212 so với năm 2023.

        Báo cáo cũng cho biết giá trị trung bình DTI cấp tỉnh năm 2024 là 0,7021; trong đó 41/63 tỉnh, thành phố vượt mức giá trị trung bình.

        Về các chỉ số chính, hoạt động chính quyền số của thành phố đạt 0,8123 điểm, lùi 3 bậc (từ 2 xuống 5).
        """

    @Test func aUnitNamedInAnOpeningTheoClauseIsTheSourceNotTheOwner() throws {
        let rows = try extract(Self.cityDTIReport)
        let score = try row(rows, value: 0.7415)
        #expect(score.indicator == "dti_score")
        #expect(score.areaName == "Hải Phòng")
        #expect(score.agency == nil)
    }

    @Test func theProvincesAverageAndACountOutOfAllProvincesAreTheCountrys() throws {
        let rows = try extract(Self.cityDTIReport)
        let average = try row(rows, value: 0.7021)
        #expect(average.area == "VN")
        #expect(average.indicator == "dti_average")
        #expect(try row(rows, value: 41).area == "VN")
    }

    @Test func aRankOutOfAllProvincesStaysTheProvinces() throws {
        let rows = try extract("""
            Chỉ số CCHC của tỉnh Bình Định năm 2023

            Năm 2023, Chỉ số CCHC của tỉnh Bình Định đạt 86,12 điểm, xếp thứ 27/63 tỉnh, thành phố.
            """)
        #expect(try row(rows, value: 27).areaName == "Bình Định")
    }

    // MARK: - A main indicator's rank movement and where it started

    @Test func aMainIndicatorsRankMovementIsItsOwnNotThePillars() throws {
        let rows = try extract(Self.cityDTIReport)
        let move = try #require(rows.first { $0.value == -3 })
        #expect(move.indicator == "dti_government_activity_rank_change")
        // "(từ 2 xuống 5)": the rank it moved from, in the year before.
        let from = try row(rows, value: 2)
        #expect(from.indicator == "dti_government_activity_rank")
        #expect(from.period == "2023")
    }

    // MARK: - The median of PCI and PGI

    @Test func belowTheMedianIsANegativeGapAndTheMedianIsTheCountrys() throws {
        let rows = try extract("""
            Chỉ số PCI năm 2023 của tỉnh Kon Tum

            Trên bảng xếp hạng PCI năm 2023, Kon Tum đạt 63,10 điểm, thấp hơn điểm trung vị 1,87 điểm (điểm trung vị là 64,97 điểm).
            """)
        let gap = try row(rows, value: -1.87)
        #expect(gap.indicator == "pci_gap_to_median")
        #expect(gap.areaName == "Kon Tum")
        let median = try row(rows, value: 64.97)
        #expect(median.indicator == "pci_median")
        #expect(median.area == "VN")
    }

    @Test func aboveTheMedianIsAPositiveGap() throws {
        let rows = try extract("""
            Chỉ số xanh cấp tỉnh của Lâm Đồng

            PGI năm 2023 của Lâm Đồng đạt 21,40 điểm, cao hơn điểm trung vị 2,05 điểm, xếp thứ 9/63 tỉnh, thành.
            """)
        let gap = try row(rows, value: 2.05)
        #expect(gap.indicator == "pgi_gap_to_median")
        #expect(gap.areaName == "Lâm Đồng")
    }

    // MARK: - A place after its rank

    @Test func aRankFollowedByLaAndAPlaceIsThatPlaces() throws {
        let rows = try extract("""
            Kết quả Chỉ số PAR INDEX năm 2023 của tỉnh Bình Phước

            Ở bảng xếp hạng, tỉnh Hải Phòng dẫn đầu với 91,57%; đứng thứ 2 là tỉnh Bắc Ninh với 90,88%. Bình Phước đứng thứ 41, đạt 83,12%.
            """)
        #expect(try row(rows, value: 2).areaName == "Bắc Ninh")
        #expect(try row(rows, value: 90.88).areaName == "Bắc Ninh")
        #expect(try row(rows, value: 41).areaName == "Bình Phước")
    }

    // MARK: - A bound of the average is the average

    @Test func anAverageAboveABoundIsTheAverage() throws {
        let rows = try extract("""
            Chỉ số cải cách hành chính năm 2023 của các tỉnh, thành phố

            Đây là năm thứ 3 liên tiếp Chỉ số cải cách hành chính của các tỉnh, thành phố trên cả nước có giá trị trung bình trên 85%.
            """)
        let average = try row(rows, value: 85)
        #expect(average.indicator == "par_index_average")
        #expect(average.area == "VN")
    }
}
