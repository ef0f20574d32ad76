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
        // The sqlite3 shell does not enforce foreign keys by default, like most tools, and a
        // file from before the reference triggers (Schema/013) has none to stop it.
        try Chiso.sqlite3(db, """
            DROP TRIGGER observations_references_insert;
            DROP TRIGGER rollouts_references_insert;
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

/// An `-o` name whose extension means a format writes that format or is refused: a file
/// named `.xls` that holds CSV opens as garbage, or not at all.
@Suite struct OutputNameTests {
    let dir = TemporaryDirectory("chiso-output-name")
    var db: String { dir.path("t.db") }

    init() throws {
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", dir.path("t.db")])
        precondition(load.exitCode == 0, load.stderr)
    }

    @Test(arguments: [
        ("figs.xls", [String](), "-o OUT/figs.xls: chiso cannot write the old Excel format (.xls); use .xlsx, which Excel, LibreOffice and Numbers open, or .csv"),
        ("figs.ods", [], "-o OUT/figs.ods: chiso cannot write an OpenDocument spreadsheet (.ods); use .xlsx, which Excel, LibreOffice and Numbers open, or .csv"),
        ("figs.json", ["--format", "csv"], "-o OUT/figs.json names a .json file but the format is csv; name it .csv or pass --format json"),
        ("figs.csv", ["--format", "jsonl"], "-o OUT/figs.csv names a .csv file but the format is jsonl; name it .jsonl or pass --format csv"),
    ])
    func aNameThatMeansAnotherFormatIsRefused(name: String, options: [String], message: String) throws {
        let out = dir.path(name)
        let result = try Chiso.run(["export", "observations", "-o", out, "--db", db] + options)
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains(message.replacingOccurrences(of: "OUT", with: dir.url.path)), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test(arguments: [("figs.json", "["), ("figs.jsonl", "{"), ("figs.tsv", "indicator\t"), ("figs.txt", "indicator,")])
    func aNameThatMeansAFormatWritesIt(name: String, start: String) throws {
        let out = dir.path(name)
        let result = try Chiso.run(["export", "observations", "-o", out, "--db", db])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix(start))
    }
}

/// A misspelt subcommand gets a suggestion, as a misspelt option already does.
@Suite struct UnknownCommandTests {
    @Test(arguments: [("reprot", "report"), ("improt", "import"), ("trnd", "trend"), ("indicatrs", "indicators")])
    func aMisspeltCommandGetsADidYouMean(typed: String, meant: String) throws {
        let result = try Chiso.run([typed, "Tuyên Quang"])
        #expect(result.exitCode == 64)
        #expect(result.stderr == "Error: '\(typed)' is not a chiso command; did you mean '\(meant)'? (`chiso --help` lists the commands)\n")
    }

    /// Every command names itself in its configuration (ArgumentParser would otherwise derive
    /// the name from the type's, a dynamic cast per command at every start), and the names
    /// are the ones people type: each is taken, none is refused as a misspelling.
    @Test func everyCommandKeepsTheNameItHad() throws {
        let root = try Chiso.run(["--help"])
        let listed = root.stdout.split(separator: "\n").compactMap { line -> String? in
            // "  correct, edit   Correct fields…": the name, then its aliases.
            guard line.hasPrefix("  "), let word = line.split(separator: " ").first else { return nil }
            return word.hasSuffix(",") ? String(word.dropLast()) : String(word)
        }
        let names = ["init", "load", "import", "add", "correct", "delete", "history", "undo", "areas", "indicators",
                     "period", "query", "sql", "report", "rank", "trend", "compare", "rollout", "chart", "check",
                     "sources", "search", "extract", "export", "datasette-metadata"]
        #expect(listed.filter { names.contains($0) } == names)
        for name in names {
            let help = try Chiso.run([name, "--help"])
            #expect(help.exitCode == 0, "\(name): \(help.stderr)")
            #expect(help.stdout.contains("chiso \(name)"), "\(name) --help names it")
        }
    }

    @Test func aWordLikeNoCommandSaysSoWithoutAGuess() throws {
        let result = try Chiso.run(["xyzzyplugh"])
        #expect(result.exitCode == 64)
        #expect(result.stderr == "Error: 'xyzzyplugh' is not a chiso command (`chiso --help` lists the commands)\n")
    }
}
