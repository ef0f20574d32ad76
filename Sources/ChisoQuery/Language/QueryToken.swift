/// Where a token sits in the query text, in characters, for carets under errors.
struct QuerySpan: Sendable, Equatable {
    var offset: Int
    var length: Int

    /// From the start of `self` to the end of `other`.
    func through(_ other: QuerySpan) -> QuerySpan {
        QuerySpan(offset: offset, length: other.offset + other.length - offset)
    }
}

/// One token of the query language.
struct QueryToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A run of characters that are not space, quote, parenthesis, comma or operator:
        /// a keyword, a field name, or part of a bare value.
        case word
        /// A '…' or "…" string; `text` holds its content without the quotes.
        case quoted
        /// `(`, `)`, `,`, `=`, `!=`, `<>`, `<`, `<=`, `>`, `>=`, `~`.
        case symbol
        case end
    }

    var kind: Kind
    var text: String
    var span: QuerySpan

    /// The keyword this word is, if any (keywords are case-insensitive).
    var keyword: QueryKeyword? {
        kind == .word ? QueryKeyword(rawValue: text.lowercased()) : nil
    }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }

    /// How the token reads in an error message.
    var quotedForMessage: String {
        switch kind {
        case .end: "the end of the query"
        case .quoted: "'\(text)'"
        default: "'\(text)'"
        }
    }
}

/// The reserved words. A bare value stops at any of them, so a value that contains one
/// (a name with "and" in it) must be quoted.
enum QueryKeyword: String, Sendable, CaseIterable {
    case select, `where`, order, by, asc, desc, limit
    case and, or, not, `in`, between, within, overlaps, latest
}
