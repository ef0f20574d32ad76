import ChisoDomain

/// Finds period phrases in a report by where they can start (the grammar's first words:
/// "năm", "tháng", "quý", "ngày", "giai đoạn", "N tháng đầu năm", "d/m/yyyy", "đến nay" …)
/// and lets `Period.parse` decide the longest span that is one period.
///
/// Phrases that omit the year ("Sáng 16/10") or lean on the writing date ("đến nay") are read
/// in a second pass, once the report's own dates give the year and the date it speaks from.
struct TimePhraseScanner {
    let text: ReportText

    /// Words that may precede a term and belong to the phrase ("tính đến", "đến hết", "trong").
    private static let fillers: [[String]] = [
        ["tinh", "den", "het"], ["tinh", "den"], ["den", "het"], ["cho", "den"], ["tinh", "toi"], ["den"], ["toi"],
        ["tinh", "rieng"], ["trong"], ["ke", "tu"], ["tinh", "tu"], ["tu"], ["trich", "xuat"], ["vao"],
        ["tai", "thoi", "diem"], ["thoi", "diem"],
    ]

    struct Result {
        var phrases: [TimePhrase]
        /// The latest day the report speaks of: what "đến nay" and undated figures mean.
        var asOf: CalendarDate?
        var year: Int?
    }

    func scan(defaultAsOf: CalendarDate?) -> Result {
        let probe = PeriodContext(year: 2000, asOf: try? CalendarDate(year: 2000, month: 1, day: 1))
        var spans: [(ClosedRange<Int>, String)] = []
        var t = 0
        while t < text.tokens.count {
            if canStart(t), let (range, phraseText) = longestPhrase(at: t, context: probe) {
                spans.append((range, phraseText))
                t = range.upperBound + 1
            } else {
                t += 1
            }
        }
        // Pass 1: phrases complete in themselves.
        var parsed: [Int: Period] = [:]
        for (k, span) in spans.enumerated() {
            if let p = try? Period.parse(span.1) { parsed[k] = p }
        }
        let dated = parsed.filter { isDatedWithinYear($0.value, phrase: spans[$0.key].1) }.map(\.value)
        let year = dated.map(\.end.year).max() ?? parsed.values.filter { $0.kind == .year }.map(\.end.year).max()
            ?? defaultAsOf?.year
        // Pass 2: phrases that only lack the year.
        for (k, span) in spans.enumerated() where parsed[k] == nil {
            if let p = try? Period.parse(span.1, context: PeriodContext(year: year)) { parsed[k] = p }
        }
        var asOf = defaultAsOf
        if asOf == nil {
            let nonBaseline = parsed.filter { !isBaseline(spans[$0.key].0) }
            asOf = nonBaseline.filter { isDatedWithinYear($0.value, phrase: spans[$0.key].1) }.map(\.value.end).max()
                ?? nonBaseline.values.filter { $0.kind == .year }.map(\.end).max()
        }
        // Pass 3: "đến nay", "hiện nay", "cùng kỳ": the writing date.
        if let asOf {
            for (k, span) in spans.enumerated() where parsed[k] == nil {
                if let p = try? Period.parse(span.1, context: PeriodContext(year: year, asOf: asOf)) { parsed[k] = p }
            }
        }
        var phrases: [TimePhrase] = []
        for (k, span) in spans.enumerated() {
            guard let period = parsed[k], let sentence = text.sentence(ofToken: span.0.lowerBound) else { continue }
            let leading = (sentence.tokens.lowerBound..<span.0.lowerBound).filter { text.tokens[$0].kind != .symbol }.count
            let sentenceWords = sentence.tokens.compactMap { text.word($0) }.joined(separator: " ")
            let isGoal = sentenceWords.contains("phan dau") || sentenceWords.contains("muc tieu")
            phrases.append(TimePhrase(tokens: span.0, period: period, isBaseline: isBaseline(span.0),
                                      isFraming: leading <= 3 && !isGoal, sentence: sentence.index,
                                      paragraph: sentence.paragraph, text: span.1))
        }
        return Result(phrases: phrases, asOf: asOf, year: year)
    }

    /// Days, months and spans inside one year ("30/9/2023", "tháng 9/2023", "9 tháng đầu năm
    /// 2023"): the dates a report is written from; whole years and multi-year programmes are not.
    /// "đến năm 2030" is a horizon, not a date the report was written on.
    private func isDatedWithinYear(_ p: Period, phrase: String) -> Bool {
        let words = VietnameseText.fold(phrase).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let endsWithYear = words.count >= 2 && words[words.count - 2] == "nam" && words.last?.count == 4
        return p.kind != .year && p.start.year == p.end.year && !(p.kind == .day && endsWithYear)
    }

    private func isBaseline(_ range: ClosedRange<Int>) -> Bool {
        text.matchesBefore(["so", "voi"], at: range.lowerBound)
    }

    /// The longest span starting at `t` (with the fillers before it, when they parse too) that
    /// `Period.parse` reads as one period.
    private func longestPhrase(at t: Int, context: PeriodContext) -> (ClosedRange<Int>, String)? {
        guard let sentence = text.sentence(ofToken: t) else { return nil }
        let lastToken = min(sentence.tokens.upperBound - 1, t + 10)
        var starts = [t]
        var s = t
        while let filler = Self.fillers.first(where: { text.matchesBefore($0, at: s) && s - $0.count >= sentence.tokens.lowerBound }) {
            s -= filler.count
            starts.insert(s, at: 0)
        }
        for start in starts {
            var end = lastToken
            while end >= t {
                let phrase = text.text(tokens: start, through: end)
                if let p = try? Period.parse(phrase, context: context), plausible(p) {
                    return (start...end, phrase)
                }
                end -= 1
            }
        }
        return nil
    }

    private func plausible(_ p: Period) -> Bool {
        (1945...2100).contains(p.start.year) && (1945...2100).contains(p.end.year)
    }

    /// The first words a period term can have in the grammar.
    private func canStart(_ t: Int) -> Bool {
        let tok = text.tokens[t]
        switch tok.kind {
        case .word:
            switch tok.folded {
            case "nam": return isYear(t + 1) || ["nay", "truoc", "ngoai"].contains(text.word(t + 1) ?? "")
            case "thang": return text.isNumber(t + 1)
            case "quy": return text.isNumber(t + 1) || ["i", "ii", "iii", "iv"].contains(text.word(t + 1) ?? "")
            case "ngay": return text.isNumber(t + 1)
            case "giai": return text.word(t + 1) == "doan"
            case "nhiem", "thoi": return text.word(t + 1) == "ky"
            case "dau", "cuoi": return ["nam", "thang", "quy"].contains(text.word(t + 1) ?? "")
            case "nua": return ["dau", "cuoi", "sau"].contains(text.word(t + 1) ?? "")
            case "hien": return ["nay", "tai"].contains(text.word(t + 1) ?? "")
            case "nay": return text.word(t - 1) == "den" || text.word(t - 1) == "toi"
            case "cung": return text.word(t + 1) == "ky"
            default: return false
            }
        case .number:
            let digits = tok.folded
            if text.word(t + 1) == "thang", ["dau", "cuoi", "nam"].contains(text.word(t + 2) ?? "") { return true }
            if isYear(t), text.symbol(t + 1) == "-", isYear(t + 2) { return true }
            if isDottedDate(digits) { return true }
            if digits.count <= 2, let d = Int(digits), (1...31).contains(d), let sep = text.symbol(t + 1), "/-".contains(sep),
               text.isNumber(t + 2), text.tokens[t + 2].folded.count <= 2, let m = Int(text.tokens[t + 2].folded), (1...12).contains(m) {
                if text.symbol(t + 3) == sep, isYear(t + 4) { return true }
                return text.tokens.indices.contains(t + 3) ? text.tokens[t + 3].kind != .word && text.symbol(t + 3) != "%" : true
            }
            return false
        case .symbol:
            return false
        }
    }

    private func isYear(_ t: Int) -> Bool {
        guard text.isNumber(t), text.tokens[t].folded.count == 4, let y = Int(text.tokens[t].folded) else { return false }
        return (1945...2100).contains(y)
    }

    /// "13.10.2023": day, month and a 4-digit year joined by dots in one number token.
    private func isDottedDate(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]),
              parts[0].count <= 2, parts[1].count <= 2 else { return false }
        return (1...31).contains(d) && (1...12).contains(m)
    }
}
