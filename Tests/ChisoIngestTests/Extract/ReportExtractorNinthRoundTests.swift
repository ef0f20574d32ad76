import ChisoDomain
import ChisoIngest
import ChisoStorage
import Testing

/// Issue 16, ninth round: the grammar the held-out set extract-more-9 showed lacking. Phrasing
/// in the manner of public reports, with other places, numbers, order and wording than the
/// fixtures.
@Suite struct ReportExtractorNinthRoundTests {
    func extract(_ text: String, area: String? = nil, period: String? = nil) throws -> [ExtractedRow] {
        try ExtractHarness.extract(text, area: area, period: period)
    }

    func row(_ rows: [ExtractedRow], value: Double) throws -> ExtractedRow {
        try ExtractHarness.row(rows, value: value)
    }

    // MARK: - The writing date closing an opening clause frames the sentences after it

    @Test func theCurrentTimeAfterAnOpeningClauseDatesTheLaterSentencesOfItsParagraph() throws {
        let rows = try extract("""
            Kết quả triển khai định danh điện tử của tỉnh Hà Nam

            Theo kế hoạch, đến hết tháng 9/2023 tỉnh phải thu nhận 520.000 hồ sơ định danh điện tử.

            So với kế hoạch nêu trên, tính đến thời điểm hiện tại, tỉnh đã thu nhận 548.300 hồ sơ định danh điện tử. Tỉnh cũng đã kích hoạt 391.250 tài khoản định danh điện tử.
            """, period: "2023-11-20")
        #expect(try row(rows, value: 548_300).period == "2023-11-20")
        // The next sentence names no time: it goes on at the writing date, not the plan's month.
        #expect(try row(rows, value: 391_250).period == "2023-11-20")
    }

    @Test func soFarAfterAnOpeningClauseDatesTheLaterSentencesToo() throws {
        let rows = try extract("""
            Chuyển đổi số tại tỉnh Lào Cai

            Năm 2022, tỉnh có 1.204 dịch vụ công trực tuyến toàn trình.

            Nhìn chung, đến nay, toàn tỉnh đã cung cấp 1.389 dịch vụ công trực tuyến toàn trình. Trong đó có 412 dịch vụ công trực tuyến một phần.
            """, period: "2024-03-15")
        #expect(try row(rows, value: 1204).period == "2022")
        #expect(try row(rows, value: 1389).period == "2024-03-15")
        #expect(try row(rows, value: 412).period == "2024-03-15")
    }

    @Test func aHorizonYearClosingAClauseFramesNothing() throws {
        // "đến năm 2025, …" names its own year: a programme's horizon, not the writing date.
        let rows = try extract("""
            Chỉ số DTI năm 2021 của tỉnh Bến Tre

            Chương trình chuyển đổi số của tỉnh được xây dựng đến năm 2025, định hướng đến năm 2030.

            Theo bảng xếp hạng, Chính quyền số của tỉnh Bến Tre đạt 0,4127 điểm, xếp thứ 22/63.
            """)
        #expect(try row(rows, value: 0.4127).period == "2021")
        #expect(try row(rows, value: 22).period == "2021")
    }

    // MARK: - A rank past any region's size is the country's

    @Test func ranksPastAnyRegionsSizeInAClauseAboutTheRegionAreNational() throws {
        let rows = try extract("""
            Chỉ số cải cách hành chính năm 2022 các tỉnh Bắc Trung Bộ

            Năm 2022, Chỉ số cải cách hành chính của tỉnh Nghệ An xếp thứ 2 trong khu vực Bắc Trung Bộ. Trong nhóm cuối của khu vực, Quảng Trị xếp hạng 41, còn Thanh Hóa đứng ở vị trí 55.
            """)
        #expect(try row(rows, value: 2).indicator == "par_index_region_rank")
        let quangTri = try row(rows, value: 41)
        #expect(quangTri.indicator == "par_index_rank")
        #expect(quangTri.areaName == "Quảng Trị")
        #expect(try row(rows, value: 55).indicator == "par_index_rank")
    }

    @Test func aRankPastAnyRegionsSizeBeforeTheRegionsNameIsNational() throws {
        // The region named after the rank ("thấp nhất khu vực") does not make 52 a regional place.
        let rows = try extract("""
            Chỉ số cải cách hành chính năm 2022 của tỉnh Kon Tum xếp thứ 52, thấp nhất khu vực Tây Nguyên. Tỉnh Lâm Đồng xếp thứ 4 khu vực Tây Nguyên.
            """)
        #expect(try row(rows, value: 52).indicator == "par_index_rank")
        #expect(try row(rows, value: 4).indicator == "par_index_region_rank")
    }

    // MARK: - Days of a briefing: "trong ngày mồng 5/9", "hôm nay"; the Government's text is national

    @Test func aDayCountedAndTodayDateTheirFiguresAndTheGovernmentsTextIsNational() throws {
        let rows = try extract("""
            Họp báo Chính phủ thường kỳ tháng 9

            Đại diện Chính phủ cho biết các trung tâm phục vụ hành chính công vận hành ổn định. Trong ngày mồng 5/9 có 12.500 hồ sơ được tiếp nhận, trong đó hồ sơ trực tuyến chiếm 61,2%. Tính đến 10 giờ sáng hôm nay, tỷ lệ hồ sơ trực tuyến đạt 63,4%.
            """, period: "2025-09-06")
        let day = try row(rows, value: 61.2)
        #expect(day.period == "2025-09-05")
        #expect(day.areaName == "Việt Nam")
        let today = try row(rows, value: 63.4)
        #expect(today.period == "2025-09-06")
        #expect(today.areaName == "Việt Nam")
    }

    @Test func aTextNamingItsOwnProvinceWithoutItsNameStaysUnplaced() throws {
        // "toàn tỉnh" with no name: some province's report, not the country's, although it
        // cites the Government.
        let rows = try extract("""
            Thực hiện chỉ đạo của Chính phủ, trong tháng 8/2025 toàn tỉnh tiếp nhận 4.210 hồ sơ trực tuyến.
            """)
        #expect(try row(rows, value: 4210).areaName == nil)
    }
}
