import ChisoDomain
import ChisoIngest
import ChisoStorage
import Testing

/// Issue 16, accuracy on unseen reports: the grammar of figures (ranks, rank lists, changes and
/// their signs), of periods (a report with no year, baselines, "từ A xuống B") and of the
/// index a figure belongs to, each from real report phrasing.
@Suite struct ReportExtractorAccuracyTests {
    func extract(_ text: String, area: String? = "08", period: String? = nil, assumedYear: Int? = 2026) throws -> [ExtractedRow] {
        try ExtractHarness.extract(text, area: area, areaOn: ExtractHarness.endOfSeptember2023, period: period,
                                   assumedYear: assumedYear)
    }

    // MARK: - Periods

    @Test func aReportWithNoYearAssumesOneAndSaysSo() throws {
        let rows = try extract("Trong tháng 10, tỷ lệ hồ sơ được thanh toán trực tuyến tính bình quân toàn tỉnh là 98%.", assumedYear: 2026)
        let row = try #require(rows.first)
        #expect(row.period == "2026-10")
        #expect(row.note?.contains("the report names no year: 2026 assumed") == true)
    }

    @Test func aYearInTheReportIsNeverReplacedByTheAssumedOne() throws {
        let rows = try extract("Trong tháng 10/2023, tỷ lệ thanh toán trực tuyến toàn tỉnh là 98%.", assumedYear: 2026)
        #expect(rows.first?.period == "2023-10")
        #expect(rows.first?.note?.contains("assumed") != true)
    }

    @Test func theLevelAMovementStartedFromTakesItsOwnOrTheBaselinePeriod() throws {
        let rows = try extract("Với Chỉ số SIPAS năm 2022, mức sụt giảm khá sâu: từ mức 90,30% của năm 2021 xuống còn 82,18%.")
        #expect(rows.map(\.value) == [90.30, 82.18])
        #expect(rows.map(\.period) == ["2021", "2022"])
        #expect(rows.allSatisfy { $0.indicator == "sipas_index" })
    }

    @Test func aComparedYearAfterHơnIsTheBaselineNotTheFiguresPeriod() throws {
        let rows = try extract("Năm 2021, tỉnh đạt 86,72% về Chỉ số SIPAS, cao hơn năm 2020.")
        #expect(rows.first?.period == "2021")
    }

    @Test func aPeriodAfterSoVớiKếtQuảIsABaseline() throws {
        let rows = try extract("Báo cáo DTI năm 2023 vừa được công bố. Như vậy, với vị trí 21/63, tỉnh đã vượt lên 5 bậc so với kết quả năm 2022.")
        let row = try #require(rows.first)
        #expect(row.period == "2023")
        #expect(row.value == 21)
        #expect(row.change == 5)
        #expect(row.baselinePeriod == "2022")
    }

    @Test func theYearAfterAnIndexAcronymIsThePeriodNotThePublicationDate() throws {
        let rows = try extract("Theo báo cáo PAPI 2023 công bố ngày 23/4/2024, Lâm Đồng đạt 42,37 điểm, xếp thứ 23/63 tỉnh, thành phố.")
        #expect(rows.map(\.period) == ["2023", "2023"])
        #expect(rows.map(\.indicator) == ["papi_score", "papi_rank"])
    }

    // MARK: - Ranks and movements

    @Test func aRankListGivesEachRankItsOwnIndicator() throws {
        let rows = try extract("Năm 2023, trong 63 tỉnh, thành phố, Quảng Ngãi đứng thứ 12 về chính quyền số, thứ 13 về kinh tế số và thứ 14 về xã hội số.")
        let ranks = rows.filter { $0.value >= 12 && $0.value <= 14 }
        #expect(ranks.map(\.value) == [12, 13, 14])
        #expect(ranks.map(\.indicator) == ["dti_digital_government_rank", "dti_digital_economy_rank", "dti_digital_society_rank"])
        #expect(ranks.allSatisfy { $0.areaName == "Quảng Ngãi" })
    }

    @Test func aMovementInPlacesAndTheRanksItMovedBetween() throws {
        let rows = try extract("Chỉ số CCHC năm 2022 của tỉnh đạt 86,78%. Dù vậy, thứ hạng toàn quốc của tỉnh vẫn nhích lên 2 bậc, từ vị trí 15 lên vị trí 13.")
        #expect(rows.map(\.value) == [86.78, 2, 15, 13])
        #expect(rows.map(\.indicator) == ["par_index_score", "par_index_rank_change", "par_index_rank", "par_index_rank"])
        #expect(rows.map(\.period) == ["2022", "2022", "2021", "2022"])
        // "toàn quốc" says where the rank is counted, not whose it is.
        #expect(rows.allSatisfy { $0.areaName == "Tuyên Quang" })
    }

    @Test(arguments: [
        ("Năm 2022, Trà Vinh xếp ở vị trí 25/63 tỉnh, thành phố cả nước về DTI, vươn lên 1 hạng so với kết quả năm 2021.", 1.0),
        ("Năm 2023, tỉnh xếp thứ 31/63 về Chỉ số PCI, giảm 6 bậc so với năm 2022.", -6),
        ("Năm 2023, tỉnh đứng thứ 20/63 về DTI, tăng 14,5 điểm và lên 3 bậc so với năm 2022.", 3),
    ])
    func aMovementInPlacesIsTheRanksChange(text: String, change: Double) throws {
        let rank = try #require(try extract(text).first { $0.denominator == 63 })
        #expect(rank.change == change)
    }

    @Test func aSignedChangeInParenthesesKeepsItsSign() throws {
        let rows = try extract("Năm 2023, chỉ số Quản trị điện tử (PAPI) của tỉnh đạt 4,12 điểm (-5,31%).")
        let row = try #require(rows.first)
        #expect(row.value == 4.12)
        #expect(row.change == -5.31)
        #expect(row.baselinePeriod == "2022")
    }

    // MARK: - The index a report speaks of

    @Test func theIndexNamedBeforeHoldsForBareFigures() throws {
        let rows = try extract("""
            Kết quả SIPAS 2023 của các địa phương trên cả nước
            Gia Lai đạt 83,84%, xếp thứ 19; so với năm 2022, tỉnh tụt 3 bậc nhưng vẫn đứng đầu khu vực Tây Nguyên.
            """)
        #expect(rows.map(\.value) == [83.84, 19, -3])
        #expect(rows.map(\.indicator) == ["sipas_index", "sipas_rank", "sipas_rank_change"])
        #expect(rows.allSatisfy { $0.areaName == "Gia Lai" && $0.period == "2023" })
    }

    @Test func aMovementWithinTheRegionIsTheRegionRanksChange() throws {
        let rows = try extract("Năm 2022, với Chỉ số SIPAS, thứ hạng của tỉnh lùi 11 bậc; ở phạm vi vùng, chỉ số giảm 4 bậc.")
        #expect(rows.map(\.indicator) == ["sipas_rank_change", "sipas_region_rank_change"])
        #expect(rows.map(\.value) == [-11, -4])
    }

    @Test func aShareOfACountedNounIsNotTheIndexsValue() throws {
        let rows = try extract("Kết quả SIPAS năm 2023 đã được công bố. Toàn tỉnh có 100% cơ sở khám, chữa bệnh thanh toán không dùng tiền mặt.")
        #expect(rows.allSatisfy { $0.indicator != "sipas_index" })
    }

    @Test func theGroupsOfTheDecision766IndexByTheirNamesAndBarePoints() throws {
        let rows = try extract("Tính đến ngày 29/8/2025, theo Bộ chỉ số phục vụ người dân và doanh nghiệp, UBND tỉnh Thái Nguyên có tổng điểm là 86,97, gồm: công khai, minh bạch được 15,67; tiến độ giải quyết 19,31 điểm.")
        #expect(rows.map(\.value) == [86.97, 15.67, 19.31])
        #expect(rows.map(\.indicator) == ["qd766_score", "qd766_publicity_score", "qd766_progress_score"])
    }

    @Test func aRankingSentenceContinuesTheIndicatorOfTheOneBefore() throws {
        let rows = try extract("Năm 2024, Hà Nam có tỷ lệ hồ sơ được xử lý trực tuyến toàn trình là 68,54%. Các vị trí tiếp theo lần lượt thuộc về Đà Nẵng với 58,89%, Hà Giang với 55,76%.")
        #expect(rows.map(\.value) == [68.54, 58.89, 55.76])
        #expect(Set(rows.map(\.indicator)).count == 1)
        #expect(rows.map(\.areaName) == ["Hà Nam", "Đà Nẵng", "Hà Giang"])
    }

    // MARK: - Areas

    @Test func allTheProvincesAreTheCountry() throws {
        let rows = try extract("Tính bình quân các tỉnh, Chỉ số CCHC năm 2022 đạt 84,79%.")
        #expect(rows.first?.area == "VN")
        #expect(rows.first?.indicator == "par_index_average")
    }

    @Test func leadingTheCountryIsTheLeadersFigure() throws {
        let rows = try extract("Về Chỉ số PCI năm 2023, Đồng Tháp tiếp tục dẫn đầu cả nước với 72,10 điểm.")
        #expect(rows.first?.areaName == "Đồng Tháp")
    }

    @Test func countingUpToIsNotTheProvince() throws {
        let rows = try extract("Năm 2024, cả nước chưa hoàn thành mục tiêu: tính đến năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,8%, thấp hơn mục tiêu 50%.")
        #expect(rows.filter { $0.kind == .observation }.map(\.value) == [45.8])
        #expect(rows.first?.area == "VN")
        #expect(rows.last?.kind == .target)
    }

    @Test func aMinistrysReportGivesItsFiguresToTheMinistry() throws {
        let rows = try extract("Năm 2024, Bộ Tư pháp xếp thứ 3/17 bộ, cơ quan ngang bộ về Chỉ số CCHC. Chỉ số hài lòng (SIPAS) của Bộ đạt 84,97%.", area: nil)
        #expect(rows.map(\.value) == [3, 84.97])
        #expect(rows.allSatisfy { $0.area == "VN" && $0.agency == "Bộ Tư pháp" })
    }

    @Test func countsOfProvincesAreTheCountrysAndTheIndexs() throws {
        let rows = try extract("Năm 2022, Chỉ số CCHC của các tỉnh giảm. Trong số đó, 53 tỉnh (84,13%) bị giảm điểm, chỉ 10 tỉnh (15,87%) được tăng điểm.")
        let counts = rows.filter { $0.value == 53 || $0.value == 10 }
        #expect(counts.map(\.indicator) == ["par_index_units_decreased", "par_index_units_increased"])
        #expect(counts.allSatisfy { $0.area == "VN" && $0.period == "2022" })
    }

    @Test func theNextOfAListOfRanksIsARank() throws {
        let rows = try extract("Trên bảng xếp hạng DTI năm 2022, vị trí thứ 2 và 3 lần lượt thuộc về Hà Nội và Quảng Ninh.")
        #expect(rows.map(\.value) == [2, 3])
        #expect(rows.map(\.indicator) == ["dti_rank", "dti_rank"])
        #expect(rows.map(\.areaName) == ["Hà Nội", "Quảng Ninh"])
    }

    @Test func daysAheadOfADeadlineAreAFigureNotADuration() throws {
        let rows = try extract("Tính đến ngày 30/9/2024, tỉnh đã hoàn thành 27/33 mô hình, sớm hơn 39 ngày so với kế hoạch.")
        let days = try #require(rows.first { $0.value == 39 })
        #expect(days.indicator == "days_ahead_of_deadline")
        #expect(days.period == "2024-09-30")
    }

    @Test func thisRateRefersToTheRateOfTheSentenceBefore() throws {
        let rows = try extract("Trong tháng 10/2023, tỷ lệ thanh toán trực tuyến bình quân toàn tỉnh đạt 98%. So với thời điểm trước khi Chỉ thị 10 ra đời, tỷ lệ này đã tăng 94%.")
        #expect(rows.map(\.value) == [98, 94])
        #expect(rows.map(\.indicator) == ["online_payment_rate", "online_payment_rate_change"])
    }

    @Test func wordsBeforeAFigureInParenthesesNameThatFigure() throws {
        let rows = try extract("Chỉ số SIPAS năm 2023 của tỉnh đạt 80,93%, thấp hơn mức trung bình cả nước (82,66%).")
        #expect(rows.map(\.indicator) == ["sipas_index", "sipas_average"])
        #expect(rows.map(\.area) == ["08", "VN"])
    }

    @Test func theSameTimeIsTheFiguresSpanAYearEarlierNotTheWritingDates() throws {
        let rows = try extract("Trong 6 tháng đầu năm 2024, huyện đã tiếp nhận 9.412 hồ sơ TTHC, tăng 12,6% so với cùng kỳ.\nBáo cáo ngày 15/7/2024.")
        let change = try #require(rows.first { $0.value == 12.6 })
        #expect(change.period == "2024-H1")
        #expect(change.baselinePeriod == "2023-H1")
    }

    @Test(arguments: [("2024-H1", "2023-H1"), ("2024-02", "2023-02"), ("2024", "2023"), ("2024-01/2024-09", "2023-01/2023-09")])
    func aPeriodAYearEarlierKeepsItsShape(code: String, before: String) throws {
        #expect(try Period.parse(code).yearBefore?.code == before)
    }

    @Test func aCountNamedBeforeItsNumberBySốIsThatCount() throws {
        let rows = try extract("Trong 6 tháng đầu năm 2024, số hồ sơ tiếp nhận trực tuyến là 5.230, chiếm 55,57%.")
        #expect(rows.first?.value == 5230)
        #expect(rows.first?.indicator == "online_dossiers_received")
    }

    @Test func aRepeatedFigureIsProposedOnce() throws {
        let rows = try extract("Năm 2022, tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,6%. Như vậy, tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,6% năm 2022.")
        #expect(rows.filter { $0.value == 96.6 }.count == 1)
    }

    @Test(arguments: [
        ("Năm 2023, PAR INDEX của khối tỉnh có mức trung bình là 86,98%, so với năm 2022 đã cao hơn 2,19%.", 86.98, 2.19),
        ("Năm 2021, ở Chỉ số SIPAS, tỉnh đạt 86,72%, cao hơn năm 2020 là 2,87%.", 86.72, 2.87),
        ("Năm 2021, ở Chỉ số SIPAS, tỉnh đạt 86,72%, thấp hơn năm 2020 là 1,5%.", 86.72, -1.5),
    ])
    func howMuchHigherThanABaselineIsAChangeNotABound(text: String, level: Double, change: Double) throws {
        let rows = try extract(text)
        // The level with its change, and the change as its own row.
        #expect(rows.map(\.value) == [level, change])
        #expect(rows.first?.change == change)
        #expect(rows.allSatisfy { $0.qualifier == nil })
    }
}
