import ChisoDomain
import ChisoStorage
import ChisoTestSupport
import Testing
@testable import ChisoQuery

/// The acceptance criteria of issue 6, on the seeded figures.
@Suite struct SeedCheckTests {
    private func seeded() throws -> TestDatabase {
        let f = try CheckFixture()
        try f.loadSeeds()
        return f
    }

    /// The two rates disagree with counts the text does not call their parts: warnings, and
    /// nothing in the seeds is impossible.
    @Test func findsTheTwoInconsistentRates() throws {
        let findings = try seeded().check()
        #expect(findings.filter { $0.severity == .error }.isEmpty)
        let errors = findings.filter { $0.severity == .warning && $0.rule == .rateVsParts }
        #expect(errors.map(\.rule) == [.rateVsParts, .rateVsParts])
        #expect(errors.map(\.indicator) == ["dvc_integrated_national_portal_rate", "eform_autofill_rate"])
        #expect(errors[0].message == "426 / 1846 = 23.08% (dvc_integrated_national_portal / dvc_provided_total), but 38.72% is reported (off by 15.64 points; rounding to 2 decimals allows ±0.005)")
        #expect(errors[1].message == "388 / 1824 = 21.27% (eform_autofill_tthc_count / tthc_published_total), but 21.6% is reported (off by 0.33 points; rounding to 1 decimal allows ±0.05)")
        #expect(errors[1].quotes == ["đạt tỷ lệ 21,6%", "Có 388 TTHC đã được đơn giản hóa thông tin", "có 1.824 TTHC"])
    }

    @Test func confirmsTheConsistentFiguresAsInfo() throws {
        let info = try seeded().check().filter { $0.severity == .info }.map(\.message)
        #expect(info.contains("13322/16942 = 78.63% ✓"))
        #expect(info.contains("provincial 1476 + district 218 + commune 130 = 1824 = total ✓"))
        #expect(info.contains("completed 16 + in progress 21 + not started 1 = 38 = total ✓"))
        #expect(info.contains("'tăng 76,9 điểm so với năm 2022': 774.45 − 76.9 = 697.55 = the 697.55 stored for 2022 ✓"))
    }

    /// The 2020 PAR Index (83.81) is not judged against the 2025 goal (≥ 86): another period.
    @Test func reportsTheMissedTargets() throws {
        let warnings = try seeded().check().filter { $0.rule == .target && $0.severity == .warning }.map(\.message)
        #expect(warnings == [
            "behind by 24.84 points: 65.16% (2024-10-31), an earlier part of 2024, against 90–100%",
        ])
    }

    @Test func derivesTheBaselineRanks() throws {
        let f = try seeded()
        #expect(try Derivation.run(f.database) == DerivationSummary(inserted: 3, ambiguous: 3))
        let derived = try f.database.observations.all().filter { $0.status == .derived }
        #expect(derived.map { "\($0.area) \($0.period) \(NumberTextForTest.plain($0.value))/\(NumberTextForTest.plain($0.denominator ?? 0))" } == [
            "p63-08 2023-H1 59/63", "p63-40 2023 43/63", "p63-02 2023-01-01 45/63",
        ])
        #expect(try Derivation.run(f.database) == DerivationSummary(unchanged: 3, ambiguous: 3))
        #expect(try f.check().filter { $0.severity == .error }.isEmpty)
        #expect(try f.check().filter { $0.rule == .rateVsParts && $0.severity == .warning }.count == 2)
    }

    @Test func filtersByAreaOnEachFindingsDate() throws {
        let found = try seeded().check(area: "Tuyên Quang")
        #expect(!found.isEmpty)
        // The seeds tie the 2025 PAR Index target to the 63-era province that set it.
        #expect(Set(found.map(\.area)) == ["p63-08"])
        #expect(throws: AreaLookupError.self) { try AreaFilter("Tuyen Quan", directory: try self.seeded().database.areas.directory()) }
    }
}

enum NumberTextForTest {
    static func plain(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
}
