import ChisoDomain
import ChisoIngest
import ChisoStorage
import Testing

/// Issue 16, seventh round: the grammar the held-out set extract-more-7 showed missing.
/// Phrasing in the manner of public reports, with other places, numbers, order and wording than
/// the fixtures.
@Suite struct ReportExtractorSeventhRoundTests {
    func extract(_ text: String, area: String? = nil) throws -> [ExtractedRow] {
        try ExtractHarness.extract(text, area: area)
    }

    func row(_ rows: [ExtractedRow], value: Double) throws -> ExtractedRow {
        try ExtractHarness.row(rows, value: value)
    }

    // MARK: - "công bố chỉ số" publishes an index; it names no "Bộ chỉ số"

    @Test func anIndexPublishedByAMinistryKeepsTheIndexTheReportNamed() throws {
        let rows = try extract("""
            Kết quả Chỉ số CCHC năm 2017 của các tỉnh

            Sáng nay, Bộ Nội vụ công bố chỉ số này lần thứ sáu.

            Quảng Ninh dẫn đầu với 87,64 điểm; Lai Châu xếp thứ 62 và Sơn La xếp thứ 63.
            """)
        #expect(try row(rows, value: 87.64).indicator == "par_index_score")
        #expect(try row(rows, value: 62).indicator == "par_index_rank")
        #expect(try row(rows, value: 63).indicator == "par_index_rank")
    }

    @Test func theDecision766IndexNamedAsBoChiSoIsStillRead() throws {
        // Only the verb "công bố" is set aside: the index's own name still makes the topic.
        let rows = try extract("""
            Văn phòng Chính phủ vừa cập nhật Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 5/2024.

            Tỉnh Hậu Giang đạt 82,15 điểm, xếp thứ 12/63.
            """)
        #expect(try row(rows, value: 82.15).indicator == "qd766_score")
        #expect(try row(rows, value: 12).indicator == "qd766_rank")
    }

    // MARK: - A list of an index's components: each value is its own item's

    @Test func eachComponentValueTakesTheNameOfItsOwnListItem() throws {
        let rows = try extract("""
            Chỉ số PCI năm 2024 của tỉnh Lâm Đồng

            Năm 2024, tỉnh cải thiện 6/10 chỉ số thành phần: Chi phí thời gian đạt 7,12 điểm (năm 2023 là 6,90 điểm); Đào tạo lao động đạt 6,40 điểm (năm 2023 là 6,10 điểm); Tính minh bạch đạt 6,22 điểm.
            """)
        #expect(try row(rows, value: 7.12).indicator == "pci_time_costs")
        #expect(try row(rows, value: 6.4).indicator == "pci_labour_training")
        #expect(try row(rows, value: 6.1).indicator == "pci_labour_training")
        #expect(try row(rows, value: 6.22).indicator == "pci_transparency")
    }

    @Test func aCommaSeparatedListOfComponentsAlsoSplitsByItem() throws {
        let rows = try extract("""
            Chỉ số PCI 2023 của Bắc Giang

            Năm 2023, chỉ số thành phần Tiếp cận đất đai của tỉnh đạt 6,58 điểm, Chi phí không chính thức đạt 7,21 điểm, Đào tạo lao động đạt 6,93 điểm.
            """)
        #expect(try row(rows, value: 6.58).indicator == "pci_land_access")
        #expect(try row(rows, value: 7.21).indicator == "pci_informal_charges")
        #expect(try row(rows, value: 6.93).indicator == "pci_labour_training")
    }

    @Test func theBusinessSupportSubIndexIsFoundByItsNewerName() throws {
        // Since PCI 2021 the sub-index is "Chính sách hỗ trợ doanh nghiệp" (Schema/021_extract6.sql).
        let rows = try extract("""
            Chỉ số PCI 2022 của Nam Định

            Năm 2022, chỉ số thành phần Chi phí thời gian của tỉnh đạt 6,88 điểm; Chính sách hỗ trợ doanh nghiệp đạt 5,71 điểm, còn chỉ số thành phần Chính sách hỗ trợ doanh nghiệp của Ninh Bình là 6,02 điểm.
            """)
        #expect(try row(rows, value: 6.88).indicator == "pci_time_costs")
        #expect(try row(rows, value: 5.71).indicator == "pci_business_support")
        #expect(try row(rows, value: 6.02).indicator == "pci_business_support")
    }

    // MARK: - "vị trí số N" is a rank

    @Test func aPlaceWrittenWithSoIsARank() throws {
        let rows = try extract("""
            Năm 2020, chỉ số CCHC của tỉnh Long An đạt 83,12%, nằm ở vị trí số 27 (giảm 3 bậc so với 2019).
            """)
        #expect(try row(rows, value: 27).indicator == "par_index_rank")
        #expect(try row(rows, value: 83.12).indicator == "par_index_score")
    }

    @Test func aNumberedDocumentIsStillNoRank() throws {
        // Only "vị trí số" makes a rank: "Quyết định số 27" stays a document number.
        let rows = try extract("""
            Theo Quyết định số 27 của UBND tỉnh Long An, năm 2020 tỉnh xếp thứ 12/63 về chỉ số CCHC.
            """)
        #expect(!rows.contains { $0.value == 27 })
        #expect(try row(rows, value: 12).indicator == "par_index_rank")
    }

    // MARK: - "Sau sáp nhập, …": the merged unit as of the day the merger took effect

    @Test func figuresAfterAMergerTakeTheDayItTookEffect() throws {
        let rows = try extract("""
            Chỉ số PAPI 2024 của An Giang

            Từ ngày 1/7/2025, tỉnh An Giang mới được thành lập trên cơ sở hợp nhất tỉnh An Giang và tỉnh Kiên Giang. Sau khi hợp nhất, tỉnh có diện tích hơn 9.888 km² và 102 xã, phường, đặc khu.
            """)
        #expect(try row(rows, value: 9888).period == "2025-07-01")
        #expect(try row(rows, value: 102).period == "2025-07-01")
    }

    @Test func aSentenceNotOpenedByTheMergerKeepsItsOwnYear() throws {
        let rows = try extract("""
            Chỉ số PAPI 2024 của An Giang

            Từ ngày 1/7/2025, tỉnh An Giang mới được thành lập. Năm 2024, tỉnh có 155 xã.
            """)
        #expect(try row(rows, value: 155).period == "2024")
    }

    // MARK: - "Ba tháng sau, …": months after the last day the report named

    @Test func monthsLaterInWordsDateTheirSentenceAndItsDenNay() throws {
        let rows = try extract("""
            Sáng 20/11/2024, tại Hội nghị, Công an tỉnh Hà Tĩnh cho biết toàn tỉnh đã kích hoạt 812.500 tài khoản định danh điện tử.

            Hai tháng sau đó, đến nay tỉnh đã kích hoạt 905.300 tài khoản định danh điện tử. Toàn tỉnh có 14 xã hoàn thành.
            """)
        #expect(try row(rows, value: 812_500).period == "2024-11-20")
        // Two months after 20/11/2024, across the year's end; the next sentence goes on in it.
        #expect(try row(rows, value: 905_300).period == "2025-01")
        #expect(try row(rows, value: 14).period == "2025-01")
    }

    @Test func monthsLaterInDigitsCountFromTheLastDayNamed() throws {
        let rows = try extract("""
            Ngày 05/3/2023, tỉnh Quảng Trị đã cấp 310.200 thẻ Căn cước công dân.

            4 tháng sau, tỉnh cấp được 402.900 thẻ Căn cước công dân.
            """)
        #expect(try row(rows, value: 402_900).period == "2023-07")
    }
}
