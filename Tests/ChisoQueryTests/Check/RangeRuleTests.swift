import ChisoStorage
import Testing
@testable import ChisoQuery

@Suite struct RangeRuleTests {
    @Test func flagsValuesNoReportCanMean() throws {
        let f = try CheckFixture()
        try f.dropRangeTriggers()
        try f.add("online_dossier_rate", "08", "2023", 120)
        try f.add("qd766_rank", "02", "2023", 64, numerator: 64, denominator: 63)
        try f.add("qd766_rank", "40", "2023", 0)
        try f.add("dti_score", "08", "2023", 1.2)
        try f.add("depts_below_online_dossier_target", "40", "2024-10-31", 20, numerator: 20, denominator: 18)
        let found = try f.findings(.range)
        #expect(found.map(\.severity) == [.error, .error, .error, .error, .error])
        #expect(Set(found.map(\.message)) == [
            "120% is outside 0–100",
            "rank 64 is outside 1..63",
            "rank 0 is below 1",
            "score 1.2 is above the scale maximum 1",
            "numerator 20 is above its denominator 18",
        ])
    }

    @Test func saysNothingAboutValuesInRange() throws {
        let f = try CheckFixture()
        try f.add("online_dossier_rate", "08", "2023", 100)
        try f.add("online_dossier_rate", "02", "2023", 0)
        try f.add("qd766_rank", "02", "2023", 63, numerator: 63, denominator: 63)
        try f.add("dti_score", "08", "2023", 0.6123)
        try f.add("depts_below_online_dossier_target", "40", "2024-10-31", 15, numerator: 15, denominator: 18)
        #expect(try f.findings(.range).isEmpty)
    }
}
