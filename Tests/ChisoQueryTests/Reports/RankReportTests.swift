import ChisoDomain
import ChisoFormats
import ChisoQuery
import ChisoTestSupport
import Testing

@Suite struct RankReportTests {
    let directory = TemporaryDirectory("rank")

    private func column(_ result: ResultSet, _ name: String) -> [Cell] {
        guard let index = result.columns.firstIndex(where: { $0.name == name }) else { return [] }
        return result.rows.map { $0[index] }
    }

    /// Every province has figures of its own period: by default the most recent group wins alone.
    @Test func ranksOnlyFiguresOfOnePeriodByDefault() throws {
        let db = try ReportFixture.make(directory)
        let league = try RankReport(indicator: "qd766_score").league(db)
        #expect(column(league.table, "period") == [.text("2023-10-13")])
        #expect(league.caption == "1 tỉnh, thành phố · 2023-10-13 (Ngày 13/10/2023)")
        #expect(league.missing == ["Hà Nội (latest 2023-09-30)", "Nghệ An (latest 2023-Q3)", "Tuyên Quang (latest 2023-01/2023-09)"])
        #expect(league.warning == nil)
    }

    @Test func ranksLatestFiguresHighestFirstWithSharedRanksForTies() throws {
        let db = try ReportFixture.make(directory)
        let result = try RankReport(indicator: "qd766_score", selection: .latestEach).run(db)
        #expect(column(result, "rank") == [.integer(1), .integer(2), .integer(2), .integer(4)])
        #expect(column(result, "area") == [.text("01"), .text("02"), .text("40"), .text("08")])
        #expect(column(result, "value") == [.real(80), .real(71.4), .real(71.4), .real(58.52)])
        #expect(column(result, "period") == [.text("2023-09-30"), .text("2023-10-13"), .text("2023-Q3"), .text("2023-01/2023-09")])
    }

    @Test func showsTheOfficialRankFromThePairedRankIndicatorForTheSamePeriod() throws {
        let db = try ReportFixture.make(directory)
        let result = try RankReport(indicator: "qd766_score", selection: .latestEach).run(db)
        #expect(column(result, "official_rank") == [.text("10/63"), .text("25/63"), .null, .text("56/63")])
    }

    @Test func ordersARankIndicatorAscending() throws {
        let db = try ReportFixture.make(directory)
        let result = try RankReport(indicator: "qd766_rank", selection: .latestEach).run(db)
        #expect(column(result, "area") == [.text("01"), .text("02"), .text("08")])
        #expect(column(result, "rank") == [.integer(1), .integer(2), .integer(3)])
        #expect(column(result, "official_rank") == [.text("10/63"), .text("25/63"), .text("56/63")])
    }

    /// Hà Giang's snapshot of 2023-10-13 is not compared with its half year; Tuyên Quang's +3
    /// is as the source wrote it.
    @Test func reportsTheStoredChangeElseADifferenceWithinTheSameKindOfPeriod() throws {
        let db = try ReportFixture.make(directory)
        let ranks = try RankReport(indicator: "qd766_rank", selection: .latestEach).run(db)
        #expect(column(ranks, "change") == [.null, .null, .real(3)])
        #expect(column(ranks, "change_since") == [.null, .null, .text("2023-H1")])
        #expect(column(ranks, "change_kind") == [.null, .null, .text("reported")])
        let scores = try RankReport(indicator: "qd766_score", selection: .latestEach).run(db)
        #expect(column(scores, "change") == [.null, .null, .null, .null])
    }

    @Test func warnsWhenEachAreasLatestFigureMixesPeriods() throws {
        let db = try ReportFixture.make(directory)
        let league = try RankReport(indicator: "qd766_rank", selection: .latestEach).league(db)
        #expect(league.warning == "these figures are of 3 different periods (2023-01/2023-09, 2023-09-30, 2023-10-13) and are not comparable; ranks compare them anyway")
    }

    @Test func limitsToFiguresWithinThePeriod() throws {
        let db = try ReportFixture.make(directory)
        let result = try RankReport(indicator: "qd766_score", selection: .within(try Period.parse("6 tháng đầu năm 2023"))).run(db)
        #expect(result.rows == [[.integer(1), .text("02"), .text("Hà Giang"), .real(65), .null, .null, .text("2023-H1"),
                                 .text("30/63"), .null, .null, .null]])
    }

    @Test func includesTheCountryOnlyWhenAskedForEveryLevel() throws {
        let db = try ReportFixture.make(directory)
        let result = try RankReport(indicator: "qd766_score", selection: .latestEach, level: nil).run(db)
        #expect(column(result, "area") == [.text("01"), .text("02"), .text("40"), .text("VN"), .text("08")])
        #expect(column(result, "rank") == [.integer(1), .integer(2), .integer(2), .integer(4), .integer(5)])
    }

    @Test func findsAnIndicatorByItsVietnameseNameWithoutDiacritics() throws {
        let db = try ReportFixture.make(directory)
        let result = try RankReport(indicator: "xep hang bo chi so phuc vu nguoi dan, doanh nghiep (qd 766)", selection: .latestEach).run(db)
        #expect(result.rows.count == 3)
    }

    @Test func rejectsAnUnknownIndicatorWithSuggestions() throws {
        let db = try ReportFixture.make(directory)
        #expect(throws: QueryError("unknown indicator 'qd766_scor'; did you mean qd766_score, qd766_score_change?")) {
            try RankReport(indicator: "qd766_scor").run(db)
        }
    }
}
