/// Every failure of the storage layer, carrying the evidence a user or a bug report needs:
/// the SQLite extended result code, SQLite's own message, and the SQL that failed.
public struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
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

    public let kind: Kind
    public let message: String
    public let sql: String?

    public init(_ kind: Kind, _ message: String, sql: String? = nil) {
        self.kind = kind
        self.message = message
        self.sql = sql
    }

    /// The extended result code when SQLite produced this error (e.g. 2067 for a UNIQUE violation).
    public var extendedCode: Int32? {
        if case .sqlite(_, let extended) = kind { return extended }
        return nil
    }

    /// One readable line. The SQL is shortened: a user needs to recognise it, not re-read it.
    public var description: String {
        var line = message
        if case .sqlite(_, let extended) = kind { line += " (SQLite code \(extended))" }
        if let sql {
            let flat = sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            line += " in: \(flat.count > 160 ? String(flat.prefix(159)) + "…" : flat)"
        }
        return line
    }
}

import Foundation

extension StorageError: LocalizedError {
    public var errorDescription: String? { description }
}
