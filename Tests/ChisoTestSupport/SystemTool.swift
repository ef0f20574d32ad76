import Foundation

/// Programs some tests drive (Chromium, rsvg-convert): found on PATH. On a developer's machine
/// a test whose tool is missing is skipped with the tool's name; in CI (`CI` set, as `.ci/run`
/// runs) it runs anyway and fails naming the tool, since `.ci/run` installs them.
package enum SystemTool {
    package static func path(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    package static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// Whether a test needing `name` should run: it is installed, or this is CI.
    package static func runs(_ name: String) -> Bool { path(name) != nil || inCI }

    /// Runs `tool` with `arguments`; returns exit status, standard output and standard error.
    package static func run(_ tool: String, _ arguments: [String], timeout: TimeInterval = 120) throws
        -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let scratch = FileManager.default.temporaryDirectory
        let outURL = scratch.appendingPathComponent("tool-\(UUID().uuidString).out")
        let errURL = scratch.appendingPathComponent("tool-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return (process.terminationStatus, (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}
