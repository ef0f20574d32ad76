/// A GitHub-flavoured Markdown table.
///
/// Number columns are right-aligned (`---:`). `|` and `\` in cells are escaped, line breaks
/// become `<br>`. An empty result is the header and separator alone, still a valid table.
struct MarkdownRenderer: RowSink {
    private var out: ChunkedOutput
    private var columns: [Column] = []
    private var columnCount = 0
    private let display: Display

    init(out: ChunkedOutput, display: Display = Display()) {
        self.out = out
        self.display = display
    }

    mutating func begin(columns: [Column]) throws {
        self.columns = columns
        columnCount = columns.count
        try out.append(line(columns.map { escape(display.header($0.name)) }))
        try out.append(line(columns.map { $0.type == .integer || $0.type == .real ? "---:" : "---" }))
    }

    mutating func write(_ row: [Cell]) throws {
        precondition(row.count == columnCount, "row has \(row.count) cells for \(columnCount) columns")
        try out.append(line(zip(row, columns).map { escape(display.text($0, column: $1.name)) }))
    }

    mutating func finish() throws {
        try out.flush()
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }

    private func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "|" || $0 == "\\" || $0.isNewline }) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "|": result += "\\|"
            case "\\": result += "\\\\"
            case "\n", "\r\n", "\r": result += "<br>"
            default: result.append(character)
            }
        }
        return result
    }
}
