import ChisoFormats
import ChisoQuery
import ChisoTestSupport
import Testing

@Suite struct CompareReportTests {
    let directory = TemporaryDirectory("compare")

    /// Tuyên Quang's 9-month span and Hà Giang's snapshot are not one period: each is its own
    /// row with the other area marked missing.
    @Test func alignsAreasOnTheSamePeriodAndSaysWhoLacksIt() throws {
        let db = try ReportFixture.make(directory)
        let result = try CompareReport(areas: ["Tuyên Quang", "ha giang"], indicators: ["qd766_score", "qd766_rank"]).run(db)
        #expect(result.columns.map(\.name) == ["indicator", "name_vi", "period", "Tuyên Quang", "Hà Giang", "missing"])
        #expect(result.rows.map { $0[0] } == [.text("qd766_score"), .text("qd766_rank")])
        #expect(Array(result.rows[0][2...]) == [.text("2023-10-13"), .null, .real(71.4), .text("Tuyên Quang (latest 2023-01/2023-09)")])
        let all = try CompareReport(areas: ["Tuyên Quang", "ha giang"], indicators: ["qd766_score"], allPeriods: true).run(db)
        #expect(all.rows.map { $0[2] } == [.text("2023-10-13"), .text("2023-01/2023-09"), .text("2023-H1")])
        #expect(Array(all.rows[1][3...]) == [.real(58.52), .null, .text("Hà Giang (latest 2023-10-13)")])
    }

    @Test func showsThePeriodInTableLayoutToo() throws {
        let db = try ReportFixture.make(directory)
        let result = try CompareReport(areas: ["08", "40"], layout: .table).run(db)
        #expect(result.columns.map(\.name) == ["indicator", "name_vi", "period", "Tuyên Quang", "Nghệ An", "missing"])
        var byCode: [String: [Cell]] = [:]
        for row in result.rows { if case .text(let code) = row[0] { byCode[code] = Array(row[2...]) } }
        #expect(byCode["cccd_issuance_rate"] == [.text("2024-10-31"), .null, .real(100), .text("Tuyên Quang (none)")])
        #expect(byCode["social_payment_accounts_rate"] == nil)
        #expect(byCode.count == 5)
    }

    @Test func refusesTheSameAreaTwice() throws {
        let db = try ReportFixture.make(directory)
        #expect(throws: QueryError("'tuyen quang' names Tuyên Quang (p63-08) twice in the list")) {
            try CompareReport(areas: ["08", "tuyen quang"]).run(db)
        }
    }
}

@Suite struct RolloutReportTests {
    let directory = TemporaryDirectory("rollout")

    @Test func showsEachAreasLatestStatus() throws {
        let db = try ReportFixture.make(directory)
        let result = try RolloutReport().run(db)
        #expect(result.rows == [
            [.text("08"), .text("Tuyên Quang"), .text("2023-09-30"), .integer(5), .integer(3), .integer(2), .integer(10), .real(50), .text("tq")],
            [.text("40"), .text("Nghệ An"), .text("2024-10-31"), .integer(16), .integer(21), .integer(1), .integer(38), .real(42.11), .text("na")],
        ])
    }

    @Test func showsOneAreasHistoryWithBarsInTableLayout() throws {
        let db = try ReportFixture.make(directory)
        let result = try RolloutReport(area: "Nghệ An", layout: .table).run(db)
        #expect(result.rows.map { $0[2] } == [.text("2024-06-30"), .text("2024-10-31")])
        #expect(result.rows.map { $0[7] } == [.text("█████░░░░░░░░░░░░░░░ 26%"), .text("████████░░░░░░░░░░░░ 42%")])
    }

    @Test(arguments: [(0.0, "░░░░░░░░░░░░░░░░░░░░ 0%"), (100.0, "████████████████████ 100%"), (42.1, "████████░░░░░░░░░░░░ 42%"),
                      (2.4, "░░░░░░░░░░░░░░░░░░░░ 2%"), (2.5, "█░░░░░░░░░░░░░░░░░░░ 3%")])
    func drawsATwentyCellBar(percent: Double, expected: String) {
        #expect(RolloutReport.bar(percent: percent) == expected)
    }
}
