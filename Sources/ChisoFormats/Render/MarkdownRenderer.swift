/// A GitHub-flavoured Markdown table.
///
/// Number columns are right-aligned (`---:`). `|` and `\` in cells are escaped, line breaks
/// become `<br>`. An empty result is the header and separator alone, still a valid table.
struct MarkdownRenderer: RowSink {
    private var out: ChunkedOutput
    private var columnCount = 0

    init(out: ChunkedOutput) {
        self.out = out
    }

    mutating func begin(columns: [Column]) throws {
        columnCount = columns.count
        try out.append(line(columns.map { escape($0.name) }))
        try out.append(line(columns.map { $0.type == .integer || $0.type == .real ? "---:" : "---" }))
    }

    mutating func write(_ row: [Cell]) throws {
        precondition(row.count == columnCount, "row has \(row.count) cells for \(columnCount) columns")
        try out.append(line(row.map { escape($0.plainText ?? "") }))
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
