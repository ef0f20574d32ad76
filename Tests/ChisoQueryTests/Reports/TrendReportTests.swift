import ChisoFormats
import ChisoQuery
import ChisoTestSupport
import Testing

@Suite struct TrendReportTests {
    let directory = TemporaryDirectory("trend")

    /// A half year, a month and a snapshot are three series: no change between them.
    @Test func keepsEachKindOfPeriodInItsOwnSeries() throws {
        let db = try ReportFixture.make(directory)
        let trend = try TrendReport(indicator: "online_dossier_rate", area: "tuyen quang").run(db)
        #expect(trend.result.rows.map { $0[2] } == [.text("month"), .text("half"), .text("snapshot")])
        #expect(trend.result.rows.map { $0[3] } == [.text("2023-09"), .text("2023-H1"), .text("2023-09-30")])
        #expect(trend.result.rows[0] == [.text("p63-08"), .text("Tuyên Quang"), .text("month"), .text("2023-09"), .text("2023-09-01"),
                                         .text("2023-09-30"), .real(78.63), .null, .real(13322), .real(16942), .null, .null, .null,
                                         .text("reported"), .text("tq")])
        #expect(trend.result.rows.allSatisfy { $0[10] == .null })
        #expect(trend.sparkline == "▄")
        #expect(trend.footers == ["months: ▄  78.63 → 78.63 (min 78.63, max 78.63)", "halves: ▄  30 → 30 (min 30, max 30)",
                                  "snapshots: ▄  42.06 → 42.06 (min 42.06, max 42.06)"])
        #expect(trend.header == "online_dossier_rate · Tuyên Quang (p63-08)")
    }

    @Test func computesTheChangeWithinASeriesWithoutBinaryNoise() throws {
        let db = try ReportFixture.make(directory)
        let trend = try TrendReport(indicator: "qd766_score", area: "Hà Giang").run(db)
        #expect(trend.result.rows.map { $0[2] } == [.text("half"), .text("snapshot")])
        let ranks = try TrendReport(indicator: "qd766_rank", area: "01").run(db)
        #expect(ranks.footer == "▄  10 → 10 (min 10, max 10), lower is better")
    }

    @Test func drawsARankRisingTowardsOneAsClimbing() {
        // 59, 56, 41: the rank numbers fall, the area climbs, the drawing rises.
        #expect(Sparkline.draw([59.0, 56, 41].map { -$0 }) == "▁▂█")
    }

    @Test func readsAnAgencysSeriesOnlyWhenAsked() throws {
        let db = try ReportFixture.make(directory)
        #expect(throws: QueryError("Nghệ An has no social_payment_accounts_rate figures for the whole area; figures exist for 'Sở LĐTB&XH'")) {
            try TrendReport(indicator: "social_payment_accounts_rate", area: "Nghệ An").run(db)
        }
        let trend = try TrendReport(indicator: "social_payment_accounts_rate", area: "40", agency: "so ldtb&xh").run(db)
        #expect(trend.result.rows.map { $0[6] } == [.real(65.16)])
        #expect(trend.sparkline == "▄")
    }

    @Test func anAreaWithNoFiguresGivesAnEmptySeries() throws {
        let db = try ReportFixture.make(directory)
        let trend = try TrendReport(indicator: "online_dossier_rate", area: "Hà Nội").run(db)
        #expect(trend.result.rows.isEmpty)
        #expect(trend.footer == nil)
    }
}

@Suite struct SparklineTests {
    @Test(arguments: [
        ([1.0, 2, 3, 4, 5, 6, 7, 8], "▁▂▃▄▅▆▇█"),
        ([5.0, 5, 5], "▄▄▄"),
        ([0.0, 100], "▁█"),
        ([10.0, 0, 5], "█▁▅"),
        ([], ""),
    ])
    func drawsValuesInProportion(values: [Double], expected: String) {
        #expect(Sparkline.draw(values) == expected)
    }
}
