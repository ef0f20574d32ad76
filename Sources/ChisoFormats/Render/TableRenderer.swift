/// Aligned columns for people at a terminal.
///
/// Prints a header, a dashed separator and the rows, two spaces between columns. Widths
/// count terminal columns, so NFD Vietnamese and CJK line up. Number columns are
/// right-aligned, text left; control characters show as spaces and text longer than
/// `maxCellWidth` ends in "…". Null prints as an empty cell. Lines carry no trailing spaces.
///
/// Widths need rows. By default every row counts, so the whole result is held until
/// `finish()` (reports and listings are small). With `tableWidthRows` set (`chiso sql`), only
/// that many first rows are held and measured; the table then prints them and streams every
/// later row as it comes, in constant memory. A later cell wider than its column is printed
/// in full (never wider than `maxCellWidth`), pushing the rest of its line right: cutting it
/// to the column would hide digits of a number, and waiting for it would mean buffering.
struct TableRenderer: RowSink {
    private let options: RenderOptions
    private var out: ChunkedOutput
    private var columns: [Column] = []
    private var rows: [[String]] = []
    /// Set once the header is printed; rows then go straight out.
    private var widths: [Int]?
    private var rightAligned: [Bool] = []

    init(options: RenderOptions, out: ChunkedOutput) {
        self.options = options
        self.out = out
    }

    mutating func begin(columns: [Column]) throws {
        self.columns = columns
        rightAligned = columns.map { $0.type == .integer || $0.type == .real }
    }

    mutating func write(_ row: [Cell]) throws {
        precondition(row.count == columns.count, "row has \(row.count) cells for \(columns.count) columns")
        let cells = row.map { fit($0.plainText ?? "") }
        if let widths {
            try emit(cells, widths)
            return
        }
        rows.append(cells)
        if let limit = options.tableWidthRows, rows.count >= max(limit, 1) {
            try printHeld()
        }
    }

    mutating func finish() throws {
        if widths == nil {
            guard !rows.isEmpty else {
                try out.append(options.emptyMessage + "\n")
                try out.flush()
                return
            }
            try printHeld()
        }
        try out.flush()
    }

    /// Chooses the widths from the held rows, prints the header and those rows.
    private mutating func printHeld() throws {
        let header = columns.map { fit($0.name) }
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows {
            for (index, text) in row.enumerated() {
                widths[index] = max(widths[index], DisplayWidth.of(text))
            }
        }
        self.widths = widths
        try emit(header, widths)
        try emit(widths.map { String(repeating: "-", count: $0) }, widths)
        for row in rows {
            try emit(row, widths)
        }
        rows = []
    }

    private mutating func emit(_ cells: [String], _ widths: [Int]) throws {
        var line = ""
        for (index, text) in cells.enumerated() {
            if index > 0 { line += "  " }
            let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(text)))
            if rightAligned[index] {
                line += padding + text
            } else {
                line += text + padding
            }
        }
        while line.last == " " { line.removeLast() }
        try out.append(line + "\n")
    }

    /// One-line text no wider than `maxCellWidth` terminal columns. Reads no further than
    /// the limit, so a megabyte-long cell costs no more than a short one.
    private func fit(_ text: String) -> String {
        let limit = max(options.maxCellWidth, 1)
        var whole = ""
        var cut = ""
        var width = 0
        var cutting = true
        for character in text {
            let shown: Character = character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } ? " " : character
            let w = DisplayWidth.of(shown)
            if cutting, width + w <= limit - 1 { cut.append(shown) } else { cutting = false }
            width += w
            if width > limit { return cut + "…" }
            whole.append(shown)
        }
        return whole
    }
}
