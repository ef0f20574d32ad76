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
        let cells = zip(row, columns).map { fit(options.display.text($0, column: $1.name)) }
        if let widths {
            try emit(shortened(cells, widths), widths)
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
        let header = columns.map { fit(options.display.header($0.name)) }
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows {
            for (index, text) in row.enumerated() {
                widths[index] = max(widths[index], DisplayWidth.of(text))
            }
        }
        widths = fitted(widths, header: header)
        self.widths = widths
        try emit(shortened(header, widths), widths)
        try emit(widths.map { String(repeating: "-", count: max(0, $0)) }, widths)
        for row in rows {
            try emit(shortened(row, widths), widths)
        }
        rows = []
    }

    /// Makes the line fit `maxLineWidth`: first leaves out columns with no value in any row
    /// (only when the whole result is held, so no later row can need them), then narrows the
    /// widest text columns one terminal column at a time, down to 16 columns each (a period
    /// code such as 2023-01/2023-09 stays whole). Number columns keep their width: a cut
    /// number is a wrong number. A hidden column has width -1.
    private func fitted(_ natural: [Int], header: [String]) -> [Int] {
        guard let limit = options.maxLineWidth else { return natural }
        var widths = natural
        func total() -> Int {
            let shown = widths.filter { $0 >= 0 }
            return shown.reduce(0, +) + 2 * max(0, shown.count - 1)
        }
        if total() > limit, options.tableWidthRows == nil {
            for index in widths.indices where rows.allSatisfy({ $0[index].isEmpty }) { widths[index] = -1 }
        }
        // Prose first (columns with spaces: names, agencies, quotes), as a code or a period cut
        // short can no longer be typed back; then any text down to 16 columns; then prose down
        // to its header's first word. A code or period keeps 16 columns even if the line is
        // then wider than asked.
        let prose = widths.indices.map { index in rows.contains { $0[index].contains(" ") } }
        let firstWord = zip(natural, header).map { min($0, max(6, DisplayWidth.of(String($1.prefix { $0 != " " && $0 != "_" })))) }
        let sixteen = natural.map { min($0, 16) }
        let passes: [[Int]] = [
            natural.indices.map { prose[$0] ? sixteen[$0] : natural[$0] },
            sixteen,
            natural.indices.map { prose[$0] ? firstWord[$0] : sixteen[$0] },
        ]
        for floor in passes {
            while total() > limit {
                let candidates = widths.indices.filter { !rightAligned[$0] && widths[$0] > floor[$0] }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        return widths
    }

    /// Text cells wider than their column, cut at the last whole word that fits, with "…".
    private func shortened(_ cells: [String], _ widths: [Int]) -> [String] {
        guard options.maxLineWidth != nil else { return cells }
        return cells.enumerated().map { index, text in
            guard !rightAligned[index], widths[index] >= 0, DisplayWidth.of(text) > widths[index] else { return text }
            return Self.shorten(text, to: widths[index])
        }
    }

    /// `cut` without a trailing part word: back to its last space when `next` (the first
    /// character left out) continues a word.
    static func wholeWords(_ cut: String, next: Character) -> String {
        guard next != " ", let space = cut.lastIndex(of: " "), space > cut.startIndex else { return cut }
        var kept = String(cut[..<space])
        while let last = kept.last, " ,;-–:".contains(last) { kept.removeLast() }
        return kept
    }

    /// `text` in at most `width` terminal columns ending in "…", cut after a whole word when one
    /// fits (a quote is never cut inside a word), else at the width.
    static func shorten(_ text: String, to width: Int) -> String {
        var kept = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            kept.append(character)
            used += w
        }
        if let space = kept.lastIndex(of: " "), kept.distance(from: kept.startIndex, to: space) > 0 {
            let rest = text.dropFirst(kept.count)
            if rest.first != " " { kept = String(kept[..<space]) }
        }
        while let last = kept.last, " ,;-–:".contains(last) { kept.removeLast() }
        return kept + "…"
    }

    private mutating func emit(_ cells: [String], _ widths: [Int]) throws {
        var line = ""
        var first = true
        for (index, text) in cells.enumerated() where widths[index] >= 0 {
            if !first { line += "  " }
            first = false
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
        var leftOut: Character = " "
        for character in text {
            let shown: Character = character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } ? " " : character
            let w = DisplayWidth.of(shown)
            if cutting, width + w <= limit - 1 {
                cut.append(shown)
            } else if cutting {
                cutting = false
                leftOut = shown
            }
            width += w
            if width > limit { return Self.wholeWords(cut, next: leftOut) + "…" }
            whole.append(shown)
        }
        return whole
    }
}
