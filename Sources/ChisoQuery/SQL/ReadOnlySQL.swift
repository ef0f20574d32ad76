import ChisoDomain
import ChisoFormats
import ChisoStorage
import Foundation

/// `chiso sql`: one read-only SQL statement for power users, with named parameters and a
/// time limit on the whole run.
///
/// Rows stream from the SQLite statement to the sink one at a time, so memory stays flat
/// whatever the result's size. Column types (integer, real, date, text: number alignment in a
/// table, dates in xlsx) are inferred from a bounded window of first rows (`typeWindowRows`
/// rows or `typeWindowBytes` of values, whichever comes first), never from a pre-scan of the
/// whole result; each later value keeps its own type when it does not fit its column's.
package struct ReadOnlySQL {
    package var sql: String
    package var parameters: [SQLParameter]
    /// Seconds the whole run may take: the statement's steps, every function call in them,
    /// and rendering the rows (not the time a reader takes to accept them).
    package var timeout: Double
    /// Called on the watchdog's thread when the run is still inside one call (a long function
    /// SQLite cannot interrupt, a write nobody reads) `grace` seconds after the deadline,
    /// with the timeout error. The command ends the process there; nil (tests) waits for the
    /// call to return, and the run then throws the same error.
    package var whenStuck: (@Sendable (QueryError) -> Void)?
    /// Time blocked writing to the reader, which the deadline gives back: the command wraps
    /// each write to standard output in `outputWait.measure`.
    package let outputWait = OutputWait()

    package static let defaultTimeout = 5.0
    /// How long a run stuck in one call gets after its deadline before `whenStuck`.
    package static let grace = 1.0
    /// Rows a `table` takes its column widths from before it streams (`RenderOptions.tableWidthRows`).
    package static let tableWidthRows = 1_000
    static let typeWindowRows = 1_000
    static let typeWindowBytes = 1 << 20

    package init(sql: String, parameters: [SQLParameter] = [], timeout: Double = ReadOnlySQL.defaultTimeout) {
        self.sql = sql
        self.parameters = parameters
        self.timeout = timeout
    }

    /// The error of a run that passed its time limit.
    package var timeoutError: QueryError {
        let seconds = timeout == timeout.rounded() && timeout < 1e15 ? String(Int(timeout)) : String(timeout)
        return QueryError("the query ran past --timeout \(seconds) s and was stopped; narrow it (a WHERE or LIMIT) or raise --timeout")
    }

    /// Runs the statement on `database`, which must be open with `.read` access, and streams
    /// its rows into `sink` (`begin`, `write` per row, `finish`); returns the row count. The
    /// guard refuses writes with a clear message, the read-only connection is the guarantee.
    /// Errors thrown by the sink (a closed pipe) pass through unchanged.
    @discardableResult
    package func run(on database: Database, into sink: inout some RowSink) throws -> Int {
        let connection = database.connection
        var stuck: (@Sendable () -> Void)?
        if let whenStuck {
            let error = timeoutError
            stuck = { whenStuck(error) }
        }
        let deadline = SQLDeadline(seconds: timeout, grace: Self.grace, interrupter: connection.interrupter,
                                   outputWait: outputWait, whenStuck: stuck)
        defer { deadline.finish() }
        try SQLGuard.check(sql)
        try connection.registerFold()
        let statement = try Self.prepare(sql, on: connection)
        try SQLGuard.checkPrepared(kind: SQLGuard.kind(of: sql), isReadOnly: statement.isReadOnly)
        try bindParameters(statement)
        do {
            return try stream(statement, into: &sink, deadline: deadline)
        } catch let error as StorageError where error.kind == .interrupted || deadline.expired {
            throw timeoutError
        }
    }

    /// The whole result as a `ResultSet`: for tests and small results only, since it holds
    /// every row (the command streams with `run(on:into:)`).
    package func run(on database: Database) throws -> ResultSet {
        var collector = ResultCollector()
        try run(on: database, into: &collector)
        return collector.result
    }

    /// Steps the statement: a window of first rows to type the columns, then one row at a time.
    private func stream(_ statement: Statement, into sink: inout some RowSink, deadline: SQLDeadline) throws -> Int {
        let names = statement.columnNames
        var window: [[SQLiteValue]] = []
        var windowBytes = 0
        var more = true
        while window.count < Self.typeWindowRows, windowBytes < Self.typeWindowBytes {
            if deadline.expired { throw timeoutError }
            guard try statement.step() else { more = false; break }
            let row = statement.row()
            windowBytes += row.reduce(0) { $0 + Self.size(of: $1) }
            window.append(row)
        }
        let types = names.indices.map { index in Self.inferType(window.lazy.map { $0[index] }) }
        try sink.begin(columns: zip(names, types).map { Column($0.0, $0.1) })
        var count = 0
        func emit(_ row: [SQLiteValue]) throws {
            if deadline.expired { throw timeoutError }
            var cells: [Cell] = []
            cells.reserveCapacity(row.count)
            for (value, type) in zip(row, types) { cells.append(Self.cell(value, type)) }
            try sink.write(cells)
            count += 1
        }
        for row in window { try emit(row) }
        window = []
        while more {
            if deadline.expired { throw timeoutError }
            guard try statement.step() else { break }
            try emit(statement.row())
        }
        if deadline.expired { throw timeoutError }
        try sink.finish()
        return count
    }

    /// Roughly the bytes a value holds, to bound the typing window.
    private static func size(of value: SQLiteValue) -> Int {
        switch value {
        case .null, .integer, .real: 8
        case .text(let s): s.utf8.count
        case .blob(let bytes): bytes.count
        }
    }

    /// Prepares the one statement; "more than one statement" reads as a user error, not a storage one.
    private static func prepare(_ sql: String, on connection: Connection) throws -> Statement {
        do {
            return try connection.prepare(sql)
        } catch where error.kind == .mismatch {
            throw QueryError(error.message)
        }
    }

    /// Binds every `--param` to its `:name` (also `@name`, `$name`); a parameter the SQL does
    /// not use, or one it uses that was not given, is an error rather than a silent NULL.
    private func bindParameters(_ statement: Statement) throws {
        let placeholders = statement.parameterNames
        if placeholders.contains(where: { $0 == nil }) {
            throw QueryError("the SQL uses an anonymous '?' parameter: name it (:code) and pass --param code=VALUE")
        }
        let used = placeholders.compactMap { $0 }
        var given: Set<String> = []
        for parameter in parameters {
            guard let placeholder = used.first(where: { $0.dropFirst() == parameter.name }) else {
                let list = used.isEmpty ? "it has none" : "it has \(used.joined(separator: ", "))"
                throw QueryError("--param \(parameter.name) does not appear in the SQL as :\(parameter.name) (\(list))")
            }
            try statement.bind(parameter.value.sqliteValue, named: placeholder)
            given.insert(String(placeholder.dropFirst()))
        }
        if let missing = used.first(where: { !given.contains(String($0.dropFirst())) }) {
            throw QueryError("the SQL uses \(missing) but no --param \(missing.dropFirst())=VALUE was given")
        }
    }

    /// A column's type from its first values: integer when every value is an integer, real
    /// when every value is a number, date when every value is an ISO date, else text. NULLs
    /// do not count.
    private static func inferType(_ values: some Sequence<SQLiteValue>) -> CellType {
        var integers = true
        var numbers = true
        var dates = true
        var any = false
        for value in values {
            switch value {
            case .null:
                continue
            case .integer:
                dates = false
            case .real:
                integers = false
                dates = false
            case .text(let s):
                integers = false
                numbers = false
                if dates, !isISODate(s) { dates = false }
            case .blob:
                integers = false
                numbers = false
                dates = false
            }
            any = true
        }
        if !any { return .text }
        if integers { return .integer }
        if numbers { return .real }
        return dates ? .date : .text
    }

    private static func isISODate(_ text: String) -> Bool {
        do {
            _ = try CalendarDate(iso: text)
            return true
        } catch {
            return false
        }
    }

    /// A value as a cell of a column of `type`. Numbers in a text column print as text, an
    /// integer in a real column as a real; a value the column's type (from the first rows)
    /// did not foresee keeps its own: a real in an integer column stays a real.
    private static func cell(_ value: SQLiteValue, _ type: CellType) -> Cell {
        switch value {
        case .null: return .null
        case .integer(let i): return type == .integer ? .integer(i) : type == .real ? .real(Double(i)) : .text(String(i))
        case .real(let d): return type == .real || type == .integer ? .real(d) : .text(value.stringValue ?? String(d))
        case .text(let s): return .text(s)
        case .blob(let bytes): return .text(hex(bytes))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Lower-case hex, two digits a byte, from a table: a 4 MB blob in milliseconds.
    static func hex(_ bytes: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { buffer in
            var index = 0
            for byte in bytes {
                buffer[index] = hexDigits[Int(byte >> 4)]
                buffer[index + 1] = hexDigits[Int(byte & 0x0F)]
                index += 2
            }
            return index
        }
    }
}

/// Collects a streamed result into a `ResultSet`.
private struct ResultCollector: RowSink {
    var result = ResultSet(columns: [])

    mutating func begin(columns: [Column]) throws { result.columns = columns }
    mutating func write(_ row: [Cell]) throws { result.rows.append(row) }
    mutating func finish() throws {}
}
