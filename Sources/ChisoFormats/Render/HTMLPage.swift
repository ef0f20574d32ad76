/// A self-contained HTML page: inline CSS, inline SVG, no script and no network request, so
/// the file opens the same from an email, a USB stick or an archive in ten years. The print
/// style sheet lays it out on A4 with tables and charts kept whole across pages.
package struct HTMLPage {
    package var title: String
    package var language: String
    private var body: [String] = []

    package init(title: String, language: String = "vi") {
        self.title = title
        self.language = language
    }

    package mutating func heading(_ text: String, level: Int = 2) {
        body.append("<h\(level)>\(Self.escape(text))</h\(level)>")
    }

    package mutating func paragraph(_ text: String, className: String? = nil) {
        body.append("<p\(className.map { " class=\"\($0)\"" } ?? "")>\(Self.escape(text))</p>")
    }

    /// Raw markup the caller built (an SVG chart, a list).
    package mutating func raw(_ markup: String) { body.append(markup) }

    /// An inline SVG chart in a figure; the XML declaration is dropped (not allowed inside HTML).
    package mutating func figure(svg: String, caption: String? = nil) {
        var markup = svg
        if markup.hasPrefix("<?xml"), let end = markup.firstIndex(of: "\n") { markup = String(markup[markup.index(after: end)...]) }
        body.append("<figure class=\"chart\">\(markup)\(caption.map { "<figcaption>\(Self.escape($0))</figcaption>" } ?? "")</figure>")
    }

    /// A table of `result`; `headers` renames columns for people, `cell` prints a cell.
    package mutating func table(_ result: ResultSet, headers: [String: String] = [:], numeric: Set<String> = [],
                                cell: (Cell, String) -> String) {
        var html = "<table>\n<thead><tr>"
        for column in result.columns {
            let isNumber = column.type == .real || column.type == .integer || numeric.contains(column.name)
            html += "<th\(isNumber ? " class=\"num\"" : "")>\(Self.escape(headers[column.name] ?? column.name))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in result.rows {
            html += "<tr>"
            for (index, column) in result.columns.enumerated() {
                let isNumber = column.type == .real || column.type == .integer || numeric.contains(column.name)
                let value = index < row.count ? cell(row[index], column.name) : ""
                html += "<td\(isNumber ? " class=\"num\"" : "")>\(Self.escape(value))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>"
        body.append(html)
    }

    package func document() -> String {
        """
        <!DOCTYPE html>
        <html lang="\(Self.escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="chiso">
        <title>\(Self.escape(title))</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <main>
        \(body.joined(separator: "\n"))
        </main>
        </body>
        </html>

        """
    }

    static let style = """
        :root { color: #1a1a1a; background: #fff; font-family: 'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, 'Segoe UI', Helvetica, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; line-height: 1.45; }
        h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.2rem; margin: 1.8rem 0 .6rem; border-bottom: 1px solid #d9d9d9; }
        .meta { color: #595959; margin: 0 0 1rem; } .warning { color: #8a1c00; font-weight: bold; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { border-bottom: 1px solid #e0e0e0; padding: .3rem .45rem; text-align: left; vertical-align: top; }
        th { background: #f4f4f4; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        figure.chart { margin: 1rem 0; } figure.chart svg { max-width: 100%; height: auto; }
        figcaption { color: #595959; font-size: .85rem; }
        blockquote { margin: .3rem 0 .6rem 1rem; padding-left: .7rem; border-left: 3px solid #d9d9d9; color: #333; }
        .source { margin-bottom: 1rem; } .source a { color: #1f4e79; }
        @page { size: A4; margin: 15mm; }
        @media print {
          main { max-width: none; padding: 0; } h2 { break-after: avoid; }
          tr, figure.chart, .source { break-inside: avoid; } a { color: inherit; text-decoration: none; }
          .source a::after { content: " (" attr(href) ")"; font-size: .8em; }
        }
        """

    /// Text for HTML content and attributes.
    package static func escape(_ text: String) -> String { SVGCanvas.escape(text) }
}
