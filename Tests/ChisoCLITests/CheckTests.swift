import ChisoDomain
import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing

/// End-to-end: `chiso check` through the built binary.
@Suite struct CheckTests {
    let directory = TemporaryDirectory("check-cli")

    /// Tuyên Quang's inconsistent e-form rate (388/1824 ≠ 21.6%), its consistent September
    /// rate (13322/16942 = 78.63%), a rank up 3 places, and Nghệ An's missed 90–100% target.
    private func makeDatabase() throws -> String {
        let path = directory.path("check.db")
        let db = try Database(path: path, access: .create)
        try db.connection.write {
            for code in ["2023-H1", "2023-09", "2023-09-30", "2023-01/2023-09", "2024", "2024-10-31"] {
                try db.periods.ensure(try Period(code: code))
            }
            _ = try db.sources.upsert(SourceRecord(id: "tq", title: "Tuyên Quang, 9 tháng 2023"))
            _ = try db.sources.upsert(SourceRecord(id: "na", title: "Nghệ An, 2024"))
            let w = try db.observations.writer()
            for row: ObservationRecord in [
                .init(indicator: "eform_autofill_rate", area: "p63-08", period: "2023-09-30", value: 21.6, source: "tq", quote: "đạt tỷ lệ 21,6%"),
                .init(indicator: "eform_autofill_tthc_count", area: "p63-08", period: "2023-09-30", value: 388, source: "tq"),
                .init(indicator: "tthc_published_total", area: "p63-08", period: "2023-09-30", value: 1824, source: "tq"),
                .init(indicator: "online_dossier_rate", area: "p63-08", period: "2023-09", value: 78.63,
                      numerator: 13322, denominator: 16942, source: "tq"),
                .init(indicator: "qd766_rank", area: "p63-08", period: "2023-01/2023-09", value: 56, numerator: 56, denominator: 63,
                      baselinePeriod: "2023-H1", change: 3, source: "tq",
                      quote: "đứng thứ 56/63 địa phương (tăng 3 bậc so với 6 tháng đầu năm 2023)"),
                .init(indicator: "social_payment_accounts_rate", area: "p63-40", agency: "Sở LĐTB&XH", period: "2024-10-31",
                      value: 65.16, source: "na"),
            ] { _ = try w.insert(row) }
            _ = try db.targets.upsert(TargetRecord(indicator: "social_payment_accounts_rate", area: "p63-40", agency: "Sở LĐTB&XH",
                                                   period: "2024", comparator: .between, value: 90, valueHigh: 100, source: "na"))
        }
        return path
    }

    private func run(_ arguments: [String], db: String) throws -> RunResult {
        try Chiso.run(["check"] + arguments + ["--db", db])
    }

    @Test func printsFindingsErrorsFirstWithTheirArithmetic() throws {
        let db = try makeDatabase()
        let before = try Chiso.dump(db)
        let result = try run(["--format", "tsv", "--no-header"], db: db)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let rows = result.lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        // severity, rule, area_id, area_name, agency, indicator, period, message, rows, sources, quotes
        #expect(rows.map { "\($0[0]) \($0[1]) \($0[5])" } == [
            "warning rate_vs_parts eform_autofill_rate",
            "warning target social_payment_accounts_rate",
            "info rate_vs_fraction online_dossier_rate",
            "info implied qd766_rank",
        ])
        #expect(rows[0][7] == "388 / 1824 = 21.27% (eform_autofill_tthc_count / tthc_published_total), but 21.6% is reported (off by 0.33 points; rounding to 1 decimal allows ±0.05)")
        #expect(rows[0][8] == "obs 1; obs 2; obs 3")
        #expect(rows[0][10] == "đạt tỷ lệ 21,6%")
        #expect(rows[1][4] == "Sở LĐTB&XH")
        #expect(rows[1][7] == "behind by 24.84 points: 65.16% (2024-10-31), an earlier part of 2024, against 90–100%")
        #expect(rows[2][7] == "13322/16942 = 78.63% ✓")
        #expect(result.stderr == "4 findings: 0 errors, 2 warnings, 2 info\n")
        #expect(try Chiso.dump(db) == before, "check without --derive must not write")
    }

    @Test func tablePutsTheMessageLastAndUncut() throws {
        let db = try makeDatabase()
        let result = try run([], db: db)
        #expect(result.exitCode == 0)
        #expect(result.lines.first == "severity  rule              area_name             indicator                     period      rows               message")
        #expect(result.lines.contains { $0.hasPrefix("warning   target            Nghệ An · Sở LĐTB&XH") && $0.hasSuffix("an earlier part of 2024, against 90–100%") })
    }

    @Test func strictExitsOneOnErrorsAfterPrinting() throws {
        let db = try makeDatabase()
        // Tuyên Quang's total made smaller than one of its parts: a share above 100%.
        let database = try Database(path: db, access: .write)
        try database.connection.write {
            try database.connection.execute("UPDATE observations SET value = 300 WHERE indicator = 'tthc_published_total'")
        }
        let strict = try run(["--strict", "--format", "csv"], db: db)
        #expect(strict.exitCode == 1)
        #expect(strict.lines.count == 5)
        #expect(!strict.stderr.contains("Error:"))
        // Without errors (another area), --strict exits 0.
        let clean = try run(["--strict", "--area", "Nghệ An", "--format", "csv", "--no-header"], db: db)
        #expect(clean.exitCode == 0)
        #expect(clean.lines.count == 1)
    }

    @Test func deriveStoresImpliedRanksOnce() throws {
        let db = try makeDatabase()
        let first = try run(["--derive", "--area", "Tuyên Quang", "--format", "jsonl"], db: db)
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stderr.hasPrefix("derived 1 new, 0 unchanged\n"))
        #expect(first.stdout.contains("implies rank 59/63 in 2023-H1 (stored as derived obs 7)"))
        let after = try Chiso.dump(db)
        #expect(after.contains("derived: 56 + 3 = 59 from ''tăng 3 bậc so với 6 tháng đầu năm 2023'' (observation 5)"))
        let second = try run(["--derive"], db: db)
        #expect(second.stderr.hasPrefix("derived 0 new, 1 unchanged\n"))
        #expect(try Chiso.dump(db) == after)
    }

    @Test func rejectsAnUnknownAreaWithASuggestion() throws {
        let db = try makeDatabase()
        let result = try run(["--area", "Nghệ Am"], db: db)
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: unknown area 'Nghệ Am'"))
        #expect(result.stderr.contains("Nghệ An"))
    }

    @Test func needsAnExistingDatabase() throws {
        let result = try Chiso.run(["check", "--db", directory.path("missing.db")])
        #expect(result.exitCode == 1)
        #expect(result.stderr.hasPrefix("Error: no database at"))
    }

    // MARK: - On the seeded database (issue 6 acceptance)

    private func seeded() throws -> String {
        let db = directory.path("seeds.db")
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        #expect(load.exitCode == 0, "\(load.stderr)")
        return db
    }

    /// (severity, rule, indicator, message) of each finding, read from tsv.
    private func findings(_ arguments: [String], db: String) throws -> [[String]] {
        let result = try run(arguments + ["--format", "tsv", "--no-header"], db: db)
        #expect(result.exitCode == 0, "\(result.stderr)")
        return result.lines.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return [f[0], f[1], f[5], f[7]]
        }
    }

    @Test func seededDatabaseShowsBothInconsistentRatesAndTheMissedTargets() throws {
        let db = try seeded()
        let all = try findings([], db: db)
        #expect(all.filter { $0[0] == "error" }.isEmpty)
        #expect(all.filter { $0[1] == "rate_vs_parts" && $0[0] != "info" } == [
            ["warning", "rate_vs_parts", "dvc_integrated_national_portal_rate",
             "426 / 1846 = 23.08% (dvc_integrated_national_portal / dvc_provided_total), but 38.72% is reported (off by 15.64 points; rounding to 2 decimals allows ±0.005)"],
            ["warning", "rate_vs_parts", "eform_autofill_rate",
             "388 / 1824 = 21.27% (eform_autofill_tthc_count / tthc_published_total), but 21.6% is reported (off by 0.33 points; rounding to 1 decimal allows ±0.05)"],
        ])
        #expect(all.filter { $0[0] == "warning" && $0[1] == "target" }.map { $0[3] } == [
            "behind by 24.84 points: 65.16% (2024-10-31), an earlier part of 2024, against 90–100%",
        ])
        let info = all.filter { $0[0] == "info" }.map { $0[3] }
        #expect(info.contains("13322/16942 = 78.63% ✓"))
        #expect(info.contains("provincial 1476 + district 218 + commune 130 = 1824 = total ✓"))
        #expect(info.contains("completed 16 + in progress 21 + not started 1 = 38 = total ✓"))
        #expect(info.contains("'tăng 76,9 điểm so với năm 2022': 774.45 − 76.9 = 697.55 = the 697.55 stored for 2022 ✓"))
        // Nothing in the seeds is impossible: --strict passes.
        #expect(try run(["--strict"], db: db).exitCode == 0)
    }

    @Test func seededDatabaseDerivesTheThreeBaselineRanks() throws {
        let db = try seeded()
        let first = try run(["--derive", "--format", "csv"], db: db)
        #expect(first.exitCode == 0)
        #expect(first.stderr.hasPrefix("derived 3 new, 0 unchanged; 3 changes left underived (percentage points or relative?)\n"))
        let dump = try Chiso.dump(db)
        for note in ["derived: 56 + 3 = 59 from ''tăng 3 bậc so với 6 tháng đầu năm 2023''",
                     "derived: 38 + 5 = 43 from ''tăng 05 bậc so với năm 2023''",
                     "derived: 25 + 20 = 45 from ''tăng 20 bậc so với đầu năm 2023''"] {
            #expect(dump.contains(note))
        }
        let again = try run(["--derive"], db: db)
        #expect(again.stderr.hasPrefix("derived 0 new, 3 unchanged;"))
        #expect(try Chiso.dump(db) == dump)
        // Reloading the seeds leaves the derived rows and reported figures as they were.
        _ = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        #expect(try findings(["--area", "Tuyên Quang"], db: db).contains {
            $0[1] == "implied" && $0[3].hasSuffix("implies rank 59/63 in 2023-H1 (stored as derived obs 60)")
        })
    }

    /// The figures are read on a second thread (issue 18); a damaged page there ends the
    /// check with one line and exit 1, not a crash or a hang.
    @Test func aDamagedTableOfFiguresIsOneLineAndExit1() throws {
        let db = try makeDatabase()
        let (root, pageSize) = try {
            let database = try Database(path: db, access: .read)
            return (try database.connection.scalar("SELECT rootpage FROM sqlite_master WHERE name = 'observations'").intValue ?? 0,
                    try database.connection.scalar("PRAGMA page_size").intValue ?? 0)
        }()
        #expect(root > 1 && pageSize > 0)
        let file = try #require(FileHandle(forUpdatingAtPath: db))
        try file.seek(toOffset: UInt64((root - 1) * pageSize))
        try file.write(contentsOf: Data(repeating: 0xEE, count: Int(pageSize)))
        try file.close()
        let result = try Chiso.run(["check", "--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.contains(db))
        #expect(!result.stderr.contains("SELECT"))
    }
}
