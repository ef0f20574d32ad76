import ChisoDomain
import ChisoStorage
import ChisoTestSupport
import Testing
@testable import ChisoQuery

@Suite struct ImpliedRuleTests {
    static let rankQuote = "đứng thứ 56/63 địa phương (tăng 3 bậc so với 6 tháng đầu năm 2023)"
    static let hueQuote = "điểm tự chấm của tỉnh ước đạt 774.45 điểm, tăng 76,9 điểm so với năm 2022 (697.55 điểm)"

    @discardableResult
    private func addRank(_ f: TestDatabase) throws -> Int64 {
        try f.add("qd766_rank", "08", "2023-01/2023-09", 56, numerator: 56, denominator: 63,
                  baseline: "2023-H1", change: 3, quote: Self.rankQuote)
    }

    @Test func reportsTheRankAChangeImplies() throws {
        let f = try CheckFixture()
        let id = try addRank(f)
        let found = try f.findings(.implied)
        #expect(found.map(\.severity) == [.info])
        #expect(found.first?.message == "'tăng 3 bậc so với 6 tháng đầu năm 2023': 56 + 3 = 59 implies rank 59/63 in 2023-H1 (not stored; `chiso check --derive` stores it)")
        #expect(found.first?.period == "2023-H1")
        #expect(found.first?.rows == [.observation(id)])
    }

    @Test func confirmsAStoredBaselineThatAgrees() throws {
        let f = try CheckFixture()
        try f.add("dti_self_assessed_score", "46", "2023", 774.45, status: .selfAssessed, baseline: "2022", change: 76.9, quote: Self.hueQuote)
        try f.add("dti_self_assessed_score", "46", "2022", 697.55, status: .selfAssessed)
        let found = try f.findings(.implied)
        #expect(found.map(\.severity) == [.info])
        #expect(found.first?.message == "'tăng 76,9 điểm so với năm 2022': 774.45 − 76.9 = 697.55 = the 697.55 stored for 2022 ✓")
    }

    @Test func flagsAStoredBaselineThatDisagrees() throws {
        let f = try CheckFixture()
        try addRank(f)
        try f.add("qd766_rank", "08", "2023-H1", 58, numerator: 58, denominator: 63, source: "s2")
        let found = try f.findings(.implied)
        #expect(found.map(\.severity) == [.error])
        #expect(found.first?.message == "'tăng 3 bậc so với 6 tháng đầu năm 2023': 56 + 3 = 59, but rank 58/63 stored for 2023-H1 (off by 1)")
        #expect(found.first?.sources == ["s1", "s2"])
    }

    @Test func keepsBothReadingsOfAPercentChangeOfAPercent() throws {
        let f = try CheckFixture()
        try f.add("online_dossier_rate", "08", "2023-09-30", 42.06, baseline: "2023-H1", change: 18.2,
                  quote: "trực tuyến đạt 42,06% (tăng 18,2% so với 6 tháng đầu năm 2023)")
        let found = try f.findings(.implied)
        #expect(found.first?.message == "'tăng 18,2% so với 6 tháng đầu năm 2023': 42.06 − 18.2 = 23.86 (percentage points) or 42.06 / 1.182 = 35.58 (relative) in 2023-H1; the text does not say which, so --derive leaves it")
        try f.add("online_dossier_rate", "08", "2023-H1", 35.58, source: "s2")
        let compared = try f.findings(.implied)
        #expect(compared.map(\.severity) == [.info])
        #expect(compared.first?.message.hasSuffix("the 35.58% stored for 2023-H1 fits a relative change ✓") == true)
    }

    @Test func flagsAChangeThatImpliesAnImpossibleRank() throws {
        let f = try CheckFixture()
        try f.add("qd766_rank", "08", "2023", 62, numerator: 62, denominator: 63, baseline: "2022", change: 5)
        let found = try f.findings(.implied)
        #expect(found.map(\.severity) == [.error])
        #expect(found.first?.message == "62 + 5 = 67, a rank outside 1..63 in 2022: rank 67/63 cannot be")
    }

    @Test func readsAFallAsAHigherRankNumberBefore() throws {
        let f = try CheckFixture()
        try f.add("qd766_rank", "08", "2023", 40, numerator: 40, denominator: 63, baseline: "2022", change: -4,
                  quote: "xếp thứ 40/63, giảm 4 bậc so với năm 2022")
        #expect(try f.findings(.implied).first?.message == "'giảm 4 bậc so với năm 2022': 40 − 4 = 36 implies rank 36/63 in 2022 (not stored; `chiso check --derive` stores it)")
    }
}

@Suite struct DerivationTests {
    @Test func storesTheImpliedRankOnceWithItsArithmetic() throws {
        let f = try CheckFixture()
        let origin = try f.add("qd766_rank", "08", "2023-01/2023-09", 56, numerator: 56, denominator: 63,
                               baseline: "2023-H1", change: 3, quote: ImpliedRuleTests.rankQuote)
        let first = try Derivation.run(f.database)
        #expect(first == DerivationSummary(inserted: 1))
        #expect(first.description == "derived 1 new, 0 unchanged")
        let stored = try #require(try f.database.observations.find(
            NaturalKey(indicator: "qd766_rank", area: "p63-08", agency: "", period: "2023-H1", source: "s1")))
        #expect(stored.status == .derived)
        #expect(stored.value == 59 && stored.numerator == 59 && stored.denominator == 63)
        #expect(stored.note == "derived: 56 + 3 = 59 from 'tăng 3 bậc so với 6 tháng đầu năm 2023' (observation \(origin))")
        let second = try Derivation.run(f.database)
        #expect(second == DerivationSummary(unchanged: 1))
        #expect(try f.database.observations.count() == 2)
        #expect(try f.findings(.implied).first?.message.hasSuffix("(stored as derived obs \(stored.id ?? 0))") == true)
    }

    @Test func neverOverwritesAReportedFigure() throws {
        let f = try CheckFixture()
        try f.add("qd766_rank", "08", "2023-01/2023-09", 56, numerator: 56, denominator: 63,
                  baseline: "2023-H1", change: 3, quote: ImpliedRuleTests.rankQuote)
        try f.add("qd766_rank", "08", "2023-H1", 58, numerator: 58, denominator: 63, source: "s1")
        let before = try f.database.observations.all()
        #expect(try Derivation.run(f.database) == DerivationSummary())
        #expect(try f.database.observations.all() == before)
    }

    @Test func leavesAmbiguousChangesUnderived() throws {
        let f = try CheckFixture()
        try f.add("online_dossier_rate", "08", "2023-09-30", 42.06, baseline: "2023-H1", change: 18.2,
                  quote: "đạt 42,06% (tăng 18,2% so với 6 tháng đầu năm 2023)")
        let summary = try Derivation.run(f.database)
        #expect(summary == DerivationSummary(ambiguous: 1))
        #expect(summary.description == "derived 0 new, 0 unchanged; 1 change left underived (percentage points or relative?)")
        #expect(try f.database.observations.count() == 1)
    }

    @Test func derivesOnlyForTheChosenArea() throws {
        let f = try CheckFixture()
        try f.add("qd766_rank", "08", "2023", 56, numerator: 56, denominator: 63, baseline: "2022", change: 3)
        try f.add("qd766_rank", "02", "2023", 25, numerator: 25, denominator: 63, baseline: "2022", change: 20)
        let filter = try AreaFilter("Hà Giang", directory: try f.database.areas.directory())
        #expect(try Derivation.run(f.database, area: filter) == DerivationSummary(inserted: 1))
        #expect(try f.database.observations.all().filter { $0.status == .derived }.map(\.area) == ["p63-02"])
    }
}
