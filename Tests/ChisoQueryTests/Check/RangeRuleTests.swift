import ChisoStorage
import ChisoTestSupport
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
        try f.add("qd766_rank", "VN", "2023", 5)
        try f.add("qd766_rank", "01", "2023", 70)
        let found = try f.findings(.range)
        #expect(found.map(\.severity) == [.error, .error, .error, .error, .error, .error, .error])
        // The very words import and add use (ValueRules), so check says what they would have.
        #expect(Set(found.map(\.message)) == [
            "120 is outside 0–100 for the percent indicator online_dossier_rate (write 42.06 for 42,06%, not 0.4206)",
            "rank 64 is beyond the 63 ranked (denominator)",
            "0 is not a rank (expected a whole number from 1)",
            "1.2 is above the maximum; dti_score is a score out of 1",
            "numerator 20 is above its denominator 18",
            "5 is a rank for the country (VN), but qd766_rank ranks provinces; the country has no rank",
            "rank 70 is beyond the 63 provinces there were in 2023; give the number ranked as the denominator if the ranking was wider",
        ])
    }

    /// A row another tool wrote (the triggers refuse it from chiso) for a unit that did not
    /// exist during its period: check names it in the words import uses.
    @Test func flagsAnAreaOutsideItsValidity() throws {
        let f = try CheckFixture()
        try f.dropRangeTriggers()
        try f.add(ObservationRecord(indicator: "online_dossier_rate", area: "p63-02", period: "2026", value: 50, source: "s1"))
        try f.add(ObservationRecord(indicator: "online_dossier_rate", area: "p34-08", period: "2020", value: 50, source: "s1"))
        try f.add(ObservationRecord(indicator: "online_dossier_rate", area: "p63-08", period: "2021/2025", value: 50, source: "s1"))
        let found = try f.findings(.range).map(\.message)
        #expect(found.count == 2)
        #expect(found.contains("area p63-02 (Hà Giang) existed until 2025-06-30; the period 2026 is after it — it was merged into Tuyên Quang (p34-08)"))
        #expect(found.contains { $0.hasPrefix("area p34-08 (Tuyên Quang) exists from 2025-07-01; the period 2020 is before it") })
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
