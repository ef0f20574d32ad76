import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing

/// A file written by the previous schema (the eight files before 009_open_catalogue.sql),
/// full of data, upgrades in place with `chiso init`: every row is still there, export is the
/// export of the same rows written by today's chiso, and a failure leaves the file as it was.
@Suite struct MigrationTests {
    let dir = TemporaryDirectory("cli-migration")

    /// The columns every table had before schema 9, in a stable order: what must not change.
    static let oldColumns: [(table: String, columns: String)] = [
        ("areas", "*"), ("area_aliases", "*"), ("periods", "*"), ("sources", "*"),
        ("indicators", "code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description"),
        ("observations", "id, indicator, area, agency, period, value, numerator, denominator, qualifier, status, baseline_period, change, source, quote, note"),
        ("targets", "*"), ("rollouts", "*"), ("indicator_relations", "*"), ("indicator_parts", "*"),
    ]

    /// Every old row of every table, as text, in rowid order.
    static func rows(_ path: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for (table, columns) in oldColumns {
            out[table] = try Chiso.sqlite3(path, "SELECT \(columns) FROM \(table) ORDER BY rowid")
        }
        return out
    }

    /// A schema-8 file holding the rows of `current` (seeds and generated figures), copied table
    /// by table with SQL, as the previous chiso would have written them.
    func schemaEightCopy(of current: String, at path: String) throws {
        try Self.schemaEightFile(at: path)
        try Chiso.sqlite3(path, """
            ATTACH '\(current)' AS c;
            BEGIN;
            INSERT OR IGNORE INTO periods SELECT * FROM c.periods;
            INSERT INTO sources SELECT * FROM c.sources;
            INSERT INTO source_passages (rowid, source, passage_no, text, folded) SELECT rowid, source, passage_no, text, folded FROM c.source_passages;
            INSERT INTO observations (id, indicator, area, agency, period, value, numerator, denominator, qualifier, status,
                                      baseline_period, change, source, quote, note)
                SELECT id, indicator, area, agency, period, value, numerator, denominator, qualifier, status,
                       baseline_period, change, source, quote, note FROM c.observations;
            INSERT INTO targets SELECT * FROM c.targets;
            INSERT INTO rollouts SELECT * FROM c.rollouts;
            COMMIT;
            """)
    }

    /// An empty file at schema 8, closed (its write-ahead log checkpointed) when this returns.
    static func schemaEightFile(at path: String) throws {
        let connection = try Connection(path: path)
        try Migrator(migrations: Array(Migrator.embedded.migrations.prefix(8))).migrate(connection)
        #expect(try Migrator.version(of: connection) == 8)
    }

    /// Seeds plus generated figures in a file of today's schema.
    func currentFileFullOfData() throws -> String {
        let current = dir.path("current.db")
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", current])
        try #require(load.exitCode == 0, "\(load.stderr)")
        let csv = dir.url.appendingPathComponent("generated.csv")
        try GeneratedObservations.write(count: 3000, for: current, to: csv.path)
        let imported = try Chiso.run(["import", csv.path, "--db", current])
        try #require(imported.exitCode == 0, "\(imported.stderr)")
        return current
    }

    @Test func aSchemaEightFileFullOfDataUpgradesWithEveryRowIntact() throws {
        let current = try currentFileFullOfData()
        let old = dir.path("old.db")
        try schemaEightCopy(of: current, at: old)
        let before = try Self.rows(old)
        #expect(try Chiso.sqlite3(old, "SELECT count(*) > 3000 FROM observations") == "1\n")

        let upgrade = try Chiso.run(["init", "--db", old])
        #expect(upgrade.exitCode == 0, "\(upgrade.stderr)")
        #expect(upgrade.stdout.contains("009_open_catalogue.sql"))

        let after = try Self.rows(old)
        for (table, _) in Self.oldColumns {
            if table == "indicators" {
                // Every old indicator row is still there unchanged; the catalogue only grew
                // (Schema/010 adds the indicators real reports publish).
                let old = Set((before[table] ?? "").split(separator: "\n")), new = Set((after[table] ?? "").split(separator: "\n"))
                #expect(old.isSubset(of: new), "indicators changed in the upgrade: \(old.subtracting(new).prefix(3))")
            } else {
                #expect(after[table] == before[table], "\(table) changed in the upgrade")
            }
        }
        #expect(try Chiso.sqlite3(old, "SELECT count(*) FROM observations WHERE level <> '' OR channel <> '' OR dossier_status <> ''") == "0\n")
        #expect(try Chiso.sqlite3(old, "SELECT count(*) FROM indicators WHERE origin <> 'builtin'") == "0\n")
        #expect(try Chiso.sqlite3(old, "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")
        // Export of the upgraded file is the export of the same rows written by today's chiso.
        for table in ["observations", "targets", "rollouts", "sources", "indicators", "periods"] {
            let upgraded = try Chiso.run(["export", table, "--db", old])
            let fresh = try Chiso.run(["export", table, "--db", current])
            #expect(upgraded.exitCode == 0, "\(upgraded.stderr)")
            #expect(upgraded.stdout == fresh.stdout, "export \(table) differs")
        }
        // ...and apart from the new columns (the breakdown, empty; the readable names), it is the rows as the old file held them.
        let exported = try Chiso.run(["export", "--db", old]).lines
        #expect(exported.first?.hasSuffix(",note,level,channel,dossier_status,indicator_name_vi,period_label_vi") == true)
        #expect(exported.dropFirst().allSatisfy { row in
            let fields = CSVLine.split(row)
            return fields.count >= 20 && fields.dropLast(2).suffix(3).allSatisfy(\.isEmpty)
        })
        // A second init changes nothing.
        let dump = try Chiso.dump(old)
        #expect(try Chiso.run(["init", "--db", old]).exitCode == 0)
        #expect(try Chiso.dump(old) == dump)
    }

    @Test func aFailingUpgradeLeavesTheFileByteIdentical() throws {
        let old = dir.path("old.db")
        try Self.schemaEightFile(at: old)
        // A row another tool wrote with foreign keys off: the upgrade's foreign-key check refuses it.
        try Chiso.sqlite3(old, """
            PRAGMA foreign_keys = OFF;
            INSERT INTO periods VALUES ('2023', 'year', '2023-01-01', '2023-12-31', 'Năm 2023');
            INSERT INTO observations (indicator, area, period, value) VALUES ('online_dossier_rate', 'p63-08', '2023', 42.06);
            INSERT INTO targets (indicator, area, period, comparator, value) VALUES ('no_such_indicator', 'p63-08', '2023', '>=', 1);
            """)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: old))
        let run = try Chiso.run(["init", "--db", old])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("foreign-key"))
        #expect(!run.stderr.contains("INSERT"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: old)) == bytes)
        #expect(try Migrator.version(of: Connection(path: old)) == 8)
    }
}
