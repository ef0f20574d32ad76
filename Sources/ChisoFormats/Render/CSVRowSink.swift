/// CSV (RFC 4180) and TSV writer.
///
/// CSV quotes a field only when it holds the delimiter, a quote, CR or LF, and doubles its
/// quotes. TSV cannot quote, so tabs, CR and LF inside a cell become single spaces. With
/// `excel`, both start with a UTF-8 BOM, end lines with CRLF, and guard text cells that
/// begin with `=`, `+`, `-`, `@`, tab or CR with a leading `'` (CSV injection); numbers are
/// never guarded, so -3 stays -3. With `decimalComma` (`--excel=vi`) the delimiter is `;`
/// and real numbers are written 78,63. With `quoteAll` (`--quote-all`) every text field
/// and header name is quoted and numbers are not, which sniffers (Python's csv.Sniffer,
/// csvkit, pandas' `sep=None`) read right from any sample.
struct CSVRowSink: RowSink {
    /// The delimiter as its byte, looked up once: the quoting scan runs for every field.
    private let delimiterByte: UInt8
    private let delimiterText: String
    private let options: RenderOptions
    private var out: ChunkedOutput
    private var columnCount = 0
    private let lineEnd: String

    init(delimiter: Character, options: RenderOptions, out: ChunkedOutput) {
        self.delimiterByte = delimiter.asciiValue ?? 0x2C
        self.delimiterText = String(delimiter)
        self.options = options
        self.out = out
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
        // Field bytes go straight into the output buffer: no per-field String on the hot path.
        for (index, cell) in row.enumerated() {
            if index > 0 { out.appendByte(delimiterByte) }
            switch cell {
            case .null: break
            case .text(let s): appendField(text: s)
            case .integer: out.appendBytes(cell.exactText ?? "")
            case .real:
                let text = cell.exactText ?? ""
                // A decimal comma (`--excel=vi`) is only ever written with `;` between fields.
                out.appendBytes(options.decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text)
            }
        }
        out.appendBytes(lineEnd)
        try out.flushIfFull()
    }

    /// A text field as its bytes: guarded, quoted and quote-doubled where needed.
    private mutating func appendField(text: String) {
        let guarded = options.excel && text.utf8.first.map(Self.startsFormula) == true
        if delimiterByte == 0x09 || guarded {
            out.appendBytes(field(text: text))
            return
        }
        var text = text
        let delimiter = delimiterByte
        let quoteAll = options.quoteAll
        text.withUTF8 { bytes in
            // One scan over contiguous bytes, then whole runs appended at once: quoting long
            // Vietnamese notes byte by byte was the export's hottest loop.
            guard quoteAll || bytes.contains(where: { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == delimiter }) else {
                out.appendBytes(bytes)
                return
            }
            out.appendByte(0x22)
            var start = 0
            for index in bytes.indices where bytes[index] == 0x22 {
                out.appendBytes(UnsafeBufferPointer(rebasing: bytes[start...index]))
                out.appendByte(0x22)
                start = index + 1
            }
            out.appendBytes(UnsafeBufferPointer(rebasing: bytes[start...]))
            out.appendByte(0x22)
        }
    }

    /// `=`, `+`, `-`, `@`, tab, CR: what a spreadsheet may run as a formula.
    private static func startsFormula(_ byte: UInt8) -> Bool {
        byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
    }

    mutating func finish() throws {
        try out.flush()
    }

    private func line(_ fields: [String]) -> String {
        fields.joined(separator: delimiterText) + lineEnd
    }

    private func field(text: String) -> String {
        var s = text
        if options.excel, let first = s.utf8.first, Self.startsFormula(first) {
            s = "'" + s
        }
        if delimiterByte == 0x09 {
            guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
            return s.replacingAll(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }, with: " ")
        }
        let needsQuotes = options.quoteAll || s.utf8.contains { byte in
            byte == 0x22 || byte == 0x0A || byte == 0x0D || byte == delimiterByte
        }
        guard needsQuotes else { return s }
        // Quote and double the quotes byte by byte: a quote is ASCII, so no grapheme walk is needed.
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(s.utf8.count + 8)
        for byte in s.utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
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
