import Foundation

/// A chiso database file: a connection whose schema is known to be this chiso's.
///
/// Opening for writing creates or migrates the file (`chiso init`, `load`, `add`, `import`);
/// opening for reading requires an existing, current file and never changes it.
package final class Database {
    package enum Access: Sendable {
        /// Create the file when missing and migrate it to the embedded schema.
        case create
        /// An existing file, migrated if older.
        case write
        /// An existing, current file; nothing is written (reports, queries, export).
        case read
        /// An existing, current file opened for writing but never migrated: a dry run writes
        /// and rolls back its own rows, and must not change the file in any other way either.
        case dryRun
        /// An existing, current file on storage that cannot be locked (see
        /// `Connection.Mode.readOnlyImmutable`); chosen by `init` when `.read` fails there.
        case readImmutable
    }

    /// SQLite's answer when a read needs to write beside the file (a `-shm`, a lock).
    private static func isReadOnlyStorage(_ error: StorageError) -> Bool {
        error.primaryCode == StorageError.Code.readOnly || error.primaryCode == ResultCode.cannotOpen
    }

    package let connection: Connection
    package let path: String
    /// What opening did to the schema: `chiso init` prints it.
    package let migration: Migrator.Report

    /// Opens `path`. A write that a killed chiso left half-done (a hot journal) is rolled back
    /// first, and `note` is told in one line; the default prints it on standard error.
    /// Every write transaction is logged as `operation` (default: this process's command line;
    /// nil logs nothing) in the change log.
    package convenience init(path: String, access: Access, migrator: Migrator = .embedded,
                            operation: ChangeOperation? = .commandLine,
                            note: (String) -> Void = Database.printNote) throws {
        try Database.checkPath(path, access: access)
        if path != ":memory:", FileManager.default.fileExists(atPath: path), try InterruptedWrite.recover(path) {
            note(InterruptedWrite.note(path))
        }
        do {
            try self.init(opening: path, access: access, migrator: migrator)
            if access != .read { connection.changeOperation = operation }
        } catch let original as StorageError where access == .read && Database.isReadOnlyStorage(original) {
            // A file left in WAL mode (by an older chiso, or another tool) needs PATH-shm to be
            // read, which read-only storage cannot take; nobody can be writing it there either,
            // so read it as immutable.
            do {
                try self.init(opening: path, access: .readImmutable, migrator: migrator)
            } catch {
                guard original.primaryCode == StorageError.Code.readOnly else { throw original }
                throw StorageError(original.kind, original.message, sql: original.sql,
                                   explanation: "cannot read \(path): it keeps a write-ahead log, and reading it needs to create \(path)-shm beside it, but its folder \(FileAccess.folder(of: path)) is read-only; make the folder writable or copy the file to one that is")
            }
        }
    }

    /// Writes a note line on standard error, where diagnostics go.
    package static func printNote(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Refuses, in words, a path SQLite would fail on with a bare "disk I/O error" or
    /// "unable to open database file": a directory, a missing file or folder.
    private static func checkPath(_ path: String, access: Access) throws(StorageError) {
        guard path != ":memory:" else { return }
        if FileAccess.isDirectory(path) {
            throw StorageError.file("--db \(path) is a directory; give a database file path")
        }
        guard !FileManager.default.fileExists(atPath: path) else { return }
        if access != .create {
            throw StorageError(.incompatible, "no database at '\(path)'; create one with `chiso init --db \(path)` or `chiso load --db \(path)`")
        }
        let folder = FileAccess.folder(of: path)
        if !FileAccess.isDirectory(folder) {
            throw StorageError.file("cannot create \(path): the folder \(folder) does not exist; create it first or give another path")
        }
    }

    private init(opening path: String, access: Access, migrator: Migrator) throws {
        self.path = path
        switch access {
        case .create, .write:
            connection = try Connection(path: path, mode: access == .create ? .readWriteCreate : .readWrite)
            migration = try migrator.migrate(connection)
            // A dry run (below) stays in rollback-journal mode: it rehearses and must not
            // change the file in any other way either.
            try connection.enterWALForWriting()
        case .read, .dryRun, .readImmutable:
            connection = try Connection(path: path, mode: access == .read ? .readOnly : access == .dryRun ? .readWrite : .readOnlyImmutable)
            try migrator.checkCompatible(connection)
            let version = try Migrator.version(of: connection)
            if version < migrator.latestVersion {
                throw StorageError(.incompatible, "database '\(path)' has schema version \(version), this chiso needs \(migrator.latestVersion); run `chiso init --db \(path)` to migrate it")
            }
            migration = Migrator.Report(fromVersion: version, toVersion: version, applied: [])
        }
    }

    package var areas: AreaTable { AreaTable(connection) }
    package var indicators: IndicatorTable { IndicatorTable(connection) }
    package var periods: PeriodTable { PeriodTable(connection) }
    package var units: UnitTable { UnitTable(connection) }

    /// Row counts of the user-facing tables, for summaries.
    package func counts() throws(StorageError) -> [(table: String, rows: Int)] {
        try ["areas", "indicators", "periods", "sources", "observations", "targets", "rollouts"].map { table throws(StorageError) in
            // Table names come from the fixed list above, never from input.
            (table, Int(try connection.scalar("SELECT count(*) FROM \(table)").intValue ?? 0))
        }
    }
}

@available(*, unavailable, message: "a database belongs to the command that opened it")
extension Database: Sendable {}

extension Database {
    package var observations: ObservationTable { ObservationTable(connection) }
    package var targets: TargetTable { TargetTable(connection) }
    package var rollouts: RolloutTable { RolloutTable(connection) }
    package var sources: SourceTable { SourceTable(connection) }
}

extension Database {
    /// Runs `body` (which opens its own write transaction) with the connection set up for
    /// writing many rows, and restores the defaults after, whatever happens:
    ///
    /// - a 32 MiB page cache (SQLite's default is 2 MiB): B-tree pages and the index sorter stay
    ///   in memory, while a million-row import still peaks under 100 MB of RSS;
    /// - when `appending` (every import): a rollback journal instead of WAL, since pages
    ///   added past the old end of the file need no journal entry, so rows go into the file
    ///   once instead of into the WAL (whose index lookups slow as one huge transaction grows)
    ///   and again at the checkpoint. The switch needs the file to ourselves; if another
    ///   connection has it open the pragma leaves WAL in place and the load still works;
    /// - when `appending`: foreign keys off (they cannot change inside a transaction), since the
    ///   caller has resolved every reference against the same database; five parent lookups
    ///   per row were a quarter of SQLite's share of an import.
    package func withBulkSettings<T>(appending: Bool, _ body: () throws -> T) throws -> T {
        try connection.execute("PRAGMA cache_size = -32768")
        defer { try? connection.execute("PRAGMA cache_size = -2000") }
        guard appending else { return try body() }
        _ = try? connection.query("PRAGMA journal_mode = DELETE")
        try connection.execute("PRAGMA foreign_keys = OFF")
        defer {
            try? connection.execute("PRAGMA foreign_keys = ON")
            // Back to WAL only when this command had entered it (and will leave it on close).
            if connection.enteredWAL { _ = try? connection.query("PRAGMA journal_mode = WAL") }
        }
        return try body()
    }
}
