import ChisoTestSupport
import Foundation
import Testing

/// Long commands show a progress line on standard error when it is a terminal, as import
/// does, and nothing when it is not (a pipe, a file, these tests' captured output).
@Suite struct ProgressTests {
    let dir = TemporaryDirectory("chiso-progress")
    var db: String { dir.path("t.db") }

    /// Runs chiso with standard error on a pseudo-terminal (Python's pty), stdout to a pipe;
    /// returns what the terminal showed.
    static func onTerminal(_ arguments: [String]) throws -> (status: Int32, terminal: String) {
        let script = """
            import os, pty, subprocess, sys
            controller, device = pty.openpty()
            child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=device)
            os.close(device)
            chunks = []
            while True:
                try:
                    chunk = os.read(controller, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                chunks.append(chunk)
            child.wait()
            sys.stdout.write(repr(b"".join(chunks).decode("utf-8", "replace")))
            sys.exit(child.returncode)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, PackagePaths.binary.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func checkShowsItsStagesOnATerminalOnly() throws {
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        try #require(load.exitCode == 0, "\(load.stderr)")
        let shown = try Self.onTerminal(["check", "--db", db])
        #expect(shown.status == 0)
        #expect(shown.terminal.contains("\\rcheck: reading the figures one area at a time\\x1b[K"), "\(shown.terminal)")
        #expect(shown.terminal.contains("\\r\\x1b[K17 findings"), "the line is erased before the summary: \(shown.terminal)")
        let piped = try Chiso.run(["check", "--db", db])
        #expect(!piped.stderr.contains("check: reading"), "\(piped.stderr)")
    }

    @Test func extractShowsParagraphsOnATerminalWhenItsOutputGoesElsewhere() throws {
        let folder = PackagePaths.seeds.appendingPathComponent("sources")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted().first)
        let report = folder.appendingPathComponent(name).path
        let shown = try Self.onTerminal(["extract", report, "--db", db])
        #expect(shown.status == 0)
        #expect(shown.terminal.contains("\\rextract: reading"), "\(shown.terminal)")
        #expect(shown.terminal.contains("paragraphs,"), "\(shown.terminal)")
        #expect(shown.terminal.contains("\\r\\x1b[K"), "the line is erased at the end: \(shown.terminal)")
        let piped = try Chiso.run(["extract", report, "--db", db])
        #expect(!piped.stderr.contains("extract: reading"), "\(piped.stderr)")
    }

    @Test func exportShowsRowsOnATerminalOnly() throws {
        let init_ = try Chiso.run(["init", "--db", db])
        try #require(init_.exitCode == 0, "\(init_.stderr)")
        let csv = dir.url.appendingPathComponent("rows.csv")
        try GeneratedObservations.write(count: 9000, for: db, to: csv.path)
        let imported = try Chiso.run(["import", csv.path, "--db", db])
        try #require(imported.exitCode == 0, "\(imported.stderr)")

        let out = dir.path("out.csv")
        let shown = try Self.onTerminal(["export", "--db", db, "-o", out])
        #expect(shown.status == 0)
        #expect(shown.terminal.contains("\\rexporting observations: 4096 rows\\x1b[K"), "\(shown.terminal)")
        #expect(shown.terminal.contains("\\r\\x1b[K\(out): 9000 observations"), "\(shown.terminal)")
        let piped = try Chiso.run(["export", "--db", db, "-o", out])
        #expect(piped.stderr == "\(out): 9000 observations\n")
    }
}
