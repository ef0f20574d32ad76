/// Picks the indicator a figure most likely measures from the words of its sentence.
///
/// Every keyword occurrence scores its length, discounted by its distance in words from the
/// figure and halved again when another figure, or a "trong đó" breakdown, stands between
/// them: "có 1.824 TTHC, trong đó cấp tỉnh 1.476 TTHC" gives 1.476 to the provincial count,
/// not 1.824.
struct IndicatorGuesser {
    struct Guess: Equatable {
        var code: String
        var score: Double
    }

    let text: ReportText
    /// Codes of the catalogue in use: a rule for a code the database lacks never fires.
    let known: Set<String>

    /// Word positions of one sentence, for distances.
    private struct Words {
        var folded: [String]
        var tokenIndex: [Int]
    }

    func guess(_ figure: ScannedFigure, in sentence: ReportText.Sentence, others: [ScannedFigure]) -> Guess? {
        var words = Words(folded: [], tokenIndex: [])
        for t in sentence.tokens where text.tokens[t].kind != .symbol {
            words.folded.append(text.tokens[t].folded)
            words.tokenIndex.append(t)
        }
        let first = words.tokenIndex.firstIndex { $0 >= figure.tokens.lowerBound } ?? words.folded.count
        let afterFigure = words.tokenIndex.firstIndex { $0 > figure.tokens.upperBound } ?? words.folded.count
        var best: Guess?
        for rule in IndicatorKeywords.rules where known.contains(rule.code) && rule.shapes.contains(figure.shape) {
            for set in rule.sets {
                var total = 0.0
                var matchedAll = true
                for keyword in set {
                    guard let s = score(keyword, words: words, figureStart: first, afterFigure: afterFigure,
                                        figure: figure, others: others) else { matchedAll = false; break }
                    total += s
                }
                if matchedAll, total > (best?.score ?? 0) { best = Guess(code: rule.code, score: total) }
            }
        }
        return best
    }

    /// The best-scoring occurrence of `keyword` in the sentence, or nil when absent.
    private func score(_ keyword: String, words: Words, figureStart: Int, afterFigure: Int,
                       figure: ScannedFigure, others: [ScannedFigure]) -> Double? {
        let anchored = keyword.hasPrefix("@")
        let parts = (anchored ? String(keyword.dropFirst()) : keyword).split(separator: " ").map(String.init)
        guard !parts.isEmpty else { return nil }
        if anchored {
            guard afterFigure + parts.count <= words.folded.count,
                  Array(words.folded[afterFigure..<(afterFigure + parts.count)]) == parts else { return nil }
            return Double(keyword.count) * 1.5
        }
        var best: Double?
        var i = 0
        while i + parts.count <= words.folded.count {
            if Array(words.folded[i..<(i + parts.count)]) == parts {
                let end = i + parts.count - 1
                let distance: Int
                let lo: Int, hi: Int
                if end < figureStart {
                    distance = figureStart - end - 1
                    lo = words.tokenIndex[end]; hi = figure.tokens.lowerBound
                } else if i >= afterFigure {
                    distance = i - afterFigure
                    lo = figure.tokens.upperBound; hi = words.tokenIndex[i]
                } else {
                    i += 1
                    continue
                }
                var weight = 1.0 / (1.0 + Double(distance) / 6.0)
                if others.contains(where: { $0.tokens.lowerBound > lo && $0.tokens.upperBound < hi && !$0.isTarget }) { weight *= 0.4 }
                if i >= afterFigure, (afterFigure..<i).contains(where: { words.folded[$0] == "trong" && words.folded[$0 + 1] == "do" }) {
                    weight *= 0.4
                }
                if hasClauseBreak(between: lo, and: hi) { weight *= 0.6 }
                let s = Double(keyword.count) * weight
                if s > (best ?? 0) { best = s }
            }
            i += 1
        }
        return best
    }

    private func hasClauseBreak(between lo: Int, and hi: Int) -> Bool {
        guard lo + 1 < hi else { return false }
        return (lo + 1..<hi).contains { text.symbol($0) == ";" }
    }
}
