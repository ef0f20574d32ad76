/// `--format html` for any result: one self-contained page (`HTMLPage`'s style, no script, no
/// network) holding the rows as a table, streamed row by row so a large query never sits in
/// memory. Reports with a richer page of their own (`report`, `rank`) build it instead.
struct HTMLTableSink: RowSink {
    private var out: ChunkedOutput
    private var columns: [Column] = []

    init(out: ChunkedOutput) {
        self.out = out
    }

    mutating func begin(columns: [Column]) throws {
        self.columns = columns
        let page = HTMLPage(title: "chiso")
        let document = page.document()
        // The page's head and the opening of <main>; rows follow; finish() closes it.
        let opening = document.components(separatedBy: "</main>")[0]
        try out.append(opening)
        var header = "<table>\n<thead><tr>"
        for column in columns {
            header += "<th\(Self.isNumber(column) ? " class=\"num\"" : "")>\(HTMLPage.escape(column.name))</th>"
        }
        try out.append(header + "</tr></thead>\n<tbody>\n")
    }

    mutating func write(_ row: [Cell]) throws {
        precondition(row.count == columns.count, "row has \(row.count) cells for \(columns.count) columns")
        var line = "<tr>"
        for (cell, column) in zip(row, columns) {
            line += "<td\(Self.isNumber(column) ? " class=\"num\"" : "")>\(HTMLPage.escape(cell.plainText ?? ""))</td>"
        }
        try out.append(line + "</tr>\n")
    }

    mutating func finish() throws {
        try out.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n")
        try out.flush()
    }

    private static func isNumber(_ column: Column) -> Bool { column.type == .integer || column.type == .real }
}
