import ChisoStorage
import ChisoTestSupport
import Testing
@testable import ChisoQuery

@Suite struct TargetRuleTests {
    @Test func reportsAMissedTargetWithTheGap() throws {
        let f = try CheckFixture()
        try f.addTarget("social_payment_accounts_rate", "40", "2024", .between, 90, high: 100, agency: "Sở LĐTB&XH")
        try f.add("social_payment_accounts_rate", "40", "2024-10-31", 65.16, agency: "Sở LĐTB&XH")
        let found = try f.findings(.target)
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.message == "behind by 24.84 points: 65.16% (2024-10-31), an earlier part of 2024, against 90–100%", "a snapshot of October is a part of 2024, not its end")
        #expect(found.first?.agency == "Sở LĐTB&XH")
        #expect(found.first?.rows.count == 2)
    }

    @Test func confirmsAMetTarget() throws {
        let f = try CheckFixture()
        try f.addTarget("par_index_score", "08", "2024", .atLeast, 86)
        try f.add("par_index_score", "08", "2024", 86.2)
        let found = try f.findings(.target)
        #expect(found.map(\.severity) == [.info])
        #expect(found.first?.message == "met: 86.2 (2024) against ≥ 86 for 2024 ✓")
    }

    @Test func usesTheLatestFigureOfTheTargetsOwnPeriodAndAPartIsBehindNotMissed() throws {
        let f = try CheckFixture()
        try f.addTarget("online_dossier_rate", "08", "2024", .atLeast, 70)
        try f.add("online_dossier_rate", "08", "2024-06-30", 75)
        try f.add("online_dossier_rate", "08", "2024-10-31", 65)
        try f.add("online_dossier_rate", "08", "2025-03-31", 90)
        let found = try f.findings(.target)
        #expect(found.first?.message == "behind by 5 points: 65% (2024-10-31), an earlier part of 2024, against ≥ 70%")
        #expect(found.first?.severity == .warning)
    }

    @Test func aFigureCoveringThePeriodMeetsOrMissesIt() throws {
        let f = try CheckFixture()
        try f.addTarget("online_dossier_rate", "08", "2024", .atLeast, 70)
        try f.add("online_dossier_rate", "08", "2024", 68)
        #expect(try f.findings(.target).first?.message == "missed by 2 points: 68% (2024) against ≥ 70% for 2024")
    }

    @Test func aFigureOfAnotherPeriodIsNeverJudged() throws {
        let f = try CheckFixture()
        try f.addTarget("par_index_score", "08", "2025", .atLeast, 86)
        try f.add("par_index_score", "08", "2020", 83.81)
        let found = try f.findings(.target)
        #expect(found.map(\.severity) == [.info])
        #expect(found.first?.message == "no figure of 2025 to compare with the target ≥ 86")
    }

    @Test func anEarlierPartThatMeetsTheGoalIsOnTrack() throws {
        let f = try CheckFixture()
        try f.addTarget("online_dossier_rate", "08", "2024", .atLeast, 70)
        try f.add("online_dossier_rate", "08", "2024-H1", 75)
        let found = try f.findings(.target)
        #expect(found.map(\.severity) == [.info])
        #expect(found.first?.message == "on track: 75% (2024-H1), an earlier part of 2024, against ≥ 70%")
    }

    @Test func judgesATargetOfAMergedUnitByTheUnitItContinues() throws {
        let f = try CheckFixture()
        try f.addTarget("par_index_score", "08", "2025", .atLeast, 86)   // p34-08, formed 2025-07-01
        try f.add("par_index_score", "08", "2025-H1", 83.81)             // p63-08, which kept code 08
        try f.add("par_index_score", "02", "2025-H1", 90)                // p63-02 Hà Giang, merged in
        let found = try f.findings(.target)
        #expect(found.first?.message == "behind by 2.19 points: 83.81 (2025-H1, p63-08 before it became p34-08), an earlier part of 2025, against ≥ 86")
    }

    @Test func matchesTheAgency() throws {
        let f = try CheckFixture()
        try f.addTarget("health_facilities_cashless_rate", "40", "2024", .atLeast, 100, agency: "Sở Y tế")
        try f.add("health_facilities_cashless_rate", "40", "2024-10-31", 100)
        let found = try f.findings(.target)
        #expect(found.map(\.severity) == [.info])
        #expect(found.first?.message == "no figure of 2024 to compare with the target ≥ 100%")
    }
}
