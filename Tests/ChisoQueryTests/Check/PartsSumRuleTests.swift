import ChisoStorage
import ChisoTestSupport
import Testing
@testable import ChisoQuery

@Suite struct PartsSumRuleTests {
    private func addLevels(_ f: TestDatabase, total: Double, commune: Double?) throws {
        try f.add("tthc_published_total", "08", "2023-09-30", total)
        try f.add("tthc_published_provincial", "08", "2023-09-30", 1476)
        try f.add("tthc_published_district", "08", "2023-09-30", 218)
        if let commune { try f.add("tthc_published_commune", "08", "2023-09-30", commune) }
    }

    @Test func confirmsPartsThatAddUp() throws {
        let f = try CheckFixture()
        try addLevels(f, total: 1824, commune: 130)
        let found = try f.findings(.partsSum)
        #expect(found.map(\.severity) == [.info])
        #expect(found.first?.message == "provincial 1476 + district 218 + commune 130 = 1824 = total ✓")
        #expect(found.first?.rows.count == 4)
    }

    @Test func refusesPartsThatAddToMoreThanTheWhole() throws {
        let f = try CheckFixture()
        try addLevels(f, total: 1824, commune: 131)
        let found = try f.findings(.partsSum)
        #expect(found.map(\.severity) == [.error])
        #expect(found.first?.message == "provincial 1476 + district 218 + commune 131 = 1825, but the total is 1824 (off by 1)")
    }

    /// Parts short of the whole disagree, but the text may count kinds it does not list.
    @Test func warnsAboutPartsThatAddToLessThanTheWhole() throws {
        let f = try CheckFixture()
        try addLevels(f, total: 1824, commune: 129)
        let found = try f.findings(.partsSum)
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.message == "provincial 1476 + district 218 + commune 129 = 1823, but the total is 1824 (off by 1)")
    }

    @Test func flagsPresentPartsThatAlreadyExceedTheTotal() throws {
        let f = try CheckFixture()
        try addLevels(f, total: 1600, commune: nil)
        let found = try f.findings(.partsSum)
        #expect(found.map(\.severity) == [.error])
        #expect(found.first?.message == "provincial 1476 + district 218 = 1694 already exceeds the total 1600 without commune")
    }

    @Test func saysNothingAboutIncompletePartsBelowTheTotal() throws {
        let f = try CheckFixture()
        try addLevels(f, total: 1824, commune: nil)
        #expect(try f.findings(.partsSum).isEmpty)
    }

    @Test func allowsRoundingInScoreGroups() throws {
        let f = try CheckFixture()
        // 13.6 + 18.5 + 10 + 8 + 15.4 + 17.3 = 82.8, the six groups of a 766 score.
        for (code, value) in [("qd766_score", 82.8), ("qd766_publicity_score", 13.6), ("qd766_progress_score", 18.5),
                              ("qd766_online_service_score", 10), ("qd766_online_payment_score", 8),
                              ("qd766_satisfaction_score", 15.4), ("qd766_digitisation_score", 17.3)] {
            try f.add(code, "49", "2023-10-28", value)
        }
        let found = try f.findings(.partsSum)
        #expect(found.map(\.severity) == [.info])
    }

    @Test func checksRolloutBreakdowns() throws {
        let f = try CheckFixture()
        try f.addRollout("40", "2024-10-31", total: 38, completed: 16, inProgress: 21, notStarted: 1)
        let found = try f.findings(.partsSum)
        #expect(found.map(\.severity) == [.info])
        #expect(found.first?.message == "completed 16 + in progress 21 + not started 1 = 38 = total ✓")
        #expect(found.first?.indicator == "de_an_06")
        // The schema refuses a broken breakdown, so build the snapshot an old file could hold.
        let broken = RolloutRecord(id: 9, area: "p63-40", period: "2024-10-31", total: 38, completed: 16, inProgress: 21, notStarted: 2)
        let data = CheckData(observations: [], rollouts: [broken], indicators: [:])
        let flagged = DataCheck.findings(in: data)
        #expect(flagged.map(\.severity) == [.error])
        #expect(flagged.first?.message == "completed 16 + in progress 21 + not started 2 = 39, but the total is 38 (off by 1)")
        #expect(flagged.first?.rows == [.rollout(9)])
    }
}
