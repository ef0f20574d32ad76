import ChisoDomain
import ChisoStorage
import ChisoTestSupport
import Testing
@testable import ChisoQuery

/// `chiso check` reads only the rows a rule can use (`CheckCandidates`); these tests hold it to
/// the rules run over every row of the same snapshot (`CheckData.load`), finding for finding.
@Suite struct CheckCandidatesTests {
    private func everyRowFindings(_ f: TestDatabase) throws -> [Finding] {
        DataCheck.findings(in: try CheckData.load(from: f.database))
    }

    @Test func findsOnTheSeedsWhatTheRulesFindOverEveryRow() throws {
        let f = try CheckFixture()
        try f.loadSeeds()
        let expected = try everyRowFindings(f)
        #expect(!expected.isEmpty)
        #expect(try f.check() == expected)
    }

    /// Seeded random figures over every measure, the relations, the parts, the levels, two
    /// sources, changes, targets, values out of range, areas outside their validity and rows
    /// another tool left with a dangling reference: the same findings, in the same order.
    @Test func findsOnRandomFiguresWhatTheRulesFindOverEveryRow() throws {
        let f = try CheckFixture()
        try f.dropRangeTriggers()
        var random = SplitMix64(seed: Fuzz.defaultSeed)
        let indicators = [
            "online_dossier_rate", "online_dossiers_received", "dossiers_received_total", "eform_autofill_rate",
            "eform_autofill_tthc_count", "tthc_published_total", "tthc_published_provincial", "tthc_published_district",
            "tthc_published_commune", "qd766_score", "qd766_publicity_score", "qd766_progress_score", "qd766_rank",
            "dti_score", "dossiers_received", "dti_rank_change", "fees_collected", "online_dossier_rate_change",
            "depts_below_online_dossier_target", "par_index_score_change",
        ]
        let areas = ["p63-08", "p34-08", "p63-02", "p63-01", "p34-01", "VN"]
        let periods = ["2020", "2023", "2023-H1", "2024-10-31", "2025", "2025-H2", "2026"]
        let values: [Double] = [-1, 0, 0.5, 1, 1.2, 3, 12, 21.6, 34, 35, 42.06, 56, 63, 64, 70, 78.63, 100, 120, 218, 1476, 1824]
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
        var keys: Set<NaturalKey> = []
        for _ in 0..<1500 {
            let indicator = pick(indicators)
            var breakdown = Breakdown.none
            if indicator == "dossiers_received", chance(50) { breakdown.level = pick(["tinh", "huyen", "xa"]) }
            let value = pick(values)
            let fraction = chance(25)
            let change = chance(15)
            let record = ObservationRecord(
                indicator: indicator, area: pick(areas), agency: chance(15) ? "Sở TT&TT" : "", breakdown: breakdown,
                period: pick(periods), value: value, numerator: fraction ? pick([max(0, value), value + 2, 12, 1476]) : nil,
                denominator: fraction ? pick([1, 18, 63, 100, 1824]) : nil,
                qualifier: chance(10) ? pick([.moreThan, .about, .nearly]) : nil,
                status: chance(5) ? .derived : .reported, baselinePeriod: change ? pick(periods) : nil,
                change: change ? pick([-3, 3, 18.2, 76.9]) : nil, source: pick(["s1", "s2", nil]),
                quote: chance(30) ? "tăng \(Int(value)) bậc so với năm 2023" : nil)
            guard keys.insert(record.key).inserted else { continue }
            try f.add(record)
        }
        try f.addTarget("online_dossier_rate", "p63-08", "2023", .atLeast, 80)
        try f.addTarget("qd766_score", "p34-08", "2025", .between, 70, high: 100)
        try f.addTarget("dti_score", "VN", "2026", .atLeast, 0.7, agency: "Sở TT&TT")
        try f.addRollout("08", "2023", total: 38, completed: 16, inProgress: 21, notStarted: 1)
        // Rows another tool wrote: an indicator not in the catalogue, a period not in `periods`.
        try f.database.connection.execute("PRAGMA foreign_keys = OFF")
        try f.database.connection.execute("DROP TRIGGER observations_references_insert")
        try f.database.connection.execute(
            "INSERT INTO observations(indicator, area, period, value) VALUES ('bogus_code', 'p63-08', '2023', 5)")
        try f.database.connection.execute(
            "INSERT INTO observations(indicator, area, period, value) VALUES ('qd766_rank', 'p34-08', '2019', 70)")

        let expected = try everyRowFindings(f)
        // Every rule has something to say, so a branch that lost its rows would show.
        #expect(Set(expected.map(\.rule)) == Set(CheckRule.allCases))
        #expect(Set(expected.map(\.severity)) == Set(Severity.allCases))
        let found = try f.check()
        #expect(found.count == expected.count)
        // The first finding that differs, not two lists of 1,600.
        let first = found.indices.first { $0 >= expected.count || found[$0] != expected[$0] }
        #expect(first == nil, "finding \(first ?? 0): \(first.map { String(describing: found[$0]) } ?? "") instead of \(first.map { String(describing: expected[$0]) } ?? "")")
    }

    /// A row another tool wrote whose period is not in `periods`, and no other rule's branch
    /// would pick: it is read all the same, and `range` says its area did not exist then.
    @Test func readsARowWhosePeriodNamesNothingWhenNoOtherBranchWould() throws {
        let f = try CheckFixture()
        try f.database.connection.execute("PRAGMA foreign_keys = OFF")
        try f.database.connection.execute("DROP TRIGGER observations_references_insert")
        try f.database.connection.execute(
            "INSERT INTO observations(indicator, area, period, value) VALUES ('online_dossier_rate', 'p34-08', '2019', 50)")
        let expected = try everyRowFindings(f)
        #expect(expected.contains { $0.rule == .range })
        #expect(try f.check() == expected)
    }
}
