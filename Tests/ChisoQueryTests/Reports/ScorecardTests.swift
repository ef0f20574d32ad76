import ChisoDomain
import ChisoFormats
import ChisoQuery
import ChisoStorage
import ChisoTestSupport
import Testing

@Suite struct ScorecardTests {
    let directory = TemporaryDirectory("scorecard")

    private func row(_ card: Scorecard.Card, _ indicator: String, agency: String = "") -> [String: Cell] {
        let names = card.result.columns.map(\.name)
        guard let cells = card.result.rows.first(where: { $0[0] == .text(indicator) && $0[2] == .text(agency) }) else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(names, cells))
    }

    @Test func findsTheSixtyThreeEraUnitWithFiguresByItsName() throws {
        let db = try ReportFixture.make(directory)
        let card = try Scorecard(area: "Tuyên Quang").run(db)
        #expect(card.areaID == "p63-08")
        #expect(card.asOf == "2023-09-30")
        #expect(card.result.rows.count == 5)
    }

    @Test func listsLatestFiguresWithTargetsRanksAndRollout() throws {
        let db = try ReportFixture.make(directory)
        let card = try Scorecard(area: "08").run(db)
        #expect(card.result.rows.map { $0[0] } == [.text("rollout:de_an_06"), .text("online_dossier_rate"),
                                                    .text("par_index_score"), .text("par_index_score"), .text("qd766_score")])
        // A figure of 30 September against the goal for the whole of 2023: on track, not met.
        let online = row(card, "online_dossier_rate")
        #expect(online["period"] == .text("2023-09-30"))
        #expect(online["value"] == .real(42.06))
        #expect(online["target_comparator"] == .text(">="))
        #expect(online["target_value"] == .real(40))
        #expect(online["result"] == .text("on track"))
        #expect(online["gap"] == .real(0))
        // The 2020 figure is never judged against the goal for 2025; the goal is not due yet.
        let names = card.result.columns.map(\.name)
        let par = card.result.rows.filter { $0[0] == .text("par_index_score") }.map { Dictionary(uniqueKeysWithValues: zip(names, $0)) }
        #expect(par.map { $0["period"] } == [.text("2020"), .null])
        #expect(par.map { $0["result"] } == [.null, .text("not due")])
        #expect(par.map { $0["target_period"] } == [.null, .text("2025")])
        #expect(par[1]["gap"] == .null)
        #expect(card.result.rows.allSatisfy { $0.suffix(3) == [.text("p63-08"), .text("Tuyên Quang"), .text("2023-09-30")] })
        #expect(row(card, "qd766_score")["rank"] == .text("56/63"))
        #expect(row(card, "qd766_score")["name_vi"] == .text("Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)"))
        let rollout = row(card, "rollout:de_an_06")
        #expect(rollout["numerator"] == .real(5))
        #expect(rollout["denominator"] == .real(10))
    }

    @Test func marksAnAgencyMissingItsRangeTargetAndListsGoalsWithoutFigures() throws {
        let db = try ReportFixture.make(directory)
        let card = try Scorecard(area: "Nghệ An", layout: .table).run(db)
        #expect(card.result.rows.map { $0[2] } == [.text(""), .text(""), .text(""), .text("Sở LĐTB&XH"), .text("Sở Y tế")])
        let labour = row(card, "social_payment_accounts_rate", agency: "Sở LĐTB&XH")
        #expect(labour["target"] == .text("90–100"))
        #expect(labour["result"] == .text("behind"))
        guard case .real(let gap)? = labour["gap"] else { Issue.record("no gap"); return }
        #expect(abs(gap - 24.84) < 1e-9)
        let health = row(card, "health_facilities_cashless_rate", agency: "Sở Y tế")
        #expect(health["value"] == .null)
        #expect(health["target"] == .text("≥ 100"))
        #expect(health["result"] == .text("not due"))
        let later = try Scorecard(area: "Nghệ An", asOf: try CalendarDate(iso: "2025-03-31"), layout: .table).run(db)
        #expect(row(later, "health_facilities_cashless_rate", agency: "Sở Y tế")["result"] == .text("no figure"))
        #expect(row(card, "rollout:de_an_06")["period"] == .text("2024-10-31"))
    }

    @Test func asOfKeepsOnlyFiguresThatEndedByThen() throws {
        let db = try ReportFixture.make(directory)
        let card = try Scorecard(area: "Tuyên Quang", asOf: try CalendarDate(iso: "2023-06-30")).run(db)
        #expect(card.areaID == "p63-08")
        #expect(row(card, "online_dossier_rate")["period"] == .text("2023-H1"))
        #expect(row(card, "online_dossier_rate")["result"] == .text("behind"))
        #expect(row(card, "online_dossier_rate")["gap"] == .real(10))
        #expect(row(card, "qd766_score").isEmpty)
        #expect(row(card, "rollout:de_an_06").isEmpty)
    }

    @Test func asOfAfterTheMergerReportsTheNewUnit() throws {
        let db = try ReportFixture.make(directory)
        let card = try Scorecard(area: "Tuyên Quang", asOf: try CalendarDate(iso: "2025-09-30")).run(db)
        #expect(card.areaID == "p34-08")
        #expect(card.result.rows.allSatisfy { $0[4] == .null })
    }
}

@Suite struct TargetCheckTests {
    @Test(arguments: [
        (42.06, Comparator.atLeast, 40.0, nil as Double?, true, 0.0),
        (83.81, .atLeast, 86, nil, false, 86 - 83.81),
        (65.16, .between, 90, 100, false, 90 - 65.16),
        (95, .between, 90, 100, true, 0),
        (101, .between, 90, 100, false, 1),
        (12, .atMost, 10, nil, false, 2),
        (8, .atMost, 10, nil, true, 0),
        (98, .equal, 100, nil, false, 2),
        (0.1 + 0.2, .atLeast, 0.3, nil, true, 0),
    ])
    func metAndGap(value: Double, comparator: Comparator, low: Double, high: Double?, met: Bool, gap: Double) {
        let check = TargetCheck(value: value, comparator: comparator, low: low, high: high)
        #expect(check.met == met)
        #expect(abs(check.gap - gap) < 1e-9)
    }
}

@Suite struct AreaChoiceTests {
    let directory = TemporaryDirectory("area-choice")

    /// Once the merged Tuyên Quang has figures, its name means the merged unit for a
    /// scorecard, while a trend still follows the unit that has the series.
    @Test func aNameFollowsTheUnitWithTheMostRecentFigures() throws {
        let db = try ReportFixture.make(directory)
        try db.periods.ensure(try Period(code: "2025-09-30"))
        _ = try db.observations.writer().insert(ObservationRecord(indicator: "cccd_issuance_rate", area: "p34-08",
                                                                  period: "2025-09-30", value: 99))
        let card = try Scorecard(area: "Tuyên Quang").run(db)
        #expect(card.areaID == "p34-08")
        #expect(card.result.rows.first?[4] == .real(99))
        let trend = try TrendReport(indicator: "online_dossier_rate", area: "Tuyên Quang").run(db)
        #expect(trend.result.rows.count == 3)
        let older = try Scorecard(area: "Tuyên Quang", asOf: try CalendarDate(iso: "2024-12-31")).run(db)
        #expect(older.areaID == "p63-08")
    }
}
