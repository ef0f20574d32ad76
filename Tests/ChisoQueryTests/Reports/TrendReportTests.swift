import ChisoFormats
import ChisoQuery
import ChisoTestSupport
import Testing

@Suite struct TrendReportTests {
    let directory = TemporaryDirectory("trend")

    @Test func ordersBySpanStartWithTheChangeFromThePreviousPoint() throws {
        let db = try ReportFixture.make(directory)
        let trend = try TrendReport(indicator: "online_dossier_rate", area: "tuyen quang").run(db)
        #expect(trend.result.rows.map { $0[0] } == [.text("2023-H1"), .text("2023-09"), .text("2023-09-30")])
        #expect(trend.result.rows[1] == [.text("2023-09"), .text("2023-09-01"), .text("2023-09-30"), .real(78.63),
                                         .real(13322), .real(16942), .real(48.63), .text("reported"), .text("tq")])
        #expect(trend.result.rows[0][6] == .null)
        // Computed changes carry no binary noise (42.06 − 78.63 is -36.57, not -36.569999…).
        #expect(trend.result.rows[2][6] == .real(-36.57))
        #expect(trend.sparkline == "▁█▃")
        #expect(trend.footer == "▁█▃  30 → 42.06 (min 30, max 78.63)")
    }

    @Test func readsAnAgencysSeriesOnlyWhenAsked() throws {
        let db = try ReportFixture.make(directory)
        #expect(throws: QueryError("Nghệ An has no social_payment_accounts_rate figures for the whole area; figures exist for 'Sở LĐTB&XH'")) {
            try TrendReport(indicator: "social_payment_accounts_rate", area: "Nghệ An").run(db)
        }
        let trend = try TrendReport(indicator: "social_payment_accounts_rate", area: "40", agency: "so ldtb&xh").run(db)
        #expect(trend.result.rows.map { $0[3] } == [.real(65.16)])
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
