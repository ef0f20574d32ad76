/// JSON (one array of objects) and JSON Lines (one object per line) writer.
///
/// Keys follow column order; integer and real cells are JSON numbers, null and not-finite
/// reals are `null`, everything else a string. An empty result is `[]` (JSON) or nothing
/// (JSONL), so a consumer never meets invalid JSON.
struct JSONRowSink: RowSink {
    private let lines: Bool
    private var out: ChunkedOutput
    private var keys: [String] = []
    private var rowCount = 0

    init(lines: Bool, out: ChunkedOutput) {
        self.lines = lines
        self.out = out
    }

    mutating func begin(columns: [Column]) throws {
        keys = columns.map { JSONText.quoted($0.name) + ":" }
    }

    mutating func write(_ row: [Cell]) throws {
        precondition(row.count == keys.count, "row has \(row.count) cells for \(keys.count) columns")
        var object = "{"
        for (index, cell) in row.enumerated() {
            if index > 0 { object += "," }
            object += keys[index]
            object += JSONText.value(cell)
        }
        object += "}"
        if lines {
            try out.append(object + "\n")
        } else {
            try out.append((rowCount == 0 ? "[\n  " : ",\n  ") + object)
        }
        rowCount += 1
    }

    mutating func finish() throws {
        if !lines {
            try out.append(rowCount == 0 ? "[]\n" : "\n]\n")
        }
        try out.flush()
    }
}

/// JSON text for strings and cells, UTF-8 kept as is (Vietnamese stays readable).
package enum JSONText {
    package static func value(_ cell: Cell) -> String {
        switch cell {
        case .null: return "null"
        case .text(let s): return quoted(s)
        case .integer(let i): return String(i)
        case .real(let d): return d.isFinite ? NumberText.exact(d) : "null"
        }
    }

    /// A JSON string literal: quote, backslash and control characters escaped; U+2028 and
    /// U+2029 too, so the output is also valid JavaScript.
    package static func quoted(_ s: String) -> String {
        let needsEscape = s.unicodeScalars.contains { scalar in
            scalar.value < 0x20 || scalar == "\"" || scalar == "\\" || scalar.value == 0x2028 || scalar.value == 0x2029
        }
        guard needsEscape else { return "\"" + s + "\"" }
        var result = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
