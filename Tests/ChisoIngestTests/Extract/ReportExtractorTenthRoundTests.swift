import ChisoDomain
import ChisoIngest
import ChisoStorage
import Testing

/// Issue 16, tenth round: the grammar the held-out set extract-more-10 showed lacking. Phrasing
/// in the manner of public reports, with other places, numbers, order and wording than the
/// fixtures.
@Suite struct ReportExtractorTenthRoundTests {
    func extract(_ text: String, area: String? = nil, period: String? = nil) throws -> [ExtractedRow] {
        try ExtractHarness.extract(text, area: area, period: period)
    }

    func row(_ rows: [ExtractedRow], value: Double) throws -> ExtractedRow {
        try ExtractHarness.row(rows, value: value)
    }

    // MARK: - A month's report speaks from its month

    static let monthReport = """
        Quảng Trị: kết quả giải quyết thủ tục hành chính tháng 3/2025

        Trong tháng, Trung tâm Phục vụ hành chính công tỉnh Quảng Trị đã tiếp nhận 8.412 hồ sơ.

        Đến nay, 98,7% thủ tục hành chính của tỉnh đã được công khai trên Cổng Dịch vụ công quốc gia. Tỉnh đạt 88,45 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp, xếp thứ 12/63 tỉnh, thành phố.

        Tính đến nay, toàn tỉnh đã số hóa 51.320 hồ sơ.
        """

    @Test func soFarInAMonthsReportIsTheMonthNotItsLastDay() throws {
        let rows = try extract(Self.monthReport)
        #expect(try row(rows, value: 8412).period == "2025-03")
        #expect(try row(rows, value: 98.7).period == "2025-03")
        // The sentence after "Đến nay, …" goes on in the month too.
        #expect(try row(rows, value: 88.45).period == "2025-03")
        #expect(try row(rows, value: 12).period == "2025-03")
    }

    @Test func aCountUpToNowInAMonthsReportStaysTheDay() throws {
        // "Tính đến nay": a snapshot counted up to the writing date, the month's last day.
        let rows = try extract(Self.monthReport)
        #expect(try row(rows, value: 51_320).period == "2025-03-31")
    }

    @Test func soFarInAReportDatedByADayIsThatDay() throws {
        let rows = try extract("""
            Tình hình cấp căn cước tại tỉnh Sơn La

            Ngày 14/10/2024, Công an tỉnh cho biết đến nay toàn tỉnh đã cấp 612.400 thẻ căn cước.
            """)
        #expect(try row(rows, value: 612_400).period == "2024-10-14")
    }

    // MARK: - "từ … đến nay" spans from that day to the report's date

    @Test func sinceADayUntilNowIsASpanToTheWritingDate() throws {
        let rows = try extract("""
            Kết quả số hóa tại phường Đông Hải

            Kể từ khi vận hành ngày 15/8/2024 đến nay, Bộ phận một cửa phường Đông Hải đã tiếp nhận 2.315 hồ sơ, tỷ lệ số hóa kết quả giải quyết TTHC là 2.290/2.315, đạt 98,92%.
            """, area: "Hải Phòng", period: "2025-01-10")
        #expect(try row(rows, value: 2315).period == "2024-08-15/2025-01-10")
        let share = try row(rows, value: 98.92)
        #expect(share.period == "2024-08-15/2025-01-10")
        #expect(share.indicator == "digitised_result_rate")
    }

    @Test func sinceAMonthUntilNowIsASpanToo() throws {
        let rows = try extract("""
            Từ tháng 3/2024 đến nay, tỉnh Phú Yên đã tiếp nhận 41.860 hồ sơ trực tuyến.
            """, period: "2024-09-30")
        #expect(try row(rows, value: 41_860).period == "2024-03/2024-09")
    }

    // MARK: - The term before, in parentheses

    @Test func lastWeeksScoreInParenthesesIsSevenDaysEarlier() throws {
        let rows = try extract("""
            Văn phòng UBND tỉnh thông báo kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trên môi trường điện tử tuần thứ 12. Theo đó, tỉnh Bình Định đạt 82,35 điểm (tuần trước 81,9 điểm).
            """, period: "2025-03-21")
        #expect(try row(rows, value: 82.35).period == "2025-03-21")
        let before = try row(rows, value: 81.9)
        #expect(before.period == "2025-03-14")
        #expect(before.indicator == "qd766_score")
    }

    @Test func lastMonthsRateInParenthesesIsTheMonthBefore() throws {
        let rows = try extract("""
            Trong tháng 5/2024, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh Tây Ninh đạt 97,2% (tháng trước 95,8%).
            """)
        #expect(try row(rows, value: 97.2).period == "2024-05")
        #expect(try row(rows, value: 95.8).period == "2024-04")
    }

    // MARK: - A component's change in parentheses is its own row

    @Test func aComponentsFallInParenthesesIsTheComponentsChange() throws {
        let rows = try extract("""
            Chỉ số PCI năm 2023 của tỉnh Quảng Bình

            Một số chỉ số thành phần giảm điểm: tính minh bạch 6,12 điểm (giảm 0,3 điểm); đào tạo lao động 5,44 điểm (giảm 0,71 điểm).
            """)
        #expect(try row(rows, value: 6.12).indicator == "pci_transparency")
        let fall = try row(rows, value: -0.3)
        #expect(fall.indicator == "pci_transparency_change")
        #expect(fall.period == "2023")
        #expect(try row(rows, value: -0.71).indicator == "pci_labour_training_change")
    }

    @Test func aDecision766GroupsRiseIsTheGroupsChange() throws {
        let rows = try extract("""
            Trong tuần, nhóm chỉ số tiến độ giải quyết của tỉnh Vĩnh Long đạt 18,2/20 điểm, tăng 0,6 điểm so với tuần trước.
            """, period: "2024-06-07")
        #expect(try row(rows, value: 18.2).indicator == "qd766_progress_score")
        #expect(try row(rows, value: 0.6).indicator == "qd766_progress_score_change")
    }

    @Test func aChangeStatedWithoutItsLevelIsTheChangeOfWhatItsWordsName() throws {
        let rows = try extract("""
            Trong tuần 05, nhóm chỉ số công khai minh bạch của tỉnh An Giang tăng 0,2 điểm; nhóm chỉ số tiến độ giải quyết tăng 0,7 điểm.
            """, period: "2025-02-03")
        #expect(try row(rows, value: 0.2).indicator == "qd766_publicity_score_change")
        #expect(try row(rows, value: 0.7).indicator == "qd766_progress_score_change")
    }

    // MARK: - The rank a change started from, in parentheses

    @Test func aBareFractionAfterTheBaselineOfARankChangeIsTheBaselinesRank() throws {
        let rows = try extract("""
            Năm 2023, PCI của Quảng Bình xếp thứ 22/63 tỉnh, thành phố, tăng 9 bậc so với năm 2022 (31/63).
            """)
        #expect(try row(rows, value: 9).indicator == "pci_rank_change")
        let earlier = try row(rows, value: 31)
        #expect(earlier.indicator == "pci_rank")
        #expect(earlier.period == "2022")
        #expect(earlier.areaName == "Quảng Bình")
    }

    // MARK: - The index the report speaks of names its components' sets

    static let papiReport = """
        Chỉ số PAPI 2022 của tỉnh Hà Giang

        Năm 2022, Hà Giang thuộc nhóm đạt điểm trung bình thấp, với tổng điểm 8 chỉ số là 41,73 điểm, xếp thứ 40/63 tỉnh, thành phố. Điểm các chỉ số nội dung PAPI của tỉnh như sau:

        Chỉ số "tham gia của người dân ở cấp cơ sở" đạt 4,87 điểm. Chỉ số "công khai, minh bạch" đạt 5,12 điểm.
        """

    @Test func aPAPIDimensionNamedByItsShortNameInAPAPIReport() throws {
        let rows = try extract(Self.papiReport)
        #expect(try row(rows, value: 4.87).indicator == "papi_participation")
        #expect(try row(rows, value: 5.12).indicator == "papi_transparency")
    }

    @Test func publicityOutsideAPAPIReportStaysDecision766s() throws {
        let rows = try extract("""
            Kết quả Bộ chỉ số 766 năm 2024 của tỉnh Hưng Yên

            Trong năm 2024, chỉ số công khai, minh bạch đạt 17,5/18 điểm theo Bộ chỉ số 766.
            """)
        #expect(try row(rows, value: 17.5).indicator == "qd766_publicity_score")
    }

    @Test func aGroupNamedAverageHighOrLowIsNotTheAverage() throws {
        // "nhóm … trung bình thấp" names the province's group, not the average of the provinces.
        let rows = try extract(Self.papiReport)
        let score = try row(rows, value: 41.73)
        #expect(score.indicator == "papi_score")
        #expect(score.areaName == "Hà Giang")
    }

    // MARK: - A ranking of departments under the index the notice is of

    static let notice = """
        Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh Bình Định

        Văn phòng UBND tỉnh thông báo kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trên môi trường điện tử tuần thứ 12. Theo đó, tỉnh đạt 82,35 điểm.

        Nhóm chỉ số tiến độ giải quyết đạt 17,2/20 điểm; công khai, minh bạch đạt 15,9/18 điểm. Mức độ hài lòng đạt 16,5/18 điểm.

        Trong đó, tỷ lệ hài lòng khi xử lý phản ánh, kiến nghị đạt 97,5%.

        Các đơn vị được yêu cầu tiếp tục cải thiện chất lượng phục vụ.

        Trong 20 sở, ngành, Sở Nội vụ dẫn đầu với 92,4 điểm. Sở Y tế (61,35 điểm) xếp hạng trung bình.
        """

    @Test func departmentsScoresInARankingAreTheNoticesIndex() throws {
        let rows = try extract(Self.notice, period: "2025-03-21")
        let leader = try row(rows, value: 92.4)
        #expect(leader.indicator == "qd766_score")
        #expect(leader.agency == "Sở Nội vụ")
        #expect(leader.areaName == "Bình Định")
        let last = try row(rows, value: 61.35)
        #expect(last.indicator == "qd766_score")
        #expect(last.agency == "Sở Y tế")
    }

    @Test func theDepartmentsRankedAreCountedInTheProvince() throws {
        let count = try row(try extract(Self.notice, period: "2025-03-21"), value: 20)
        #expect(count.indicator == "qd766_units_ranked")
        #expect(count.areaName == "Bình Định")
    }

    @Test func aGroupNamedLikeAnotherIndexKeepsTheNoticesIndex() throws {
        // "Mức độ hài lòng" is SIPAS's name too, but its "16,5/18 điểm" is the 766 group's: the
        // notice stays on Decision 766 for the sentences after it.
        let rows = try extract(Self.notice, period: "2025-03-21")
        #expect(try row(rows, value: 16.5).indicator == "qd766_satisfaction_score")
        #expect(try row(rows, value: 97.5).indicator == "qd766_feedback_satisfaction_rate")
    }

    @Test func theGroupsOfTheNoticeAreDecision766s() throws {
        let rows = try extract(Self.notice, period: "2025-03-21")
        #expect(try row(rows, value: 15.9).indicator == "qd766_publicity_score")
        #expect(try row(rows, value: 17.2).indicator == "qd766_progress_score")
    }

    // MARK: - Two parts of an index named before "lần lượt" take its values in turn

    @Test func twoPillarsJoinedByAndTakeTheirValuesInTurn() throws {
        let rows = try extract("""
            Năm 2023, Chính quyền số và Kinh tế số của tỉnh Vĩnh Phúc cùng xếp hạng 14/63, với giá trị lần lượt là 0,5312 và 0,3876.
            """)
        #expect(try row(rows, value: 0.5312).indicator == "dti_digital_government_score")
        #expect(try row(rows, value: 0.3876).indicator == "dti_digital_economy_score")
    }

    @Test func aRankSharedByTwoPillarsIsARowForEachWhateverTheirNamesLengths() throws {
        // "Chính quyền số" is longer than "Kinh tế số" and nearer in weight: both still get 14.
        let rows = try extract("""
            Năm 2023, Chính quyền số và Kinh tế số của tỉnh Vĩnh Phúc cùng xếp hạng 14/63.
            """)
        let ranks = Set(rows.filter { $0.value == 14 }.compactMap(\.indicator))
        #expect(ranks == ["dti_digital_government_rank", "dti_digital_economy_rank"])
    }

    @Test func placesNamedBeforeInTurnKeepOneIndicator() throws {
        // "A và B" are places here: the values are theirs, of one indicator.
        let rows = try extract("""
            Năm 2023, Chỉ số chuyển đổi số của Hà Tĩnh và Quảng Bình lần lượt đạt 0,4521 và 0,4318.
            """)
        let first = try row(rows, value: 0.4521), second = try row(rows, value: 0.4318)
        #expect(first.indicator == second.indicator)
        #expect(first.areaName == "Hà Tĩnh")
        #expect(second.areaName == "Quảng Bình")
    }

    // MARK: - Procedures counted by the online service they are given as

    @Test func proceduresGivenAsFullOrPartOnlineServicesAreThoseServices() throws {
        let rows = try extract("""
            Trong tháng 2/2025, tỉnh Kiên Giang cung cấp 1.240 TTHC dịch vụ công trực tuyến toàn trình và 310 TTHC dịch vụ công trực tuyến một phần.
            """)
        #expect(try row(rows, value: 1240).indicator == "dvc_full_online_count")
        #expect(try row(rows, value: 310).indicator == "dvc_partial_online_count")
    }

    @Test func theSpelledOutAbbreviationOfOnlineServicesReadsTheSame() throws {
        let rows = try extract("""
            Đến nay, tỉnh Cà Mau có 1.102 thủ tục hành chính cung cấp dịch vụ công trực tuyến (DVCTT) toàn trình và 415 thủ tục cung cấp DVCTT một phần.
            """, period: "2025-03-01")
        #expect(try row(rows, value: 1102).indicator == "dvc_full_online_count")
        #expect(try row(rows, value: 415).indicator == "dvc_partial_online_count")
    }

    // MARK: - Proposals to simplify

    @Test func proceduresProposedForSimplificationAreProposals() throws {
        let rows = try extract("""
            Trong năm 2024, các sở, ngành của tỉnh Hưng Yên đã rà soát 96 thủ tục, đề xuất đơn giản hóa 28 thủ tục. UBND tỉnh đã phê duyệt phương án đơn giản hóa 19 thủ tục.
            """)
        #expect(try row(rows, value: 96).indicator == "tthc_reviewed")
        #expect(try row(rows, value: 28).indicator == "tthc_proposed_amendment")
        #expect(try row(rows, value: 19).indicator == "tthc_simplified")
    }
}

/// Month counts written in words open a period phrase as their digits do: "Sáu tháng đầu năm
/// 2024" is the first half, not the year its last words name.
@Suite struct MonthCountsInWordsTests {
    @Test(arguments: [
        ("Sáu tháng đầu năm 2024, tỉnh Lạng Sơn đạt tỷ lệ hồ sơ trực tuyến 45,6%.", "2024-H1"),
        ("Trong chín tháng năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Lạng Sơn đạt 45,6%.", "2023-01/2023-09"),
        ("Ba tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh Lạng Sơn đạt 45,6%.", "2025-Q1"),
        ("Mười một tháng năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh Lạng Sơn đạt 45,6%.", "2022-01/2022-11"),
    ])
    func aMonthCountInWordsIsItsSpanOfTheYear(_ text: String, _ period: String) throws {
        let rows = try ExtractHarness.extract(text)
        #expect(try ExtractHarness.row(rows, value: 45.6).period == period)
    }

    @Test func aNumberWordBeforeAnotherWordOpensNoPeriod() throws {
        // "hai tháng" without the part of the year is a duration, not a period of the report.
        let rows = try ExtractHarness.extract("Năm 2024, tỉnh Lạng Sơn rút ngắn hai tháng, tỷ lệ hồ sơ trực tuyến đạt 45,6%.")
        #expect(try ExtractHarness.row(rows, value: 45.6).period == "2024")
    }
}
