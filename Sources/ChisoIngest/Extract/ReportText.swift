import ChisoDomain

/// A decoded report as characters with a folded twin, its tokens, paragraphs and sentences.
///
/// Every step works on character offsets into the NFC text, so a quote is always an exact
/// substring of it; matching looks at the folded twin (no marks, lower case), so keywords
/// written "hoá"/"hóa" or in capitals match alike.
struct ReportText {
    struct Token {
        enum Kind: Equatable { case word, number, symbol }
        var kind: Kind
        /// Character offsets into `chars`.
        var range: Range<Int>
        /// Folded text of the token.
        var folded: String
        /// The token's first character is an upper-case letter in the original.
        var capitalised: Bool
    }

    /// A sentence: token indices, and the paragraph it belongs to.
    struct Sentence {
        var tokens: Range<Int>
        var paragraph: Int
        var index: Int
    }

    let chars: [Character]
    let folded: [Character]
    private(set) var tokens: [Token] = []
    private(set) var sentences: [Sentence] = []

    init(_ text: String) {
        chars = Array(text)
        folded = chars.map { ch in
            let f = VietnameseText.fold(String(ch))
            if f.count == 1, let c = f.first { return c }
            return ch.isWhitespace ? " " : ch
        }
        tokenize()
        splitSentences()
    }

    func text(_ range: Range<Int>) -> String { String(chars[range]) }
    func foldedText(_ range: Range<Int>) -> String { String(folded[range]) }

    /// The original text from token `a` through token `b` (inclusive).
    func text(tokens a: Int, through b: Int) -> String {
        text(tokens[a].range.lowerBound..<tokens[b].range.upperBound)
    }

    func word(_ i: Int) -> String? {
        guard tokens.indices.contains(i), tokens[i].kind == .word else { return nil }
        return tokens[i].folded
    }

    func symbol(_ i: Int) -> Character? {
        guard tokens.indices.contains(i), tokens[i].kind == .symbol else { return nil }
        return tokens[i].folded.first
    }

    func isNumber(_ i: Int) -> Bool { tokens.indices.contains(i) && tokens[i].kind == .number }

    /// Tokens `i…` spell `words` (folded, one word each).
    func matches(_ words: [String], at i: Int) -> Bool {
        words.enumerated().allSatisfy { word(i + $0.offset) == $0.element }
    }

    /// Tokens that end at `i - 1` spell `words`.
    func matchesBefore(_ words: [String], at i: Int) -> Bool {
        i - words.count >= 0 && matches(words, at: i - words.count)
    }

    /// Whether whitespace separates token `i` from the one before it.
    func spaceBefore(_ i: Int) -> Bool {
        guard i > 0, tokens.indices.contains(i) else { return true }
        return tokens[i - 1].range.upperBound < tokens[i].range.lowerBound
    }

    func sentence(ofToken t: Int) -> Sentence? {
        sentences.first { $0.tokens.contains(t) }
    }

    // MARK: - Building

    /// Words are letter runs; numbers are digit runs with '.' or ',' between digits ("1.824",
    /// "42,06", "13.10.2023", "3,4"); every other visible character is a symbol.
    private mutating func tokenize() {
        var i = 0
        let n = chars.count
        while i < n {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            let start = i
            if c.isASCIIDigitChar {
                i += 1
                while i < n {
                    if chars[i].isASCIIDigitChar { i += 1; continue }
                    if (chars[i] == "." || chars[i] == ","), i + 1 < n, chars[i + 1].isASCIIDigitChar { i += 2; continue }
                    break
                }
                append(.number, start..<i)
            } else if c.isLetter {
                i += 1
                while i < n, chars[i].isLetter { i += 1 }
                append(.word, start..<i)
            } else {
                i += 1
                append(.symbol, start..<i)
            }
        }
    }

    private mutating func append(_ kind: Token.Kind, _ range: Range<Int>) {
        var f = String(folded[range])
        if kind == .symbol, "–—−‐".contains(f) { f = "-" }
        tokens.append(Token(kind: kind, range: range, folded: f, capitalised: chars[range.lowerBound].isUppercase))
    }

    /// Sentences end at a line break, or at '.', '!', '?', '…' followed by a space; a title
    /// abbreviation before the dot ("TP. Huế", "ThS.") does not end one.
    private mutating func splitSentences() {
        var paragraph = 0
        var start = 0
        func close(_ end: Int) {
            if end > start { sentences.append(Sentence(tokens: start..<end, paragraph: paragraph, index: sentences.count)) }
            start = end
        }
        for t in tokens.indices {
            if t > 0 {
                let gap = chars[tokens[t - 1].range.upperBound..<tokens[t].range.lowerBound]
                if gap.contains("\n") {
                    close(t)
                    paragraph += 1
                    continue
                }
            }
            guard tokens[t].kind == .symbol, ".!?…".contains(tokens[t].folded) else { continue }
            let next = t + 1
            if next < tokens.count, !spaceBefore(next) { continue }
            if t > 0, tokens[t - 1].kind == .word, ["tp", "ths", "ts", "pgs", "gs"].contains(tokens[t - 1].folded) {
                continue
            }
            close(next)
        }
        close(tokens.count)
    }
}

extension Character {
    var isASCIIDigitChar: Bool { ("0"..."9").contains(self) }
}
