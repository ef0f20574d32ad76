import ChisoTestSupport
import Foundation
import Testing

/// When the database file fails (another writer, read-only, a directory, a missing folder),
/// chiso says so in one line naming the file: never SQLite's message with our SQL, never a
/// seed row that was not at fault. A failed first write leaves no file behind.
@Suite struct StorageMessageTests {
    let dir = TemporaryDirectory("chiso-storage-msg")
    var db: String { dir.path("t.db") }

    init() throws {
        let result = try Chiso.run(["load", PackagePaths.seeds.path, "--db", dir.path("t.db")])
        precondition(result.exitCode == 0, result.stderr)
    }

    static let add = ["add", "observation", "--indicator", "online_dossier_rate", "--area", "Tuyên Quang", "--period", "2023-10", "--value", "50"]

    func expectNoInternals(_ result: RunResult) {
        #expect(!result.stderr.contains(" in: "))
        #expect(!result.stderr.contains("SQLite"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    func setMode(_ mode: Int, _ path: String) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    @Test func anotherWriterIsNamedWithTheTimeWaited() throws {
        let before = try Chiso.dump(db)
        let holder = try LockHolder(db)
        defer { holder.release() }
        let started = Date()
        let result = try Chiso.run(Self.add + ["--db", db])
        #expect(Date().timeIntervalSince(started) >= 4.5)
        #expect(result.exitCode == 1)
        #expect(result.stderr == "Error: \(db) is in use: another chiso or another program is writing it, or holding a read open while this command writes; waited 5 s; try again when it has finished\n")
        expectNoInternals(result)
        holder.release()
        #expect(try Chiso.dump(db) == before)
    }

    @Test func aReadOnlyFileIsNamedAndNoSeedRowIsBlamed() throws {
        let before = try Chiso.dump(db)
        try setMode(0o444, db)
        try setMode(0o777, dir.url.path)
        // The seeds as nobody can read them, wherever the checkout lives.
        let seeds = dir.url.appendingPathComponent("seeds-copy")
        try FileManager.default.copyItem(at: PackagePaths.seeds, to: seeds)
        for path in try FileManager.default.subpathsOfDirectory(atPath: seeds.path) {
            try setMode(0o755, seeds.appendingPathComponent(path).path)
        }
        try setMode(0o755, seeds.path)
        let load = try Chiso.run(["load", seeds.path, "--db", db], withoutRoot: true)
        #expect(load.exitCode == 1)
        #expect(load.stderr == "Error: cannot write \(db): the file is read-only\n")
        expectNoInternals(load)
        let add = try Chiso.run(Self.add + ["--db", db], withoutRoot: true)
        #expect(add.exitCode == 1)
        #expect(add.stderr == "Error: cannot write \(db): the file is read-only\n")
        #expect(try Chiso.dump(db) == before)
        // Reading a read-only file still works.
        let report = try Chiso.run(["report", "Tuyên Quang", "--db", db], withoutRoot: true)
        #expect(report.exitCode == 0)
        #expect(!report.stderr.contains("Error"))
    }

    @Test func aReadOnlyFolderIsNamed() throws {
        let before = try Chiso.dump(db)
        try setMode(0o666, db)
        try setMode(0o555, dir.url.path)
        defer { try? setMode(0o755, dir.url.path) }
        let result = try Chiso.run(Self.add + ["--db", db], withoutRoot: true)
        #expect(result.exitCode == 1)
        #expect(result.stderr == "Error: cannot write \(db): its folder \(dir.url.path) is read-only (a journal file is created beside the database while writing)\n")
        expectNoInternals(result)
        try setMode(0o755, dir.url.path)
        #expect(try Chiso.dump(db) == before)
    }

    @Test(arguments: [["query", "indicator = online_dossier_rate"], ["load", PackagePaths.seeds.path], ["init"]])
    func aDirectoryAsTheDatabaseIsRefused(_ command: [String]) throws {
        let result = try Chiso.run(command + ["--db", dir.url.path])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "Error: --db \(dir.url.path) is a directory; give a database file path\n")
    }

    @Test func aMissingFolderIsNamed() throws {
        let path = dir.path("no/such/x.db")
        let result = try Chiso.run(["init", "--db", path])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "Error: cannot create \(path): the folder \(dir.path("no/such")) does not exist; create it first or give another path\n")
    }

    @Test func aDamagedFileIsNamed() throws {
        let handle = try #require(FileHandle(forWritingAtPath: db))
        try handle.seek(toOffset: 4096 * 2)
        try handle.write(contentsOf: Data(repeating: 0xFF, count: 4096 * 60))
        try handle.close()
        for command in [["report", "Tuyên Quang"], ["query", "indicator = online_dossier_rate"]] {
            let result = try Chiso.run(command + ["--db", db])
            #expect(result.exitCode == 1)
            #expect(result.stderr == "Error: \(db) is damaged (its pages do not read as a database); restore it from a copy, or rebuild it with `chiso load --db NEW.db`\n")
            expectNoInternals(result)
        }
        // For a bug report, CHISO_DEBUG=1 adds SQLite's code and message and the statement.
        let debug = try Chiso.run(["report", "Tuyên Quang", "--db", db], environment: ["CHISO_DEBUG": "1"])
        #expect(debug.stderr.hasPrefix("Error: \(db) is damaged (its pages do not read as a database); restore it from a copy, or rebuild it with `chiso load --db NEW.db` [SQLite code 11"))
        #expect(debug.stderr.contains("] in: "))
    }

    @Test func anUnreadableFileIsNamed() throws {
        try setMode(0o000, db)
        let result = try Chiso.run(["report", "Tuyên Quang", "--db", db], withoutRoot: true)
        #expect(result.exitCode == 1)
        #expect(result.stderr == "Error: cannot open \(db): permission denied reading the file\n")
    }

    @Test func aFailedFirstLoadLeavesNoFileBehind() throws {
        let seeds = dir.url.appendingPathComponent("Seeds")
        try FileManager.default.copyItem(at: PackagePaths.seeds, to: seeds)
        let observations = seeds.appendingPathComponent("observations.csv")
        var lines = try String(contentsOf: observations, encoding: .utf8).components(separatedBy: "\n")
        lines.append("online_dossier_rate,08,Tuyên Quang,,2023-10,120,,,,reported,,,,,")
        try lines.filter { !$0.isEmpty }.joined(separator: "\n").appending("\n").write(to: observations, atomically: true, encoding: .utf8)
        let fresh = dir.path("new.db")
        let result = try Chiso.run(["load", seeds.path, "--db", fresh])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("observations.csv:"))
        for suffix in ["", "-journal", "-wal", "-shm"] {
            #expect(!FileManager.default.fileExists(atPath: fresh + suffix), "\(fresh + suffix) was left behind")
        }
    }

    @Test(.enabled(if: SmallDisk.available, "needs root and the right to mount a tmpfs to fill a disk"))
    func aFullDiskIsNamedAndNothingIsChanged() throws {
        let disk = try SmallDisk(at: dir.url.appendingPathComponent("disk"))
        defer { disk.unmount() }
        let path = disk.folder.appendingPathComponent("x.db").path
        try #require(try Chiso.run(["init", "--db", path]).exitCode == 0)
        let before = try Chiso.dump(path)
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", path])
        #expect(load.exitCode == 1)
        #expect(load.stderr == "Error: disk full while writing \(path); nothing was changed\n")
        #expect(try Chiso.dump(path) == before)
        // A first load that fills the disk leaves no file behind either.
        try FileManager.default.contentsOfDirectory(atPath: disk.folder.path).forEach { try FileManager.default.removeItem(atPath: disk.folder.appendingPathComponent($0).path) }
        let fresh = try Chiso.run(["load", PackagePaths.seeds.path, "--db", path])
        #expect(fresh.exitCode == 1)
        #expect(fresh.stderr == "Error: disk full while writing \(path); nothing was changed\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.folder.path) == [])
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aStoppedFirstImportLeavesNoFileBehind(_ signal: Int32) throws {
        var text = "indicator,area,area_name,agency,period,value,numerator,denominator,qualifier,status,baseline_period,change,source,quote,note\n"
        for i in 0..<200_000 { text += "tthc_published_total,08,Tuyên Quang,Sở \(i),2023-09-30,\(1000 + i),,,,reported,,,,,\n" }
        let input = try dir.write("many.csv", text)
        let fresh = dir.path("new.db")
        let process = try Chiso.start(["import", input, "--db", fresh, "--quiet"])
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, !FileManager.default.fileExists(atPath: fresh + "-journal"), Date() < deadline { usleep(10_000) }
        usleep(200_000)
        try #require(process.isRunning, "the import ended before it could be stopped")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        for suffix in ["", "-journal", "-wal", "-shm"] {
            #expect(!FileManager.default.fileExists(atPath: fresh + suffix), "\(fresh + suffix) was left behind")
        }
    }
}

/// A 320 KiB tmpfs mounted on a folder, to fill: needs root and the right to mount, which CI's
/// containers may lack, so the test that uses it is enabled only where a mount succeeds.
struct SmallDisk {
    let folder: URL

    static let available: Bool = {
        guard geteuid() == 0 else { return false }
        let probe = TemporaryDirectory("chiso-mount-probe")
        guard let disk = try? SmallDisk(at: probe.url.appendingPathComponent("disk")) else { return false }
        disk.unmount()
        return true
    }()

    init(at folder: URL) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        guard Self.shell(["mount", "-t", "tmpfs", "-o", "size=640k", "tmpfs", folder.path]) == 0 else { throw LockHolderFailed() }
    }

    func unmount() { _ = Self.shell(["umount", folder.path]) }

    private static func shell(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// The sqlite3 shell holding the write lock on a database (BEGIN IMMEDIATE) until released:
/// another program writing, as chiso meets it.
final class LockHolder {
    private let process = Process()
    private let input = Pipe()
    private var released = false

    init(_ database: String) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 'locked';\n".utf8))
        // The lock is held once the shell has answered.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("locked") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { throw LockHolderFailed() }
            seen += chunk
        }
    }

    func release() {
        guard !released else { return }
        released = true
        input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    deinit { release() }
}

/// The sqlite3 shell ended before it took the lock, or a mount failed.
struct LockHolderFailed: Error {}
