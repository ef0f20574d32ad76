import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso search TEXT`: passages of the source documents that contain the words, whatever
/// the diacritics ("so hoa ho so" finds "số hóa hồ sơ", "dat" finds "đạt"), best first.
///
/// The words are folded and sent to FTS5 as quoted strings, so nothing a user types is read
/// as FTS syntax (no "unterminated string" or "no such column" errors can surface). The
/// words are tried first as one phrase; when the phrase occurs nowhere, passages holding all
/// of the words are returned instead.
package struct SourceSearch {
    package var text: String
    package var limit: Int
    /// Characters of context around the first match in a long passage.
    package var snippetLength = 240

    package init(text: String, limit: Int = 20) {
        self.text = text
        self.limit = limit
    }

    package static let openMark = "«", closeMark = "»"

    package func run(_ database: Database) throws -> ResultSet {
        let words = FoldedTokens(text).tokens.map(\.folded)
        guard !words.isEmpty else {
            throw QueryError("nothing to search for in '\(text)'; give one or more words, e.g. chiso search \"số hóa hồ sơ\"")
        }
        guard limit > 0 else { throw QueryError("--limit must be at least 1, not \(limit)") }
        let titles = Dictionary(try database.sources.all().map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let phrase = "\"" + words.joined(separator: " ") + "\""
        var hits = try passages(matching: phrase, database)
        var marked: (FoldedTokens) -> [Range<Int>] = { $0.ranges(ofPhrase: words) }
        if hits.isEmpty, words.count > 1 {
            hits = try passages(matching: words.map { "\"\($0)\"" }.joined(separator: " "), database)
            let set = Set(words)
            marked = { $0.ranges(ofWords: set) }
        }
        var result = ResultSet(columns: [Column("source"), Column("title"), Column("passage", .integer), Column("snippet")])
        for hit in hits {
            let tokens = FoldedTokens(hit.text)
            result.rows.append([.text(hit.source), .text(titles[hit.source]), .integer(hit.number),
                                .text(snippet(tokens, marks: marked(tokens)))])
        }
        return result
    }

    private func passages(matching query: String, _ database: Database) throws(StorageError) -> [(source: String, number: Int64, text: String)] {
        try database.passages.matching(query, limit: limit)
    }

    /// The passage with each match between « and », cut to about `snippetLength`
    /// characters around the first match, with "…" where text was left out.
    func snippet(_ tokens: FoldedTokens, marks: [Range<Int>]) -> String {
        let characters = tokens.characters
        var from = 0, to = characters.count
        if characters.count > snippetLength, let first = marks.first {
            from = max(0, first.lowerBound - snippetLength / 3)
            while from > 0, !characters[from - 1].isWhitespace { from -= 1 }
            to = min(characters.count, from + snippetLength)
            while to < characters.count, !characters[to].isWhitespace { to += 1 }
        }
        var out = from > 0 ? "…" : ""
        var position = from
        for mark in marks where mark.lowerBound >= from && mark.upperBound <= to {
            out += String(characters[position..<mark.lowerBound])
            out += Self.openMark + String(characters[mark]) + Self.closeMark
            position = mark.upperBound
        }
        out += String(characters[position..<to])
        if to < characters.count { out += "…" }
        return out
    }
}
