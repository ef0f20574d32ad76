import ChisoDomain
import ChisoIngest
import ChisoStorage
import Testing

/// Issue 16, sixth round: counts real reports give that the catalogue lacked (a service
/// centre's guidance, calls and visits, a portal's visits, fees, survey forms, units assessed:
/// Schema/020_extract5.sql) and the choice between close indicators (the index named in the
/// clause, the field of a rank, the provinces' average, resolved against received, on time
/// against resolved, a centre's satisfaction against SIPAS, counts of units that rose or fell),
/// and no guess at all where only the counted noun fits. Phrasing in the manner of public
/// reports, with other places, numbers and order than any fixture.
@Suite struct IndicatorChoiceSixthRoundTests {
    func extract(_ text: String, area: String? = nil) throws -> [ExtractedRow] {
        try ExtractHarness.extract(text, area: area)
    }

    func row(_ rows: [ExtractedRow], value: Double) throws -> ExtractedRow {
        try ExtractHarness.row(rows, value: value)
    }

    // MARK: - Counts the catalogue lacked

    @Test func guidanceGivenByAOneStopShopAndItsInPersonPartAreCounts() throws {
        let rows = try extract("Năm 2024, Bộ phận Một cửa huyện Can Lộc, tỉnh Hà Tĩnh đã tư vấn, hướng dẫn cho 2.340 lượt công dân, trong đó 1.120 lượt hướng dẫn trực tiếp tại quầy.")
        #expect(try row(rows, value: 2340).indicator == "service_centre_guidance")
        #expect(try row(rows, value: 1120).indicator == "service_centre_guidance_in_person")
    }

    @Test func callsAnsweredAndCallsMadeByASwitchboardAreTwoCounts() throws {
        let rows = try extract("Trong quý II/2024, tổng đài của Trung tâm Phục vụ hành chính công tỉnh Cà Mau tiếp nhận 860 cuộc gọi đến và thực hiện 212 cuộc gọi đi để hỗ trợ người dân.")
        #expect(try row(rows, value: 860).indicator == "service_centre_calls_answered")
        #expect(try row(rows, value: 212).indicator == "service_centre_calls_made")
        #expect(rows.allSatisfy { $0.areaName == "Cà Mau" && $0.period == "2024-Q2" })
    }

    @Test func visitsToACentreAndAccessesOfAPortalAreCounted() throws {
        let rows = try extract("Trong quý III/2023, Trung tâm Phục vụ hành chính công tỉnh Ninh Bình đã đón tiếp 3.415 lượt người dân đến giao dịch. Cổng dịch vụ công của tỉnh có 125.600 lượt truy cập.")
        #expect(try row(rows, value: 3415).indicator == "service_centre_visits")
        #expect(try row(rows, value: 125_600).indicator == "portal_visits")
    }

    @Test func feesCollectedInBillionsOrMillionsOfDongAreAnAmount() throws {
        let rows = try extract("Năm 2023, tổng số phí, lệ phí thu được tại Trung tâm Phục vụ hành chính công tỉnh Phú Yên là 2,3 tỷ đồng. Bộ phận một cửa thị xã thu lệ phí được 850 triệu đồng.")
        #expect(try row(rows, value: 2_300_000_000).indicator == "fees_collected_total")
        #expect(try row(rows, value: 850_000_000).indicator == "fees_collected_total")
    }

    @Test func surveyFormsOfThePARIndexAreCountedByNameOrByTheIndexTheReportSpeaksOf() throws {
        // Named in the sentence.
        let named = try extract("Năm 2023, Chỉ số CCHC của các bộ được tổng hợp từ 42.150 phiếu khảo sát hợp lệ.")
        #expect(try row(named, value: 42150).indicator == "par_index_survey_responses")
        // Named in the sentence before: the index's count child whose name holds "phiếu".
        let spoken = try extract("""
            Bộ Nội vụ công bố Chỉ số cải cách hành chính (PAR Index) năm 2022 của các tỉnh, thành phố.

            Kết quả dựa trên hơn 36.000 phiếu thu về từ người dân, doanh nghiệp và cán bộ, công chức.
            """)
        #expect(try row(spoken, value: 36000).indicator == "par_index_survey_responses")
    }

    @Test func theUnitsAProvinceAssessedAreTheBaseOfItsRatings() throws {
        let rows = try extract("Năm 2023, UBND tỉnh Tây Ninh đã đánh giá, xếp loại 42 cơ quan, đơn vị.")
        #expect(try row(rows, value: 42).indicator == "units_assessed")
    }

    // MARK: - The choice between close indicators

    @Test func theIndexNamedInTheClauseWinsOverAnotherIndexsWordsEarlierInTheSentence() throws {
        // "phục vụ người dân" names the Decision 766 index; the clause's index is the PAR Index.
        let rows = try extract("Nhờ nâng cao chất lượng phục vụ người dân, doanh nghiệp, năm 2022 Chỉ số CCHC của tỉnh Hà Tĩnh xếp thứ 9, tăng 3 bậc so với năm 2021.")
        #expect(try row(rows, value: 9).indicator == "par_index_rank")
        #expect(rows.first { $0.indicator?.hasSuffix("_change") ?? false }?.indicator == "par_index_rank_change")
    }

    @Test func anIndexNamedAfterTheOtherKeepsItsOwnFigures() throws {
        let rows = try extract("Năm 2023, Chỉ số CCHC của tỉnh Bến Tre xếp thứ 11; Bộ chỉ số 766 của tỉnh xếp thứ 5.")
        #expect(try row(rows, value: 11).indicator == "par_index_rank")
        #expect(try row(rows, value: 5).indicator == "qd766_rank")
    }

    @Test func aRankOverTheCountrysProvincesIsNotTheRegionsWhateverTheClauseSays() throws {
        let rows = try extract("Năm 2023, Chỉ số PCI của tỉnh Hòa Bình xếp thứ 40/63, tăng 5 bậc và đứng thứ 8 trong khu vực Trung du và miền núi phía Bắc.")
        #expect(try row(rows, value: 40).indicator == "pci_rank")
        #expect(try row(rows, value: 8).indicator == "pci_region_rank")
        #expect(rows.contains { $0.indicator == "pci_rank_change" && $0.value == 5 })
    }

    @Test func aRankAmongAFewProvincesOfARegionIsTheRegionsAndTheirNumberIsNoFigure() throws {
        let rows = try extract("Chỉ số SIPAS năm 2022 của tỉnh Quảng Trị xếp thứ 20, tăng 3 bậc so với năm 2021, đứng thứ 3 trong 6 tỉnh Bắc Trung Bộ. Chỉ số PAPI của tỉnh Gia Lai xếp thứ 30, đứng thứ 4 trong số 5 tỉnh Tây Nguyên.")
        #expect(try row(rows, value: 20).indicator == "sipas_rank")
        #expect(rows.contains { $0.indicator == "sipas_rank_change" && $0.value == 3 })
        #expect(rows.contains { $0.indicator == "sipas_region_rank" && $0.value == 3 })
        #expect(try row(rows, value: 30).indicator == "papi_rank")
        #expect(try row(rows, value: 4).indicator == "papi_region_rank")
        // "trong 6 tỉnh", "trong số 5 tỉnh": the field of the rank, left for review.
        #expect(try row(rows, value: 6).indicator == nil)
        #expect(try row(rows, value: 5).indicator == nil)
    }

    @Test func theCountrysAverageOfAProvincesIndexIsTheProvincesAverageNotTheMinistries() throws {
        let rows = try extract("""
            Bộ Nội vụ công bố Chỉ số cải cách hành chính (PAR Index) năm 2022 của các tỉnh, thành phố.

            Giá trị trung bình toàn quốc đạt 84,50%, tăng 0,8% so với năm 2021.
            """)
        #expect(try row(rows, value: 84.5).indicator == "par_index_average")
        #expect(rows.contains { $0.indicator == "par_index_average_change" && $0.value == 0.8 })
        let ministries = try extract("Năm 2023, giá trị trung bình Chỉ số CCHC của các bộ, cơ quan ngang bộ đạt 86,12%.")
        #expect(try row(ministries, value: 86.12).indicator == "par_index_ministry_average")
    }

    @Test func provincesWhoseIndexRoseOrFellAreCountsOfTheCountry() throws {
        let rows = try extract("""
            Bộ Nội vụ công bố Chỉ số cải cách hành chính (PAR Index) năm 2022.

            Có 41 địa phương có chỉ số tăng so với năm 2021 và 22 địa phương giảm chỉ số.
            """)
        let rose = try row(rows, value: 41)
        #expect(rose.indicator == "par_index_units_increased")
        #expect(rose.areaName == "Việt Nam")
        #expect(try row(rows, value: 22).indicator == "par_index_units_decreased")
    }

    @Test func dossiersResolvedAreNotTheDossiersReceivedBeforeThem() throws {
        let rows = try extract("Trong tháng 4/2024, Bộ phận một cửa huyện Mộc Châu, tỉnh Sơn La đã tiếp nhận 4.210 hồ sơ và giải quyết được 3.980 hồ sơ.")
        #expect(try row(rows, value: 4210).indicator?.hasPrefix("dossiers_received") == true)
        #expect(try row(rows, value: 3980).indicator == "dossiers_resolved")
        let stated = try extract("Quý I/2024, tỉnh Bình Phước có 5.120 hồ sơ đề nghị giải quyết; số hồ sơ được giải quyết là 4.870/5.120.")
        #expect(try row(stated, value: 5120).indicator == "dossiers_received_total")
        #expect(try row(stated, value: 4870).indicator == "dossiers_resolved")
    }

    @Test func onTimeWithNoEarlyCountBesideItIsTheOnTimeCount() throws {
        let alone = try extract("Trong tháng 4/2024, tỉnh Sơn La có 3.905 hồ sơ được giải quyết đúng hạn, đạt tỷ lệ 98,1%.")
        let onTime = try row(alone, value: 3905)
        #expect(onTime.indicator == "dossiers_on_time")
        #expect(onTime.breakdown.dossierStatus == "")
        // Beside an early count, "đúng hạn" is the on-time-only status of dossiers resolved.
        let split = try extract("Trong tháng 4/2024, tỉnh Sơn La có 512 hồ sơ giải quyết trước hạn, 2.210 hồ sơ giải quyết đúng hạn và 14 hồ sơ quá hạn.")
        let onTimeOnly = try row(split, value: 2210)
        #expect(onTimeOnly.indicator == "dossiers_resolved")
        #expect(onTimeOnly.breakdown.dossierStatus == "dung_han")
    }

    @Test func aListsCommaClosesTheEarlierCountsWords() throws {
        let rows = try extract("Quý I/2024, tỉnh Bình Phước có 1.250 hồ sơ nộp trực tuyến, 320 hồ sơ kỳ trước chuyển sang và 4.100 hồ sơ tiếp nhận mới.")
        #expect(try row(rows, value: 1250).indicator == "online_dossiers_received")
        let carried = try row(rows, value: 320)
        #expect(carried.indicator == "dossiers_received")
        #expect(carried.breakdown.dossierStatus == "ky_truoc_chuyen_sang")
        #expect(try row(rows, value: 4100).breakdown.dossierStatus == "moi_tiep_nhan")
    }

    @Test func wordsPastACommaAndAnotherFigureAreThatFiguresNotTheIndexValueBefore() throws {
        // "hoạt động kinh tế số" lists what the 3 leads in; 0,8105 is the DTI named before it.
        let rows = try extract("Năm 2024, Đà Nẵng dẫn đầu cả nước với giá trị DTI 0,8105, đứng đầu về 3 chỉ số chính gồm thể chế số, hoạt động kinh tế số và hoạt động xã hội số.")
        #expect(try row(rows, value: 0.8105).indicator == "dti_score")
    }

    @Test func satisfactionWithACentreOrOneStopShopIsNotSIPAS() throws {
        let rows = try extract("Qua khảo sát tại Bộ phận một cửa tỉnh Bạc Liêu năm 2023, tỷ lệ hài lòng của người dân đạt 97,6%. Chỉ số SIPAS của tỉnh Bạc Liêu năm 2023 đạt 85,3%.")
        #expect(try row(rows, value: 97.6).indicator == "tthc_satisfaction_rate")
        #expect(try row(rows, value: 85.3).indicator == "sipas_index")
    }

    @Test func aCountWhoseNounAloneFitsANameIsLeftForReview() throws {
        // "12 địa phương" is no count of provinces taking dossiers across boundaries, "87 hồ
        // sơ" no count of ID-card applications: --review names the closest, nothing is guessed.
        let rows = try extract("Năm 2024, đoàn kiểm tra của tỉnh Lào Cai đã làm việc với 12 địa phương. Sở Tư pháp tỉnh Lào Cai còn 87 hồ sơ cần bổ sung.")
        #expect(try row(rows, value: 12).indicator == nil)
        #expect(try row(rows, value: 87).indicator == nil)
        #expect(try row(rows, value: 87).note?.contains("closest indicators") == true)
    }
}
