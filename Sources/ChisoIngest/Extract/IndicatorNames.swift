import ChisoDomain
import ChisoStorage

/// The catalogue's indicators as their names describe them, for the figures no synonym
/// labels: "đứng thứ 29" after "trụ cột chính quyền số" is closest to "Xếp hạng Chính quyền
/// số (DTI)". Every indicator takes part (synonyms or not), so one a user adds is found by its
/// name alone.
struct IndicatorName: Sendable {
    var code: String
    var shapes: Set<ScannedFigure.Shape>
    var valueRange: ClosedRange<Double>?
    var isChange: Bool
    var isRankChange = false
    /// The catalogue's maximum of a score: a figure written over another is not this one.
    var scaleMax: Double? = nil
    /// The distinctive folded words of the Vietnamese name (no function words, no words every
    /// indicator of a measure shares such as "tỷ lệ" or "xếp hạng").
    var words: [String]
    /// Two words the name holds side by side, at least one distinctive ("đất đai", "xã hội",
    /// "trễ hạn"): one of them must stand in the sentence as written, so scattered syllables
    /// ("chuyên đề … án") do not make a name.
    var pairs: [[String]] = []
    /// Every folded word of the name: a count names what it counts right after the number
    /// ("2 cơ quan"), and that noun must be the name's ("Số đơn vị …" is not a count of cơ quan).
    var allWords: Set<String> = []
}

extension IndicatorName {
    /// Words that say nothing about which indicator a figure measures: grammar, and the words
    /// of the measure itself (the figure's shape already says rank, share, score).
    static let unspecific: Set<String> = [
        "ty", "le", "xep", "hang", "chi", "so", "diem", "thu", "cua", "va", "cac", "duoc", "tren", "theo", "trong",
        "voi", "tong", "muc", "do", "la", "co", "cho", "ve", "tai", "thay", "doi", "tang", "giam", "nam", "bo",
        "nhom", "cap", "nhung", "mot", "phan", "thanh", "phan", "hoac", "khong", "da",
    ]

    static func pairs(ofName name: String) -> [[String]] {
        let all = FoldedTokens(name).tokens.map(\.folded).filter { !$0.allSatisfy(\.isNumber) }
        guard all.count >= 2 else { return [] }
        return (0..<(all.count - 1)).map { [all[$0], all[$0 + 1]] }
            .filter { !(unspecific.contains($0[0]) && unspecific.contains($0[1])) }
    }

    static func words(ofName name: String) -> [String] {
        var seen: Set<String> = []
        return FoldedTokens(name).tokens.map(\.folded).filter { w in
            w.count >= 2 && !w.allSatisfy(\.isNumber) && !unspecific.contains(w) && seen.insert(w).inserted
        }
    }
}

extension IndicatorGuesser {
    /// The indicators whose names best describe a figure, best first: each distinctive name
    /// word found in the figure's clause scores by its nearness, scaled by the share of the
    /// name's words found. At least two words must be found.
    func closest(_ figure: ScannedFigure, in words: Sentence, limit: Int = 2) -> [Guess] {
        let first = words.word(atOrAfter: figure.tokens.lowerBound)
        let after = words.word(atOrAfter: figure.tokens.upperBound + 1)
        let isChange = figure.change != nil
        let countedNoun = (figure.shape == .count || figure.shape == .fraction) && after < words.folded.count
            ? words.folded[after] : nil
        var nearest: [String: Double] = [:]
        func weight(of w: String) -> Double {
            if let hit = nearest[w] { return hit }
            var best = 0.0
            for i in words.positions(of: w) {
                let distance = i < first ? first - i - 1 : max(0, i - after)
                guard distance <= 12 else { continue }
                var weight = 1.0 / (1.0 + Double(distance) / 4.0)
                let lo = i < first ? words.tokenIndex[i] : figure.tokens.upperBound
                let hi = i < first ? figure.tokens.lowerBound : words.tokenIndex[i]
                if text.hasSemicolon(in: min(lo, hi)..<max(lo, hi)) { weight *= 0.2 }
                if i >= after { weight *= 0.7 }
                best = max(best, weight)
            }
            nearest[w] = best
            return best
        }
        /// Whether a name's measure fits the figure: its shape, change kind, value range and
        /// written maximum (a guess and the reviewer's nearest names both need this).
        func measureFits(_ name: IndicatorName) -> Bool {
            name.shapes.contains(figure.shape) && name.isChange == isChange
                && (!isChange || name.isRankChange == (figure.change == .places))
                && name.valueRange.map({ $0.contains(figure.value) }) ?? true && !name.words.isEmpty
                && IndicatorRule.fits(writtenMaximum: figure.shape == .score ? figure.figure.denominator : nil, scaleMax: name.scaleMax).fits
        }
        /// How many of a name's words are near the figure, and its score: their weights, scaled
        /// by the square root of the share of the name found.
        func wordScore(_ name: IndicatorName) -> (found: Int, score: Double) {
            var found = 0
            var total = 0.0
            for w in name.words {
                let s = weight(of: w)
                if s > 0 { found += 1; total += s }
            }
            return (found, total * (Double(found) / Double(name.words.count)).squareRoot())
        }
        // The counted noun names what is counted, not which count it is: "590 hồ sơ" fits every
        // count of dossiers and "53 địa phương" every count of provinces, so the name must also
        // be found apart from it (a pair elsewhere, a word beyond the noun's).
        let nounWords: Set<String> = countedNoun == nil ? [] : Set(words.folded[after..<min(after + 2, words.folded.count)])
        func pairOutsideNoun(_ pair: [String]) -> Bool {
            words.positions(of: pair[0]).contains { p in
                words.folded.indices.contains(p + 1) && words.folded[p + 1] == pair[1] && (countedNoun == nil || p != after)
            }
        }
        var guesses: [Guess] = []
        for name in rules.names where measureFits(name)
            && (countedNoun.map { name.allWords.contains($0) } ?? true)
            && name.pairs.contains(where: pairOutsideNoun) {
            let (found, score) = wordScore(name)
            guard found >= 2, name.words.filter({ weight(of: $0) > 0 && !nounWords.contains($0) }).count >= 1 else { continue }
            guesses.append(Guess(code: name.code, score: score))
        }
        guesses.sort { $0.score > $1.score || ($0.score == $1.score && $0.code < $1.code) }
        guesses = Array(guesses.prefix(limit))
        guard guesses.count < limit else { return guesses }
        // Fewer than `limit` names pass: the reviewer is still shown the nearest ones whose
        // measure fits, by any one name word near the figure, with a score of 0, so they are
        // named in the note and never taken as the figure's indicator.
        var loose: [Guess] = []
        let taken = Set(guesses.map(\.code))
        for name in rules.names where !taken.contains(name.code) && measureFits(name) {
            let (found, score) = wordScore(name)
            guard found >= 1 else { continue }
            loose.append(Guess(code: name.code, score: score))
        }
        loose.sort { $0.score > $1.score || ($0.score == $1.score && $0.code < $1.code) }
        return guesses + loose.prefix(limit - guesses.count).map { Guess(code: $0.code, score: 0) }
    }
}
