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
enum PeriodPhraseReach {
    /// The last token up to `limit` a phrase holding token `t` can end at: the token before
    /// the first one after `t` no period phrase holds, else `limit`.
    static func lastEnd(from t: Int, upTo limit: Int, in text: ReportText) -> Int {
        var k = t + 1
        while k <= limit {
            if isOutside(text.tokens[k], chars: text.chars) { return k - 1 }
            k += 1
        }
        return limit
    }

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

extension TimePhraseScanner {
    /// Whether `phrase` may hold "ùng " or "ồng " in any case (what `withoutDayWord` looks for
    /// through Foundation, for every span it tries): their last letter before "ng " is ù, Ù, ồ,
    /// Ồ, or a combining grave accent when written decomposed; no other character folds to n or
    /// g in any case. False means Foundation would find neither.
    static func mayHoldDayWord(_ phrase: String) -> Bool {
        var found = false
        phrase.utf8.withContiguousStorageIfAvailable { b in
            var i = 2
            while i + 2 < b.count {
                // "ng " at i…i+2, after one of C3 B9, C3 99, CC 80, E1 BB 93, E1 BB 92.
                if b[i + 2] == 0x20, b[i] | 0x20 == 0x6E, b[i + 1] | 0x20 == 0x67 {
                    let x = b[i - 2], y = b[i - 1]
                    if (x == 0xC3 && (y == 0xB9 || y == 0x99)) || (x == 0xCC && y == 0x80)
                        || (i >= 3 && b[i - 3] == 0xE1 && x == 0xBB && (y == 0x93 || y == 0x92)) {
                        found = true
                        return
                    }
                }
                i += 1
            }
        } ?? { found = true }()
        return found
    }
}
