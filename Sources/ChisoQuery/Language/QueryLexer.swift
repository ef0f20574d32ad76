/// Splits query text into tokens. Positions are counted in characters so a caret lands under
/// the right letter of a Vietnamese name.
///
/// A comma between two digits with no space ("42,06") stays inside the word: it is the
/// Vietnamese decimal comma. Everywhere else a comma separates (select lists, `in (…)` lists).
struct QueryLexer {
    private static let symbolStarts: Set<Character> = ["(", ")", ",", "=", "!", "<", ">", "~"]

    static func tokens(of query: String) throws(QuerySyntaxError) -> [QueryToken] {
        let chars = Array(query)
        var tokens: [QueryToken] = []
        var i = 0
        func span(_ start: Int) -> QuerySpan { QuerySpan(offset: start, length: i - start) }
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                i += 1
            } else if c == "'" || c == "\"" {
                let start = i
                var text = ""
                i += 1
                var closed = false
                while i < chars.count {
                    if chars[i] == c {
                        // A doubled quote inside a string stands for one: 'Sở LĐTB''s'.
                        if i + 1 < chars.count, chars[i + 1] == c {
                            text.append(c)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    text.append(chars[i])
                    i += 1
                }
                guard closed else {
                    throw QuerySyntaxError("unclosed quote: expected a closing \(c) before the end of the query",
                                           at: QuerySpan(offset: start, length: 1), in: query)
                }
                tokens.append(QueryToken(kind: .quoted, text: text, span: span(start)))
            } else if symbolStarts.contains(c) {
                let start = i
                let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
                var symbol = String(c)
                if (c == "<" && (next == "=" || next == ">")) || (c == ">" && next == "=") || (c == "!" && next == "=") {
                    symbol.append(next ?? " ")
                    i += 2
                } else if c == "!" {
                    throw QuerySyntaxError("unexpected '!': expected '!=' (not equal) or the keyword not",
                                           at: QuerySpan(offset: start, length: 1), in: query)
                } else {
                    i += 1
                }
                tokens.append(QueryToken(kind: .symbol, text: symbol == "<>" ? "!=" : symbol, span: span(start)))
            } else {
                let start = i
                while i < chars.count {
                    let d = chars[i]
                    if d.isWhitespace || d == "'" || d == "\"" { break }
                    if d == ",", i > start, chars[i - 1].isASCIIDigit, i + 1 < chars.count, chars[i + 1].isASCIIDigit {
                        i += 1
                        continue
                    }
                    if symbolStarts.contains(d) { break }
                    i += 1
                }
                tokens.append(QueryToken(kind: .word, text: String(chars[start..<i]), span: span(start)))
            }
        }
        tokens.append(QueryToken(kind: .end, text: "", span: QuerySpan(offset: chars.count, length: 1)))
        return tokens
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
