import ChisoDomain

/// How far a period phrase can reach in a text: up to the token before the next one no
/// period phrase holds (a word outside `Period.phraseWords`, a symbol outside
/// `Period.phraseSymbols`). `TimePhraseScanner` tries spans from the longest down; every span
/// past that token is a parse certain to fail, and they were most of extract's parsing.
///
/// A token counts as outside only when its fold here is certainly the fold `Period.parse`
/// makes of it: a word whose every character is one scalar of the fold table (Latin letters,
/// precomposed Vietnamese letters) folding to one ASCII letter, an ASCII symbol. Anything else
/// (a letter folding to two, a scalar outside the table) lets the span go on, as before.
struct PeriodPhraseReach {
    /// `next[i]`: the first token at or after `i` no period phrase holds, or the token count.
    private let next: [Int]

    init(_ text: ReportText) {
        var next = [Int](repeating: text.tokens.count, count: text.tokens.count)
        var first = text.tokens.count
        for i in text.tokens.indices.reversed() {
            if Self.isOutside(text.tokens[i], chars: text.chars) { first = i }
            next[i] = first
        }
        self.next = next
    }

    /// The last token a phrase holding token `t` can end at.
    func lastEnd(from t: Int) -> Int { next[t] - 1 }

    /// Whether no period phrase (nor the "mùng"/"mồng" extract drops from one) holds `token`.
    static func isOutside(_ token: ReportText.Token, chars: [Character]) -> Bool {
        switch token.kind {
        case .number:
            return false
        case .symbol:
            guard token.range.count == 1, let a = chars[token.range.lowerBound].asciiValue else { return false }
            return !Period.phraseSymbols.contains(Character(Unicode.Scalar(a)))
        case .word:
            let folded = token.folded
            guard !Period.phraseWords.contains(folded), folded != "mung", folded != "mong",
                  folded.utf8.allSatisfy({ (97...122).contains($0) }) else { return false }
            for c in chars[token.range] {
                let scalars = c.unicodeScalars
                guard scalars.count == 1, let v = scalars.first?.value,
                      v < 0x80 || (0xC0..<0x250).contains(v) || (0x1E00..<0x1F00).contains(v) else { return false }
            }
            return true
        }
    }
}
