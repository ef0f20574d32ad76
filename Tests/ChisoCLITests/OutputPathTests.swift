import ChisoTestSupport
import Foundation
import Testing

/// An output path is never the database, its journal files, or an input of the same command:
/// each is refused before anything is opened for writing, and every file stays byte-identical.
@Suite struct OutputPathTests {
    static let csv = """
        indicator,area,period,value
        online_dossier_rate,08,2023-09,78.63

        """

    let dir = TemporaryDirectory("chiso-outpath")
    var db: String { dir.path("x.db") }

    init() throws {
        let result = try Chiso.run(["load", PackagePaths.seeds.path, "--db", dir.path("x.db")])
        precondition(result.exitCode == 0, result.stderr)
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// Runs `arguments`, expects the usage error naming `expected`, and every file unchanged.
    func expectRefused(_ arguments: [String], mentioning expected: String, files: [String]) throws {
        let before = files.map(bytes)
        let result = try Chiso.run(arguments)
        #expect(result.exitCode == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: "), "\(result.stderr)")
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(!result.stderr.contains("imported"))
        #expect(files.map(bytes) == before, "a file changed after \(arguments)")
        #expect(!FileManager.default.fileExists(atPath: db + "-journal"))
    }

    @Test func importRefusesRejectsThatIsTheDatabase() throws {
        let input = try dir.write("ok.csv", Self.csv)
        try expectRefused(["import", input, "--db", db, "--rejects", db],
                          mentioning: "--rejects \(db) is the database; writing it would destroy the database", files: [db, input])
        #expect(try Chiso.sqlite3(db, "PRAGMA integrity_check") == "ok\n")
    }

    @Test func importRefusesRejectsThatIsTheDatabaseEvenInADryRun() throws {
        let input = try dir.write("ok.csv", Self.csv)
        try expectRefused(["import", input, "--db", db, "--rejects", db, "--dry-run"],
                          mentioning: "is the database", files: [db, input])
    }

    @Test(arguments: ["-wal", "-shm", "-journal"])
    func importRefusesRejectsThatIsAJournalFileOfTheDatabase(suffix: String) throws {
        let input = try dir.write("ok.csv", Self.csv)
        try expectRefused(["import", input, "--db", db, "--rejects", db + suffix],
                          mentioning: "is the database's", files: [db, input])
        #expect(!FileManager.default.fileExists(atPath: db + suffix) || suffix != "-journal")
    }

    @Test func importRefusesRejectsThatIsTheInput() throws {
        let input = try dir.write("in.csv", Self.csv)
        try expectRefused(["import", input, "--db", db, "--rejects", input],
                          mentioning: "is the input file; writing it would truncate it before it is read", files: [db, input])
    }

    @Test func importRefusesRejectsThatReachesTheInputThroughAnotherSpelling() throws {
        let input = try dir.write("in.csv", Self.csv)
        try FileManager.default.createDirectory(atPath: dir.path("sub"), withIntermediateDirectories: true)
        let roundabout = dir.path("sub") + "/../in.csv"
        try expectRefused(["import", input, "--db", db, "--rejects", roundabout], mentioning: "is the input file", files: [db, input])
    }

    @Test func importRefusesRejectsThatIsASymbolicLinkToTheDatabase() throws {
        let input = try dir.write("ok.csv", Self.csv)
        let link = dir.path("rejects.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: db)
        try expectRefused(["import", input, "--db", db, "--rejects", link], mentioning: "is the database", files: [db, input])
    }

    @Test func importRefusesRejectsThatIsAHardLinkToTheInput() throws {
        let input = try dir.write("in.csv", Self.csv)
        let link = dir.path("other-name.csv")
        try FileManager.default.linkItem(atPath: input, toPath: link)
        try expectRefused(["import", input, "--db", db, "--rejects", link], mentioning: "is the input file", files: [db, input])
    }

    @Test func importRefusesADanglingSymbolicLinkToTheWriteAheadLog() throws {
        let input = try dir.write("ok.csv", Self.csv)
        let link = dir.path("rejects.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: db + "-wal")
        try expectRefused(["import", input, "--db", db, "--rejects", link], mentioning: "write-ahead log", files: [db, input])
    }

    @Test func importRefusesRejectsThatIsTheDatabaseOfANewFile() throws {
        // The database does not exist yet: the paths alone decide, and nothing is created.
        let input = try dir.write("ok.csv", Self.csv)
        let fresh = dir.path("new.db")
        let result = try Chiso.run(["import", input, "--db", fresh, "--rejects", fresh])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("is the database"))
        #expect(!FileManager.default.fileExists(atPath: fresh))
    }

    @Test func importWritesRejectsElsewhereAsBefore() throws {
        let input = try dir.write("bad.csv", Self.csv + "online_dossier_rate,08,2023-10,12x\n")
        let rejects = dir.path("bad.rejects.csv")
        let result = try Chiso.run(["import", input, "--db", db, "--rejects", rejects, "--skip-bad"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(String(decoding: bytes(rejects) ?? Data(), as: UTF8.self).contains("12x"))
    }

    @Test func exportRefusesAnOutputThatIsTheDatabase() throws {
        try expectRefused(["export", "--db", db, "-o", db], mentioning: "-o \(db) is the database; writing it would destroy the database", files: [db])
        #expect(try Chiso.sqlite3(db, "SELECT count(*) FROM observations") != "0\n")
    }

    @Test func exportRefusesAnXlsxOutputThatIsTheDatabaseThroughALink() throws {
        let link = dir.path("figures.xlsx")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: db)
        try expectRefused(["export", "all", "--db", db, "-o", link], mentioning: "is the database", files: [db])
    }

    @Test func exportRefusesTheWriteAheadLogAndTheJournal() throws {
        try FileManager.default.createDirectory(atPath: dir.path("sub"), withIntermediateDirectories: true)
        try expectRefused(["export", "--db", db, "-o", db + "-wal"], mentioning: "write-ahead log", files: [db])
        try expectRefused(["export", "--db", db, "-o", dir.url.path + "/./sub/../x.db-journal"],
                          mentioning: "rollback journal", files: [db])
    }
}
