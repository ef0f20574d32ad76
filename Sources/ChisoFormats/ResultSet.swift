/// Rows a report or listing produced, with typed columns, ready for any output format.
/// Small results (reports, listings) are built whole; exports stream through a `RowSink`
/// instead and never hold their rows.
package struct ResultSet: Sendable, Equatable {
    package var columns: [Column]
    package var rows: [[Cell]]

    package init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Sends the rows through `sink`.
    package func render(into sink: inout some RowSink) throws {
        try sink.begin(columns: columns)
        for row in rows { try sink.write(row) }
        try sink.finish()
    }
}

extension Cell {
    /// A text cell, or null for nil.
    package static func text(_ value: String?) -> Cell { value.map { .text($0) } ?? .null }
    /// A real cell, or null for nil.
    package static func real(_ value: Double?) -> Cell { value.map { .real($0) } ?? .null }
    /// An integer cell, or null for nil.
    package static func integer(_ value: Int?) -> Cell { value.map { .integer(Int64($0)) } ?? .null }
}
