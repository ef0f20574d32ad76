import ChisoTestSupport
import Foundation
import Testing

/// `chiso sql` streams its rows in constant memory, stops quietly when the reader goes away,
/// and keeps --timeout for the whole command, including one long call and the writing.
@Suite struct SQLStreamingTests {
    /// Counts for ever: only streaming can show a row of it.
    static let endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x, 'text' AS t FROM c"

    static func wide(rows: Int) -> String {
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT \(rows)) SELECT x, printf('%.*c', 5000, 'a') AS t FROM c"
    }

    @Test(arguments: [
        ("csv", "x,t\n1,text\n2,text\n"),
        ("tsv", "x\tt\n1\ttext\n2\ttext\n"),
        ("json", "[\n  {\"x\":1,\"t\":\"text\"},\n  {\"x\":2,\"t\":\"text\"}"),
        ("jsonl", "{\"x\":1,\"t\":\"text\"}\n{\"x\":2,\"t\":\"text\"}\n"),
        ("markdown", "| x | t |\n| ---: | --- |\n| 1 | text |\n"),
        ("table", "   x  t\n----  ----\n   1  text\n   2  text\n"),
    ])
    func printsTheFirstRowsWhileTheQueryStillRuns(format: String, start: String) throws {
        let fixture = try CLIQueryFixture()
        let child = try Spawned(["sql", Self.endless, "--format", format, "--timeout", "60", "--db", fixture.path])
        defer { child.stop() }
        let first = try child.read(atLeast: start.utf8.count)
        #expect(String(decoding: first.prefix(start.utf8.count), as: UTF8.self) == start)
        #expect(child.process.isRunning, "the first rows came only at the end")
    }

    @Test(arguments: [("csv", 6_000), ("table", 20_000)])
    func keepsMemoryFlatForAResultFarLargerThanIt(format: String, rows: Int) throws {
        let fixture = try CLIQueryFixture()
        let directory = TemporaryDirectory("chiso-sql-stream")
        let outPath = directory.path("out")
        let run = try PeakMemoryRun(["sql", Self.wide(rows: rows), "--format", format, "--timeout", "120", "--db", fixture.path], stdout: outPath)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let size = try FileManager.default.attributesOfItem(atPath: outPath)[.size] as? Int ?? 0
        let lines = try String(contentsOfFile: outPath, encoding: .utf8).split(separator: "\n")
        // The rows hold 30 MB (csv) or 100 MB (table) of text: a run that buffered them would
        // peak above 55 MB; a streaming one stays at its start-up size (about 26 MB in debug).
        #expect(lines.count == rows + (format == "table" ? 2 : 1))
        #expect(lines.last?.hasPrefix(format == "table" ? "\(rows)  aaaa" : "\(rows),aaaa") == true)
        if format == "csv" { #expect(size > 30_000_000) }
        #expect(run.peakKilobytes > 0)
        #expect(run.peakKilobytes < 45_000, "peak memory \(run.peakKilobytes) KB")
    }

    @Test func widensNoColumnForALaterLongerCellInATable() throws {
        let sql = """
            WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1002)
            SELECT x, CASE WHEN x > 1000 THEN 'a longer cell' ELSE 'ab' END AS t FROM c
            """
        let result = try CLIQueryFixture().run(["sql", sql])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.lines.prefix(3) == ["   x  t", "----  --", "   1  ab"])
        #expect(result.lines.suffix(3) == ["1000  ab", "1001  a longer cell", "1002  a longer cell"])
    }

    /// With SIGPIPE at its default the reader's exit kills chiso silently; with it ignored
    /// (as some shells and runners leave it) the write fails with EPIPE and chiso exits 0.
    @Test(arguments: [false, true])
    func endsQuietlyWhenTheReaderStops(ignoringSIGPIPE: Bool) throws {
        let fixture = try CLIQueryFixture()
        let child = try Spawned(["sql", Self.endless, "--format", "csv", "--timeout", "60", "--db", fixture.path],
                                ignoringSIGPIPE: ignoringSIGPIPE)
        defer { child.stop() }
        let first = try child.read(atLeast: 4)
        #expect(String(decoding: first.prefix(4), as: UTF8.self) == "x,t\n")
        try child.closeOutput()
        child.process.waitUntilExit()
        if ignoringSIGPIPE {
            #expect(child.process.terminationReason == .exit)
            #expect(child.process.terminationStatus == 0)
        } else {
            #expect(child.process.terminationReason == .uncaughtSignal && child.process.terminationStatus == SIGPIPE
                || child.process.terminationStatus == 0)
        }
        #expect(child.stderr == "")
    }

    static let stopped = "Error: the query ran past --timeout 2 s and was stopped; narrow it (a WHERE or LIMIT) or raise --timeout\n"

    @Test(arguments: [
        // Each row takes long to print: the rendering is what runs past the limit.
        ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1000) SELECT randomblob(4000000) FROM c", "csv"),
        ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1000) SELECT randomblob(4000000) FROM c", "table"),
        // One function call SQLite cannot interrupt (fold of 20 MB takes many seconds).
        ("SELECT length(fold(printf('%.*c', 20000000, 'a')))", "table"),
    ])
    func stopsTheWholeCommandAtTheTimeout(sql: String, format: String) throws {
        let started = Date()
        let result = try CLIQueryFixture().run(["sql", sql, "--format", format, "--timeout", "2"])
        let elapsed = Date().timeIntervalSince(started)
        #expect(result.exitCode == 1)
        #expect(result.stderr == Self.stopped)
        #expect(elapsed < 6, "took \(elapsed) s")
    }

    /// A pager that stops reading while its user reads: the time chiso spends blocked on the
    /// pipe is the reader's, so the command finishes whole once the reader goes on.
    @Test func givesBackTheTimeAReaderTakes() throws {
        let fixture = try CLIQueryFixture()
        let rows = 60_000
        let sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT \(rows)) SELECT x, 'text' AS t FROM c"
        let child = try Spawned(["sql", sql, "--format", "csv", "--timeout", "3", "--db", fixture.path])
        defer { child.stop() }
        _ = try child.read(atLeast: 4)
        Thread.sleep(forTimeInterval: 6)   // the user reads page one, past the whole --timeout
        var rest: [UInt8] = []
        while let chunk = try child.read(atLeast: 1 << 16) as [UInt8]?, !chunk.isEmpty { rest += chunk }
        child.process.waitUntilExit()
        #expect(child.process.terminationStatus == 0, "\(child.stderr)")
        #expect(child.stderr == "")
        #expect(String(decoding: rest.suffix(12), as: UTF8.self).hasSuffix("\(rows),text\n"))
    }

    @Test func leavesAQueryWithinTheTimeoutAlone() throws {
        let fixture = try CLIQueryFixture()
        let started = Date()
        let result = try fixture.run(["sql", "SELECT area_name, value FROM observations_view WHERE area_code = '08' ORDER BY value", "-f", "csv", "--timeout", "30"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == "area_name,value\nTuyên Quang,58.52\nTuyên Quang,60.1\nTuyên Quang,80\n")
        #expect(result.stderr == "")
        // The watchdog does not hold the process until the deadline.
        #expect(Date().timeIntervalSince(started) < 20)
    }
}

/// A running `chiso` whose standard output is a pipe the test reads.
private final class Spawned {
    let process = Process()
    private let output = Pipe()
    private let errorFile: URL
    private var outputOpen = true

    init(_ arguments: [String], ignoringSIGPIPE: Bool = false) throws {
        errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-spawned-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        if ignoringSIGPIPE {
            // An ignored signal stays ignored across exec.
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "trap '' PIPE; exec \"$0\" \"$@\"", PackagePaths.binary.path] + arguments
        } else {
            process.executableURL = PackagePaths.binary
            process.arguments = arguments
        }
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Reads standard output until at least `count` bytes came (or it ended).
    func read(atLeast count: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count < count, let chunk = try output.fileHandleForReading.read(upToCount: count - bytes.count), !chunk.isEmpty {
            bytes += chunk
        }
        return bytes
    }

    func closeOutput() throws {
        outputOpen = false
        try output.fileHandleForReading.close()
    }

    var stderr: String {
        (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    }

    func stop() {
        if process.isRunning { process.terminate() }
        if outputOpen { try? output.fileHandleForReading.close() }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: errorFile)
    }
}

/// Runs `chiso` with standard output to a file and samples its peak resident memory
/// (`VmHWM` in /proc/PID/status, Linux) until it exits.
private struct PeakMemoryRun {
    let exitCode: Int32
    let stderr: String
    let peakKilobytes: Int

    init(_ arguments: [String], stdout path: String) throws {
        let process = Process()
        process.executableURL = PackagePaths.binary
        process.arguments = arguments
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let errorPath = path + ".err"
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var peak = 0
        let status = "/proc/\(process.processIdentifier)/status"
        while process.isRunning {
            if let text = try? String(contentsOfFile: status, encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kilobytes = Int(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "") {
                peak = max(peak, kilobytes)
            }
            usleep(10_000)
        }
        process.waitUntilExit()
        exitCode = process.terminationStatus
        stderr = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        peakKilobytes = peak
    }
}
