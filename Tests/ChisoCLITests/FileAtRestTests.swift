import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing

/// A chiso file at rest is in rollback-journal mode, so a copy on read-only storage (a share,
/// a USB stick, a downloads folder mounted read-only) opens in chiso, the sqlite3 shell, Python
/// `mode=ro` and Datasette. WAL is only for while a command writes.
@Suite struct FileAtRestTests {
    let dir = TemporaryDirectory("chiso-at-rest")
    var db: String { dir.path("t.db") }

    /// The journal mode written in the file header (bytes 18 and 19: 1 = rollback journal, 2 = WAL).
    static func headerJournalBytes(_ path: String) throws -> [UInt8] {
        let handle = try #require(FileHandle(forReadingAtPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: 18)
        return Array(try handle.read(upToCount: 2) ?? Data())
    }

    func seed() throws {
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        try #require(load.exitCode == 0, "\(load.stderr)")
    }

    func expectAtRest(_ path: String, after command: String) throws {
        #expect(try Self.headerJournalBytes(path) == [1, 1], "after \(command) the file should be in rollback-journal mode")
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "after \(command) a -wal file was left")
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"), "after \(command) a -shm file was left")
        #expect(try Chiso.sqlite3(path, "PRAGMA journal_mode") == "delete\n")
    }

    @Test func everyWritingCommandLeavesTheFileInRollbackJournalMode() throws {
        try seed()
        try expectAtRest(db, after: "load")
        let csv = try dir.write("rows.csv", """
            indicator,area,period,value
            tthc_published_total,08,2023,1900
            """ + "\n")
        let steps: [[String]] = [
            ["init"],
            ["add", "observation", "--indicator", "tthc_published_total", "--area", "Tuyên Quang", "--period", "2022", "--value", "1700"],
            ["import", csv],
            ["check", "--derive"],
        ]
        for step in steps {
            let result = try Chiso.run(step + ["--db", db])
            #expect(result.exitCode == 0 || step.first == "check", "\(step): \(result.stderr)")
            try expectAtRest(db, after: step.joined(separator: " "))
        }
    }

    @Test func aCopyInAReadOnlyFolderOpensInChisoAndInTheSQLiteShell() throws {
        try seed()
        let shelf = try readOnlyCopy(of: db, named: "copy.db")
        let report = try Chiso.run(["report", "Tuyên Quang", "--db", shelf], withoutRoot: true)
        #expect(report.exitCode == 0, "\(report.stderr)")
        #expect(report.stdout.contains("qd766_score"))
        let count = try Chiso.sqlite3(shelf, "SELECT count(*) FROM observations", readOnly: true, withoutRoot: true)
        #expect(Int(count.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 0)
        let sql = try Chiso.run(["sql", "SELECT count(*) AS n FROM observations", "--db", shelf, "--format", "csv"], withoutRoot: true)
        #expect(sql.exitCode == 0, "\(sql.stderr)")
        // Python's sqlite3 with mode=ro, as pandas and Datasette open it.
        #expect(try Self.pythonReadOnlyCount(shelf) == count.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `SELECT count(*) FROM observations` through Python's sqlite3 module with `mode=ro`, as `nobody`.
    static func pythonReadOnlyCount(_ path: String) throws -> String {
        let script = "import sqlite3, sys; c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True); "
            + "print(c.execute('SELECT count(*) FROM observations').fetchone()[0])"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let python = ["/usr/bin/python3", "-c", script, path]
        process.arguments = geteuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + python : python
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A file some other tool (or an older chiso) left in WAL mode cannot be read on read-only
    /// storage the ordinary way; chiso falls back to reading it as immutable.
    @Test func aFileLeftInWALModeIsStillReadableFromAReadOnlyFolder() throws {
        try seed()
        try Chiso.sqlite3(db, "PRAGMA journal_mode = WAL")
        #expect(try Self.headerJournalBytes(db) == [2, 2])
        let shelf = try readOnlyCopy(of: db, named: "wal.db")
        let query = try Chiso.run(["query", "indicator = par_index_score", "--db", shelf], withoutRoot: true)
        #expect(query.exitCode == 0, "\(query.stderr)")
        #expect(query.stdout.contains("par_index_score"))
        // A writing command on it still says plainly why it cannot.
        let add = try Chiso.run(["add", "observation", "--indicator", "tthc_published_total", "--area", "08",
                                 "--period", "2022", "--value", "1", "--db", shelf], withoutRoot: true)
        #expect(add.exitCode != 0)
        #expect(add.stderr.hasPrefix("Error: "))
        #expect(!add.stderr.contains("SQLITE"))
    }

    /// A reader in the middle of a transaction on a file in WAL mode: the writer cannot take
    /// the file out of WAL as it ends; the write still lands, the reader keeps its snapshot,
    /// and the next write to find the file to itself puts it back in rollback-journal mode.
    @Test func aReaderOpenMeanwhileDelaysTheSwitchButLosesNothing() throws {
        try seed()
        try Chiso.sqlite3(db, "PRAGMA journal_mode = WAL")
        do {
            let reader = try Connection(path: db, mode: .readOnly)
            try reader.execute("BEGIN")
            let before = try #require(try reader.scalar("SELECT count(*) FROM observations").intValue)
            let add = try Chiso.run(["add", "observation", "--indicator", "tthc_published_total", "--area", "08",
                                     "--period", "2021", "--value", "1500", "--db", db])
            #expect(add.exitCode == 0, "\(add.stderr)")
            #expect(try reader.scalar("SELECT count(*) FROM observations").intValue == before, "the reader's snapshot changed under it")
            #expect(try Self.headerJournalBytes(db) == [2, 2], "the writer left WAL although a reader was open")
            try reader.execute("COMMIT")
            #expect(try reader.scalar("SELECT count(*) FROM observations").intValue == before + 1)
        }
        let again = try Chiso.run(["add", "observation", "--indicator", "tthc_published_total", "--area", "08",
                                   "--period", "2020", "--value", "1400", "--db", db])
        #expect(again.exitCode == 0, "\(again.stderr)")
        try expectAtRest(db, after: "a write with the file to itself")
        #expect(try Chiso.sqlite3(db, "SELECT count(*) FROM observations WHERE period IN ('2020','2021') AND indicator = 'tthc_published_total'") == "2\n")
    }

    /// A reader holding a transaction on a file in rollback-journal mode: the writer cannot
    /// enter WAL, writes in rollback mode, waits for the reader and, if the reader does not
    /// finish in time, fails in one line with the file unchanged.
    @Test func aWriterBlockedByALongReadFailsCleanly() throws {
        try seed()
        let before = try Chiso.dump(db)
        let reader = try Connection(path: db, mode: .readOnly)
        try reader.execute("BEGIN")
        _ = try reader.scalar("SELECT count(*) FROM observations")
        let add = try Chiso.run(["add", "observation", "--indicator", "tthc_published_total", "--area", "08",
                                 "--period", "2021", "--value", "1500", "--db", db])
        try reader.execute("COMMIT")
        #expect(add.exitCode != 0)
        #expect(add.stderr.hasPrefix("Error: ") && add.stderr.split(separator: "\n").count == 1, "\(add.stderr)")
        #expect(try Chiso.dump(db) == before)
    }

    /// Copies `path` into a 0555 folder as a 0444 file: storage nobody but root could write.
    func readOnlyCopy(of path: String, named name: String) throws -> String {
        let shelf = dir.path("shelf-\(name)")
        try FileManager.default.createDirectory(atPath: shelf, withIntermediateDirectories: true)
        let copy = shelf + "/" + name
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: shelf)
        // The temporary folder must be enterable by nobody too.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path(""))
        return copy
    }
}
