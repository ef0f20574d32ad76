/// Aligned columns for people at a terminal.
///
/// Buffers the whole result (widths depend on every row), then prints a header, a dashed
/// separator and the rows, two spaces between columns. Widths count terminal columns, so
/// NFD Vietnamese and CJK line up. Number columns are right-aligned, text left; control
/// characters show as spaces and text longer than `maxCellWidth` ends in "…". Null prints
/// as an empty cell. Lines carry no trailing spaces.
struct TableRenderer: RowSink {
    private let options: RenderOptions
    private var out: ChunkedOutput
    private var columns: [Column] = []
    private var rows: [[String]] = []

    init(options: RenderOptions, out: ChunkedOutput) {
        self.options = options
        self.out = out
    }

    mutating func begin(columns: [Column]) throws {
        self.columns = columns
    }

    mutating func write(_ row: [Cell]) throws {
        precondition(row.count == columns.count, "row has \(row.count) cells for \(columns.count) columns")
        rows.append(row.map { fit($0.plainText ?? "") })
    }

    mutating func finish() throws {
        guard !rows.isEmpty else {
            try out.append(options.emptyMessage + "\n")
            try out.flush()
            return
        }
        let header = columns.map { fit($0.name) }
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows {
            for (index, text) in row.enumerated() {
                widths[index] = max(widths[index], DisplayWidth.of(text))
            }
        }
        let rightAligned = columns.map { $0.type == .integer || $0.type == .real }
        func emit(_ cells: [String]) throws {
            var line = ""
            for (index, text) in cells.enumerated() {
                if index > 0 { line += "  " }
                let padding = String(repeating: " ", count: widths[index] - DisplayWidth.of(text))
                if rightAligned[index] {
                    line += padding + text
                } else {
                    line += text + padding
                }
            }
            while line.last == " " { line.removeLast() }
            try out.append(line + "\n")
        }
        try emit(header)
        try emit(widths.map { String(repeating: "-", count: $0) })
        for row in rows {
            try emit(row)
        }
        try out.flush()
    }

    /// One-line text no wider than `maxCellWidth` terminal columns.
    private func fit(_ text: String) -> String {
        var s = text
        if s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            s = s.replacingAll(where: { $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } }, with: " ")
        }
        let limit = max(options.maxCellWidth, 1)
        guard DisplayWidth.of(s) > limit else { return s }
        var result = ""
        var width = 0
        for character in s {
            let w = DisplayWidth.of(character)
            if width + w > limit - 1 { break }
            result.append(character)
            width += w
        }
        return result + "…"
    }
}
