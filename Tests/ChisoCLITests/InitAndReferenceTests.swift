import Foundation
import Testing
import ChisoTestSupport

/// `chiso init`, `areas`, `indicators`, `period`, run as a user runs them.
@Suite struct InitAndReferenceTests {
    @Test func initCreatesThenSaysNothingChanged() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("chiso.db")
        let first = try Chiso.run(["init", "--db", db])
        #expect(first.exitCode == 0)
        #expect(first.stdout.contains("created at schema version"))
        let dump = try Chiso.dump(db)
        let second = try Chiso.run(["init", "--db", db])
        #expect(second.exitCode == 0)
        #expect(second.stdout.contains("nothing changed"))
        #expect(try Chiso.dump(db) == dump)
    }

    @Test func databaseDefaultsToCHISO_DBThenTheWorkingDirectory() throws {
        let dir = TemporaryDirectory()
        _ = try Chiso.run(["init"], in: dir.url)
        #expect(FileManager.default.fileExists(atPath: dir.path("chiso.db")))
        _ = try Chiso.run(["init"], in: dir.url, environment: ["CHISO_DB": dir.path("env.db")])
        #expect(FileManager.default.fileExists(atPath: dir.path("env.db")))
    }

    @Test func initialisedFileIsCleanForTheSqliteShell() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("chiso.db")
        _ = try Chiso.run(["init", "--db", db])
        #expect(try Chiso.sqlite3(db, "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")
    }

    @Test func areasAsOfADateListTheUnitsThenInForce() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("chiso.db")
        _ = try Chiso.run(["init", "--db", db])
        let old = try Chiso.run(["areas", "--db", db, "--level", "province", "--as-of", "2023-09-30", "--format", "csv"])
        #expect(old.exitCode == 0)
        #expect(old.lines.count == 1 + 63)
        #expect(old.stdout.contains("p63-15,15,Yên Bái,"))
        let new = try Chiso.run(["areas", "--db", db, "--level", "province", "--as-of", "2026-01-01", "--format", "csv", "--no-header"])
        #expect(new.lines.count == 34)
        #expect(new.stdout.contains("p34-15,15,Lào Cai,"))
    }

    @Test func indicatorsFilterByFrameworkAndSuggestOnTypos() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("chiso.db")
        _ = try Chiso.run(["init", "--db", db])
        let json = try Chiso.run(["indicators", "--db", db, "--framework", "qd766", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["framework"] as? String == "qd766" })
        #expect(rows.contains { $0["code"] as? String == "qd766_rank" && $0["higher_is_better"] as? Int == 0 })
        let typo = try Chiso.run(["indicators", "--db", db, "--framework", "qd76"])
        #expect(typo.exitCode == 1)
        #expect(typo.stderr == "Error: unknown framework 'qd76'; did you mean qd766? (known: ddci, de_an_06, dti, dvc, economy, institutions, other, papi, par_index, pci, pgi, qd766, sipas, tthc)\n")
    }

    @Test(arguments: [
        ("9 tháng đầu năm 2023", "2023-01/2023-09,interval,2023-01-01,2023-09-30"),
        ("quý III/2023", "2023-Q3,quarter,2023-07-01,2023-09-30"),
        ("ngày 13.10.2023", "2023-10-13,day,2023-10-13,2023-10-13"),
        ("giai đoạn 2016-2020", "2016/2020,interval,2016-01-01,2020-12-31"),
        ("2023-H1", "2023-H1,half,2023-01-01,2023-06-30"),
    ])
    func periodPrintsTheCanonicalCodeAndDates(_ text: String, _ expected: String) throws {
        let result = try Chiso.run(["period", text, "--format", "csv", "--no-header"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains(",\(expected),"))
    }

    @Test func impossibleDateIsAOneLineErrorWithExitOne() throws {
        let result = try Chiso.run(["period", "31/2/2023"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: cannot read period '31/2/2023': day 31 does not exist in 2/2023 (expected 1–28)\n")
    }

    @Test func usageErrorsExitSixtyFour() throws {
        #expect(try Chiso.run(["areas", "--level", "planet"]).exitCode == 64)
        #expect(try Chiso.run(["no-such-command"]).exitCode == 64)
    }

    @Test func missingDatabaseSaysHowToCreateIt() throws {
        let result = try Chiso.run(["indicators", "--db", "/nonexistent/x.db"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.hasPrefix("Error: no database at '/nonexistent/x.db'; create one with `chiso init"))
    }

    @Test func newerDatabaseIsRefusedWithAClearMessage() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("new.db")
        _ = try Chiso.run(["init", "--db", db])
        try Chiso.sqlite3(db, "PRAGMA user_version = 99")
        let result = try Chiso.run(["init", "--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("written by a newer chiso (schema version 99"))
    }

    @Test func everyCommandHasHelpWithExamples() throws {
        let root = try Chiso.run(["--help"])
        #expect(root.exitCode == 0)
        let commands = ["init", "load", "import", "add", "add observation", "add target", "add rollout", "export",
                        "areas", "indicators", "period", "query", "sql", "report", "rank", "trend", "compare",
                        "rollout", "check", "search", "extract"]
        for command in commands {
            let help = try Chiso.run(command.split(separator: " ").map(String.init) + ["--help"])
            #expect(help.exitCode == 0)
            #expect(help.stdout.contains("Examples:"), "\(command) --help shows examples")
        }
    }

    @Test func versionAndCompletionScript() throws {
        #expect(try Chiso.run(["--version"]).stdout.hasPrefix("0."))
        let completion = try Chiso.run(["--generate-completion-script", "bash"])
        #expect(completion.exitCode == 0)
        #expect(completion.stdout.contains("_chiso"))
    }
}
