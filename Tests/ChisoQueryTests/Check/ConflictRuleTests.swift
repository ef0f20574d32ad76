import ChisoStorage
import ChisoTestSupport
import Testing
@testable import ChisoQuery

@Suite struct ConflictRuleTests {
    @Test func warnsWhenSourcesDisagree() throws {
        let f = try CheckFixture()
        try f.add("qd766_rank", "08", "2023-01/2023-09", 56, numerator: 56, denominator: 63, source: "s1")
        try f.add("qd766_rank", "08", "2023-01/2023-09", 57, numerator: 57, denominator: 63, source: "s2")
        let found = try f.findings(.conflict)
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.message == "sources disagree: 56/63 (s1), 57/63 (s2)")
        #expect(found.first?.sources == ["s1", "s2"])
    }

    @Test func acceptsTheSameFigureRoundedDifferently() throws {
        let f = try CheckFixture()
        try f.add("online_dossier_rate", "08", "2023-09-30", 42.06, source: "s1")
        try f.add("online_dossier_rate", "08", "2023-09-30", 42.1, source: "s2")
        let found = try f.findings(.conflict)
        #expect(found.map(\.severity) == [.info])
        #expect(found.first?.message == "2 sources agree: 42.06 (s1), 42.1 (s2) ✓")
    }

    @Test func ignoresOneSourcesDifferentPeriodsAndAgencies() throws {
        let f = try CheckFixture()
        try f.add("online_dossier_rate", "08", "2023-09-30", 42.06)
        try f.add("online_dossier_rate", "08", "2023-09", 78.63)
        try f.add("online_dossier_rate", "08", "2023-09-30", 50, agency: "Sở Nội vụ", source: "s2")
        #expect(try f.findings(.conflict).isEmpty)
    }
}
