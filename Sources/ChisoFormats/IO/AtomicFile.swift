import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that appears under its final name complete or not at all.
///
/// Everything is written to a hidden temporary file beside the target
/// (`.NAME.XXXXXX.tmp`, same directory so the final `rename(2)` is atomic), then renamed over
/// the target in `commit()`. On failure `discard()` removes the temporary file, and an
/// existing target is never touched. While the file is open, SIGINT, SIGTERM, SIGHUP and
/// SIGPIPE (`-o - | head`) remove the temporary file before the process exits; a SIGKILL can
/// leave only the `.tmp` name, never a half-written target.
package final class AtomicFile {
    package let path: String
    package let temporaryPath: String
    /// The temporary file's descriptor, open for writing until `commit` or `discard`.
    package private(set) var descriptor: Int32
    private var interruptCleanup: InterruptCleanup?
    private var finished = false

    /// Creates the temporary file for `path`.
    package init(path: String) throws(OutputError) {
        self.path = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OutputError(message: "\(path) is a directory; give a file name")
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var template = Array("\(directory)/.\(url.lastPathComponent).XXXXXX.tmp".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard fd >= 0 else {
            throw OutputError(message: "\(path): cannot create a file in \(directory): \(String(cString: strerror(errno)))")
        }
        descriptor = fd
        temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // mkstemps makes the file private (0600); an export is an ordinary file (0666 less umask).
        let mask = umask(0)
        umask(mask)
        fchmod(fd, 0o666 & ~mask)
        let temporary = temporaryPath
        interruptCleanup = InterruptCleanup { unlink(temporary) }
    }

    deinit {
        if !finished { discard() }
    }

    /// Flushes to disk and renames the temporary file to `path`.
    package func commit() throws(OutputError) {
        precondition(!finished, "AtomicFile committed after commit or discard")
        if descriptor >= 0 {
            let synced = fsync(descriptor) == 0
            let closed = close(descriptor) == 0
            descriptor = -1
            guard synced, closed else {
                let reason = String(cString: strerror(errno))
                discard()
                throw OutputError(message: "\(path): cannot write: \(reason)")
            }
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw OutputError(message: "\(path): cannot replace the file: \(reason)")
        }
        finish()
    }

    /// Runs `body` (which writes the file), then commits; when anything fails the temporary
    /// file is removed and `path` stays as it was. The one way exporters write a file whole.
    package func writing<T>(_ body: () throws -> T) throws -> T {
        do {
            let result = try body()
            try commit()
            return result
        } catch {
            if !finished { discard() }
            throw error
        }
    }

    /// Closes and removes the temporary file; `path` stays as it was.
    package func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        unlink(temporaryPath)
        finish()
    }

    /// Closes the descriptor without renaming, for writers that reopen the file by path
    /// (the xlsx writer); `commit()` then only renames.
    package func closeDescriptor() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
    }

    private func finish() {
        finished = true
        interruptCleanup?.disarm()
        interruptCleanup = nil
    }
}

@available(*, unavailable, message: "an atomic file owns a descriptor and signal handlers")
extension AtomicFile: Sendable {}
