import Foundation

/// Runs `body` against the database at `path`; when `body` fails and the file did not exist
/// before, removes what opening it created (the file and its journal, WAL and shared-memory
/// companions). A first `init`, `load`, `import` or `add` that fails thus leaves no empty,
/// half-made database behind.
///
/// Ctrl-C, SIGTERM or SIGHUP while `body` runs on a new file would end the process with no
/// `catch` to run, leaving a 0-byte or schema-only file (its rows still in the journal or WAL):
/// for that time a signal handler removes the same files, then lets the signal end the process.
/// A handler installed inside `body` (a graceful interrupt) takes precedence; the previous
/// handlers are restored afterwards.
func removingNewDatabaseOnFailure<T>(_ path: String, _ body: () throws -> T) throws -> T {
    let existed = path == ":memory:" || FileManager.default.fileExists(atPath: path)
    let files = NewDatabaseFile.files(of: path)
    let guardSignals = existed ? nil : NewDatabaseFile.SignalGuard(removing: files)
    do {
        let result = try body()
        guardSignals?.restore()
        return result
    } catch {
        if !existed {
            for file in files { try? FileManager.default.removeItem(atPath: file) }
        }
        guardSignals?.restore()
        throw error
    }
}

enum NewDatabaseFile {
    /// The database file and what SQLite may create beside it.
    static func files(of path: String) -> [String] {
        ["", "-journal", "-wal", "-shm"].map { path + $0 }
    }

    /// The paths the handler unlinks, as C strings made before any signal can arrive: a signal
    /// handler may only call async-signal-safe functions (unlink, signal, raise), never allocate
    /// or touch a Swift array. Written only while our handler is not installed.
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    nonisolated(unsafe) private static var pendingCount: Int = 0

    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Removes the new files, then lets the signal end the process as it would have.
    private static let handler: @convention(c) (Int32) -> Void = { signal in
        if let files = NewDatabaseFile.pending {
            for index in 0..<NewDatabaseFile.pendingCount { if let file = files[index] { unlink(file) } }
        }
        Foundation.signal(signal, SIG_DFL)
        raise(signal)
    }

    private static func address(_ handler: (@convention(c) (Int32) -> Void)?) -> Int {
        unsafeBitCast(handler, to: Int.self)
    }

    /// Installs the removing handler for `signals` and keeps the previous ones to restore.
    final class SignalGuard {
        private var previous: [Int32: sigaction] = [:]
        private var restored = false

        init(removing files: [String]) {
            let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: files.count)
            for (index, file) in files.enumerated() { list[index] = strdup(file) }
            NewDatabaseFile.pending = list
            NewDatabaseFile.pendingCount = files.count
            for signal in NewDatabaseFile.signals {
                var action = sigaction()
                action.plainHandler = NewDatabaseFile.handler
                sigemptyset(&action.sa_mask)
                var old = sigaction()
                guard sigaction(signal, &action, &old) == 0 else { continue }
                if NewDatabaseFile.address(old.plainHandler) == NewDatabaseFile.address(SIG_IGN) {
                    // A signal ignored when chiso started (a background job) stays ignored.
                    sigaction(signal, &old, nil)
                } else {
                    previous[signal] = old
                }
            }
        }

        /// Puts the previous handlers back, unless a handler installed meanwhile replaced ours.
        func restore() {
            guard !restored else { return }
            restored = true
            for (signal, old) in previous {
                var current = sigaction()
                sigaction(signal, nil, &current)
                var old = old
                if NewDatabaseFile.address(current.plainHandler) == NewDatabaseFile.address(NewDatabaseFile.handler) {
                    sigaction(signal, &old, nil)
                }
            }
            let count = NewDatabaseFile.pendingCount
            NewDatabaseFile.pendingCount = 0
            if let list = NewDatabaseFile.pending {
                for index in 0..<count { free(list[index]) }
                list.deallocate()
            }
            NewDatabaseFile.pending = nil
        }
    }
}

extension sigaction {
    /// The plain (one-argument) handler, under the field name of the platform's C library:
    /// the package builds on Linux (glibc) and macOS.
    fileprivate var plainHandler: (@convention(c) (Int32) -> Void)? {
        get {
            #if canImport(Glibc)
            __sigaction_handler.sa_handler
            #else
            __sigaction_u.__sa_handler
            #endif
        }
        set {
            #if canImport(Glibc)
            __sigaction_handler.sa_handler = newValue
            #else
            __sigaction_u.__sa_handler = newValue
            #endif
        }
    }
}
