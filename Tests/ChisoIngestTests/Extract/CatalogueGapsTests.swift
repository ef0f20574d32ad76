import ChisoDomain
import ChisoIngest
import ChisoStorage
import Testing

/// Schema/024_catalogue_gaps: the concepts real reports state that the catalogue had no code
/// for. Each is found from a phrasing of its own (other places, numbers and words than the
/// keyed sets), through the synonyms the migration gives it; no extract rule knows them.
@Suite struct CatalogueGapsTests {
    func extract(_ text: String, area: String? = nil, period: String? = nil) throws -> [ExtractedRow] {
        try ExtractHarness.extract(text, area: area, period: period)
    }

    func row(_ rows: [ExtractedRow], value: Double) throws -> ExtractedRow {
        try ExtractHarness.row(rows, value: value)
    }

    // MARK: - Publication of procedures

    @Test func publicationDecisionsAndWhatTheyPublishAreTheirOwnCounts() throws {
        let rows = try extract("""
            Kết quả cải cách thủ tục hành chính quý II năm 2024 của tỉnh Nam Định

            Trong quý II năm 2024, Chủ tịch UBND tỉnh Nam Định đã ban hành 21 quyết định công bố danh mục thủ tục hành chính, trong đó có 48 TTHC mới ban hành, 97 TTHC được sửa đổi, bổ sung và 19 TTHC bị bãi bỏ.
            """)
        #expect(try row(rows, value: 21).indicator == "tthc_publication_decisions")
        #expect(try row(rows, value: 48).indicator == "tthc_published_new")
        #expect(try row(rows, value: 97).indicator == "tthc_published_amended")
        #expect(try row(rows, value: 19).indicator == "tthc_published_abolished")
        #expect(try row(rows, value: 19).period == "2024-Q2")
    }

    @Test func theShareOfProceduresPostedPubliclyIsItsOwnRate() throws {
        let rows = try extract("""
            Năm 2024, toàn bộ 1.726 TTHC của tỉnh Sóc Trăng đã được công bố; 99,2% thủ tục hành chính được niêm yết, công khai tại Bộ phận Một cửa các cấp.
            """)
        #expect(try row(rows, value: 99.2).indicator == "tthc_publicly_listed_rate")
    }

    // MARK: - Resolution and digitisation

    @Test func theEarlyShareIsNotTheOnTimeShareThatIncludesIt() throws {
        let rows = try extract("""
            Năm 2023, tỉnh Bình Phước giải quyết 245.300 hồ sơ, tỷ lệ giải quyết trước hạn đạt 62,4%. Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt 98,7%.
            """)
        #expect(try row(rows, value: 62.4).indicator == "early_resolution_rate")
        #expect(try row(rows, value: 98.7).indicator == "on_time_resolution_rate")
    }

    @Test func theOnTimeShareListedAfterTheEarlyOneIsNotTheEarlyShare() throws {
        let rows = try extract("""
            Năm 2022, Bộ phận Một cửa huyện Đức Trọng, tỉnh Lâm Đồng trả kết quả 6.430 hồ sơ, trong đó giải quyết trước hạn là 2.310 hồ sơ, chiếm tỷ lệ 35,6%, đúng hạn là 4.120 hồ sơ, chiếm tỷ lệ 63,5%.
            """)
        #expect(try row(rows, value: 35.6).indicator == "early_resolution_rate")
        #expect(try row(rows, value: 63.5).indicator == "on_time_resolution_rate")
    }

    @Test func reuseOfDigitisedDataAndElectronicResultsAreDecision766Rates() throws {
        let rows = try extract("""
            Tháng 6/2025, tỉnh Quảng Bình có tỷ lệ tái sử dụng dữ liệu số hóa đạt 41,2%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 88,5%.
            """)
        #expect(try row(rows, value: 41.2).indicator == "digitised_data_reuse_rate")
        #expect(try row(rows, value: 88.5).indicator == "electronic_result_rate")
        #expect(try row(rows, value: 88.5).period == "2025-06")
    }

    @Test func theGrowthOfDossiersReceivedIsTheCountsChange() throws {
        let rows = try extract("""
            Quý I năm 2024, Trung tâm Phục vụ hành chính công tỉnh Hậu Giang đã tiếp nhận 12.480 hồ sơ, tăng 9,3% so với cùng kỳ năm 2023.
            """)
        #expect(try row(rows, value: 12_480).indicator == "dossiers_received_total")
        let growth = try row(rows, value: 9.3)
        #expect(growth.indicator == "dossiers_received_total_change")
        #expect(growth.areaName == "Hậu Giang")
    }

    @Test func theGrowthOfIDCardApplicationsIsTheirCountsChange() throws {
        let rows = try extract("""
            Quý III năm 2023, Công an tỉnh Phú Yên đã thu nhận 96.250 hồ sơ cấp căn cước công dân, tăng 12,7% so với quý II.
            """)
        #expect(try row(rows, value: 96_250).indicator == "cccd_applications_collected")
        #expect(try row(rows, value: 12.7).indicator == "cccd_applications_collected_change")
    }

    // MARK: - Institutional reform

    @Test func legalDocumentsIssuedAndReviewedAreCountedApart() throws {
        let rows = try extract("""
            Năm 2023, HĐND và UBND tỉnh Bắc Giang đã ban hành 86 văn bản quy phạm pháp luật. Các sở, ngành đã rà soát 1.145 văn bản quy phạm pháp luật do tỉnh ban hành.
            """)
        #expect(try row(rows, value: 86).indicator == "legal_documents_issued")
        #expect(try row(rows, value: 1145).indicator == "legal_documents_reviewed")
    }

    // MARK: - The economy beside the indices

    @Test func growthOfTheEconomyIsALevelWithItsChange() throws {
        let rows = try extract("""
            Sáu tháng đầu năm 2024, tốc độ tăng trưởng kinh tế của tỉnh Nam Định đạt 8,45%, tăng 2,1% so với cùng kỳ năm trước.
            """)
        let growth = try row(rows, value: 8.45)
        #expect(growth.indicator == "grdp_growth_rate")
        #expect(growth.change == 2.1)
        #expect(try row(rows, value: 2.1).indicator == "grdp_growth_rate_change")
    }

    // MARK: - PCI, PGI and PAPI statistics

    @Test func theMedianOfPCIAndOfPGIAreTheirOwnIndicators() throws {
        let rows = try extract("""
            VCCI công bố PCI và PGI năm 2023

            Năm 2023, điểm trung vị PCI của cả nước đạt 66,43 điểm, tăng 1,2 điểm so với năm 2022.

            Chỉ số Xanh cấp tỉnh (PGI) năm 2023 có điểm trung vị là 22,45 điểm.
            """)
        let median = try row(rows, value: 66.43)
        #expect(median.indicator == "pci_median")
        #expect(median.area == "VN")
        #expect(try row(rows, value: 1.2).indicator == "pci_median_change")
        #expect(try row(rows, value: 22.45).indicator == "pgi_median")
    }

    @Test func papisFourGroupsOfProvincesAreCounted() throws {
        let rows = try extract("""
            Theo báo cáo PAPI 2022, 15 tỉnh, thành phố thuộc nhóm cao, 17 tỉnh, thành phố thuộc nhóm trung bình cao, 16 tỉnh, thành phố thuộc nhóm trung bình thấp và 14 tỉnh, thành phố thuộc nhóm thấp.
            """)
        #expect(try row(rows, value: 15).indicator == "papi_units_high_group")
        #expect(try row(rows, value: 17).indicator == "papi_units_upper_middle_group")
        #expect(try row(rows, value: 16).indicator == "papi_units_lower_middle_group")
        #expect(try row(rows, value: 14).indicator == "papi_units_low_group")
        #expect(try row(rows, value: 14).area == "VN")
    }

    @Test func aCountOfAnIndexsPartsIsNotAGroupOfProvinces() throws {
        // The groups' names hold neither "chỉ số" nor "tỉnh": "08 chỉ số" is not guessed by them.
        let rows = try extract("""
            Năm 2021, Bình Định thuộc nhóm trung bình cao của PAPI, với tổng điểm của 08 chỉ số nội dung là 43,12 điểm.
            """)
        #expect(rows.allSatisfy { !($0.indicator ?? "").hasPrefix("papi_units_") })
    }

    // MARK: - DDCI

    @Test func ddciScoresRanksAndChangesBelongToTheUnit() throws {
        let rows = try extract("""
            Kết quả Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) tỉnh Quảng Ninh năm 2023: Sở Tư pháp đạt 84,6 điểm, xếp thứ 2/20 sở, ngành, tăng 3 bậc so với năm 2022. Năm 2023, DDCI của huyện Tiên Yên đạt 79,2 điểm, tăng 1,8 điểm so với năm 2022.
            """)
        let score = try row(rows, value: 84.6)
        #expect(score.indicator == "ddci_score")
        #expect(score.agency == "Sở Tư pháp")
        #expect(score.areaName == "Quảng Ninh")
        #expect(try row(rows, value: 2).indicator == "ddci_rank")
        #expect(try row(rows, value: 3).indicator == "ddci_rank_change")
        #expect(try row(rows, value: 79.2).indicator == "ddci_score")
        #expect(try row(rows, value: 1.8).indicator == "ddci_score_change")
    }

    // MARK: - Administrative units

    @Test func theCommuneLevelUnitsOfAnAreaAreCounted() throws {
        let rows = try extract("""
            Từ ngày 1/7/2025, tỉnh Ninh Bình có 129 đơn vị hành chính cấp xã.
            """)
        #expect(try row(rows, value: 129).indicator == "commune_level_units")
    }
}
