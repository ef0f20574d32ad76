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

    @Test func ranksLatestFiguresHighestFirstWithSharedRanksForTies() throws {
        let db = try ReportFixture.make(directory)
        let result = try RankReport(indicator: "qd766_score").run(db)
        #expect(column(result, "rank") == [.integer(1), .integer(2), .integer(2), .integer(4)])
        #expect(column(result, "area") == [.text("01"), .text("02"), .text("40"), .text("08")])
        #expect(column(result, "value") == [.real(80), .real(71.4), .real(71.4), .real(58.52)])
        #expect(column(result, "period") == [.text("2023-09-30"), .text("2023-10-13"), .text("2023-Q3"), .text("2023-01/2023-09")])
    }

    @Test func showsTheOfficialRankFromThePairedRankIndicatorForTheSamePeriod() throws {
        let db = try ReportFixture.make(directory)
        let result = try RankReport(indicator: "qd766_score").run(db)
        #expect(column(result, "official_rank") == [.text("10/63"), .text("25/63"), .null, .text("56/63")])
    }

    @Test func ordersARankIndicatorAscending() throws {
        let db = try ReportFixture.make(directory)
        let result = try RankReport(indicator: "qd766_rank").run(db)
        #expect(column(result, "area") == [.text("01"), .text("02"), .text("08")])
        #expect(column(result, "rank") == [.integer(1), .integer(2), .integer(3)])
        #expect(column(result, "official_rank") == [.text("10/63"), .text("25/63"), .text("56/63")])
    }

    @Test func reportsTheStoredChangeElseTheDifferenceFromThePreviousFigure() throws {
        let db = try ReportFixture.make(directory)
        let ranks = try RankReport(indicator: "qd766_rank").run(db)
        // Hà Giang 30 → 25 is computed as +5 (moved up); Tuyên Quang's +3 is as the source wrote it.
        #expect(column(ranks, "change") == [.null, .real(5), .real(3)])
        #expect(column(ranks, "change_since") == [.null, .text("2023-H1"), .text("2023-H1")])
        #expect(column(ranks, "change_kind") == [.null, .text("computed"), .text("reported")])
        let scores = try RankReport(indicator: "qd766_score").run(db)
        let changes = column(scores, "change")
        guard case .real(let up)? = changes.dropFirst().first else { Issue.record("no change for Hà Giang"); return }
        #expect(abs(up - 6.4) < 1e-9)
    }

    @Test func limitsToFiguresWithinThePeriod() throws {
        let db = try ReportFixture.make(directory)
        let result = try RankReport(indicator: "qd766_score", selection: .within(try Period.parse("6 tháng đầu năm 2023"))).run(db)
        #expect(result.rows == [[.integer(1), .text("02"), .text("Hà Giang"), .real(65), .null, .null, .text("2023-H1"),
                                 .text("30/63"), .null, .null, .null]])
    }

    @Test func includesTheCountryOnlyWhenAskedForEveryLevel() throws {
        let db = try ReportFixture.make(directory)
        let result = try RankReport(indicator: "qd766_score", level: nil).run(db)
        #expect(column(result, "area") == [.text("01"), .text("02"), .text("40"), .text("VN"), .text("08")])
        #expect(column(result, "rank") == [.integer(1), .integer(2), .integer(2), .integer(4), .integer(5)])
    }

    @Test func findsAnIndicatorByItsVietnameseNameWithoutDiacritics() throws {
        let db = try ReportFixture.make(directory)
        let result = try RankReport(indicator: "xep hang bo chi so phuc vu nguoi dan, doanh nghiep (qd 766)").run(db)
        #expect(result.rows.count == 3)
    }

    @Test func rejectsAnUnknownIndicatorWithSuggestions() throws {
        let db = try ReportFixture.make(directory)
        #expect(throws: QueryError("unknown indicator 'qd766_scor'; did you mean qd766_score, qd766_score_change?")) {
            try RankReport(indicator: "qd766_scor").run(db)
        }
    }
}
