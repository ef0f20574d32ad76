import ChisoTestSupport
import Foundation
import Testing

/// A bulk import into an empty table writes with a rollback journal; killed (kill -9, Ctrl-C)
/// after its first cache spill it leaves a hot journal. The next read command rolls it back,
/// says so in one line, and shows the database as it was before the import.
@Suite struct RecoveryTests {
    let dir = TemporaryDirectory("chiso-recovery")
    var db: String { dir.path("t.db") }
    static func note(_ db: String) -> String {
        "note: \(db): rolled back a write that was stopped before it finished (an import, load or add killed or interrupted); the file is as it was before that write\n"
    }

    init() throws {
        let result = try Chiso.run(["init", "--db", dir.path("t.db")])
        precondition(result.exitCode == 0, result.stderr)
    }

    /// Rows long enough that the 32 MiB page cache spills to the file within a few thousand
    /// rows, which is when the journal becomes hot.
    func bigFile() throws -> String {
        let note = String(repeating: "ghi chú dài, ", count: 300)
        var text = "indicator,area,area_name,agency,period,value,numerator,denominator,qualifier,status,baseline_period,change,source,quote,note\n"
        for i in 0..<14_000 {
            text += "tthc_published_total,08,Tuyên Quang,Sở \(i),2023-09-30,\(1000 + i),,,,reported,,,,,\"\(note)\"\n"
        }
        return try dir.write("big.csv", text)
    }

    /// True when PATH-journal has its header written: SQLite would call it hot once its writer is gone.
    static func journalIsWritten(_ db: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: db + "-journal") else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 1))?.first.map { $0 != 0 } ?? false
    }

    /// Starts `chiso import` of a big file into `db`, waits until its journal is written (or
    /// the import ends), then stops it with `signal`. Returns whether the journal was written.
    @discardableResult
    func stopImport(with signal: Int32, into db: String) throws -> Bool {
        let path = try bigFile()
        let process = try Chiso.start(["import", path, "--db", db, "--quiet"])
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, !Self.journalIsWritten(db), Date() < deadline { usleep(20_000) }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal || process.terminationStatus != 0, "the import finished before it could be stopped")
        return Self.journalIsWritten(db)
    }

    @Test(arguments: [
        ["query", "indicator = tthc_published_total"],
        ["report", "Tuyên Quang"],
        ["export", "observations"],
    ])
    func aReadAfterAKilledImportRollsItBackAndSaysSo(_ command: [String]) throws {
        let before = try Chiso.dump(db)
        try #require(try stopImport(with: SIGKILL, into: db), "the killed import left no written journal to recover")
        let read = try Chiso.run(command + ["--db", db])
        #expect(read.exitCode == 0)
        #expect(read.stderr.hasPrefix(Self.note(db)))
        #expect(!FileManager.default.fileExists(atPath: db + "-journal"))
        #expect(try Chiso.dump(db) == before)
        // Once recovered there is nothing more to say; the output is what it was before the import.
        let again = try Chiso.run(command + ["--db", db])
        #expect(again.exitCode == 0)
        #expect(again.stderr == String(read.stderr.dropFirst(Self.note(db).count)))
        #expect(again.stdout == read.stdout)
    }

    @Test func aReadAfterCtrlCDuringAnImportShowsTheFileAsBefore() throws {
        let before = try Chiso.dump(db)
        let hot = try stopImport(with: SIGINT, into: db)
        let read = try Chiso.run(["query", "indicator = tthc_published_total", "--db", db])
        #expect(read.exitCode == 0)
        // Ctrl-C either rolled back in the importer (nothing to say) or left a hot journal.
        #expect(read.stderr == (hot ? Self.note(db) : ""))
        #expect(read.stdout == "no rows\n")
        #expect(try Chiso.dump(db) == before)
    }

    @Test func aHotJournalOnAReadOnlyFileOrFolderIsExplained() throws {
        try #require(try stopImport(with: SIGKILL, into: db))
        let file = dir.path("t.db"), journal = file + "-journal"
        // A read-only file in a writable folder.
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dir.url.path)
        let readOnlyFile = try Chiso.run(["report", "Tuyên Quang", "--db", file], withoutRoot: true)
        #expect(readOnlyFile.exitCode == 1)
        #expect(readOnlyFile.stderr == "Error: cannot read \(file): a write was stopped before it finished and left \(journal), which must be rolled back first, but the file is read-only; make it writable and run any chiso command on it once\n")
        // A writable file in a read-only folder: rolling back must delete the journal.
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir.url.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.url.path) }
        let readOnlyFolder = try Chiso.run(["export", "observations", "--db", file], withoutRoot: true)
        #expect(readOnlyFolder.exitCode == 1)
        #expect(readOnlyFolder.stderr == "Error: cannot read \(file): a write was stopped before it finished and left \(journal), which must be rolled back first, but its folder \(dir.url.path) is read-only; make it writable and run any chiso command on it once\n")
        #expect(Self.journalIsWritten(file))
        // Made writable, any command recovers it.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.url.path)
        let recovered = try Chiso.run(["report", "Tuyên Quang", "--db", file])
        #expect(recovered.exitCode == 0)
        #expect(recovered.stderr.hasPrefix(Self.note(file)))
    }
}
