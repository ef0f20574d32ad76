import ChisoTestSupport
import Foundation
import Testing

/// Rows with references that name nothing are refused whoever writes them: the sqlite3 shell
/// leaves foreign keys off, as most tools do, so the schema's triggers (Schema/013) hold.
@Suite struct ReferenceTriggerTests {
    let dir = TemporaryDirectory("chiso-reference-triggers")
    var db: String { dir.path("t.db") }

    init() throws {
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", dir.path("t.db")])
        precondition(load.exitCode == 0, load.stderr)
    }

    /// Runs SQL in the sqlite3 shell, expecting it to be refused; returns the shell's message.
    private func refused(_ sql: String) throws -> String {
        do {
            _ = try Chiso.sqlite3(db, sql)
        } catch let error as SQLiteShellError {
            return error.stderr
        }
        Issue.record("the shell accepted: \(sql)")
        return ""
    }

    @Test(arguments: [
        ("INSERT INTO observations(indicator, area, period, value) VALUES ('bogus_code', 'p63-08', '2023', 5)",
         "observations.indicator is not a code in indicators"),
        ("INSERT INTO observations(indicator, area, period, value) VALUES ('qd766_score', 'p99-99', '2023', 5)",
         "observations.area is not an id in areas"),
        ("INSERT INTO observations(indicator, area, period, value) VALUES ('qd766_score', 'p63-08', '2031-Q9', 5)",
         "observations.period is not a code in periods"),
        ("INSERT INTO observations(indicator, area, period, value, source) VALUES ('qd766_score', 'p63-08', '2023', 5, 'no-such-source')",
         "observations.source is not an id in sources"),
        ("INSERT INTO targets(indicator, area, period, comparator, value) VALUES ('bogus_code', 'p63-08', '2023', '>=', 5)",
         "targets.indicator is not a code in indicators"),
        ("INSERT INTO rollouts(area, period, total, completed, in_progress, not_started) VALUES ('p99-99', '2023', 3, 1, 1, 1)",
         "rollouts.area is not an id in areas"),
        ("INSERT INTO sources(id, title, area) VALUES ('s-x', 'T', 'p99-99')",
         "sources.area is not an id in areas"),
        ("UPDATE observations SET indicator = 'bogus_code' WHERE id = (SELECT min(id) FROM observations)",
         "observations.indicator is not a code in indicators"),
        ("UPDATE targets SET period = 'never' WHERE id = (SELECT min(id) FROM targets)",
         "targets.period is not a code in periods"),
        ("DELETE FROM sources WHERE id = (SELECT source FROM observations WHERE source IS NOT NULL LIMIT 1)",
         "the source is still cited by figures"),
        ("DELETE FROM indicators WHERE code = (SELECT indicator FROM observations LIMIT 1)",
         "the indicator still has figures or targets"),
        ("DELETE FROM periods WHERE code = (SELECT period FROM observations LIMIT 1)",
         "the period is still used by figures"),
    ])
    func anotherToolCannotWriteAnUnknownReference(sql: String, message: String) throws {
        let before = try Chiso.dump(db)
        let stderr = try refused(sql)
        #expect(stderr.contains(message), "\(stderr)")
        #expect(try Chiso.dump(db) == before, "nothing changed")
    }

    @Test func anotherToolMayStillWriteRowsWithKnownReferences() throws {
        try Chiso.sqlite3(db, """
            INSERT INTO observations(indicator, area, period, value) VALUES ('qd766_score', 'p63-08', '2023', 71.5);
            UPDATE observations SET note = 'checked' WHERE indicator = 'qd766_score' AND area = 'p63-08' AND period = '2023';
            """)
        let check = try Chiso.run(["check", "--db", db, "--format", "csv"])
        #expect(!check.stdout.contains(",reference,"), "\(check.stdout)")
    }

    @Test func chisoSaysItsOwnMessageBeforeTheTriggers() throws {
        let csv = dir.path("bad.csv")
        try "indicator,area,period,value\nbogus_code,08,2023,5\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let result = try Chiso.run(["import", csv, "--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("\(csv):2:1: indicator 'bogus_code' is not in the indicator catalogue"), "\(result.stderr)")
        #expect(!result.stderr.contains("observations.indicator"), "\(result.stderr)")
    }
}
