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

    /// A span that reads as a period with a stand-in year and date, before the report's own
    /// year and writing date are known.
    struct Span {
        var tokens: ClosedRange<Int>
        var text: String
        var sentence: ReportText.Sentence
        var isBaseline: Bool
    }

    /// The report's year and the date it speaks from, gathered over the whole report (see
    /// `Survey`) so each paragraph can then be read on its own.
    struct Times {
        var year: Int?
        /// The latest day the report speaks of: what "đến nay" and undated figures mean.
        var asOf: CalendarDate?
        /// The period ending on `asOf` the report names ("quý II/2024"), when no day ends there:
        /// the period of its undated figures (a quarter's report, not the quarter's last day).
        var latest: Period?
    }

    /// What the period phrases of the whole report say about its year and writing date, kept
    /// as a few maxima and the distinct phrases that lack a year, not as the text.
    struct Survey {
        private var datedYear: Int?
        private var wholeYear: Int?
        private var datedEnd: CalendarDate?
        /// The phrase's period that ends on `datedEnd` (a day when one does).
        private var datedPeriod: Period?
        private var yearEnd: CalendarDate?
        /// The latest year any phrase names ("cuối năm 2024"), the last resort before assuming one.
        private var anyYear: Int?
        /// Phrases (not after "so với") that only parse once the year is known.
        private var yearless: Set<String> = []
        /// Distinct year-less phrases kept at most: a report has a handful.
        static let yearlessLimit = 10_000

        init() {}

        mutating func add(_ spans: [Span]) {
            for span in spans {
                guard let p = try? Period.parse(span.text) else {
                    if !span.isBaseline, yearless.count < Self.yearlessLimit { yearless.insert(span.text) }
                    continue
                }
                anyYear = max(anyYear ?? p.end.year, p.end.year)
                let dated = TimePhraseScanner.isDatedWithinYear(p, phrase: span.text)
                if dated { datedYear = max(datedYear ?? p.end.year, p.end.year) }
                if p.kind == .year { wholeYear = max(wholeYear ?? p.end.year, p.end.year) }
                guard !span.isBaseline else { continue }
                if dated { note(p) }
                if p.kind == .year { yearEnd = max(yearEnd ?? p.end, p.end) }
            }
        }

        /// Keeps the latest dated period, a day before any other period ending on it.
        private mutating func note(_ p: Period) {
            if datedEnd.map({ p.end > $0 }) ?? true {
                datedEnd = p.end
                datedPeriod = p
            } else if p.end == datedEnd, p.kind == .day {
                datedPeriod = p
            }
        }

        /// The year of phrases that omit it, then the date "đến nay" and undated figures mean.
        func times(defaultAsOf: CalendarDate?, fallbackYear: Int? = nil) -> Times {
            let year = datedYear ?? wholeYear ?? defaultAsOf?.year ?? anyYear ?? fallbackYear
            var asOf = defaultAsOf
            var latest: Period?
            if asOf == nil {
                var dated = self, whole = yearEnd
                for text in yearless {
                    guard let p = try? Period.parse(text, context: PeriodContext(year: year)) else { continue }
                    if TimePhraseScanner.isDatedWithinYear(p, phrase: text) { dated.note(p) }
                    if p.kind == .year { whole = max(whole ?? p.end, p.end) }
                }
                asOf = dated.datedEnd ?? whole
                if let p = dated.datedPeriod, [.month, .quarter, .half].contains(p.kind) { latest = p }
            }
            return Times(year: year, asOf: asOf, latest: latest)
        }
    }

    /// Spans that can be period phrases, sentence by sentence.
    func spans() -> [Span] {
        let probe = PeriodContext(year: 2000, asOf: try? CalendarDate(year: 2000, month: 1, day: 1))
        var spans: [Span] = []
        for sentence in text.sentences {
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                if canStart(t), let (range, phraseText) = longestPhrase(at: t, in: sentence, context: probe) {
                    spans.append(Span(tokens: range, text: phraseText, sentence: sentence, isBaseline: isBaseline(range)))
                    t = range.upperBound + 1
                } else {
                    t += 1
                }
            }
        }
        return spans
    }

    /// The spans that read as periods once the report's year and date are known: complete
    /// phrases first, then those lacking the year, then "đến nay", "hiện nay", "cùng kỳ".
    /// `cache` remembers each phrase's reading across paragraphs.
    func phrases(_ spans: [Span], times: Times, cache: inout [String: Period?]) -> [TimePhrase] {
        var phrases: [TimePhrase] = []
        var goals: [Int: Int?] = [:]
        for span in spans {
            let period: Period?
            if let hit = cache[span.text] {
                period = hit
            } else {
                let read = (try? Period.parse(span.text))
                    ?? (try? Period.parse(span.text, context: PeriodContext(year: times.year)))
                    ?? times.asOf.flatMap { try? Period.parse(span.text, context: PeriodContext(year: times.year, asOf: $0)) }
                period = read.map { Self.endOf($0, phrase: span.text, year: times.year) }.map { Self.writingPeriod($0, phrase: span.text, times: times) }
                if cache.count >= Survey.yearlessLimit { cache.removeAll(keepingCapacity: true) }
                cache[span.text] = period
            }
            guard let period else { continue }
            let sentence = span.sentence
            var leading = 0
            var k = sentence.tokens.lowerBound
            while k < span.tokens.lowerBound, leading <= 3 {
                if text.tokens[k].kind != .symbol { leading += 1 }
                k += 1
            }
            // A goal's period follows its goal word ("Phấn đấu đến năm 2025, …"); a period
            // before it ("Trong 9 tháng đầu năm 2022, … những mục tiêu …") frames what was done.
            let firstGoalWord: Int?
            if let known = goals[sentence.index] {
                firstGoalWord = known
            } else {
                let words = sentence.tokens.filter { text.tokens[$0].kind == .word }
                firstGoalWord = (SentenceFacts.Occurrences("phan dau", words: words, text: text).spans
                    + SentenceFacts.Occurrences("muc tieu", words: words, text: text).spans).map(\.start).min()
                goals[sentence.index] = firstGoalWord
            }
            let isGoal = firstGoalWord.map { $0 < span.tokens.lowerBound } ?? false
            // "cải thiện liên tục kể từ năm 2016", "từ tháng 3/2020, …" with no "đến" that closes
            // it (the span would hold "từ" then): when something started, not the period of the
            // figures before it or of the sentences after it.
            let isContrast = contrasts(before: span.tokens.lowerBound, in: sentence) || text.word(span.tokens.lowerBound - 1) == "tu"
            let isPublication = publishes(before: span.tokens.lowerBound)
            // "Đối chiếu với các chỉ tiêu trên, cho tới thời điểm hiện tại, 100% …": the writing
            // date closing the sentence's opening clause, before any figure, frames what follows.
            let closesOpening = Self.leansOnWritingDate(span.text) && [span.tokens.upperBound, span.tokens.upperBound + 1].contains { text.symbol($0) == "," }
                && !(sentence.tokens.lowerBound..<span.tokens.lowerBound).contains { text.isNumber($0) }
            phrases.append(TimePhrase(tokens: span.tokens, period: period, isBaseline: span.isBaseline,
                                      isFraming: (leading <= 3 || closesOpening) && !isGoal && !isContrast, sentence: sentence.index,
                                      paragraph: sentence.paragraph, text: span.text,
                                      isDateline: isPublication || period.kind == .day && !Self.isSnapshot(span.text), isGoal: isGoal,
                                      isContrast: isContrast))
        }
        return phrases
    }

    /// "Đến nay, 100% thủ tục …", "hiện nay" in a month's (quarter's) report that names no day:
    /// the report speaks from its month, so the writing date is that month, not its last day.
    /// A count up to a day ("tính đến nay", "lũy kế đến nay") stays the day.
    static func writingPeriod(_ p: Period, phrase: String, times: Times) -> Period {
        guard p.kind == .day, let latest = times.latest, p.end == latest.end, leansOnWritingDate(phrase) else { return p }
        let words = VietnameseText.fold(phrase).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard words.count <= 2, let first = words.first, ["den", "toi", "hien", "nay"].contains(first) else { return p }
        return latest
    }

    /// "cuối năm 2024", "tính đến cuối tháng 8-2025", "cuối quý III/2023": the year-end (month-end,
    /// quarter-end) result is the result of that year (month, quarter), as reports and their
    /// readers mean it, not of its last day. `Period.parse` reads the day; the extractor widens it.
    static func endOf(_ p: Period, phrase: String, year: Int?) -> Period {
        guard p.kind == .day else { return p }
        let words = VietnameseText.fold(phrase).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard let i = words.firstIndex(of: "cuoi"), i + 1 < words.count, ["nam", "thang", "quy"].contains(words[i + 1]) else { return p }
        // The words after "cuối" name the span ("năm 2024", "tháng 8-2025"): cut the phrase there.
        let folded = VietnameseText.fold(phrase)
        guard let cut = folded.range(of: "cuoi ") else { return p }
        let offset = folded.distance(from: folded.startIndex, to: cut.upperBound)
        let rest = String(phrase.dropFirst(offset))
        guard VietnameseText.fold(rest).hasPrefix(words[i + 1]), let whole = (try? Period.parse(rest)) ?? (try? Period.parse(rest, context: PeriodContext(year: year))),
              [.year, .month, .quarter].contains(whole.kind), whole.end == p.end else { return p }
        return whole
    }

    /// Days, months and spans inside one year ("30/9/2023", "tháng 9/2023", "9 tháng đầu năm
    /// 2023"): the dates a report is written from; whole years and multi-year programmes are not.
    /// "đến năm 2030" is a horizon, not a date the report was written on.
    static func isDatedWithinYear(_ p: Period, phrase: String) -> Bool {
        let words = VietnameseText.fold(phrase).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let endsWithYear = words.count >= 2 && words[words.count - 2] == "nam" && words.last?.count == 4
        return p.kind != .year && p.start.year == p.end.year && !(p.kind == .day && endsWithYear)
    }

    /// "tính đến ngày 30/9", "đến hết tháng 9", "trích xuất ngày 13.10", "đến nay": a day the
    /// figure is counted up to, unlike a dateline.
    static func isSnapshot(_ phrase: String) -> Bool {
        let words = VietnameseText.fold(phrase).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard let first = words.first else { return false }
        // "trong ngày 2/7" (what the day counted) and "hôm nay" (the writing date) too.
        if first == "trong", words.dropFirst().first == "ngay" { return true }
        return ["tinh", "den", "toi", "het", "trich", "tai", "thoi", "cuoi", "dau", "nay", "hien", "cung", "hom"].contains(first)
    }

    /// "đến nay", "hiện nay", "thời điểm hiện tại", "hôm nay": the date the report is written
    /// on, with no period of its own ("đến năm 2025" names one).
    static func leansOnWritingDate(_ phrase: String) -> Bool {
        let words = VietnameseText.fold(phrase).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.last == "nay" || words.suffix(2) == ["hien", "tai"]
    }

    /// Words that set a time against the report's own ("trong khi năm 2022", "Đặt cạnh kết quả
    /// năm 2022", "khác với năm trước", ", còn năm 2022"), up to three words (what is compared:
    /// "kết quả", "mức") before the phrase, within its clause.
    private func contrasts(before t: Int, in sentence: ReportText.Sentence) -> Bool {
        // "năm trước", "năm ngoái": the year before the report's, set against it.
        if text.word(t) == "nam", ["truoc", "ngoai"].contains(text.word(t + 1) ?? "") { return true }
        var k = t
        for _ in 0...3 {
            if text.matchesBefore(["trong", "khi"], at: k) || text.matchesBefore(["dat", "canh"], at: k)
                || text.matchesBefore(["khac", "voi"], at: k) { return true }
            if text.word(k - 1) == "con", k - 1 == sentence.tokens.lowerBound || text.symbol(k - 2) == "," { return true }
            guard k - 1 > sentence.tokens.lowerBound, let w = text.word(k - 1), !["va", "den", "tu", "tai", "voi"].contains(w) else { return false }
            k -= 1
        }
        return false
    }

    /// "do VCCI công bố hồi tháng 5-2025", "được công bố vào tháng 4/2024", "phát hành ngày …":
    /// when the report (or the index) was published, not the period of its figures.
    private func publishes(before t: Int) -> Bool {
        var k = t
        if ["hoi", "vao", "trong"].contains(text.word(k - 1) ?? "") { k -= 1 }
        return text.matchesBefore(["cong", "bo"], at: k) || text.matchesBefore(["phat", "hanh"], at: k)
    }

    /// What a change is measured against: "so với năm 2022", "so với kết quả năm 2022", "so
    /// với cùng kỳ năm 2023", "so năm 2022", "cao hơn năm 2020 là 2,87%".
    private func isBaseline(_ range: ClosedRange<Int>) -> Bool {
        let t = range.lowerBound
        if text.word(t - 1) == "hon" { return true }
        // "so với" and the words naming what is compared ("kết quả", "mức", "thời điểm", "lần đánh
        // giá ở tuần thứ 2 của"), within the clause: no punctuation or figure between.
        var k = t
        for _ in 0...7 {
            if text.matchesBefore(["so", "voi"], at: k) { return true }
            // "tăng 5 bậc so năm 2022": "so" alone, written so (not "số", "sở").
            if text.word(k - 1) == "so", text.text(tokens: k - 1, through: k - 1).lowercased() == "so" { return true }
            if let w = text.word(k - 1) {
                if ["va", "den", "tu", "tai"].contains(w) { return false }
                k -= 1
            } else if text.isNumber(k - 1), text.word(k - 2) == "thu" {
                k -= 2  // an ordinal: "tuần thứ 2", "lần thứ 3"
            } else {
                return false
            }
        }
        return false
    }

    /// The longest span starting at `t` (with the fillers before it, when they parse too) that
    /// `Period.parse` reads as one period.
    private func longestPhrase(at t: Int, in sentence: ReportText.Sentence, context: PeriodContext) -> (ClosedRange<Int>, String)? {
        // Ten tokens hold any one date; an interval of two full dates ("ngày 15/12/2024 đến ngày
        // 14/3/2025") needs more, looked at only when its "đến" is there.
        let reach = ((t + 1)..<max(t + 1, min(sentence.tokens.upperBound, t + 9))).contains { text.word($0) == "den" } ? 14 : 10
        // Spans holding a token no period phrase holds are not tried (`PeriodPhraseReach`).
        let lastToken = PeriodPhraseReach.lastEnd(from: t, upTo: min(sentence.tokens.upperBound - 1, t + reach), in: text)
        var starts = [t]
        var s = t
        while let filler = Self.fillers.first(where: { text.matchesBefore($0, at: s) && s - $0.count >= sentence.tokens.lowerBound }) {
            s -= filler.count
            starts.insert(s, at: 0)
        }
        for start in starts {
            var end = lastToken
            while end >= t {
                let phrase = Self.withoutDayWord(text.text(tokens: start, through: end))
                if let p = try? Period.parse(phrase, context: context), plausible(p) {
                    return (start...end, phrase)
                }
                // "từ khi đi vào hoạt động ngày 1/7/2025 đến nay": a span from a day to the writing
                // date. The probe's stand-in date (2000) would end it before it starts; any later
                // writing date reads it whole, and `phrases` reads it with the report's own.
                if end > t, text.word(end) == "nay", text.word(end - 1) == "den" || text.word(end - 1) == "toi",
                   let p = try? Period.parse(phrase, context: Self.lateProbe), plausible(p), p.kind == .interval {
                    return (start...end, phrase)
                }
                end -= 1
            }
        }
        return nil
    }

    /// A stand-in writing date after any report's, for spans that run "đến nay".
    private static let lateProbe = PeriodContext(year: 2000, asOf: try? CalendarDate(year: 2100, month: 12, day: 31))

    private func plausible(_ p: Period) -> Bool {
        (1945...2100).contains(p.start.year) && (1945...2100).contains(p.end.year)
    }

    /// "ngày mùng 1/7", "mồng 2/9": the word "mùng" (the first ten days of a month) said
    /// before the day, which `Period.parse` reads without it.
    static func withoutDayWord(_ phrase: String) -> String {
        guard mayHoldDayWord(phrase), phrase.range(of: "ùng ", options: .caseInsensitive) != nil || phrase.range(of: "ồng ", options: .caseInsensitive) != nil else { return phrase }
        var words = phrase.split(separator: " ", omittingEmptySubsequences: false)
        words.removeAll { ["mung", "mong"].contains(VietnameseText.fold(String($0))) }
        return words.joined(separator: " ")
    }

    /// The first words a period term can have in the grammar.
    private func canStart(_ t: Int) -> Bool {
        let tok = text.tokens[t]
        switch tok.kind {
        case .word:
            if countsMonthsInWords(from: t) { return true }
            switch tok.folded {
            case "nam": return isYear(t + 1) || ["nay", "truoc", "ngoai"].contains(text.word(t + 1) ?? "")
            case "thang": return text.isNumber(t + 1)
            case "quy": return text.isNumber(t + 1) || ["i", "ii", "iii", "iv"].contains(text.word(t + 1) ?? "")
            case "ngay": return text.isNumber(t + 1) || ["mung", "mong"].contains(text.word(t + 1) ?? "") && text.isNumber(t + 2)
            // "Ngày mùng 1/7", "mồng 2/9": the day word before a day of the month.
            case "mung", "mong": return text.isNumber(t + 1) && text.symbol(t + 2) == "/" && text.word(t - 1) != "ngay"
            // "Tính đến 16 giờ hôm nay": the writing date.
            case "hom": return text.word(t + 1) == "nay"
            case "giai": return text.word(t + 1) == "doan"
            case "nhiem", "thoi": return text.word(t + 1) == "ky"
            // "những tháng cuối năm", "các tháng đầu năm" with no number: the rest of the year a
            // plan speaks of, not a day ("6 tháng cuối năm 2024" starts at its number).
            case "dau", "cuoi": return ["nam", "thang", "quy"].contains(text.word(t + 1) ?? "") && text.word(t - 1) != "thang"
                // "đứng đầu năm trước", "dẫn đầu năm 2022", "xếp cuối năm nay": a rank, then a year.
                && !["dung", "dan", "xep", "nhom", "top"].contains(text.word(t - 1) ?? "")
            case "nua": return ["dau", "cuoi", "sau"].contains(text.word(t + 1) ?? "")
            case "hien": return ["nay", "tai"].contains(text.word(t + 1) ?? "")
            case "nay": return text.word(t - 1) == "den" || text.word(t - 1) == "toi"
            case "cung": return text.word(t + 1) == "ky"
            default: return false
            }
        case .number:
            let digits = tok.folded
            if isYear(t), text.symbol(t + 1) != "%", t > 0, text.tokens[t - 1].kind == .word {
                let name = text.text(tokens: t - 1, through: t - 1)
                if name.count >= 3, name.allSatisfy(\.isUppercase) { return true }
            }
            if text.word(t + 1) == "thang", ["dau", "cuoi", "nam"].contains(text.word(t + 2) ?? "") { return true }
            if isYear(t), text.symbol(t + 1) == "-", isYear(t + 2) { return true }
            if isDottedDate(digits) { return true }
            // "xếp thứ 3/11", "hạng 5/19": a rank of N, never a date.
            if ["thu", "hang"].contains(text.word(t - 1) ?? "") { return false }
            if digits.count <= 2, let d = Int(digits), (1...31).contains(d), let sep = text.symbol(t + 1), "/-".contains(sep),
               text.isNumber(t + 2), text.tokens[t + 2].folded.count <= 2, let m = Int(text.tokens[t + 2].folded), (1...12).contains(m) {
                if text.symbol(t + 3) == sep, isYear(t + 4) { return true }
                // "chiều 12/7 vừa qua", "sáng 21/10 tại Hà Nội": a time of day makes it a date.
                if ["sang", "chieu", "trua", "toi", "dem", "hom"].contains(text.word(t - 1) ?? "") { return true }
                return text.tokens.indices.contains(t + 3) ? text.tokens[t + 3].kind != .word && text.symbol(t + 3) != "%" : true
            }
            return false
        case .symbol:
            return false
        }
    }

    /// The grammar's month counts written in words ("Sáu tháng đầu năm 2024", "chín tháng năm
    /// 2023", "mười một tháng đầu năm"): a number word, "tháng", then the part of the year. Without
    /// this the phrase started only at "năm 2024" and the half-year's figures took the year.
    private func countsMonthsInWords(from t: Int) -> Bool {
        guard let w = text.word(t) else { return false }
        var next = t + 1
        if w == "muoi", let u = text.word(t + 1), Self.monthCountUnits.contains(u), text.word(t + 2) == "thang" {
            next = t + 2
        } else if !(w == "muoi" || Self.monthCountUnits.contains(w)) {
            return false
        }
        return text.word(next) == "thang" && ["dau", "cuoi", "nam"].contains(text.word(next + 1) ?? "")
    }

    /// The folded number words one to nine, as the period grammar reads them in month counts.
    private static let monthCountUnits: Set<String> = ["mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin"]

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
