/// CSV (RFC 4180) and TSV writer.
///
/// CSV quotes a field only when it holds the delimiter, a quote, CR or LF, and doubles its
/// quotes. TSV cannot quote, so tabs, CR and LF inside a cell become single spaces. With
/// `excel`, both start with a UTF-8 BOM, end lines with CRLF, and guard text cells that
/// begin with `=`, `+`, `-`, `@`, tab or CR with a leading `'` (CSV injection); numbers are
/// never guarded, so -3 stays -3.
struct CSVRowSink: RowSink {
    private let delimiter: Character
    private let options: RenderOptions
    private var out: ChunkedOutput
    private var columnCount = 0
    private let lineEnd: String

    init(delimiter: Character, options: RenderOptions, output: @escaping (String) throws -> Void) {
        self.delimiter = delimiter
        self.options = options
        self.out = ChunkedOutput(output)
        self.lineEnd = options.excel ? "\r\n" : "\n"
    }

    mutating func begin(columns: [Column]) throws {
        columnCount = columns.count
        if options.excel { try out.append("\u{FEFF}") }
        if options.header {
            try out.append(line(columns.map { field(text: $0.name) }))
        }
    }

    mutating func write(_ row: [Cell]) throws {
        precondition(row.count == columnCount, "row has \(row.count) cells for \(columnCount) columns")
        try out.append(line(row.map(field)))
    }

    mutating func finish() throws {
        try out.flush()
    }

    private func line(_ fields: [String]) -> String {
        fields.joined(separator: String(delimiter)) + lineEnd
    }

    private func field(_ cell: Cell) -> String {
        switch cell {
        case .null: return ""
        case .text(let s): return field(text: s)
        case .integer, .real: return cell.plainText ?? ""
        }
    }

    private func field(text: String) -> String {
        var s = text
        if options.excel, let first = s.unicodeScalars.first,
           first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r" {
            s = "'" + s
        }
        if delimiter == "\t" {
            guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
            return s.replacingAll(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }, with: " ")
        }
        let needsQuotes = s.utf8.contains { byte in
            byte == 0x22 || byte == 0x0A || byte == 0x0D || byte == delimiter.asciiValue
        }
        guard needsQuotes else { return s }
        return "\"" + s.replacingAll(where: { $0 == "\"" }, with: "\"\"") + "\""
    }
}

extension String {
    /// Every Character matching `predicate` replaced by `replacement`.
    func replacingAll(where predicate: (Character) -> Bool, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        for character in self {
            if predicate(character) { result += replacement } else { result.append(character) }
        }
        return result
    }
}
