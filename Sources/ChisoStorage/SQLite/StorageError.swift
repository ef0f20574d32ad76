import Foundation

/// Every failure of the storage layer, carrying the evidence a user or a bug report needs:
/// the SQLite extended result code, SQLite's own message, and the SQL that failed.
///
/// What a user reads (`description`) never shows our SQL: a failure of the file or its
/// surroundings (locked, read-only, disk full, damaged, cannot open) is one sentence naming the
/// file and what to do (`StorageError.explaining`); set CHISO_DEBUG=1 to see the code and SQL.
package struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    package enum Kind: Sendable, Equatable {
        /// SQLite returned an error code.
        case sqlite(code: Int32, extendedCode: Int32)
        /// The file is not a chiso database we can use (newer schema, not SQLite, …).
        case incompatible
        /// A value did not fit the column or type our code expected.
        case mismatch
        /// A constraint our own code checks (a duplicate, a missing row).
        case constraint
        /// The query ran past its time limit.
        case interrupted
    }

    package let kind: Kind
    /// SQLite's own message (or ours): what a bug report needs.
    package let message: String
    package let sql: String?
    /// The sentence for a user when the failure is the file's, not the data's: set for busy,
    /// read-only, full, damaged and unopenable files. Such an error is never a row's fault.
    package let explanation: String?

    package init(_ kind: Kind, _ message: String, sql: String? = nil, explanation: String? = nil) {
        self.kind = kind
        self.message = message
        self.sql = sql
        self.explanation = explanation
    }

    /// The extended result code when SQLite produced this error (e.g. 2067 for a UNIQUE violation).
    package var extendedCode: Int32? {
        if case .sqlite(_, let extended) = kind { return extended }
        return nil
    }

    /// The primary result code (e.g. 5 for SQLITE_BUSY) when SQLite produced this error.
    package var primaryCode: Int32? {
        if case .sqlite(let code, _) = kind { return code }
        return nil
    }

    /// A failure of the file (not of a statement or value) that `text` explains to the user.
    static func file(_ text: String) -> StorageError {
        StorageError(.incompatible, text, explanation: text)
    }

    /// True when the database file itself failed (locked, read-only, full, damaged, cannot be
    /// opened), as opposed to a statement or a value: callers that blame an input row for a
    /// storage error must not blame it for these.
    package var isAboutTheFile: Bool { explanation != nil }

    /// One readable line. The SQL appears only with CHISO_DEBUG=1: a user acts on the
    /// explanation, a bug report wants the evidence.
    package var description: String {
        let debug = ProcessInfo.processInfo.environment["CHISO_DEBUG"].map { !$0.isEmpty && $0 != "0" } ?? false
        var line = explanation ?? message
        if case .sqlite(_, let extended) = kind, explanation == nil || debug {
            line += explanation == nil ? " (SQLite code \(extended))" : " [SQLite code \(extended): \(message)]"
        }
        if debug, let sql {
            let flat = sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            line += " in: \(flat.count > 160 ? String(flat.prefix(159)) + "…" : flat)"
        }
        return line
    }
}

extension StorageError: LocalizedError {
    package var errorDescription: String? { description }
}

// MARK: - The file's failures, in words

extension StorageError {
    /// SQLite result codes this file explains, by name (`ResultCode` reads them from the C header).
    enum Code {
        static let perm = ResultCode.permission, busy = ResultCode.busy, locked = ResultCode.locked
        static let readOnly = ResultCode.readOnly, ioErr = ResultCode.ioError, corrupt = ResultCode.corrupt
        static let full = ResultCode.full, cantOpen = ResultCode.cannotOpen, notADatabase = ResultCode.notADatabase
        static let readOnlyRollback = ResultCode.readOnlyRollback, readOnlyMoved = ResultCode.readOnlyMoved
        static let getTempPath = ResultCode.noTemporaryFolder
    }

    /// The user's sentence for a failure of the file at `path`, or nil when the failure is about
    /// a statement or a value (a constraint, a syntax error) and SQLite's message says it.
    /// `busyTimeout` is how long the connection waited for a lock, in milliseconds.
    /// `opening`: the failure is the open of `path` itself, so a temporary file is not in question.
    static func explaining(code: Int32, extendedCode: Int32, path: String, busyTimeout: Int32, opening: Bool = false) -> String? {
        let name = path
        // A temporary database (`path` empty: `check`'s finding spool) or SQLite's own search
        // for a temporary folder: the file that failed is a temporary file, not the user's.
        if (path.isEmpty && (code == Code.cantOpen || code == Code.ioErr || code == Code.full || code == Code.readOnly))
            || extendedCode == Code.getTempPath {
            return TemporaryFolder.explain(full: code == Code.full)
        }
        switch code {
        case Code.busy, Code.locked:
            let seconds = busyTimeout % 1000 == 0 ? "\(busyTimeout / 1000) s" : "\(Double(busyTimeout) / 1000) s"
            return "\(name) is in use: another chiso or another program is writing it, or holding a read open while this command writes; waited \(seconds); try again when it has finished"
        case Code.readOnly:
            if extendedCode == Code.readOnlyRollback {
                return "cannot read \(name): a write was stopped before it finished and left \(name)-journal, which must be rolled back first, but \(FileAccess.whyNotWritable(path, forJournal: false)); make it writable and run any chiso command on it once"
            }
            if extendedCode == Code.readOnlyMoved {
                return "cannot write \(name): the file was moved or deleted while chiso had it open"
            }
            return "cannot write \(name): \(FileAccess.whyNotWritable(path))"
        case Code.full:
            return "disk full while writing \(name); nothing was changed"
        case Code.corrupt:
            return "\(name) is damaged (its pages do not read as a database); restore it from a copy, or rebuild it with `chiso load --db NEW.db`"
        case Code.notADatabase:
            return "'\(name)' is not a SQLite database; choose another file with --db"
        case Code.cantOpen:
            // Nothing wrong with the file or its folder: what could not be opened is a
            // temporary file (a sort, a TEMP table) in a folder SQLite chose.
            guard let why = FileAccess.whyNotOpenable(path) else {
                return opening ? "cannot open \(name): the file or its folder cannot be opened (check permissions)" : TemporaryFolder.explain()
            }
            return "cannot open \(name): \(why)"
        case Code.perm:
            return "cannot use \(name): permission denied"
        case Code.ioErr:
            return "disk I/O error on \(name); check that the disk and the file are readable and not full"
        default:
            return nil
        }
    }
}

/// access(2) checks that say which of a file and its folder is the problem. As root they
/// still see a read-only mount (EROFS), which is the read-only case root meets.
enum FileAccess {
    static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }

    /// Why SQLite cannot write `path`: the file, or the folder its journal goes in.
    static func whyNotWritable(_ path: String, forJournal: Bool = true) -> String {
        let folder = folder(of: path)
        if FileManager.default.fileExists(atPath: path), !isWritable(path) { return "the file is read-only" }
        if !isWritable(folder) { return "its folder \(folder) is read-only" + (forJournal ? " (a journal file is created beside the database while writing)" : "") }
        return "the file or its folder is read-only"
    }

    /// Why `path` cannot be opened: a directory, a missing folder, or permissions; nil when
    /// the file and its folder look fine.
    static func whyNotOpenable(_ path: String) -> String? {
        let folder = folder(of: path)
        if isDirectory(path) { return "it is a directory; give a database file path" }
        if !isDirectory(folder) { return "the folder \(folder) does not exist" }
        if FileManager.default.fileExists(atPath: path) {
            if access(path, R_OK) != 0 { return "permission denied reading the file" }
            if !isWritable(path) { return "the file is read-only" }
        } else if !isWritable(folder) {
            return "cannot create a file in \(folder) (permission denied or read-only)"
        }
        if access(folder, X_OK) != 0 { return "permission denied on the folder \(folder)" }
        return nil
    }
}

/// Where SQLite puts its temporary files (sorts, TEMP tables, `check`'s finding spool), in its
/// own order (https://sqlite.org/tempfiles.html#temporary_file_storage_locations, `unixTempFileDir`):
/// `SQLITE_TMPDIR`, `TMPDIR`, /var/tmp, /usr/tmp, /tmp, the current folder, the first that is
/// a folder it may write and enter.
package enum TemporaryFolder {
    package static func candidates(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        [environment["SQLITE_TMPDIR"], environment["TMPDIR"]].compactMap { $0 }.filter { !$0.isEmpty }
            + ["/var/tmp", "/usr/tmp", "/tmp", "."]
    }

    /// The folder SQLite would choose, or nil when none is usable.
    package static func chosen(environment: [String: String] = ProcessInfo.processInfo.environment,
                               usable: (String) -> Bool = { FileAccess.isDirectory($0) && access($0, W_OK | X_OK) == 0 }) -> String? {
        candidates(environment: environment).first(where: usable)
    }

    /// One line: which folder, what went wrong, and the fix (TMPDIR).
    package static func explain(full: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment,
                                usable: (String) -> Bool = { FileAccess.isDirectory($0) && access($0, W_OK | X_OK) == 0 }) -> String {
        guard let folder = chosen(environment: environment, usable: usable) else {
            return "no folder for temporary files is writable (tried \(candidates(environment: environment).joined(separator: ", "))); "
                + "set TMPDIR to a writable folder, e.g. TMPDIR=$HOME/tmp"
        }
        let what = full ? "the disk holding \(folder) is full" : "cannot create a temporary file in \(folder)"
        return "\(what) (chiso sorts and spools large results there); set TMPDIR to a writable folder with free space, e.g. TMPDIR=$HOME/tmp"
    }
}
