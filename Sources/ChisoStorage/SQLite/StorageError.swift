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
    }

    /// The user's sentence for a failure of the file at `path`, or nil when the failure is about
    /// a statement or a value (a constraint, a syntax error) and SQLite's message says it.
    /// `busyTimeout` is how long the connection waited for a lock, in milliseconds.
    static func explaining(code: Int32, extendedCode: Int32, path: String, busyTimeout: Int32) -> String? {
        let name = path
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
            return "cannot open \(name): \(FileAccess.whyNotOpenable(path))"
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

    /// Why `path` cannot be opened: a directory, a missing folder, or permissions.
    static func whyNotOpenable(_ path: String) -> String {
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
        return "the file or its folder cannot be opened (check permissions)"
    }
}
