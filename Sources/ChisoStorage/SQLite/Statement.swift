internal import CSQLite

/// A prepared statement. Owns `sqlite3_stmt*` and finalizes it in `deinit`, so no caller has
/// to remember `finalize()`. Prepare once and reuse it in loops (`reset` keeps the plan).
package final class Statement {
    let handle: OpaquePointer
    unowned let connection: Connection
    package let sql: String

    init(connection: Connection, sql: String) throws(StorageError) {
        var statement: OpaquePointer?
        // The tail points into the C string, which lives only inside the closure: read it there.
        let (rc, moreSQL) = sql.withCString { text -> (Int32, Bool) in
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v3(connection.handle, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, &tail)
            return (rc, tail.map(Statement.hasMoreSQL) ?? false)
        }
        guard rc == SQLITE_OK else {
            sqlite3_finalize(statement)
            throw connection.error(rc, sql: sql)
        }
        guard let statement else {
            throw StorageError(.mismatch, "no SQL statement found", sql: sql)
        }
        if moreSQL {
            sqlite3_finalize(statement)
            throw StorageError(.mismatch, "only one SQL statement is allowed here; found more after the first ';'", sql: sql)
        }
        self.handle = statement
        self.connection = connection
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// True when `tail` holds anything but whitespace and comments.
    private static func hasMoreSQL(_ tail: UnsafePointer<CChar>) -> Bool {
        let rest = String(cString: tail)
        var index = rest.startIndex
        while index < rest.endIndex {
            let c = rest[index]
            if c.isWhitespace || c == ";" {
                index = rest.index(after: index)
            } else if rest[index...].hasPrefix("--") {
                index = rest[index...].firstIndex(of: "\n") ?? rest.endIndex
            } else if rest[index...].hasPrefix("/*") {
                guard let close = rest[index...].range(of: "*/") else { return false }
                index = close.upperBound
            } else {
                return true
            }
        }
        return false
    }

    /// True when SQLite says this statement cannot write (https://sqlite.org/c3ref/stmt_readonly.html).
    package var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    // MARK: - Binding

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds `value` to the 1-based parameter `index`.
    package func bind(_ value: SQLiteValue, at index: Int32) throws(StorageError) {
        let rc: Int32
        switch value {
        case .null:
            rc = sqlite3_bind_null(handle, index)
        case .integer(let v):
            rc = sqlite3_bind_int64(handle, index, v)
        case .real(let v):
            rc = sqlite3_bind_double(handle, index, v)
        case .text(var s):
            rc = s.withUTF8 { buffer in
                // An empty buffer may have no base address, and a NULL pointer would bind NULL.
                guard let base = buffer.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, Statement.transient) }
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    sqlite3_bind_text(handle, index, $0, Int32(buffer.count), Statement.transient)
                }
            }
        case .blob(let bytes):
            rc = bytes.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), Statement.transient) }
        }
        if rc != SQLITE_OK { throw connection.error(rc, sql: sql, context: "cannot bind parameter \(index) to \(value)") }
    }

    /// Binds values to `?1…?n` in order, after clearing earlier bindings.
    package func bind(_ values: [any SQLiteBindable]) throws(StorageError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count <= expected else {
            throw StorageError(.mismatch, "\(values.count) values for \(expected) parameters", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value.sqliteValue, at: Int32(offset + 1))
        }
    }

    /// Binds by name (`:code`, `@code` or `$code`): the name must appear in the SQL.
    package func bind(_ value: SQLiteValue, named name: String) throws(StorageError) {
        let index = sqlite3_bind_parameter_index(handle, name)
        guard index > 0 else {
            throw StorageError(.mismatch, "no parameter named \(name)", sql: sql)
        }
        try bind(value, at: index)
    }

    /// Names of the statement's parameters in order (`:name`), nil for anonymous `?`.
    package var parameterNames: [String?] {
        let count = sqlite3_bind_parameter_count(handle)
        guard count > 0 else { return [] }
        return (1...count).map { sqlite3_bind_parameter_name(handle, $0).map { String(cString: $0) } }
    }

    /// Resets for another run with new bindings.
    package func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Resets for another run but keeps the bound values and their buffers: a loop that binds
    /// every parameter on each row saves SQLite a free and a malloc per text value
    /// (`sqlite3_clear_bindings` releases them; https://sqlite.org/c3ref/clear_bindings.html).
    package func resetKeepingBindings() {
        sqlite3_reset(handle)
    }

    // MARK: - Stepping

    /// Advances to the next row: true when a row is available, false when done.
    @discardableResult
    package func step() throws(StorageError) -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            sqlite3_reset(handle)
            throw connection.error(rc, sql: sql)
        }
    }

    /// Binds, runs to completion and resets: for INSERT/UPDATE in loops.
    package func run(_ values: [any SQLiteBindable]) throws(StorageError) {
        try bind(values)
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    // MARK: - Columns

    package var columnCount: Int { Int(sqlite3_column_count(handle)) }

    package var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// The declared type of a result column when it comes straight from a table ("REAL", "TEXT").
    package func declaredType(at index: Int) -> String? {
        sqlite3_column_decltype(handle, Int32(index)).map { String(cString: $0) }
    }

    package func value(at index: Int) -> SQLiteValue {
        let i = Int32(index)
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, i))
        case SQLITE_TEXT: return .text(text(at: i))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, i))
            guard count > 0, let base = sqlite3_column_blob(handle, i) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: base, count: count)))
        default: return .null
        }
    }

    private func text(at i: Int32) -> String {
        guard let base = sqlite3_column_text(handle, i) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, i))
        return String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    package func string(at index: Int) -> String? {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL ? nil : text(at: Int32(index))
    }

    /// The bytes of a text column handed to `body` without making a String (nil for NULL): for
    /// a loop that only looks a short code up (`compare` reads ≈ 31,000 period codes at 1M
    /// rows, perf-compare). The buffer is valid only inside `body`.
    package func withUTF8<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let i = Int32(index)
        guard sqlite3_column_type(handle, i) != SQLITE_NULL, let base = sqlite3_column_text(handle, i) else { return nil }
        return body(UnsafeBufferPointer(start: base, count: Int(sqlite3_column_bytes(handle, i))))
    }

    package func double(at index: Int) -> Double? {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL ? nil : sqlite3_column_double(handle, Int32(index))
    }

    package func int(at index: Int) -> Int64? {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, Int32(index))
    }

    /// The current row as values.
    package func row() -> [SQLiteValue] {
        (0..<columnCount).map { value(at: $0) }
    }
}

@available(*, unavailable, message: "a statement belongs to its connection's owner")
extension Statement: Sendable {}
