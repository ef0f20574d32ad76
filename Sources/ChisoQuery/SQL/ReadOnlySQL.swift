import ChisoDomain
import ChisoFormats
import ChisoStorage
import Foundation

/// `chiso sql`: one read-only SQL statement for power users, with named parameters and a
/// time limit, its column types inferred from the values it returns.
public struct ReadOnlySQL {
    public var sql: String
    public var parameters: [SQLParameter]
    /// Seconds before a running statement is interrupted.
    public var timeout: Double

    public static let defaultTimeout = 5.0

    public init(sql: String, parameters: [SQLParameter] = [], timeout: Double = ReadOnlySQL.defaultTimeout) {
        self.sql = sql
        self.parameters = parameters
        self.timeout = timeout
    }

    /// Runs the statement on `database`, which must be open with `.read` access: the guard
    /// refuses writes with a clear message, the read-only connection is the guarantee.
    public func run(on database: Database) throws -> ResultSet {
        try SQLGuard.check(sql)
        let connection = database.connection
        try connection.registerFold()
        let statement = try Self.prepare(sql, on: connection)
        try SQLGuard.checkPrepared(kind: SQLGuard.kind(of: sql), isReadOnly: statement.isReadOnly)
        try bindParameters(statement)
        let names = statement.columnNames
        let rows: [[SQLiteValue]]
        do {
            rows = try connection.withTimeLimit(seconds: timeout) { () throws -> [[SQLiteValue]] in
                var collected: [[SQLiteValue]] = []
                while try statement.step() { collected.append(statement.row()) }
                return collected
            }
        } catch let error as StorageError where error.kind == .interrupted {
            throw QueryError("\(error.message); raise it with --timeout SECONDS if the query is meant to take longer")
        }
        return Self.typed(names: names, rows: rows)
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

    /// Column types from the values: integer when every value is an integer, real when every
    /// value is a number, date when every value is an ISO date, else text. NULLs do not count.
    static func typed(names: [String], rows: [[SQLiteValue]]) -> ResultSet {
        var types: [CellType] = []
        for index in names.indices {
            types.append(inferType(rows.map { $0[index] }))
        }
        var result = ResultSet(columns: zip(names, types).map { Column($0.0, $0.1) })
        for row in rows {
            var cells: [Cell] = []
            for (value, type) in zip(row, types) { cells.append(cell(value, type)) }
            result.rows.append(cells)
        }
        return result
    }

    private static func inferType(_ values: [SQLiteValue]) -> CellType {
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

    private static func cell(_ value: SQLiteValue, _ type: CellType) -> Cell {
        switch value {
        case .null: return .null
        case .integer(let i): return type == .integer ? .integer(i) : type == .real ? .real(Double(i)) : .text(String(i))
        case .real(let d): return type == .real ? .real(d) : .text(value.stringValue ?? String(d))
        case .text(let s): return .text(s)
        case .blob(let bytes): return .text(bytes.map { String(format: "%02x", $0) }.joined())
        }
    }
}
