import ChisoTestSupport
import Foundation
import Testing

/// Rows another tool wrote with references that name nothing (SQLite leaves foreign keys off
/// unless a connection turns them on): the views hide them, so `check` must name them.
@Suite struct ReferenceCheckTests {
    let dir = TemporaryDirectory("chiso-reference")
    var db: String { dir.path("t.db") }

    @Test func checkNamesRowsWhoseReferencesNameNothing() throws {
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        try #require(load.exitCode == 0, "\(load.stderr)")
        // The sqlite3 shell does not enforce foreign keys by default, like most tools.
        try Chiso.sqlite3(db, """
            INSERT INTO observations(indicator, area, period, value) VALUES ('bogus_code', 'p63-08', '2023', 5);
            INSERT INTO rollouts(area, period, total, completed, in_progress, not_started) VALUES ('p99-99', '2023', 3, 1, 1, 1);
            """)
        let check = try Chiso.run(["check", "--strict", "--db", db, "--format", "csv"])
        #expect(check.exitCode == 1, "a dangling reference is an error, so --strict fails: \(check.stderr)")
        let lines = check.stdout.split(separator: "\n").filter { $0.contains(",reference,") }
        #expect(lines.count == 2, "\(check.stdout)")
        #expect(lines.contains { $0.contains("has indicator 'bogus_code', which is not in indicators") })
        #expect(lines.contains { $0.contains("has area 'p99-99', which is not in areas") })
    }

    @Test func aCleanDatabaseHasNoReferenceFindings() throws {
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        try #require(load.exitCode == 0, "\(load.stderr)")
        let check = try Chiso.run(["check", "--db", db, "--format", "csv"])
        #expect(!check.stdout.contains(",reference,"))
    }
}
