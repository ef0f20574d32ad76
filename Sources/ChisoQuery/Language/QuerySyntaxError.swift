import ChisoDomain
import Foundation

/// A query that cannot be read or does not make sense, with where: the message is one line,
/// and `pointer` shows the query with a caret under the offending token, as compilers do.
///
/// Raised both by the parser (a missing value, an unclosed parenthesis) and by the compiler
/// (an unknown indicator, a period that cannot be read), so a user sees one kind of error
/// whatever went wrong.
package struct QuerySyntaxError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    package let message: String
    package let query: String
    /// Where the offending token starts, in characters from the start of the query (0-based).
    package let offset: Int
    /// How many characters the token spans (at least 1; a missing token points past the end).
    package let length: Int

    package init(_ message: String, query: String, offset: Int, length: Int) {
        self.message = message.escapingControlCharacters
        self.query = query
        self.offset = max(0, offset)
        self.length = max(1, length)
    }

    init(_ message: String, at span: QuerySpan, in query: String) {
        self.init(message, query: query, offset: span.offset, length: span.length)
    }

    /// The 1-based column of the caret, as people count it.
    package var column: Int { offset + 1 }

    package var description: String { message }
    package var errorDescription: String? { message }

    /// Two lines: the query (indented, on one line) and carets under the offending token,
    /// placed by terminal width so Vietnamese letters before it do not shift the caret.
    /// A long query shows only `context` characters either side of the token, with "…".
    package var pointer: String {
        let flat = query.map { c -> Character in
            c.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" } ? " " : c
        }
        let context = 60
        let at = min(offset, flat.count)
        let tokenEnd = min(at + length, flat.count, at + context)
        let from = max(0, at - context)
        let to = min(flat.count, tokenEnd + context)
        let head = from > 0 ? "…" : ""
        let tail = to < flat.count ? "…" : ""
        let prefix = head + String(flat[from..<at])
        let token = String(flat[at..<tokenEnd])
        let indent = VietnameseText.displayWidth(prefix)
        let width = max(1, VietnameseText.displayWidth(token))
        return "  " + prefix + token + String(flat[tokenEnd..<to]) + tail
            + "\n  " + String(repeating: " ", count: indent) + String(repeating: "^", count: width)
    }
}
