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
        let isChange = figure.change != nil
        let tailEnd = self.tailEnd(of: figure, in: sentence, others: others)
        let previousCount = others.last { $0.tokens.upperBound < figure.tokens.lowerBound && ($0.shape == .count || $0.shape == .fraction) }
        for rule in IndicatorKeywords.rules where known.contains(rule.code) && rule.shapes.contains(figure.shape)
            && rule.valueRange.map({ $0.contains(figure.value) }) ?? true
            && rule.code.hasSuffix("_change") == isChange {
            for set in rule.sets {
                var total = 0.0
                var matchedAll = true
                for keyword in set {
                    guard let s = score(keyword, words: words, figureStart: first, afterFigure: afterFigure,
                                        figure: figure, others: others, tailEnd: tailEnd,
                                        previousCount: previousCount) else { matchedAll = false; break }
                    total += s
                }
                if matchedAll, total > (best?.score ?? 0) { best = Guess(code: rule.code, score: total) }
            }
        }
        return best
    }

    /// The best-scoring occurrence of `keyword` in the sentence, or nil when absent.
    private func score(_ keyword: String, words: Words, figureStart: Int, afterFigure: Int,
                       figure: ScannedFigure, others: [ScannedFigure], tailEnd: Int,
                       previousCount: ScannedFigure?) -> Double? {
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
                    // Past the figure's own words, what follows describes the next figure.
                    distance = i - afterFigure
                    lo = figure.tokens.upperBound; hi = words.tokenIndex[i]
                } else {
                    i += 1
                    continue
                }
                var weight = 1.0 / (1.0 + Double(distance) / 6.0)
                if others.contains(where: { $0.tokens.lowerBound > lo && $0.tokens.upperBound < hi && !$0.isTarget }) { weight *= 0.4 }
                if hasClauseBreak(between: lo, and: hi) { weight *= 0.1 }
                if i >= afterFigure, words.tokenIndex[end] >= tailEnd {
                    // The words just before the next figure are its label, not this one's.
                    let labelsLater = others.contains { later in
                        guard later.tokens.lowerBound > words.tokenIndex[end], !later.isTarget else { return false }
                        let gap = words.tokenIndex.filter { $0 > words.tokenIndex[end] && $0 < later.tokens.lowerBound }.count
                        return gap <= 4
                    }
                    if labelsLater { i += 1; continue }
                    weight *= 0.15
                }
                // "22 tiêu chí tăng và 01 tiêu chí giảm": words after a count describe that count.
                if let previousCount, end < figureStart, figure.shape == .count || figure.shape == .fraction,
                   words.tokenIndex[i] > previousCount.tokens.upperBound,
                   !(previousCount.tokens.upperBound..<words.tokenIndex[i]).contains(where: { text.symbol($0) == "," || text.symbol($0) == ";" }) {
                    weight *= 0.5
                }
                let s = Double(keyword.count) * weight
                if s > (best ?? 0) { best = s }
            }
            i += 1
        }
        return best
    }

    /// Where a figure's own words end: at the next figure, a ';', a "trong đó" breakdown or a
    /// new rate (", tỷ lệ …").
    private func tailEnd(of figure: ScannedFigure, in sentence: ReportText.Sentence, others: [ScannedFigure]) -> Int {
        var k = figure.tokens.upperBound + 1
        let next = others.first { $0.tokens.lowerBound > figure.tokens.upperBound && !$0.isTarget }?.tokens.lowerBound ?? sentence.tokens.upperBound
        while k < min(next, sentence.tokens.upperBound) {
            if text.symbol(k) == ";" || text.matches(["trong", "do"], at: k) { return k }
            if text.symbol(k) == ",", text.matches(["ty", "le"], at: k + 1) || text.matches(["chi", "so"], at: k + 1) { return k }
            k += 1
        }
        return min(next, sentence.tokens.upperBound)
    }

    private func hasClauseBreak(between lo: Int, and hi: Int) -> Bool {
        guard lo + 1 < hi else { return false }
        return (lo + 1..<hi).contains { text.symbol($0) == ";" }
    }
}
