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
    /// `semicolons[i]`: how many ';' tokens come before token `i`; `commas` counts ',' and ';'.
    /// Prefix counts, so "is there a ';' between these two figures" costs O(1) in a long sentence.
    private(set) var semicolons: [Int] = [0]
    private(set) var commas: [Int] = [0]

    init(_ text: String) {
        var foldedOf: [Character: Character] = [:]
        self.init(text, foldedOf: &foldedOf)
    }

    /// `foldedOf` remembers the folded form of each non-ASCII character across paragraphs:
    /// folding one character at a time was most of reading a paragraph, and a report has a
    /// few hundred distinct characters.
    init(_ text: String, foldedOf: inout [Character: Character]) {
        chars = Array(text)
        if foldedOf.count > 4096 { foldedOf.removeAll(keepingCapacity: true) }
        folded = chars.map { ch in
            if let a = ch.asciiValue {
                if ch.isSpaceQuick { return " " }
                return (65...90).contains(a) ? Character(Unicode.Scalar(a + 32)) : ch
            }
            if let hit = FoldTable.folded(ch) { return hit }
            if let hit = foldedOf[ch] { return hit }
            let c = FoldTable.fold(ch)
            foldedOf[ch] = c
            return c
        }
        tokenize()
        splitSentences()
        semicolons.reserveCapacity(tokens.count + 1)
        commas.reserveCapacity(tokens.count + 1)
        for token in tokens {
            let isSemicolon = token.kind == .symbol && token.folded == ";"
            let isComma = isSemicolon || (token.kind == .symbol && token.folded == ",")
            semicolons.append(semicolons[semicolons.count - 1] + (isSemicolon ? 1 : 0))
            commas.append(commas[commas.count - 1] + (isComma ? 1 : 0))
        }
    }

    /// Whether a ';' is among tokens `range` (clamped to the text).
    func hasSemicolon(in range: Range<Int>) -> Bool {
        let lo = max(0, range.lowerBound), hi = min(tokens.count, range.upperBound)
        return lo < hi && semicolons[hi] > semicolons[lo]
    }

    /// Whether a ',' or ';' is among tokens `range` (clamped to the text).
    func hasCommaOrSemicolon(in range: Range<Int>) -> Bool {
        let lo = max(0, range.lowerBound), hi = min(tokens.count, range.upperBound)
        return lo < hi && commas[hi] > commas[lo]
    }

    func text(_ range: Range<Int>) -> String { chars[range].string }
    func foldedText(_ range: Range<Int>) -> String { folded[range].string }

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
        var k = 0
        while k < words.count {
            guard word(i + k) == words[k] else { return false }
            k += 1
        }
        return true
    }

    /// Whether one of `phrases` starts at a token of `range` (`matches` at each): answered from
    /// prefix counts made at the first question about `phrases`, so a rule asking it for every
    /// figure of a sentence of thousands of figures reads the text once, not once per figure.
    func containsStart(ofAnyOf phrases: [[String]], in range: Range<Int>) -> Bool {
        let lo = max(0, range.lowerBound), hi = min(tokens.count, range.upperBound)
        guard lo < hi else { return false }
        let counts: [Int]
        if let known = phraseStarts.counts[phrases] {
            counts = known
        } else {
            var made = [0]
            made.reserveCapacity(tokens.count + 1)
            for t in tokens.indices {
                made.append(made[t] + (phrases.contains { matches($0, at: t) } ? 1 : 0))
            }
            if phraseStarts.counts.count < 64 { phraseStarts.counts[phrases] = made }
            counts = made
        }
        return counts[hi] > counts[lo]
    }

    /// The prefix counts `containsStart(ofAnyOf:in:)` made, by phrase list: a memo (it changes
    /// no answer), shared by the copies of one text.
    private final class PhraseStarts {
        var counts: [[[String]]: [Int]] = [:]
    }
    private let phraseStarts = PhraseStarts()

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
        // Sentences are in token order: the first one ending after `t`.
        let i = sentences.partitionPoint { $0.tokens.upperBound > t }
        return i < sentences.count && sentences[i].tokens.contains(t) ? sentences[i] : nil
    }

    // MARK: - Building

    /// Words are letter runs; numbers are digit runs with '.' or ',' between digits ("1.824",
    /// "42,06", "13.10.2023", "3,4"); every other visible character is a symbol.
    private mutating func tokenize() {
        var i = 0
        let n = chars.count
        while i < n {
            let c = chars[i]
            if c.isSpaceQuick { i += 1; continue }
            let start = i
            if c.isASCIIDigitChar {
                i += 1
                while i < n {
                    if chars[i].isASCIIDigitChar { i += 1; continue }
                    if (chars[i] == "." || chars[i] == ","), i + 1 < n, chars[i + 1].isASCIIDigitChar { i += 2; continue }
                    break
                }
                append(.number, start..<i)
            } else if c.isLetterQuick {
                i += 1
                while i < n, chars[i].isLetterQuick { i += 1 }
                append(.word, start..<i)
            } else {
                i += 1
                append(.symbol, start..<i)
            }
        }
    }

    private mutating func append(_ kind: Token.Kind, _ range: Range<Int>) {
        var f = folded[range].string
        // The dashes are not ASCII: an ASCII symbol skips the set (hashing a Character is slow).
        if kind == .symbol, range.count == 1, folded[range.lowerBound].asciiValue == nil, Self.dashes.contains(folded[range.lowerBound]) { f = "-" }
        tokens.append(Token(kind: kind, range: range, folded: f, capitalised: chars[range.lowerBound].isUppercaseQuick))
    }

    private static let dashes: Set<Character> = ["–", "—", "−", "‐"]

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
                // A line break: the one Character whose UTF-8 is the single byte 0A.
                if gap.contains(where: { $0.utf8.first == 0x0A && $0.utf8.count == 1 }) {
                    close(t)
                    paragraph += 1
                    continue
                }
            }
            guard tokens[t].kind == .symbol, tokens[t].folded.count == 1, let mark = tokens[t].folded.first, ".!?…".contains(mark) else { continue }
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

extension RandomAccessCollection {
    /// The first index where `isAfter` holds, for a predicate false then true along the
    /// collection (a binary search): `endIndex` when it never holds.
    func partitionPoint(where isAfter: (Element) -> Bool) -> Index {
        var lo = startIndex
        var count = distance(from: startIndex, to: endIndex)
        while count > 0 {
            let half = count / 2
            let mid = index(lo, offsetBy: half)
            if isAfter(self[mid]) {
                count = half
            } else {
                lo = index(after: mid)
                count -= half + 1
            }
        }
        return lo
    }
}

extension Collection<Character> {
    /// The characters as one String, built from their UTF-8 bytes: `String(chars)` appends
    /// one Character at a time, and the reading makes a String for every token and word. The
    /// bytes are written straight into the String (no array between; a word of up to 15 bytes
    /// needs no allocation at all).
    var string: String {
        var length = 0
        for c in self { length += c.asciiValue.map { $0 == 10 ? c.utf8.count : 1 } ?? c.utf8.count }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for c in self {
                if let a = c.asciiValue, a != 10 {
                    buffer[n] = a
                    n += 1
                } else {
                    for b in c.utf8 { buffer[n] = b; n += 1 }
                }
            }
            return n
        }
    }
}

extension Character {
    /// The reading classifies every character of a report several times; Unicode's property
    /// lookups (`isWhitespace`, `isLetter`, `isUppercase`) and Character comparison cost far
    /// more than a look at an ASCII byte, which most characters are, so these answer ASCII
    /// first and ask Unicode only for the rest (with the same answers).
    var isASCIIDigitChar: Bool { asciiValue.map { (48...57).contains($0) } ?? false }

    var isSpaceQuick: Bool {
        if let a = asciiValue { return a == 32 || (9...13).contains(a) }
        return isWhitespace
    }

    var isLetterQuick: Bool {
        if let a = asciiValue { return (65...90).contains(a) || (97...122).contains(a) }
        return isLetter
    }

    var isUppercaseQuick: Bool {
        if let a = asciiValue { return (65...90).contains(a) }
        return isUppercase
    }
}
