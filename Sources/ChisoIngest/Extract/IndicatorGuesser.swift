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
    /// The catalogue's rules (from its synonyms, measures and scales).
    let rules: IndicatorRules

    /// One sentence, read once for all its figures: its words with their token positions,
    /// where each keyword occurs, and its figures in order. Every question a figure asks is
    /// then a lookup or a binary search, so a sentence of N figures costs O(N log N), not N².
    final class Sentence {
        let range: ReportText.Sentence
        let folded: [String]
        let tokenIndex: [Int]
        /// The sentence's figures (non-overlapping, in order) that are not targets.
        let labelled: [ScannedFigure]
        /// Count and fraction figures, for "the count just before".
        let counts: [ScannedFigure]
        let others: [ScannedFigure]
        /// Word positions of each word, for finding keywords.
        private let positions: [String: [Int]]
        private var occurrences: [String: [Int]] = [:]
        /// `occurrences` of the catalogue's keywords by id (`CompiledRules`), and whether each
        /// keyword's first word is in the sentence at all (0 not asked yet, 1 yes, 2 no).
        private var keywordOccurrences: [[Int]?] = []
        private var keywordPresent: [UInt8] = []

        /// `abbreviations`: what the report spelled out ("hồ sơ (HS)"): a later "HS" reads as
        /// its words, on the abbreviation's token.
        init(_ range: ReportText.Sentence, figures: [ScannedFigure], text: ReportText, abbreviations: [String: [String]] = [:]) {
            self.range = range
            var folded: [String] = [], tokenIndex: [Int] = []
            var positions: [String: [Int]] = [:]
            for t in range.tokens where text.tokens[t].kind != .symbol {
                let word = text.tokens[t].folded
                for w in (text.tokens[t].kind == .word ? abbreviations[word] : nil) ?? [word] {
                    positions[w, default: []].append(folded.count)
                    folded.append(w)
                    tokenIndex.append(t)
                }
            }
            self.folded = folded
            self.tokenIndex = tokenIndex
            self.positions = positions
            others = figures
            labelled = figures.filter { !$0.isTarget }
            counts = figures.filter { $0.shape == .count || $0.shape == .fraction }
        }

        /// The indices the sentence names, in order: (last word position of the name, family).
        /// Whole indices only (not components), in order, and each family's last position: every
        /// figure's question is then a binary search, so a sentence stays O(N log N).
        private var mentionsCache: (whole: [(position: Int, family: Int)], last: [Int: Int])?

        func indexMentions(_ families: [IndexFamily]) -> (whole: [(position: Int, family: Int)], last: [Int: Int]) {
            if let hit = mentionsCache { return hit }
            var found: [(position: Int, family: Int)] = []
            var last: [Int: Int] = [:]
            for (f, family) in families.enumerated() {
                for name in family.names {
                    for p in occurrences(ofName: name) {
                        last[f] = max(last[f] ?? -1, p + name.count - 1)
                        if !family.isComponent { found.append((p + name.count - 1, f)) }
                    }
                }
            }
            found.sort { $0.position < $1.position || ($0.position == $1.position && $0.family < $1.family) }
            mentionsCache = (found, last)
            return (found, last)
        }

        /// `occurrences(of:key:)` keyed by the words joined, with the key made only when the
        /// first word is in the sentence (most names, asked of every sentence, are not).
        func occurrences(ofName parts: [String]) -> [Int] {
            guard let first = parts.first, positions[first] != nil else { return [] }
            return occurrences(of: parts, key: parts.joined(separator: " "))
        }

        /// `occurrences(of:key:)` of keyword `id` of `rules`.
        func occurrences(ofKeyword id: Int, in rules: CompiledRules) -> [Int] {
            if keywordOccurrences.isEmpty { keywordOccurrences = Array(repeating: nil, count: rules.keywords.count) }
            if let hit = keywordOccurrences[id] { return hit }
            let found = occurrences(of: rules.keywords[id].parts, key: rules.keywords[id].text)
            keywordOccurrences[id] = found
            return found
        }

        /// Whether the first word of keyword `id` occurs in the sentence: a keyword whose first
        /// word does not can score nowhere (before, after or anchored to a figure).
        func mayContain(keyword id: Int, in rules: CompiledRules) -> Bool {
            if keywordPresent.isEmpty { keywordPresent = Array(repeating: 0, count: rules.keywords.count) }
            switch keywordPresent[id] {
            case 1: return true
            case 2: return false
            default:
                let parts = rules.keywords[id].parts
                let present = !parts.isEmpty && positions[parts[0]] != nil
                keywordPresent[id] = present ? 1 : 2
                return present
            }
        }

        /// Word positions of one folded word, in order.
        func positions(of word: String) -> [Int] { positions[word] ?? [] }

        /// Word positions where `parts` starts, in order. A name opening with "bộ" does not start
        /// at the verb "công bố" ("Bộ Nội vụ công bố chỉ số này" names no "Bộ chỉ số").
        func occurrences(of parts: [String], key: String) -> [Int] {
            if let hit = occurrences[key] { return hit }
            let found = (positions[parts[0]] ?? []).filter { i in
                i + parts.count <= folded.count && (1..<parts.count).allSatisfy { folded[i + $0] == parts[$0] }
                    && !(parts.count > 1 && parts[0] == "bo" && i >= 1 && folded[i - 1] == "cong")
            }
            occurrences[key] = found
            return found
        }

        /// The first word at or after token `t`.
        func word(atOrAfter t: Int) -> Int { tokenIndex.partitionPoint { $0 >= t } }

        /// Whether a labelled figure lies strictly inside tokens (lo, hi).
        func figureBetween(_ lo: Int, _ hi: Int) -> Bool {
            let i = labelled.partitionPoint { $0.tokens.lowerBound > lo }
            return i < labelled.count && labelled[i].tokens.upperBound < hi
        }

        /// The first labelled figure starting after token `t`.
        func labelledFigure(after t: Int) -> ScannedFigure? {
            let i = labelled.partitionPoint { $0.tokens.lowerBound > t }
            return i < labelled.count ? labelled[i] : nil
        }
    }

    /// `topic`: the keywords (ids of `rules.compiled`) that name the index the report is
    /// speaking of; `topicComponents`: its components (indices of `rules.compiled.rules`). A
    /// component's synonym set that names the index ("Công khai, minh bạch + PAPI") is met there
    /// without the name in the sentence ("Chỉ số \"công khai, minh bạch\": năm 2019 đạt 5,46
    /// điểm" in a PAPI report), at a small score, when another of its keywords is there.
    func guess(_ figure: ScannedFigure, in words: Sentence, topic: Set<Int> = [], topicComponents: Set<Int> = []) -> Guess? {
        let first = words.word(atOrAfter: figure.tokens.lowerBound)
        let afterFigure = words.word(atOrAfter: figure.tokens.upperBound + 1)
        var best: Guess?
        let isChange = figure.change != nil
        let tailEnd = self.tailEnd(of: figure, in: words)
        let previousCount: ScannedFigure? = {
            let i = words.counts.partitionPoint { $0.tokens.upperBound >= figure.tokens.lowerBound }
            return i > 0 ? words.counts[i - 1] : nil
        }()
        // A score written over its maximum ("15,96/16 điểm") is an indicator with that maximum
        // (a component's points) or one whose maximum the catalogue does not fix, never the
        // score of an index out of another maximum; its own maximum weighs as a keyword would.
        let writtenMaximum = figure.shape == .score ? figure.figure.denominator : nil
        let compiled = rules.compiled
        let shapeBit = CompiledRules.bit(figure.shape)
        for r in compiled.rules.indices where compiled.rules[r].shapes & shapeBit != 0
            && compiled.rules[r].valueRange.map({ $0.contains(figure.value) }) ?? true
            && compiled.rules[r].isChange == isChange && (!isChange || compiled.rules[r].isRankChange == (figure.change == .places)) {
            let maximum = IndicatorRule.fits(writtenMaximum: writtenMaximum, scaleMax: compiled.rules[r].scaleMax)
            guard maximum.fits else { continue }
            let topic = topicComponents.contains(r) ? topic : []
            for set in compiled.rules[r].sets where set.allSatisfy({ words.mayContain(keyword: $0, in: compiled) || topic.contains($0) }) {
                var total = 0.0
                var matchedAll = true
                var matchedInSentence = false
                for keyword in set {
                    let found = score(keyword, words: words, figureStart: first, afterFigure: afterFigure,
                                      figure: figure, tailEnd: tailEnd, previousCount: previousCount)
                    if found != nil, !topic.contains(keyword) { matchedInSentence = true }
                    guard let s = found ?? (topic.contains(keyword) ? Self.topicKeywordScore : nil) else { matchedAll = false; break }
                    total += s
                }
                if !matchedInSentence { matchedAll = false }
                if matchedAll, maximum.own { total *= 1.5 }
                if matchedAll, total > (best?.score ?? 0) { best = Guess(code: compiled.rules[r].code, score: total) }
            }
        }
        guard var best else { return nil }
        if isRankTotal(figure) { return nil }
        best.code = namedIndex(best.code, figure: figure, in: words, first: first)
        if let family = rules.families.first(where: { $0.rank == best.code || $0.regionRank == best.code }) {
            best.code = family.scoped(best.code, figure: figure, text: text, sentence: words.range)
        }
        return best
    }

    /// What an index's name scores when the report's topic stands for it: little, so that it
    /// only decides between sets whose other words score alike.
    static let topicKeywordScore = 1.0

    /// "đứng thứ 2 trong 6 tỉnh", "đứng đầu 6 tỉnh Bắc Trung Bộ": the provinces a rank is
    /// among, not a count of anything the report measures (left for review).
    func isRankTotal(_ figure: ScannedFigure) -> Bool {
        guard figure.shape == .count, figure.change == nil, ["tinh", "dia", "bo"].contains(text.word(figure.tokens.upperBound + 1) ?? "") else { return false }
        let before = figure.tokens.lowerBound - 1
        if text.word(before) == "dau", ["dung", "dan", "xep"].contains(text.word(before - 1) ?? "") { return true }
        var k = before
        if text.word(k) == "so" { k -= 1 }
        guard text.word(k) == "trong" else { return false }
        // The rank right before: "thứ 2 trong 6 tỉnh".
        return text.isNumber(k - 1) && ["thu", "hang"].contains(text.word(k - 2) ?? "")
    }

    /// The index named in a figure's clause wins over one a keyword elsewhere suggests: "nâng
    /// cao chất lượng phục vụ người dân (a name of the Decision 766 index), năm 2023 chỉ số PAR
    /// INDEX của Nghệ An được xếp thứ 15" is the PAR Index rank. When the last index named
    /// before the figure (no ';' between) is another whole index than the guess's, and the
    /// guess's index is not named after it, the figure takes that index's member of the same
    /// role (rank for rank, value for value …).
    func namedIndex(_ code: String, figure: ScannedFigure, in words: Sentence, first: Int) -> String {
        let families = rules.families
        guard let x = families.firstIndex(where: { $0.role(of: code) != nil }), !families[x].isComponent,
              let role = families[x].role(of: code) else { return code }
        let mentions = words.indexMentions(families)
        let m = mentions.whole.partitionPoint { $0.position >= first }
        guard m > 0 else { return code }
        let last = mentions.whole[m - 1]
        guard last.family != x, (mentions.last[x] ?? -1) < last.position,
              !text.hasSemicolon(in: words.tokenIndex[last.position]..<figure.tokens.lowerBound),
              let other = families[last.family].member(role) else { return code }
        return other
    }

    /// The best-scoring occurrence of `keyword` in the sentence, or nil when absent.
    ///
    /// Occurrences are visited nearest first on each side of the figure, and a side stops when
    /// even an unpenalised occurrence that far could not beat the best so far: the result is
    /// the maximum over all occurrences, found without visiting the far ones.
    private func score(_ id: Int, words: Sentence, figureStart: Int, afterFigure: Int,
                       figure: ScannedFigure, tailEnd: Int, previousCount: ScannedFigure?) -> Double? {
        let entry = rules.compiled.keywords[id]
        let anchored = entry.anchored, parts = entry.parts
        guard !parts.isEmpty else { return nil }
        if anchored {
            if afterFigure + parts.count <= words.folded.count,
               words.folded[afterFigure..<(afterFigure + parts.count)].elementsEqual(parts) {
                return entry.length * 1.5
            }
            // "Số hồ sơ tiếp nhận trực tuyến là 5.230": the counted noun right after the "Số" of
            // the subject, when the figure follows "là"/"đạt" within its clause.
            guard figureStart >= 1, ["la", "dat"].contains(words.folded[figureStart - 1]) else { return nil }
            let starts = words.occurrences(ofKeyword: id, in: rules.compiled)
            let i = starts.partitionPoint { $0 >= figureStart } - 1
            guard i >= 0, starts[i] >= 1, words.folded[starts[i] - 1] == "so", figureStart - starts[i] <= 10,
                  !words.figureBetween(words.tokenIndex[starts[i]], figure.tokens.lowerBound),
                  !hasClauseBreak(between: words.tokenIndex[starts[i]], and: figure.tokens.lowerBound) else { return nil }
            return entry.length
        }
        let starts = words.occurrences(ofKeyword: id, in: rules.compiled)
        guard !starts.isEmpty else { return nil }
        var best: Double?
        func bound(_ distance: Int) -> Double { entry.length * (1.0 / (1.0 + Double(distance) / 6.0)) }
        // Before the figure: occurrences ending before its first word, nearest first.
        var b = starts.partitionPoint { $0 + parts.count - 1 >= figureStart } - 1
        while b >= 0 {
            let i = starts[b]
            let end = i + parts.count - 1
            let distance = figureStart - end - 1
            if let best, bound(distance) <= best { break }
            if let s = weigh(i, end: end, distance: distance, before: true, words: words, keyword: entry.length, figure: figure,
                             figureStart: figureStart, afterFigure: afterFigure, tailEnd: tailEnd, previousCount: previousCount),
               s > (best ?? 0) { best = s }
            b -= 1
        }
        // After the figure's own words.
        var a = starts.partitionPoint { $0 >= afterFigure }
        while a < starts.count {
            let i = starts[a]
            let distance = i - afterFigure
            if let best, bound(distance) <= best { break }
            if let s = weigh(i, end: i + parts.count - 1, distance: distance, before: false, words: words, keyword: entry.length,
                             figure: figure, figureStart: figureStart, afterFigure: afterFigure, tailEnd: tailEnd,
                             previousCount: previousCount),
               s > (best ?? 0) { best = s }
            a += 1
        }
        return best
    }

    /// The score of one occurrence (words `i...end`), nil when it labels a later figure.
    private func weigh(_ i: Int, end: Int, distance: Int, before: Bool, words: Sentence, keyword length: Double,
                       figure: ScannedFigure, figureStart: Int, afterFigure: Int, tailEnd: Int,
                       previousCount: ScannedFigure?) -> Double? {
        let lo: Int, hi: Int
        if before {
            lo = words.tokenIndex[end]; hi = figure.tokens.lowerBound
        } else {
            // Past the figure's own words, what follows describes the next figure.
            lo = figure.tokens.upperBound; hi = words.tokenIndex[i]
        }
        var weight = 1.0 / (1.0 + Double(distance) / 6.0)
        // "đứng thứ 12 về chính quyền số, thứ 13 về kinh tế số": "về …" right after a figure
        // says what it is.
        if !before, i == afterFigure + 1, words.folded[afterFigure] == "ve" { return length * 1.5 }
        if words.figureBetween(lo, hi) {
            // "giá trị DTI 0,8241, đứng đầu về 4 chỉ số chính gồm … hoạt động kinh tế số": past a
            // ',' and another figure, the words are that figure's.
            // (Not past a "trong đó" breakdown, whose parts share the words after them: "có
            // 1.824 TTHC, trong đó cấp tỉnh 1.476 TTHC; … đã được … công bố".)
            if !before, hi - lo < 60, text.hasCommaOrSemicolon(in: lo..<hi),
               !(lo..<hi).contains(where: { text.matches(["trong", "do"], at: $0) }) { return nil }
            weight *= 0.4
        }
        // "tổng điểm là 86,97, gồm: công khai, minh bạch được 15,67": past a ':' come its parts.
        if !before, hi - lo < 40, ((lo + 1)..<hi).contains(where: { text.symbol($0) == ":" }) { return nil }
        if hasClauseBreak(between: lo, and: hi) {
            // Past a ';', words that lead to a later figure of their clause are that figure's
            // ("giữ vị trí thứ 2; xét cả 3 trụ cột …, thành phố này đều xếp thứ 2/63").
            if !before, let later = words.labelledFigure(after: words.tokenIndex[end]),
               !text.hasSemicolon(in: words.tokenIndex[end]..<later.tokens.lowerBound) {
                return nil
            }
            weight *= 0.1
        }
        // "thấp hơn mức trung bình cả nước (82,66%)": words just before a figure in parentheses
        // name that figure.
        if !before, !figure.parenthesised, text.symbol(words.tokenIndex[end] + 1) == "(", words.labelledFigure(after: words.tokenIndex[end])?.tokens.lowerBound == words.tokenIndex[end] + 2 {
            return nil
        }
        // "chính quyền số … xếp thứ 3, kinh tế số xếp thứ 12": past a ',' the words leading into
        // the next figure of the clause (at most four words before it, no ';' between) are its
        // label, not this one's. (Not past a "và": "công an cấp huyện (13/13 đơn vị) và công an
        // cấp xã (216/216 đơn vị) đều …" shares its words.)
        if !before, text.hasCommaOrSemicolon(in: lo..<hi),
           let later = words.labelledFigure(after: words.tokenIndex[end]),
           !text.hasSemicolon(in: words.tokenIndex[end]..<later.tokens.lowerBound),
           words.word(atOrAfter: later.tokens.lowerBound) - (end + 1) <= 4 {
            return nil
        }
        // "đã tiếp nhận 4.210 hồ sơ và giải quyết được 3.980 hồ sơ": words that open a clause
        // of their own ("và", "nhưng", "còn" before them) and run into the next figure (at most
        // one word between) are its label, however near this one.
        // (Not between figures in parentheses: "công an cấp huyện (13/13 đơn vị) và công an cấp
        // xã (216/216 đơn vị) đều …" shares its words.)
        if !before, !figure.parenthesised, i >= 1, ["va", "nhung", "con"].contains(words.folded[i - 1]),
           let later = words.labelledFigure(after: words.tokenIndex[end]), !later.parenthesised,
           words.word(atOrAfter: later.tokens.lowerBound) - (end + 1) <= 1 {
            return nil
        }
        if !before, words.tokenIndex[end] >= tailEnd {
            // The words just before the next figure are its label, not this one's.
            if let later = words.labelledFigure(after: words.tokenIndex[end]),
               words.word(atOrAfter: later.tokens.lowerBound) - (end + 1) <= 4 {
                return nil
            }
            weight *= 0.15
        }
        // "22 tiêu chí tăng và 01 tiêu chí giảm": words after a count describe that count.
        if let previousCount, before, figure.shape == .count || figure.shape == .fraction,
           words.tokenIndex[i] > previousCount.tokens.upperBound,
           !text.hasCommaOrSemicolon(in: previousCount.tokens.upperBound..<words.tokenIndex[i]) {
            // "19.838 hồ sơ được tiếp nhận trực tuyến, 8.606 hồ sơ từ kỳ trước chuyển sang": a
            // list's ',' closes the earlier count's words; they are not the next count's.
            // (Only where the figure opens its list item: "Trong 10 chỉ số PCI thành phần, tỉnh
            // có 4 chỉ số tăng điểm" frames the 4 too.)
            let opensItem = figureStart >= 2 ? text.hasCommaOrSemicolon(in: words.tokenIndex[figureStart - 2]..<figure.tokens.lowerBound) : true
            if opensItem, text.hasCommaOrSemicolon(in: words.tokenIndex[end]..<figure.tokens.lowerBound) { return nil }
            weight *= 0.5
        }
        return length * weight
    }

    /// Where a figure's own words end: at the next figure, a ';', a "trong đó" breakdown or a
    /// new rate (", tỷ lệ …").
    private func tailEnd(of figure: ScannedFigure, in words: Sentence) -> Int {
        let sentence = words.range
        var k = figure.tokens.upperBound + 1
        let next = words.labelledFigure(after: figure.tokens.upperBound)?.tokens.lowerBound ?? sentence.tokens.upperBound
        while k < min(next, sentence.tokens.upperBound) {
            if text.symbol(k) == ";" || text.matches(["trong", "do"], at: k) { return k }
            if text.symbol(k) == ",", text.matches(["ty", "le"], at: k + 1) || text.matches(["chi", "so"], at: k + 1) { return k }
            k += 1
        }
        return min(next, sentence.tokens.upperBound)
    }

    private func hasClauseBreak(between lo: Int, and hi: Int) -> Bool {
        guard lo + 1 < hi else { return false }
        return text.hasSemicolon(in: (lo + 1)..<hi)
    }
}
