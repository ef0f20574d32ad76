import ChisoFormats
import ChisoStorage

/// The sources of the figures a page shows, each with the sentences its figures were read from,
/// so a reader checks a figure against the report without opening the database.
struct SourceQuotes {
    struct Entry {
        var source: SourceRecord
        /// (indicator name, period, quote), in the order shown.
        var quotes: [(indicator: String, period: String, quote: String)]
    }

    static func entries(ids: [String?], area: String?, indicators: Set<String>?, in database: Database) throws -> [Entry] {
        var order: [String] = []
        for case let id? in ids where !id.isEmpty && !order.contains(id) { order.append(id) }
        return try order.compactMap { id -> Entry? in
            guard let source = try database.sources.find(id) else { return nil }
            let rows = try database.connection.query("""
                SELECT indicator, indicator_name_vi, period, quote FROM observations_view
                WHERE source = ?1 AND (?2 IS NULL OR area_id = ?2) AND quote IS NOT NULL AND quote <> ''
                ORDER BY indicator, period_start, period_end
                """, [id, area])
            var quotes: [(String, String, String)] = []
            for row in rows {
                guard case .text(let code) = row[0], case .text(let name) = row[1], case .text(let period) = row[2],
                      case .text(let quote) = row[3] else { continue }
                if let indicators, !indicators.contains(code) { continue }
                if quotes.contains(where: { $0.2 == quote }) { continue }
                quotes.append((name, period, quote))
            }
            return Entry(source: source, quotes: quotes)
        }
    }

    /// The sources section of an HTML page.
    static func section(_ entries: [Entry], vietnamese: Bool, into page: inout HTMLPage) {
        page.heading(vietnamese ? "Nguồn và trích dẫn" : "Sources and quotes")
        for entry in entries {
            var html = "<div class=\"source\"><strong>\(HTMLPage.escape(entry.source.title))</strong> [\(HTMLPage.escape(entry.source.id))]"
            let details = [entry.source.publisher, entry.source.publishedOn].compactMap { $0 }.filter { !$0.isEmpty }
            if !details.isEmpty { html += " · " + HTMLPage.escape(details.joined(separator: ", ")) }
            if let url = entry.source.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
                html += "<br><a href=\"\(HTMLPage.escape(url))\">\(HTMLPage.escape(url))</a>"
            }
            for quote in entry.quotes {
                html += "<blockquote>«\(HTMLPage.escape(quote.quote))» <small>— \(HTMLPage.escape(quote.indicator)), \(HTMLPage.escape(quote.period))</small></blockquote>"
            }
            html += "</div>"
            page.raw(html)
        }
    }
}
