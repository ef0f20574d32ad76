internal import CSQLite
import Foundation

/// An open SQLite database file. Owns the `sqlite3*` handle and closes it in `deinit`, so a
/// handle can neither leak nor be used after close.
///
/// Not `Sendable`: a connection belongs to the code that opened it (SQLite's serialized mode
/// would make sharing safe, but chiso never needs it, and one owner keeps transactions simple).
package final class Connection {
    /// How to open the file.
    package enum Mode: Sendable {
        /// Read and write; create the file when it does not exist.
        case readWriteCreate
        /// Read and write an existing file.
        case readWrite
        /// Read only: used for `chiso sql`, so no statement can change the file whatever it says.
        case readOnly
        /// Read only, for a file that cannot be locked or whose folder cannot take a `-shm`
        /// (a read-only share, a USB stick, a downloads folder mounted read-only): SQLite's
        /// `immutable=1` reads it without locks or journals (https://sqlite.org/uri.html#uriimmutable).
        /// Only a fallback: on such storage nobody can be writing the file meanwhile.
        case readOnlyImmutable

        var isWritable: Bool { self == .readWriteCreate || self == .readWrite }
    }

    let handle: OpaquePointer
    package let path: String
    package let mode: Mode
    /// Stops the running statement from another thread (a watchdog); see `Interrupter`.
    package let interrupter: Interrupter
    /// When set, every write transaction on this connection is one operation in the change
    /// log under this name (`ChangeLog`); migrations run before it is set and are not logged.
    package var changeOperation: ChangeOperation?
    /// What `remembered(_:)` keeps, by the type of the value, with the content stamp it was read at.
    private var memo: [ObjectIdentifier: (stamp: ContentStamp, value: Any)] = [:]

    /// Opens `path` with explicit flags and configures the connection in named steps.
    /// A failed open still closes the handle SQLite allocated (https://sqlite.org/c3ref/open.html).
    /// Process-wide SQLite settings, applied once before the first connection initialises
    /// the library: no memory statistics (chiso never reads them; they cost a global mutex
    /// per allocation, measurable in a million-row import).
    private static let processSettings: Int32 = chiso_sqlite_disable_memstatus()

    package init(path: String, mode: Mode = .readWriteCreate) throws(StorageError) {
        _ = Connection.processSettings
        var flags: Int32 = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        switch mode {
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readOnlyImmutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
        }
        let name = mode == .readOnlyImmutable ? Connection.immutableURI(path) : path
        self.handle = try Connection.open(name, flags: flags)
        self.path = path
        self.mode = mode
        self.interrupter = Interrupter(handle)
        try configure()
    }

    /// How long a statement waits for another connection's lock before failing with
    /// SQLITE_BUSY, in milliseconds; error messages quote it.
    package static let busyTimeout: Int32 = 5_000

    /// `sqlite3_open_v2` with the failure explained: a failed open still closes the handle.
    private static func open(_ path: String, flags: Int32) throws(StorageError) -> OpaquePointer {
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            let extended = db.map { sqlite3_extended_errcode($0) } ?? rc
            sqlite3_close_v2(db)
            throw StorageError(.sqlite(code: rc & 0xff, extendedCode: extended), "cannot open database '\(path)': \(message)",
                               explanation: StorageError.explaining(code: rc & 0xff, extendedCode: extended, path: path, busyTimeout: busyTimeout, opening: true))
        }
        return db
    }

    /// True when SQLite opened the file read-only although read-write was asked for: the
    /// file or its folder is not writable (https://sqlite.org/c3ref/db_readonly.html).
    package var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// Rolls back a write that a killed process left behind (a hot journal,
    /// https://sqlite.org/atomiccommit.html#hot_rollback_journals) and folds a left-over WAL
    /// into the file: the first read on a read-write connection does both, and closing the
    /// last connection removes the WAL. Nothing else is changed (no pragma, no migration).
    package static func recoverInterruptedWrite(path: String) throws(StorageError) {
        let db = try open(path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE)
        defer { sqlite3_close_v2(db) }
        sqlite3_busy_timeout(db, busyTimeout)
        let rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nil, nil, nil)
        if rc != SQLITE_OK {
            let extended = sqlite3_extended_errcode(db)
            throw StorageError(.sqlite(code: rc & 0xff, extendedCode: extended), String(cString: sqlite3_errmsg(db)),
                               explanation: StorageError.explaining(code: rc & 0xff, extendedCode: extended, path: path, busyTimeout: busyTimeout, opening: true))
        }
    }

    /// `file:` URI of `path` with `immutable=1`; `%`, `?` and `#` are escaped, since SQLite
    /// reads them as URI syntax.
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for character in path.unicodeScalars {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return "file:\(escaped)?immutable=1"
    }

    deinit {
        // First, so no other thread can interrupt a handle being closed.
        interrupter.detach()
        if enteredWAL { Connection.leaveInRollbackJournalMode(handle) }
        sqlite3_close_v2(handle)
    }

    /// Whether this connection put the file in WAL mode (and so takes it out again on close).
    package private(set) var enteredWAL = false

    /// WAL lets readers (a report, the shell) work while a command writes. Called once the
    /// file is known good and current (after migration), so a refused or failed upgrade leaves
    /// the file byte for byte as it was. Entering WAL needs a moment without readers; if one
    /// is reading right now the command writes in rollback-journal mode instead (and waits for
    /// the reader at commit, as any writer does) rather than failing.
    package func enterWALForWriting() throws(StorageError) {
        guard mode.isWritable, !enteredWAL else { return }
        sqlite3_busy_timeout(handle, 0)
        let journal = try? query("PRAGMA journal_mode = WAL").first?.first?.stringValue
        sqlite3_busy_timeout(handle, Connection.busyTimeout)
        guard journal == "wal" else { return }
        enteredWAL = true
        // With WAL, NORMAL is durable at checkpoints and much faster for bulk loads.
        try execute("PRAGMA synchronous = NORMAL")
    }

    /// Puts the file back in rollback-journal mode as a writing command ends: WAL is for while
    /// chiso writes (readers go on meanwhile), but a file at rest in WAL mode cannot be opened
    /// from read-only storage by any client (reading it needs a `-shm` beside it), and
    /// analysts share the file on read-only shares, USB sticks and in email.
    ///
    /// The switch needs the file to ourselves; with another connection open (a reader, a
    /// second chiso) it fails at once (no busy wait) and the file stays in WAL until the last
    /// writer leaves, which is safe: WAL is a valid state, only less portable.
    private static func leaveInRollbackJournalMode(_ handle: OpaquePointer) {
        sqlite3_busy_timeout(handle, 0)
        _ = sqlite3_exec(handle, "PRAGMA wal_checkpoint(TRUNCATE)", nil, nil, nil)
        _ = sqlite3_exec(handle, "PRAGMA journal_mode = DELETE", nil, nil, nil)
    }

    private func configure() throws(StorageError) {
        // Extended codes tell a UNIQUE violation (2067) from a CHECK failure (275).
        sqlite3_extended_result_codes(handle, 1)
        // Another chiso (or the sqlite3 shell) may hold the write lock for a moment: wait
        // rather than fail at once (https://sqlite.org/c3ref/busy_timeout.html).
        sqlite3_busy_timeout(handle, Connection.busyTimeout)
        // Foreign keys are off by default in SQLite; our schema relies on them.
        try execute("PRAGMA foreign_keys = ON")
        if mode.isWritable {
            // Until `enterWALForWriting`, a rollback journal, where only FULL is safe against a
            // power cut on every file system.
            try execute("PRAGMA synchronous = FULL")
        } else {
            // Belt and braces for `chiso sql`: even a statement SQLite thinks is a read cannot write.
            try execute("PRAGMA query_only = ON")
        }
    }

    // MARK: - Errors

    func error(_ rc: Int32, sql: String?, context: String? = nil) -> StorageError {
        let message = String(cString: sqlite3_errmsg(handle))
        if rc == SQLITE_INTERRUPT, interrupter.wasUsed {
            return StorageError(.interrupted, "query interrupted", sql: sql)
        }
        let text = context.map { "\($0): \(message)" } ?? message
        let extended = sqlite3_extended_errcode(handle)
        if !mode.isWritable, extended == StorageError.Code.readOnly {
            // Our own read-only connection refused a write: the file may well be writable.
            return StorageError(.sqlite(code: rc & 0xff, extendedCode: extended), text, sql: sql,
                                explanation: "cannot write \(path): this command opens it read-only")
        }
        return StorageError(code: rc, extendedCode: extended, message: text, sql: sql, path: path)
    }

    // MARK: - Statements

    /// Prepares one statement. Text after the first statement (other than whitespace and
    /// comments) is an error: callers that run scripts use `executeScript`.
    package func prepare(_ sql: String) throws(StorageError) -> Statement {
        try Statement(connection: self, sql: sql)
    }

    /// Runs a statement that returns no rows of interest, binding `values` to `?` in order.
    package func execute(_ sql: String, _ values: [any SQLiteBindable] = []) throws(StorageError) {
        let statement = try prepare(sql)
        try statement.bind(values)
        while try statement.step() {}
    }

    /// Runs several `;`-separated statements (a schema file). Values cannot be bound here, so
    /// this is only for SQL that chiso itself ships.
    package func executeScript(_ sql: String) throws(StorageError) {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? "error \(rc)"
            sqlite3_free(message)
            throw StorageError(code: rc, extendedCode: sqlite3_extended_errcode(handle), message: text, sql: sql, path: path)
        }
    }

    /// All rows of a query, for small result sets (reference data, reports).
    package func query(_ sql: String, _ values: [any SQLiteBindable] = []) throws(StorageError) -> [[SQLiteValue]] {
        let statement = try prepare(sql)
        try statement.bind(values)
        var rows: [[SQLiteValue]] = []
        while try statement.step() { rows.append(statement.row()) }
        return rows
    }

    /// The first column of the first row, or `.null` when there is no row.
    package func scalar(_ sql: String, _ values: [any SQLiteBindable] = []) throws(StorageError) -> SQLiteValue {
        let statement = try prepare(sql)
        try statement.bind(values)
        return try statement.step() ? statement.value(at: 0) : .null
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    package var changes: Int { Int(sqlite3_changes(handle)) }

    /// Where the file's content stands for this connection: rows it changed itself
    /// (https://sqlite.org/c3ref/total_changes.html, rolled-back ones included) and commits by
    /// other connections (https://sqlite.org/pragma.html#pragma_data_version). While both stay,
    /// nothing read from the file can have changed.
    private struct ContentStamp: Equatable {
        var ownChanges: Int64
        var dataVersion: Int64
    }

    private func contentStamp() throws(StorageError) -> ContentStamp {
        ContentStamp(ownChanges: sqlite3_total_changes64(handle), dataVersion: try scalar("PRAGMA data_version").intValue ?? 0)
    }

    /// The value `read` builds from the file, built once and given again while the file's
    /// content has not changed (`ContentStamp`): a report that resolves an area and then lists
    /// its predecessors builds the area directory, folding every name, once (issue 18). One
    /// value per type.
    package func remembered<T>(_ read: () throws(StorageError) -> T) throws(StorageError) -> T {
        let stamp = try contentStamp()
        if let kept = memo[ObjectIdentifier(T.self)], kept.stamp == stamp, let value = kept.value as? T { return value }
        let value = try read()
        memo[ObjectIdentifier(T.self)] = (stamp, value)
        return value
    }
    package var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    package var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// The SQLite library version, e.g. "3.40.1".
    package static var libraryVersion: String { String(cString: sqlite3_libversion()) }
}

/// Stops whatever statement its connection is running, from any thread: a watchdog's way to
/// enforce a deadline that SQLite's own progress handler cannot, because the handler runs on
/// the connection's thread only between virtual-machine steps.
///
/// `sqlite3_interrupt` is the one call SQLite documents as safe from another thread
/// (https://sqlite.org/c3ref/interrupt.html): the running statement fails with
/// SQLITE_INTERRUPT at its next step. A single long function call (`randomblob(1e9)`) still
/// finishes first. The lock makes sure the handle is never interrupted once its connection
/// has started closing.
package final class Interrupter: @unchecked Sendable {
    private let lock = NSLock()
    private var handle: OpaquePointer?
    private var used = false

    init(_ handle: OpaquePointer) {
        self.handle = handle
    }

    /// Interrupts the running statement, if the connection is still open.
    package func interrupt() {
        lock.lock()
        defer { lock.unlock() }
        guard let handle else { return }
        used = true
        sqlite3_interrupt(handle)
    }

    /// True once `interrupt()` reached an open connection: a SQLITE_INTERRUPT was ours.
    var wasUsed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return used
    }

    func detach() {
        lock.lock()
        defer { lock.unlock() }
        handle = nil
    }
}

extension StorageError {
    /// An error SQLite returned on the connection to `path`, explained when it is the file's.
    init(code rc: Int32, extendedCode: Int32, message: String, sql: String?, path: String) {
        self.init(.sqlite(code: rc & 0xff, extendedCode: extendedCode), message, sql: sql,
                  explanation: StorageError.explaining(code: rc & 0xff, extendedCode: extendedCode, path: path, busyTimeout: Connection.busyTimeout))
    }
}

@available(*, unavailable, message: "a connection belongs to the code that opened it")
extension Connection: Sendable {}
