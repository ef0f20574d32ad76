import Foundation

/// What a run of the `chiso` binary did: the exact bytes of stdout and stderr, and the exit code.
package struct RunResult: Sendable {
    package let exitCode: Int32
    package let stdoutBytes: [UInt8]
    package let stderrBytes: [UInt8]

    package var stdout: String { String(decoding: stdoutBytes, as: UTF8.self) }
    package var stderr: String { String(decoding: stderrBytes, as: UTF8.self) }
    /// Stdout split into lines, without the final empty one.
    package var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(stdout.hasSuffix("\n") ? 1 : 0).map { $0 } }
}

/// Runs the built `chiso` binary end to end, as a user would.
package enum Chiso {
    /// Runs `chiso ARGS` with `stdin` fed to it, in `directory`, with `CHISO_DB` unset unless given.
    ///
    /// `withoutRoot`: root writes any file whatever its mode, so a test of a read-only file or
    /// folder (chmod 0444, 0555) runs chiso as `nobody` through setpriv when the tests run as root.
    package static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
                           environment: [String: String] = [:], withoutRoot: Bool = false) throws -> RunResult {
        let process = Process()
        if withoutRoot, geteuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", try binaryForNobody()] + arguments
        } else {
            process.executableURL = PackagePaths.binary
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "CHISO_DB")
        // A table fits $COLUMNS and speaks $CHISO_LANG: tests ask for them explicitly.
        env.removeValue(forKey: "COLUMNS")
        env.removeValue(forKey: "CHISO_LANG")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        // Output goes to files, not pipes: a child filling a pipe nobody reads would block.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL), errHandle = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return RunResult(exitCode: process.terminationStatus, stdoutBytes: Array(outData), stderrBytes: Array(errData))
    }

    /// Starts `chiso ARGS` without waiting, its output discarded, with SIGINT and SIGTERM at
    /// their defaults and unblocked, as a terminal starts it: the test runner may leave them
    /// ignored or blocked in its children, and a test that stops chiso needs them delivered.
    package static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let reset = "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); "
            + "[signal.signal(s, signal.SIG_DFL) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)]; "
            + "os.execv(sys.argv[1], sys.argv[1:])"
        process.arguments = ["python3", "-c", reset, PackagePaths.binary.path] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A copy of the binary that `nobody` can run wherever the checkout lives (CI's clone may
    /// sit in a folder only root can enter): made once per test process, in a 0755 folder.
    package static func binaryForNobody() throws -> String {
        try copied.get()
    }

    private static let copied: Result<String, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-nobody-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        let copy = folder.appendingPathComponent("chiso")
        if !FileManager.default.fileExists(atPath: copy.path) {
            try FileManager.default.copyItem(at: PackagePaths.binary, to: copy)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
        return copy.path
    }

    /// Runs the `sqlite3` shell on `database` with `sql` and returns its standard output, the
    /// way a user (or another tool) would read our files. Throws when the shell fails.
    /// `readOnly` opens it as `sqlite3 -readonly` does; `withoutRoot` runs the shell as
    /// `nobody` (through setpriv when the tests run as root), for files on read-only storage.
    @discardableResult
    package static func sqlite3(_ database: String, _ sql: String, readOnly: Bool = false,
                                withoutRoot: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let shell = ["sqlite3"] + (readOnly ? ["-readonly"] : []) + [database, sql]
        if withoutRoot, geteuid() == 0 {
            process.arguments = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + shell
        } else {
            process.arguments = shell
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // stderr is read on another thread so neither pipe fills while the other is drained.
        let errData = ErrorPipeReader(err)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SQLiteShellError(status: process.terminationStatus, sql: sql,
                                   stderr: String(decoding: errData.wait(), as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A textual dump of a database (`sqlite3 FILE .dump`), to prove a failed command changed nothing.
    package static func dump(_ database: String) throws -> String {
        try sqlite3(database, ".dump")
    }
}

/// The sqlite3 shell exited with an error.
package struct SQLiteShellError: Error, CustomStringConvertible {
    package let status: Int32
    package let sql: String
    /// What the shell printed on stderr (its error message).
    package var stderr: String = ""
    package var description: String { "sqlite3 exited with status \(status) running: \(sql): \(stderr)" }
}

/// Drains a pipe on a background thread; `wait()` returns everything it carried.
private final class ErrorPipeReader: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            let read = handle.readDataToEndOfFile()
            lock.withLock { data = read }
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return lock.withLock { data }
    }
}
