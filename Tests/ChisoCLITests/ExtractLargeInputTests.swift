import ChisoTestSupport
import Foundation
import Testing

/// `chiso extract` on reports far larger than any real one: time grows with the text and
/// memory with a paragraph, not with the text (a line of 8,000 numbers used to take 91 s, and
/// a 50 MB text ran out of 2 GB).
@Suite struct ExtractLargeInputTests {
    /// The seed reports' paragraphs, repeated up to `bytes`, after one line of 8,000 percentages.
    static func largeReport(bytes: Int) throws -> String {
        let sources = PackagePaths.seeds.appendingPathComponent("sources")
        let paragraphs = try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()
            .filter { $0.hasSuffix(".txt") }
            .flatMap { try String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8).split(separator: "\n") }
            .filter { !$0.allSatisfy(\.isWhitespace) }
        var text = "Tỷ lệ hồ sơ trực tuyến năm 2023: " + (0..<8_000).map { "\($0 % 97),\($0 % 10)%" }.joined(separator: " ") + "\n"
        var i = 0
        while text.utf8.count < bytes {
            text += paragraphs[i % paragraphs.count] + "\n"
            i += 1
        }
        return text
    }

    /// Runs `chiso ARGS` and samples its peak resident memory (VmHWM, a high-water mark, so
    /// the last sample before exit is the peak up to then) while it runs.
    static func runMeasuringPeakMemory(_ arguments: [String], in directory: URL) throws -> (exitCode: Int32, stdout: Data, stderr: String, peakKB: Int?, seconds: Double) {
        let process = Process()
        process.executableURL = PackagePaths.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = directory.appendingPathComponent("out.csv"), err = directory.appendingPathComponent("err.txt")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        var peak: Int?
        let status = "/proc/\(process.processIdentifier)/status"
        while process.isRunning {
            if let text = try? String(contentsOfFile: status, encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kb = Int(line.split(separator: " ").dropFirst().first ?? "") {
                peak = max(peak ?? 0, kb)
            }
            // A hang guard: far above what the debug build needs on a loaded machine.
            if Date().timeIntervalSince(started) > 600 { process.terminate() }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return (process.terminationStatus, try Data(contentsOf: out), try String(contentsOf: err, encoding: .utf8),
                peak, Date().timeIntervalSince(started))
    }

    @Test func tenMegabytesWithALineOfEightThousandNumbersFinishesInBoundedMemory() throws {
        let dir = TemporaryDirectory("chiso-extract-large")
        let path = try dir.write("large.txt", try Self.largeReport(bytes: 10_000_000))
        let run = try Self.runMeasuringPeakMemory(["extract", path, "--db", dir.path("none.db")], in: dir.url)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.seconds < 600, "took \(run.seconds) s")
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
        // Every percentage of the long line is a row, and so are the paragraphs' figures.
        #expect(lines.count > 8_000 + 10_000, "\(lines.count) lines")
        #expect(lines.dropFirst().prefix(8_000).allSatisfy { $0.hasPrefix("online_dossier_rate,") })
        #if os(Linux)
        let peak = try #require(run.peakKB)
        // The text alone is 10 MB (40 MB as Characters); a paragraph's worth stays far below.
        #expect(peak < 150_000, "peak \(peak) KB")
        #endif
    }

    @Test func aLineOverSixtyFourKilobytesIsReadInPiecesWithANote() throws {
        let dir = TemporaryDirectory("chiso-extract-long-line")
        let sentence = "Năm 2023, tỉnh Hà Giang có 1.234 hồ sơ tiếp nhận trực tuyến. "
        let line = String(repeating: sentence, count: 300_000 / sentence.utf8.count + 1)
        let path = try dir.write("long.txt", line + "\n")
        let result = try Chiso.run(["extract", path, "--review"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(path): 1 line (1) longer than 64 KB read in pieces cut at sentence ends"))
        // Cut at sentence ends: no figure is lost or torn.
        let rows = result.lines.dropFirst()
        #expect(rows.count == line.components(separatedBy: sentence).count - 1)
        #expect(rows.allSatisfy { $0.contains(",1234,") })
    }
}
