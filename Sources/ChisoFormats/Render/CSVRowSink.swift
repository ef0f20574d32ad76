/// CSV (RFC 4180) and TSV writer.
///
/// CSV quotes a field only when it holds the delimiter, a quote, CR or LF, and doubles its
/// quotes. TSV cannot quote, so tabs, CR and LF inside a cell become single spaces. With
/// `excel`, both start with a UTF-8 BOM, end lines with CRLF, and guard text cells that
/// begin with `=`, `+`, `-`, `@`, tab or CR with a leading `'` (CSV injection); numbers are
/// never guarded, so -3 stays -3.
struct CSVRowSink: RowSink {
    /// The delimiter as its byte, looked up once: the quoting scan runs for every field.
    private let delimiterByte: UInt8
    private let delimiterText: String
    private let options: RenderOptions
    private var out: ChunkedOutput
    private var columnCount = 0
    private let lineEnd: String

    init(delimiter: Character, options: RenderOptions, output: @escaping (String) throws -> Void) {
        self.delimiterByte = delimiter.asciiValue ?? 0x2C
        self.delimiterText = String(delimiter)
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
        // One String per row, grown in place: no per-field array or join on the hot path.
        var text = ""
        text.reserveCapacity(256)
        for (index, cell) in row.enumerated() {
            if index > 0 { text += delimiterText }
            text += field(cell)
        }
        text += lineEnd
        try out.append(text)
    }

    mutating func finish() throws {
        try out.flush()
    }

    private func line(_ fields: [String]) -> String {
        fields.joined(separator: delimiterText) + lineEnd
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
        if options.excel, let first = s.utf8.first,
           first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D {
            s = "'" + s
        }
        if delimiterByte == 0x09 {
            guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
            return s.replacingAll(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }, with: " ")
        }
        let needsQuotes = s.utf8.contains { byte in
            byte == 0x22 || byte == 0x0A || byte == 0x0D || byte == delimiterByte
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
