import ChisoDomain
import ChisoIngest
import ChisoStorage
import Testing

/// Issue 16, fourth round: the grammar of periods (a phrase that dates one figure only, a
/// publication date, "cuối năm", a quarter's report, a dated baseline's level), changes (two
/// changes of one level) and where a figure's unit is named. Phrasing written for these tests,
/// in the manner of public reports, with other places, numbers and word orders than any set.
@Suite struct ReportExtractorFourthRoundTests {
    func extract(_ text: String, area: String? = nil, period: String? = nil) throws -> [ExtractedRow] {
        try ExtractHarness.extract(text, area: area, period: period, assumedYear: nil)
    }

    func row(_ rows: [ExtractedRow], value: Double) throws -> ExtractedRow {
        try ExtractHarness.row(rows, value: value)
    }

    // MARK: - A phrase that dates one figure only

    @Test(arguments: [
        "Năm 2022, tỉnh Kon Tum xếp thứ 40 về Chỉ số PCI (năm 2021 là 31).",
        "Chỉ số PCI năm 2022 của tỉnh Kon Tum xếp thứ 40 cả nước (năm 2021 xếp thứ 31).",
    ])
    func aYearInParenthesesDatesOnlyTheFigureInThem(text: String) throws {
        let rows = try extract(text)
        #expect(try row(rows, value: 40).period == "2022")
        #expect(try row(rows, value: 31).period == "2021")
    }

    @Test func aYearInParenthesesDoesNotCarryToTheNextSentences() throws {
        let rows = try extract("""
        Điểm trung bình Chỉ số PAR Index năm 2019 của các bộ đạt 84,6% (năm 2018 chỉ đạt 81,2%).

        Trong các chỉ số thành phần, Bộ Tài chính đạt 92,05%.
        """)
        #expect(try row(rows, value: 81.2).period == "2018")
        #expect(try row(rows, value: 84.6).period == "2019")
        #expect(try row(rows, value: 92.05).period == "2019")
    }

    @Test func aRankOfAnotherYearAfterItsCuaIsThatYears() throws {
        let rows = try extract("Chỉ số PCI năm 2023 của tỉnh Hà Tĩnh: tỉnh đã tụt xuống vị trí thứ 42, so với vị trí thứ 27 của năm 2022.")
        #expect(try row(rows, value: 42).period == "2023")
        #expect(try row(rows, value: 27).period == "2022")
    }

    @Test func aRunOfYearsSpelledOutInParenthesesDatesNoFigure() throws {
        let rows = try extract("""
        Chỉ số PCI năm 2023 của tỉnh Bến Tre đạt 67,1 điểm. Dù 10 năm liên tiếp (2014 - 2023) thuộc nhóm khá, tỉnh chỉ xếp vị trí thứ 22.
        """)
        #expect(try row(rows, value: 22).period == "2023")
    }

    // MARK: - Publication dates and "cuối năm"

    @Test(arguments: ["công bố vào tháng 4/2024", "công bố hồi tháng 4-2024", "phát hành tháng 4/2024"])
    func aPublicationMonthIsNotTheIndexYear(published: String) throws {
        let rows = try extract("Báo cáo Chỉ số PAPI năm 2023 do UNDP \(published) cho thấy tỉnh Nam Định đạt 43,1 điểm.")
        #expect(try row(rows, value: 43.1).period == "2023")
    }

    @Test(arguments: [
        ("Tính đến cuối năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Phú Thọ đạt 48,2%.", "2023"),
        ("Đến cuối tháng 6-2024, tỷ lệ hồ sơ trực tuyến của tỉnh Phú Thọ đạt 48,2%.", "2024-06"),
        ("Cuối quý III/2024, tỷ lệ hồ sơ trực tuyến của tỉnh Phú Thọ đạt 48,2%.", "2024-Q3"),
        ("Tính đến ngày 30/9/2024, tỷ lệ hồ sơ trực tuyến của tỉnh Phú Thọ đạt 48,2%.", "2024-09-30"),
    ])
    func theEndOfAYearOrMonthIsThatYearOrMonth(text: String, period: String) throws {
        #expect(try row(try extract(text), value: 48.2).period == period)
    }

    @Test func aQuarterReportsUndatedFiguresAreTheQuarters() throws {
        let rows = try extract("""
        Kiên Giang: 11 sở, ngành xếp loại xuất sắc

        UBND tỉnh Kiên Giang công khai kết quả đánh giá chất lượng phục vụ người dân quý III/2024 theo Quyết định 766.
        """)
        #expect(try row(rows, value: 11).period == "2024-Q3")
    }

    // MARK: - A dated baseline and its level

    @Test func aLevelAfterKhiIsTheBaselinesAndTheChangeKeepsTheSnapshot() throws {
        let rows = try extract("""
        Tính đến ngày 24/9/2025, tỉnh Thái Nguyên đạt 87,15/100 điểm về Bộ chỉ số 766. Kết quả này tăng 1,32 điểm so với lần đánh giá ở tuần thứ 2 của tháng 9/2025 (85,83/100 điểm).

        Cụ thể, tỉnh Cà Mau đạt 80,4/100 điểm, giảm 0,9 điểm so với kỳ đánh giá ngày 2/10/2025, khi tỉnh đạt 81,3 điểm.
        """)
        #expect(try row(rows, value: 87.15).period == "2025-09-24")
        let change = try row(rows, value: 1.32)
        #expect(change.period == "2025-09-24" && change.baselinePeriod == "2025-09")
        #expect(try row(rows, value: 85.83).period == "2025-09")
        #expect(try row(rows, value: 81.3).period == "2025-10-02")
        #expect(try row(rows, value: 81.3).change == nil)
    }

    // MARK: - Changes

    @Test func twoChangesOfOneLevelAgainstTwoBaselinesAreTwoRows() throws {
        let rows = try extract("""
        Năm 2021, Chỉ số SIPAS của tỉnh Ninh Bình đạt 88,1%, tăng 2,4% so với năm 2020 (chỉ đạt 85,7%) và tăng 10,2% so với năm 2017.
        """)
        let level = try row(rows, value: 88.1)
        #expect(level.change == 2.4 && level.baselinePeriod == "2020")
        let old = try row(rows, value: 85.7)
        #expect(old.period == "2020" && old.change == nil)
        let second = try row(rows, value: 10.2)
        #expect(second.period == "2021" && second.baselinePeriod == "2017")
        #expect(second.indicator == (try row(rows, value: 2.4)).indicator)
    }

    // MARK: - Whose figure

    @Test func theUnitAfterThuộcVềOwnsTheFigureBeforeIt() throws {
        let rows = try extract("""
        Trong quý I/2024, điểm số cao nhất là 96,2 điểm, thuộc về Sở Tư pháp; điểm số thấp nhất là 80,5 điểm, thuộc về Ban Dân tộc.
        """, area: "Gia Lai")
        #expect(try row(rows, value: 96.2).agency == "Sở Tư pháp")
        // Not the department named before it: "Ban Dân tộc" is no unit the grammar knows.
        #expect(try row(rows, value: 80.5).agency == nil)
    }

    @Test(arguments: [
        "Nhóm 10 địa phương dẫn đầu Chỉ số SIPAS năm 2023 gồm tỉnh Nghệ An, Quảng Trị và TP Cần Thơ.",
        "Ba vị trí cuối trong nhóm 10 địa phương dẫn đầu Chỉ số SIPAS năm 2023 thuộc về Nghệ An, tỉnh Quảng Trị và thành phố Cần Thơ.",
    ])
    func aFigureSaidOfAListOfPlacesIsEachPlaces(text: String) throws {
        let rows = try extract(text).filter { $0.value == 10 }
        #expect(rows.map(\.areaName) == ["Nghệ An", "Quảng Trị", "Cần Thơ"])
        #expect(Set(rows.map(\.period)) == ["2023"])
    }

    @Test func aFigureOfOnePlaceNamedWithOthersStaysThatPlaces() throws {
        let rows = try extract("Năm 2023, tỉnh Quảng Bình đạt 85,2%, xếp sau Nghệ An và Hà Tĩnh.")
        #expect(rows.filter { $0.value == 85.2 }.map(\.areaName) == ["Quảng Bình"])
    }

    @Test func aMinistryThatIsTheObjectOfVớiInAnEarlierClauseDoesNotOwnTheFigure() throws {
        let rows = try extract("""
        Tính đến ngày 14/6/2024, tỉnh đã hoàn thành việc cấp tài khoản định danh điện tử theo cam kết với lãnh đạo Bộ Thông tin và Truyền thông, và sớm hơn 45 ngày so với chỉ tiêu được giao.
        """, area: "Long An")
        let days = try row(rows, value: 45)
        #expect(days.areaName == "Long An" && days.agency == nil)
    }

    // MARK: - Figures

    @Test(arguments: ["giảm tới 38,2%", "giảm đến 38,2%"])
    func aFallByAsMuchAsIsStillANegativeChange(fall: String) throws {
        let rows = try extract("So với tháng 01/2024, tỷ lệ hồ sơ trễ hạn của tỉnh Hưng Yên \(fall).")
        #expect(rows.map(\.value) == [-38.2])
    }

    @Test func theNumberOfASetOfIndicatorsIsNotAFigure() throws {
        let rows = try extract("Năm 2024, tỉnh Bình Định đạt 81,6 điểm về Bộ chỉ số 766 của Thủ tướng Chính phủ.")
        #expect(rows.map(\.value) == [81.6])
    }

    @Test func aDistrictNamedInFullNamesItselfBareLaterInTheSentence() throws {
        let rows = try extract("""
        Tháng 5/2024, huyện Yên Thế và huyện Tân Yên là hai địa phương cải thiện nhiều nhất: Yên Thế giảm từ 8,4% xuống còn 2,1%, Tân Yên giảm từ 7,9% xuống còn 1,6%.
        """, area: "Bắc Giang")
        #expect(try row(rows, value: 2.1).agency == "huyện Yên Thế")
        #expect(try row(rows, value: 8.4).agency == "huyện Yên Thế")
        #expect(try row(rows, value: 1.6).agency == "huyện Tân Yên")
    }

    @Test func aDistrictOpeningASentenceIsWrittenInLowerCase() throws {
        let rows = try extract("Huyện Lục Nam đạt tỷ lệ hồ sơ đúng hạn 97,3% trong quý II/2024.", area: "Bắc Giang")
        #expect(try row(rows, value: 97.3).agency == "huyện Lục Nam")
    }

    // MARK: - Baselines and intervals

    @Test(arguments: [
        ("Quý IV/2024, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh Phú Yên đạt 98,7%, cao hơn quý III là 1,2%.", "2024-Q4", "2024-Q3"),
        ("Tháng 1/2025, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh Phú Yên đạt 98,7%, tăng 1,2% so với tháng 12.", "2025-01", "2024-12"),
    ])
    func aBaselineWithoutAYearIsInTheFiguresYearOrTheOneBefore(text: String, period: String, baseline: String) throws {
        let rows = try extract(text)
        let level = try row(rows, value: 98.7)
        #expect(level.period == period && level.baselinePeriod == baseline)
    }

    @Test func anIntervalBetweenTwoFullDatesIsTheFiguresPeriod() throws {
        let rows = try extract("Từ ngày 15/12/2024 đến ngày 14/3/2025, tỉnh Phú Yên tiếp nhận 34.500 hồ sơ trực tuyến.")
        #expect(try row(rows, value: 34_500).period == "2024-12-15/2025-03-14")
    }

    @Test func districtsListedAfterCácTakeTheirFiguresInTurn() throws {
        let rows = try extract("Quý II/2024, các huyện Tuy An, Sơn Hòa và Đồng Xuân lần lượt đạt 91,2%, 89,4% và 87,6%.", area: "Phú Yên")
        #expect(rows.map(\.agency) == ["huyện Tuy An", "huyện Sơn Hòa", "huyện Đồng Xuân"])
        #expect(Set(rows.map(\.areaName)) == ["Phú Yên"])
    }

    @Test func aDistrictFollowedByItsProvinceIsNotAList() throws {
        let rows = try extract("Quý II/2024, huyện Tuy An, Phú Yên đạt tỷ lệ hồ sơ đúng hạn 95,5%.")
        #expect(try row(rows, value: 95.5).agency == "huyện Tuy An")
        #expect(try row(rows, value: 95.5).areaName == "Phú Yên")
    }
}
