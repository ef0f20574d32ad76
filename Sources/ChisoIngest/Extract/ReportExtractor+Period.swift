import ChisoDomain

/// Where a figure's period comes from: its sentence, its paragraph, the report's subject period,
/// the latest date the report names; a level a movement started from, its baseline.
extension ReportExtractor {
    /// The period phrases a figure's period can come from: its sentence's (in order), the
    /// last of an earlier sentence of its paragraph, the last that opened an earlier sentence.
    struct PeriodContextOfSentence {
        var own: [TimePhrase]
        var baselines: [TimePhrase]
        var lastInParagraph: TimePhrase?
        var lastFraming: TimePhrase?
        /// The last "so với …" of an earlier sentence of the paragraph: where a "từ A lên B"
        /// of the next sentence started from.
        var lastBaselineInParagraph: TimePhrase?
        /// Phrases right after a level a movement started from ("từ 90,30% của năm 2021 …").
        var fromLevelOwn: [TimePhrase] = []
        /// Phrases that date one figure only, by the figure's first token (see `boundPhrases`).
        var bound: [Int: TimePhrase] = [:]
        /// Reporting windows in parentheses after a named period, by the named phrase's first token.
        var windows: [Int: TimePhrase] = [:]
        /// In a sentence opened by "Sau sáp nhập, …": the day an earlier sentence of the
        /// paragraph named (the merger's effective day), the period of its undated figures.
        var mergerDay: TimePhrase?

        init(phrases: [TimePhrase], lastInParagraph: TimePhrase?, lastFraming: TimePhrase?) {
            own = phrases.filter { !$0.isBaseline && !$0.isDateline }
            baselines = phrases.filter(\.isBaseline)
            self.lastInParagraph = lastInParagraph
            self.lastFraming = lastFraming
        }
    }

    enum PeriodSource { case none, sentence, paragraph, framing, document, option }

    /// "cao hơn quý III là 1,2%" of a figure for quý IV/2024, "so với tháng 12" of one for
    /// January 2025: a baseline that names no year is in the figure's year, or the year before
    /// when that would put it after the figure.
    func anchorBaseline(_ d: inout Draft) {
        guard let phrase = d.baselinePhrase, !d.baselineIsSameTime, let p = d.period,
              !phrase.split(whereSeparator: { !$0.isNumber }).contains(where: { $0.count == 4 }) else { return }
        for year in [p.start.year, p.start.year - 1] {
            if let b = try? Period.parse(phrase, context: PeriodContext(year: year)), b.start < p.start {
                d.baseline = b
                return
            }
        }
    }

    /// "đạt 85,16 điểm (tuần trước 84,43 điểm)", "(tháng trước 91,2%)": a level given in
    /// parentheses for the term before the report's is of the week (month) before the period
    /// its sentence gives: a day 7 days earlier, the month before.
    func previousTerm(_ d: inout Draft, text: ReportText) {
        let t = d.figure.tokens.lowerBound
        guard d.figure.change == nil, text.word(t - 1) == "truoc", text.symbol(t - 3) == "(", let p = d.period else { return }
        let unit = text.word(t - 2)
        if unit == "tuan", p.kind == .day {
            d.period = Period(day: p.start.adding(days: -7))
        } else if unit == "thang", p.kind == .month {
            let m = p.start.year * 12 + p.start.month - 2
            guard let before = try? Period.month(m % 12 + 1, of: m / 12) else { return }
            d.period = before
        } else {
            return
        }
        d.notes.append("period: '\(unit == "tuan" ? "tuần" : "tháng") trước', the \(unit == "tuan" ? "week" : "month") before \(p.code)")
    }

    func resolvePeriod(_ d: inout Draft, context: PeriodContextOfSentence, times: TimePhraseScanner.Times,
                       options: Options, text: ReportText? = nil) {
        let f = d.figure
        // Phrases are in token order and do not overlap: the nearest before or after a figure
        // is a binary search away.
        func last(_ phrases: [TimePhrase], endingBelow t: Int) -> TimePhrase? {
            let i = phrases.partitionPoint { $0.tokens.upperBound >= t }
            return i > 0 ? phrases[i - 1] : nil
        }
        func first(_ phrases: [TimePhrase], startingAbove t: Int) -> TimePhrase? {
            let i = phrases.partitionPoint { $0.tokens.lowerBound > t }
            return i < phrases.count ? phrases[i] : nil
        }
        // Baseline: "so với …" after the figure, else anywhere in the sentence.
        let baselines = context.baselines
        let baselinePhrase = first(baselines, startingAbove: f.tokens.upperBound) ?? last(baselines, endingBelow: f.tokens.lowerBound)
        if f.change != nil {
            d.baseline = baselinePhrase?.period
            d.baselinePhrase = baselinePhrase?.text
            d.baselineIsSameTime = baselinePhrase.map {
                VietnameseText.fold($0.text).filter { $0.isLetter || $0 == " " }.trimmingCharacters(in: .whitespaces).hasSuffix("cung ky")
            } ?? false
        }
        // "(năm 2014 chỉ đạt 76,99%)", "vị trí thứ 5 của năm 2023": its own phrase.
        if let p = context.bound[f.tokens.lowerBound] {
            d.date(by: p, how: .sentence)
            return
        }
        // "so với năm 2022 (697.55 điểm)", "so với kỳ đánh giá ngày 10/10/2025, khi tỉnh đạt 90,34
        // điểm": the level the change started from.
        if f.change == nil, let b = last(baselines, endingBelow: f.tokens.lowerBound - 1),
           f.parenthesised && b.tokens.upperBound == f.tokens.lowerBound - 2
            || text.map({ Self.levelOfBaseline(from: b.tokens.upperBound + 1, to: f.tokens.lowerBound, text: $0) }) ?? false {
            d.period = b.period
            d.periodHow = .sentence
            d.isBaselineLevel = true
            return
        }
        if f.isFromLevel {
            // "từ mức 90,30% của năm 2021 xuống còn 82,18%": its own period right after it, else
            // the baseline of the sentence or paragraph, else the year before the figure's.
            if let p = first(context.fromLevelOwn, startingAbove: f.tokens.upperBound), p.tokens.lowerBound - f.tokens.upperBound <= 2 {
                d.date(by: p, how: .sentence)
                return
            }
            if let b = baselinePhrase ?? context.lastBaselineInParagraph {
                d.period = b.period
                d.periodHow = .sentence
                d.notes.append("the level it moved from: dated to the baseline '\(b.text)'")
                return
            }
            var level = d
            level.figure.isFromLevel = false
            resolvePeriod(&level, context: context, times: times, options: options, text: text)
            if let p = level.period, p.kind == .year, let before = try? Period.year(p.start.year - 1) {
                d.period = before
                d.periodHow = level.periodHow
                d.notes = level.notes + ["the level it moved from: the year before \(p.code)"]
                return
            }
        }
        // A time set against the report's after the figure ("đứng thứ 12/63, trong khi năm 2022
        // tỉnh chỉ xếp thứ 28/63") is the later clause's, not the figure's.
        let after = first(context.own, startingAbove: f.tokens.upperBound).flatMap { $0.isContrast ? nil : $0 }
        if let p = last(context.own, endingBelow: f.tokens.lowerBound) ?? after {
            d.date(by: p, how: .sentence)
            if let month = Self.nextMonthInSequence(p, own: context.own) {
                d.period = month
                d.notes.append("period: '\(p.text)' after another month of the sentence is that month, not its last day")
            }
            if let w = context.windows[p.tokens.lowerBound] {
                d.notes.append("period: the named \(p.period.code); its reporting window is \(w.period.code) ('\(String(w.text.reversed().drop { "),; ".contains($0) }.reversed())))')")
            }
            // "Phấn đấu đến năm 2025", "đặt mục tiêu đến hết năm 2021 tỉnh tăng 10 bậc": a goal's
            // deadline is its year, not the year's last day.
            if f.isTarget || p.isGoal, p.period.kind == .day, p.period.end.month == 12, p.period.end.day == 31,
               let year = try? Period.year(p.period.end.year) {
                d.period = year  // "Phấn đấu đến năm 2025": a goal for the year.
            }
            return
        }
        // "… chính thức hoạt động từ ngày 1/7/2025. Sau sáp nhập, tỉnh có 148 đơn vị hành chính
        // cấp xã": the merged unit's figures are of the day it took effect, not the report's year.
        if let p = context.mergerDay {
            d.date(by: p, how: .paragraph, note: "period inferred: after the merger, '\(p.text)' earlier in the paragraph")
            return
        }
        if f.change != nil, let p = context.lastInParagraph {
            d.date(by: p, how: .paragraph, note: "period inferred: '\(p.text)' earlier in the paragraph")
            return
        }
        if let p = context.lastFraming {
            d.date(by: p, how: .framing, note: "period inferred: '\(p.text)' in an earlier sentence")
            return
        }
        if let given = options.defaultPeriod {
            d.period = given
            d.periodHow = .option
            d.notes.append("period from --period")
        } else if let latest = times.latest {
            // A quarter's (month's) report: its undated figures are the quarter's.
            d.period = latest
            d.periodHow = .document
            d.notes.append("period inferred: no date in the sentence; the latest period the report names is \(latest.code)")
        } else if let asOf = times.asOf {
            d.period = Period(day: asOf)
            d.periodHow = .document
            d.notes.append("period inferred: no date in the sentence; the latest date the report names is \(asOf)")
        }
    }
}

extension ReportExtractor {
    /// Numbers written as words, folded ("ba" 3, "sáu" 6, "mười" 10).
    static let numberWords: [String: Int] = [
        "mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
    ]

    /// "Ba tháng sau, …", "2 tháng sau đó, …" opening a sentence: the month that many months
    /// after `day` (the last day the report named before), as a framing phrase; nil otherwise.
    func monthsLater(_ sentence: ReportText.Sentence, text: ReportText, after day: TimePhrase?) -> TimePhrase? {
        guard let day else { return nil }
        let k = sentence.tokens.lowerBound
        let count: Int?
        if text.isNumber(k) { count = Int(text.tokens[k].folded) } else { count = text.word(k).flatMap { Self.numberWords[$0] } }
        guard let n = count, n >= 1, n <= 24, text.word(k + 1) == "thang", text.word(k + 2) == "sau" else { return nil }
        var last = k + 2
        if text.word(last + 1) == "do" { last += 1 }
        guard text.symbol(last + 1) == "," else { return nil }
        let months = day.period.end.year * 12 + (day.period.end.month - 1) + n
        guard let period = try? Period.month(months % 12 + 1, of: months / 12) else { return nil }
        let words = text.text(tokens: k, through: last)
        return TimePhrase(tokens: k...last, period: period, isBaseline: false, isFraming: true,
                          sentence: sentence.index, paragraph: sentence.paragraph, text: words)
    }

    /// A sentence opened by "Hai năm sau,", "3 tháng sau đó,", "Một năm sau,": it leaps in time.
    func opensLater(_ sentence: ReportText.Sentence, text: ReportText) -> Bool {
        let k = sentence.tokens.lowerBound
        guard text.isNumber(k) || text.word(k).flatMap({ Self.numberWords[$0] }) != nil,
              ["nam", "thang", "quy"].contains(text.word(k + 1) ?? ""), text.word(k + 2) == "sau" else { return false }
        return text.symbol(k + 3) == "," || (text.word(k + 3) == "do" && text.symbol(k + 4) == ",")
    }

    /// A sentence opened by "Sau (khi) sáp nhập", "Sau hợp nhất", "Sau sắp xếp": it speaks of
    /// the merged unit as of the merger.
    func opensAfterMerger(_ sentence: ReportText.Sentence, text: ReportText) -> Bool {
        var k = sentence.tokens.lowerBound
        guard text.word(k) == "sau" else { return false }
        k += 1
        if text.word(k) == "khi" { k += 1 }
        return text.matches(["sap", "nhap"], at: k) || text.matches(["hop", "nhat"], at: k) || text.matches(["sap", "xep"], at: k)
    }

    /// ", khi tỉnh đạt …", ", lúc đạt …", "(chỉ đạt …" right after a baseline phrase (which may
    /// have taken the ',' in): the words `from..<to` lead to the level of the baseline's time.
    static func levelOfBaseline(from: Int, to: Int, text: ReportText) -> Bool {
        var k = from
        if text.symbol(k) == "," { k += 1 } else if text.symbol(k - 1) != "," && text.symbol(k) != "(" { return false }
        if text.symbol(k) == "(" {
            k += 1
        } else {
            guard ["khi", "luc"].contains(text.word(k) ?? "") else { return false }
            k += 1
        }
        return to - k <= 4 && (k..<max(k, to)).allSatisfy { text.word($0) != nil }
    }

    /// What `boundPhrases` finds: phrases that date one figure each, and the phrases that date
    /// no other figure of the sentence (those, and a year range spelling out a run of years).
    struct BoundPhrases {
        var byFigure: [Int: TimePhrase] = [:]
        var taken: Set<Int> = []
        /// A named period's reporting window in parentheses, by the named phrase's first token.
        var windows: [Int: TimePhrase] = [:]
    }

    /// Phrases that date only the figure they are written with, never the sentence's other
    /// figures nor the sentences after: in parentheses with figures ("(năm 2023 là 18)", "(năm
    /// 2014 chỉ đạt giá trị trung bình 76,99%)") or after a figure's "của" ("vị trí thứ 5 của năm
    /// 2023"); and a span in parentheses right after a run of years ("17 năm liền (2008 - 2024)"),
    /// which spells out the run and dates nothing.
    func boundPhrases(_ phrases: [TimePhrase], figures: [ScannedFigure], sentence: ReportText.Sentence,
                      text: ReportText, runs: [YearRun]) -> BoundPhrases {
        var out = BoundPhrases()
        for p in phrases {
            let start = p.tokens.lowerBound
            // A baseline's "so với vị trí thứ 5 của năm 2023" dates that level and stays the baseline.
            if text.word(start - 1) == "cua", let f = figures.first(where: { $0.tokens.upperBound == start - 2 }) {
                out.byFigure[f.tokens.lowerBound] = p
                if !p.isBaseline { out.taken.insert(start) }
                continue
            }
            guard !p.isBaseline, let (open, close) = parenthesis(around: p.tokens, in: sentence, text: text) else { continue }
            let inside = figures.filter { $0.tokens.lowerBound > open && $0.tokens.upperBound < close }
            // "6 tháng đầu năm 2021 (tính từ ngày 15/12/2020 đến ngày 15/6/2021)", "quý I/2024 (từ
            // 15/12/2023 đến 14/3/2024)": a span of dates in parentheses right after a named period
            // is that period's reporting window. The figures keep the named period, which is how
            // reports of other years and places are compared; the window goes in their note.
            if inside.isEmpty, p.period.kind == .interval,
               let named = phrases.last(where: { $0.tokens.upperBound == open - 1 || $0.tokens.upperBound == open - 2 && text.symbol(open - 1) == "," }),
               !named.isBaseline, ![.day, .interval].contains(named.period.kind),
               named.period.start.year == p.period.end.year || named.period.end.year == p.period.end.year {
                out.taken.insert(start)
                out.windows[named.tokens.lowerBound] = p
                continue
            }
            if !inside.isEmpty {
                for f in inside where out.byFigure[f.tokens.lowerBound] == nil { out.byFigure[f.tokens.lowerBound] = p }
                out.taken.insert(start)
            } else if runs.contains(where: { $0.tokens.upperBound == open - 1 }) {
                out.taken.insert(start)
            }
        }
        return out
    }

    /// The '(' and ')' around `tokens` in the sentence, looking at most 40 tokens either way.
    private func parenthesis(around tokens: ClosedRange<Int>, in sentence: ReportText.Sentence, text: ReportText) -> (Int, Int)? {
        var open: Int?
        var k = tokens.lowerBound - 1
        while k >= max(sentence.tokens.lowerBound, tokens.lowerBound - 40) {
            if let c = text.symbol(k) {
                if c == "(" { open = k; break }
                if c == ")" { return nil }
            }
            k -= 1
        }
        guard let open else { return nil }
        // The phrase may have taken the ')' in: "(2008 - 2024)" reads as "2008 - 2024)".
        k = tokens.lowerBound + 1
        while k < min(sentence.tokens.upperBound, tokens.upperBound + 41) {
            if let c = text.symbol(k) {
                if c == ")" { return (open, k) }
                if c == "(" { return nil }
            }
            k += 1
        }
        return nil
    }
}

extension ReportExtractor {
    /// "suốt 2 năm liền", "3 năm liên tiếp", "năm thứ 5 liên tiếp": a run of years ending in
    /// the year a figure is dated to. The phrase is not a period by itself (no year is named)
    /// and its number is not a figure; it stretches the year of the figures of its clause to
    /// the years of the run ("giữ vững vị trí thứ 5/14 suốt 2 năm liền" in a 2022 report:
    /// 2021/2022).
    struct YearRun {
        var tokens: ClosedRange<Int>
        var years: Int
    }

    /// Ordinals written in words ("năm thứ hai", "thứ tám"), folded; "nhất"/"tư" are only ordinals.
    static let ordinalWords: [String: Int] = [
        "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
    ]

    /// The runs of years a sentence names, in order.
    func yearRuns(in sentence: ReportText.Sentence, text: ReportText) -> [YearRun] {
        var runs: [YearRun] = []
        func isRunEnd(_ k: Int) -> Int? {
            if text.word(k) == "lien" { return text.word(k + 1) == "tiep" ? k + 1 : k }
            return nil
        }
        var t = sentence.tokens.lowerBound
        while t < sentence.tokens.upperBound {
            // "N năm liền/liên tiếp"
            if text.isNumber(t), let n = Int(text.tokens[t].folded), text.word(t + 1) == "nam", let end = isRunEnd(t + 2),
               end < sentence.tokens.upperBound {
                if (2...30).contains(n) { runs.append(YearRun(tokens: t...end, years: n)) }
                t = end + 1
                continue
            }
            // "năm thứ N liên tiếp", "năm thứ tám liên tiếp"
            if text.word(t) == "nam", text.word(t + 1) == "thu",
               let n = text.isNumber(t + 2) ? Int(text.tokens[t + 2].folded) : Self.ordinalWords[text.word(t + 2) ?? ""],
               let end = isRunEnd(t + 3), end < sentence.tokens.upperBound {
                if (2...30).contains(n) { runs.append(YearRun(tokens: t...end, years: n)) }
                t = end + 1
                continue
            }
            t += 1
        }
        return runs
    }

    /// The figure's year stretched over a run of years named in its clause (no ',' or ';'
    /// between them), when the figure is dated to one year.
    func stretch(_ d: inout Draft, over runs: [YearRun], text: ReportText) {
        guard !runs.isEmpty, d.figure.change == nil, !d.isBaselineLevel, !d.figure.isFromLevel,
              let p = d.period, p.kind == .year else { return }
        let f = d.figure.tokens
        for run in runs {
            let between = run.tokens.upperBound < f.lowerBound ? (run.tokens.upperBound + 1)..<f.lowerBound
                                                              : (f.upperBound + 1)..<run.tokens.lowerBound
            guard !text.hasCommaOrSemicolon(in: between),
                  let span = try? Period.parse("\(p.end.year - run.years + 1)/\(p.end.year)") else { continue }
            d.period = span
            d.notes.append("period: '\(text.text(tokens: run.tokens.lowerBound, through: run.tokens.upperBound))' ending in \(p.end.year)")
            return
        }
    }
}

extension ReportExtractor {
    /// "tháng 7/2025, phường xếp hạng 119/126; đến tháng 9/2025, phường vươn lên vị trí 3/126":
    /// a bare "đến tháng …" after another month of the same sentence moves the story on to that
    /// month (the month's figure), it is not a snapshot at its last day as "tính đến tháng 9"
    /// or "đến hết tháng 9" are. Nil unless `p` is such a phrase.
    static func nextMonthInSequence(_ p: TimePhrase, own: [TimePhrase]) -> Period? {
        guard p.period.kind == .day, !p.isBaseline else { return nil }
        let words = VietnameseText.fold(p.text).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard words.count >= 3, words[0] == "den" || words[0] == "toi", words[1] == "thang",
              own.contains(where: { $0.period.kind == .month && $0.tokens.upperBound < p.tokens.lowerBound }),
              let month = try? Period.month(p.period.end.month, of: p.period.end.year),
              month.end == p.period.end else { return nil }
        return month
    }
}
