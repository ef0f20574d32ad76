import ChisoFormats
import ChisoStorage

/// A query ready to run: SQL over `observations_view` whose every user value is a bound
/// parameter, and the typed columns it returns. `chiso export --query` runs it too.
package struct CompiledQuery: Sendable, Equatable {
    package let sql: String
    package let bindings: [SQLiteValue]
    package let columns: [Column]

    package init(sql: String, bindings: [SQLiteValue], columns: [Column]) {
        self.sql = sql
        self.bindings = bindings
        self.columns = columns
    }

    /// Streams the rows into `sink` (begin, one write per row, finish), so an export of any
    /// size never holds its rows. Registers `fold()` on the connection first: `~` needs it.
    package func run(on connection: Connection, into sink: inout some RowSink) throws {
        try connection.registerFold()
        let statement = try connection.prepare(sql)
        try statement.bind(bindings)
        try sink.begin(columns: columns)
        while try statement.step() {
            try sink.write(cells(of: statement))
        }
        try sink.finish()
    }

    /// All rows at once, for tests and small results.
    package func resultSet(on connection: Connection) throws -> ResultSet {
        var collector = ResultSetCollector()
        try run(on: connection, into: &collector)
        return collector.result
    }

    private func cells(of statement: Statement) -> [Cell] {
        columns.indices.map { index in
            let value = statement.value(at: index)
            switch columns[index].type {
            case .real: return .real(value.doubleValue)
            case .integer: return value.intValue.map { .integer($0) } ?? .null
            case .text, .date: return .text(value.stringValue)
            }
        }
    }
}

/// A sink that keeps the rows, for callers that want a `ResultSet`.
struct ResultSetCollector: RowSink {
    var result = ResultSet(columns: [])
    mutating func begin(columns: [Column]) throws { result.columns = columns }
    mutating func write(_ row: [Cell]) throws { result.rows.append(row) }
    mutating func finish() throws {}
}
