/// Recursive-descent reader of Vietnamese period phrases, on folded text (no diacritics, lower
/// case) so NFC/NFD, capitals and tone placement never matter.
///
/// Grammar (tokens are folded words, digit runs and symbols):
///
///     phrase  := filler* term (("đến" | "tới" | "-") "hết"? term)? trailing
///     filler  := "tính đến (hết)" | "đến (hết)" | "hết" | "tính riêng" | "trong" | "vào" | "của" | "cả"
///              | "kết quả" | "trích xuất" | "tính từ" | "từ" | "lũy kế" | "sau" | ","
///     term    := YEAR ("-" | "/") M | YEAR ("Q" Q | "H" H | "quý" Q) | YEAR | "năm" yearref
///              | "giai đoạn"/"nhiệm kỳ"/"thời kỳ" term
///              | N "tháng" ("đầu" "năm" | "cuối" "năm" | "năm")? yearref
///              | "nửa" ("đầu" | "cuối") "năm"? yearref  | "nửa năm" YEAR (the first half)
///              | ("quý" | "Q") Q (("," | "và") Q)* year?  (consecutive quarters: one span)
///              | ("quý" | "Q") Q ("-" | "đến") Q year?    (first through last)
///              | "H" H year?
///              | ("tháng" | "T") M ("-" M)? year?
///              | "ngày"? D sep M (sep YEAR)?    | "ngày"? D "tháng" M ("năm" YEAR)?
///              | ("đầu" | "cuối") term          | "nay" | "hiện nay" | "hiện tại" | "cùng kỳ" …
///     year    := ("/" | "-" | ".") YEAR | "năm" yearref | YEAR
///
/// A term without a year takes it from the other end of a range, then from the context.
struct PeriodPhraseParser {
    /// A term whose year may still be unknown: built once the year is settled.
    struct Term {
        var year: Int?
        var build: (Int) throws(PeriodError) -> Period
        /// "từ ngày 1 đến 31-7": a day written without its month, which only the range's end
        /// completes (the end's month and year).
        var bareDay: Int? = nil
    }

    typealias Token = PeriodToken

    let text: String
    let context: PeriodContext
    private var tokens: [Token]
    private var i = 0

    init(text: String, context: PeriodContext) {
        self.text = text
        self.context = context
        self.tokens = PeriodToken.tokenize(VietnameseText.fold(text))
    }

    static let expectation = "expected a period such as 'năm 2023', '9 tháng đầu năm 2023', 'quý III/2023', "
        + "'tháng 9/2023', 'ngày 30/9/2023', 'giai đoạn 2016-2020' or a code such as 2023-Q3"

    mutating func parse() throws(PeriodError) -> Period {
        var asOf = false
        var from = false
        skipFillers(asOf: &asOf, from: &from)
        guard i < tokens.count else { throw fail(Self.expectation) }
        let first = try term()
        let result: Period
        if consumeRangeSeparator() {
            _ = consume(["het"])
            let second = try term()
            result = try combine(first, second)
        } else {
            guard !from else { throw fail("expected 'đến …' to close 'từ …'") }
            result = try first.build(try orContextYear(first.year))
        }
        while case .symbol(let c)? = peek(), ",.;:)".contains(c) { i += 1 }
        if let extra = peek() {
            throw fail("unexpected '\(extra.text)' after the period; \(Self.expectation)")
        }
        return asOf ? result.endDay : result
    }

    // MARK: - Fillers and ranges

    private static let asOfFillers: [[String]] = [
        ["tinh", "den", "het"], ["tinh", "den"], ["tinh", "toi"], ["den", "het"], ["cho", "den"], ["den"], ["toi"],
        ["het"],
    ]
    private static let fromFillers: [[String]] = [["tinh", "tu"], ["ke", "tu"], ["bat", "dau", "tu"]]
    private static let plainFillers: [[String]] = [
        ["tinh", "rieng"], ["trong"], ["vao"], ["cua"], ["ket", "qua"], ["trich", "xuat"], ["luy", "ke"],
        ["tai", "thoi", "diem"], ["thoi", "diem"], ["tai"], ["rieng"], ["ca"],
    ]

    private mutating func skipFillers(asOf: inout Bool, from: inout Bool) {
        while i < tokens.count {
            if peek() == .symbol(",") { i += 1; continue }
            if let f = Self.asOfFillers.first(where: { matches($0) }) { i += f.count; asOf = true; continue }
            if let f = Self.fromFillers.first(where: { matches($0) }) { i += f.count; from = true; continue }
            if let f = Self.plainFillers.first(where: { matches($0) }) { i += f.count; continue }
            // "sáu tháng" and "tư tháng đầu năm" fold to the fillers "sau" (after) and "tu" (from).
            let countsMonths = word(at: i + 1) == "thang" && !isNumber(at: i + 2)
            if word(at: i) == "sau", !countsMonths { i += 1; continue }
            if word(at: i) == "tu", !countsMonths { i += 1; from = true; continue }
            return
        }
    }

    private mutating func consumeRangeSeparator() -> Bool {
        guard i + 1 < tokens.count else { return false }
        if consume(["den"]) || consume(["toi"]) { return true }
        if peek() == .symbol("-") { i += 1; return true }
        return false
    }

    /// "từ tháng 11 đến tháng 2/2024": a start without a year takes the end's year, or the year
    /// before when that would put it after the end.
    private func combine(_ first: Term, _ second: Term) throws(PeriodError) -> Period {
        let endYear = try orContextYear(second.year ?? first.year)
        let b = try second.build(endYear)
        if let d = first.bareDay {
            // "từ ngày 1 đến 31-7": the start is in the end's month ("từ ngày 1 đến 31-7" is July).
            let a = try CalendarDate(year: b.start.year, month: b.start.month, day: d)
            guard a <= b.start else { throw fail("the range starts after it ends (day \(d) to \(b.code))") }
            return try Period(start: a, end: b.end)
        }
        var a = try first.build(first.year ?? endYear)
        if first.year == nil, a.start > b.start {
            a = try first.build(endYear - 1)
        }
        guard a.start <= b.start, a.end <= b.end else {
            throw fail("the range starts after it ends (\(a.code) to \(b.code))")
        }
        return try Period(start: a.start, end: b.end)
    }

    // MARK: - Terms

    private mutating func term() throws(PeriodError) -> Term {
        // "giai đoạn", "nhiệm kỳ", "thời kỳ" only name what follows; skipped in a loop, since
        // recursing once per prefix lets "giai đoạn giai đoạn …" exhaust the stack.
        while consume(["giai", "doan"]) || consume(["nhiem", "ky"]) || consume(["thoi", "ky"]) {}
        guard let current = peek() else { throw fail("expected a period after '\(tokens.map(\.text).joined(separator: " "))'") }
        switch current {
        case .number(let n):
            if n.count == 4, let y = Int(n) {
                i += 1
                // "2023 Q3", "2023Q3", "2024 H1", "2024 quý I": the code's parts, year first.
                if let part = try yearFirstPart(of: y) { return part }
                // "2023-9", "2023/09": a year then a month of one or two digits (not "2016-2020").
                if case .symbol(let c)? = peek(), "-/".contains(c), case .number(let m)? = token(at: i + 1),
                   m.count <= 2, let month = Int(m) {
                    i += 2
                    try checkMonth(month)
                    return Term(year: y) { y throws(PeriodError) in try Period.month(month, of: y) }
                }
                return Term(year: y) { y throws(PeriodError) in try Period.year(y) }
            }
            if word(at: i + 1) == "thang" {
                if case .number(let m)? = token(at: i + 2), m.count <= 2 { return try dayInWords() }
                i += 1
                return try monthsOfYear(count: Int(n) ?? 0)
            }
            return try numericDate()
        case .word(let w):
            return try wordTerm(w)
        case .symbol(let c):
            throw fail("unexpected '\(c)'; \(Self.expectation)")
        }
    }

    private mutating func wordTerm(_ w: String) throws(PeriodError) -> Term {
        if let (n, length) = numberWord(at: i), word(at: i + length) == "thang" {
            i += length
            return try monthsOfYear(count: n)
        }
        switch w {
        case "nam":
            i += 1
            let y = try yearAfterNam()
            if let y, let part = try yearFirstPart(of: y) { return part }
            return Term(year: y) { y throws(PeriodError) in try Period.year(y) }
        case "quy":
            i += 1
            return try quarter()
        case "q" where isNumber(at: i + 1):
            // "Q3 2023", "Q3/2023": the code's letter written before the year.
            i += 1
            return try quarter()
        case "h" where isNumber(at: i + 1):
            // "H1 2024", "H2/2024": the half's letter written before the year.
            i += 1
            let h = try halfNumber()
            let y = try optionalYear()
            return Term(year: y) { y throws(PeriodError) in try Period.months(h * 6 - 5, through: h * 6, of: y) }
        case "thang", "t":
            guard w == "thang" || isNumber(at: i + 1) else { throw fail(Self.expectation) }
            i += 1
            return try month()
        case "ngay":
            i += 1
            return isNumber(at: i) && word(at: i + 1) == "thang" ? try dayInWords() : try numericDate()
        case "nua":
            i += 1
            return try half()
        case "dau", "cuoi":
            i += 1
            guard ["nam", "thang", "quy", "t"].contains(word(at: i) ?? "") else {
                throw fail("expected 'năm', 'tháng' or 'quý' after '\(w == "dau" ? "đầu" : "cuối")'")
            }
            let inner = try term()
            let atStart = w == "dau"
            return Term(year: inner.year) { y throws(PeriodError) in
                let p = try inner.build(y)
                return atStart ? Period(day: p.start) : p.endDay
            }
        case "nay":
            i += 1
            return try asOfTerm("đến nay")
        case "hien" where word(at: i + 1) == "nay" || word(at: i + 1) == "tai",
             "hom" where word(at: i + 1) == "nay":
            i += 2
            return try asOfTerm(w == "hom" ? "hôm nay" : "hiện nay")
        case "cung" where word(at: i + 1) == "ky":
            i += 2
            return try sameTimeLastYear()
        default:
            throw fail(Self.expectation)
        }
    }

    /// "9 tháng đầu năm 2023", "6 tháng cuối năm", "6 tháng năm 2023"; the "tháng" is next.
    private mutating func monthsOfYear(count n: Int) throws(PeriodError) -> Term {
        i += 1  // "tháng"
        guard (1...12).contains(n) else {
            throw fail("\(n) tháng is not a part of one year (expected 1–12 tháng đầu/cuối năm)")
        }
        let fromEnd: Bool
        if consume(["dau", "nam"]) || consume(["nam"]) {
            fromEnd = false
        } else if consume(["cuoi", "nam"]) {
            fromEnd = true
        } else if case .number(let y)? = peek(), y.count == 4 {
            // "9 tháng 2023": the months from January, as with "9 tháng năm 2023".
            fromEnd = false
        } else if peek() == .symbol("/"), case .number(let y)? = token(at: i + 1), y.count == 4 {
            fromEnd = false
        } else {
            throw fail("expected 'đầu năm' or 'cuối năm' after '\(n) tháng'")
        }
        let y = try yearAfterNam()
        return Term(year: y) { y throws(PeriodError) in
            fromEnd ? try Period.months(13 - n, through: 12, of: y) : try Period.months(1, through: n, of: y)
        }
    }

    /// "nửa đầu năm 2023" / "nửa cuối năm" / "nửa sau năm"; "nửa" is consumed.
    private mutating func half() throws(PeriodError) -> Term {
        let second: Bool
        if consume(["dau", "nam"]) || consume(["nam", "dau"]) {
            second = false
        } else if consume(["cuoi", "nam"]) || consume(["sau", "nam"]) || consume(["nam", "cuoi"]) || consume(["nam", "sau"]) {
            second = true
        } else if ["dau", "cuoi", "sau"].contains(word(at: i) ?? ""), yearFollows(at: i + 1) {
            // "nửa đầu 2025": the year without "năm", as in "9 tháng 2023".
            second = word(at: i) != "dau"
            i += 1
        } else if word(at: i) == "nam", yearFollows(at: i + 1) {
            // "nửa năm 2024" (the half-year review) is the first half; a bare "nửa năm" is a
            // duration ("sau nửa năm triển khai"), not a period, so the year must be written.
            second = false
            i += 1
        } else {
            throw fail("expected 'nửa đầu năm' or 'nửa cuối năm'")
        }
        let y = try yearAfterNam()
        return Term(year: y) { y throws(PeriodError) in
            second ? try Period.months(7, through: 12, of: y) : try Period.months(1, through: 6, of: y)
        }
    }

    /// "quý III/2023", "quý 3 năm 2023", "Quý I - 2023"; "quý" is consumed.
    private mutating func quarter() throws(PeriodError) -> Term {
        let numerals = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4]
        guard let token = peek() else { throw fail("expected a quarter I–IV or 1–4 after 'quý'") }
        let q: Int?
        switch token {
        case .number(let n): q = Int(n).flatMap { (1...4).contains($0) ? $0 : nil }
        case .word(let w): q = numerals[w]
        case .symbol: q = nil
        }
        guard let q else {
            throw fail("quarter '\(token.text.uppercased())' does not exist (expected I–IV or 1–4)")
        }
        i += 1
        // "quý I, II năm 2024", "quý I và II", "quý I-II": consecutive quarters are one span;
        // "quý I-III", "quý I đến III" run from the first through the last.
        var last = q
        while peek() == .symbol(",") || peek() == .symbol("-") || word(at: i) == "va" || word(at: i) == "den",
              let next = quarterNumeral(at: i + 1, numerals) {
            let through = peek() == .symbol("-") || word(at: i) == "den"
            guard next == last + 1 || (through && next > last) else {
                throw fail("quarters \(last) and \(next) are not one span (expected consecutive quarters such as 'quý I, II')")
            }
            last = next
            i += 2
        }
        let y = try optionalYear()
        return Term(year: y) { y throws(PeriodError) in
            last == q ? try Period.quarter(q, of: y) : try Period.months(q * 3 - 2, through: last * 3, of: y)
        }
    }

    /// After a year: "Q3", "H1" (run together or apart) or "quý III" name a part of that year.
    private mutating func yearFirstPart(of y: Int) throws(PeriodError) -> Term? {
        if word(at: i) == "q", isNumber(at: i + 1) {
            i += 1
            let q = try smallNumber(what: "a quarter 1–4 after 'Q'")
            guard (1...4).contains(q) else { throw fail("quarter \(q) does not exist (expected 1–4)") }
            return Term(year: y) { y throws(PeriodError) in try Period.quarter(q, of: y) }
        }
        if word(at: i) == "h", isNumber(at: i + 1) {
            i += 1
            let h = try halfNumber()
            return Term(year: y) { y throws(PeriodError) in try Period.months(h * 6 - 5, through: h * 6, of: y) }
        }
        if word(at: i) == "quy" {
            i += 1
            let inner = try quarter()
            if let written = inner.year, written != y {
                throw fail("two years for one quarter (\(y) and \(written))")
            }
            return Term(year: y, build: inner.build)
        }
        return nil
    }

    /// The 1 or 2 of "H1"/"H2".
    private mutating func halfNumber() throws(PeriodError) -> Int {
        let h = try smallNumber(what: "a half 1–2 after 'H'")
        guard (1...2).contains(h) else { throw fail("half \(h) does not exist (expected H1 or H2)") }
        return h
    }

    /// A written year at `j`: "2025" or "/2025".
    private func yearFollows(at j: Int) -> Bool {
        if case .number(let n)? = token(at: j), n.count == 4 { return true }
        if case .symbol(let c)? = token(at: j), "/-.".contains(c), case .number(let n)? = token(at: j + 1), n.count == 4 {
            return true
        }
        return false
    }

    /// A quarter written as I–IV or 1–4 at `j` (a 4-digit year is not one).
    private func quarterNumeral(at j: Int, _ numerals: [String: Int]) -> Int? {
        switch token(at: j) {
        case .number(let n)?: return n.count == 1 ? Int(n).flatMap { (1...4).contains($0) ? $0 : nil } : nil
        case .word(let w)?: return ["i", "ii", "iii", "iv"].contains(w) ? numerals[w] : nil
        default: return nil
        }
    }

    /// "tháng 9/2023", "tháng 02/2025", "tháng 9 năm 2023", "tháng 9-2023", "T9/2023",
    /// "tháng 1-9/2023"; "tháng" is consumed.
    private mutating func month() throws(PeriodError) -> Term {
        let m = try smallNumber(what: "a month 1–12 after 'tháng'")
        var last = m
        if peek() == .symbol("-"), case .number(let n)? = token(at: i + 1), n.count <= 2, let m2 = Int(n) {
            i += 2
            last = m2
        }
        try checkMonth(m)
        try checkMonth(last)
        guard m <= last else { throw fail("the months run backwards (\(m) to \(last))") }
        let y = try optionalYear()
        return Term(year: y) { y throws(PeriodError) in try Period.months(m, through: last, of: y) }
    }

    /// "30/9/2023", "13.10.2023", "13-10-2023", "28/10" (year from context); "9/2023" is a month.
    private mutating func numericDate() throws(PeriodError) -> Term {
        let d = try smallNumber(what: "a day such as 30/9/2023")
        if ["den", "toi"].contains(word(at: i) ?? ""), isNumber(at: i + 1) || word(at: i + 1) == "ngay" {
            // "từ ngày 1 đến 31-7": the day alone; the range's end gives its month.
            let noMonth = fail("expected a month after the day \(d), as in 'từ ngày \(d) đến 31/7'")
            return Term(year: nil, build: { _ throws(PeriodError) in throw noMonth }, bareDay: d)
        }
        guard case .symbol(let sep)? = peek(), "/.-".contains(sep) else {
            throw fail("expected a date such as 30/9/2023 after '\(d)'")
        }
        i += 1
        if case .number(let n)? = peek(), n.count == 4, let y = Int(n) {
            i += 1
            try checkMonth(d)
            return Term(year: y) { y throws(PeriodError) in try Period.month(d, of: y) }
        }
        let m = try smallNumber(what: "a month after '\(d)\(sep)'")
        var year: Int?
        if case .symbol(let c)? = peek(), case .number(let n)? = token(at: i + 1), n.count == 4 {
            guard c == sep else {
                throw fail("expected one separator throughout the date, as in \(d)\(sep)\(m)\(sep)\(n)")
            }
            year = Int(n)
            i += 2
        }
        return Term(year: year) { y throws(PeriodError) in Period(day: try CalendarDate(year: y, month: m, day: d)) }
    }

    /// "ngày 30 tháng 9 năm 2023": at the day number.
    private mutating func dayInWords() throws(PeriodError) -> Term {
        let d = try smallNumber(what: "a day")
        i += 1  // "tháng"
        let m = try smallNumber(what: "a month after 'tháng'")
        let y = try optionalYear()
        return Term(year: y) { y throws(PeriodError) in Period(day: try CalendarDate(year: y, month: m, day: d)) }
    }

    private func asOfTerm(_ phrase: String) throws(PeriodError) -> Term {
        guard let d = context.asOf else {
            throw fail("'\(phrase)' needs the date the text was written (context asOf), and none was given")
        }
        return Term(year: d.year) { _ in Period(day: d) }
    }

    /// "cùng kỳ (năm trước | năm 2022)": the as-of day one year (or in the named year) earlier.
    private mutating func sameTimeLastYear() throws(PeriodError) -> Term {
        guard let d = context.asOf else {
            throw fail("'cùng kỳ' needs the date the text was written (context asOf), and none was given")
        }
        var target = d.year - 1
        if consume(["nam"]) {
            if case .number(let n)? = peek(), n.count == 4, let y = Int(n) {
                i += 1
                target = y
            } else {
                _ = consume(["truoc"]) || consume(["ngoai"])
            }
        }
        let shifted = try Period(day: d).shifted(years: target - d.year)
        return Term(year: target) { _ in shifted }
    }

    // MARK: - Years

    /// After "năm": a 4-digit year, "nay" (this year), "trước"/"ngoái" (last year), "/2023", or
    /// nothing (nil: the caller fills it in).
    private mutating func yearAfterNam() throws(PeriodError) -> Int? {
        if case .number(let n)? = peek(), n.count == 4, let y = Int(n) {
            i += 1
            return y
        }
        if consume(["nay"]) { return try contextYear() }
        if consume(["truoc"]) || consume(["ngoai"]) { return try contextYear() - 1 }
        if case .number(let n)? = peek() {
            throw fail("'\(n)' is not a year (expected four digits, as in 'năm 2023')")
        }
        return try optionalYear()
    }

    /// "/2023", "-2023", ".2023", "năm 2023" or a bare "2023" after a month, quarter or day.
    private mutating func optionalYear() throws(PeriodError) -> Int? {
        if case .symbol(let c)? = peek(), "/-.".contains(c), case .number(let n)? = token(at: i + 1), n.count == 4 {
            i += 2
            return Int(n)
        }
        if word(at: i) == "nam", case .number(let n)? = token(at: i + 1), n.count == 4 {
            i += 2
            return Int(n)
        }
        if word(at: i) == "nam", ["nay", "truoc", "ngoai"].contains(word(at: i + 1) ?? "") {
            i += 1
            return try yearAfterNam()
        }
        if case .number(let n)? = peek(), n.count == 4 {
            i += 1
            return Int(n)
        }
        return nil
    }

    /// The given year, else the context's (spelt out: `??` would widen the error type).
    private func orContextYear(_ year: Int?) throws(PeriodError) -> Int {
        if let year { return year }
        return try contextYear()
    }

    private func contextYear() throws(PeriodError) -> Int {
        guard let y = context.effectiveYear else {
            throw fail("the year is missing (write it, as in 'tháng 9/2023', or give a context year)")
        }
        return y
    }

    // MARK: - Tokens

    /// Vietnamese number words for month counts: một … mười hai ("mười ba" yields 13, an error later).
    private func numberWord(at j: Int) -> (Int, Int)? {
        let units = ["mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6, "bay": 7,
                     "tam": 8, "chin": 9]
        guard let w = word(at: j) else { return nil }
        if w == "muoi" {
            if let next = word(at: j + 1), let u = units[next], next != "nam" || word(at: j + 2) == "thang" {
                return (10 + u, 2)
            }
            return (10, 1)
        }
        return units[w].map { ($0, 1) }
    }

    private mutating func smallNumber(what: String) throws(PeriodError) -> Int {
        guard case .number(let n)? = peek(), n.count <= 2, let value = Int(n) else {
            throw fail("expected \(what)")
        }
        i += 1
        return value
    }

    private func checkMonth(_ m: Int) throws(PeriodError) {
        guard (1...12).contains(m) else { throw fail("month \(m) does not exist (expected 1–12)") }
    }

    private func peek() -> Token? { token(at: i) }
    private func token(at j: Int) -> Token? { j < tokens.count ? tokens[j] : nil }

    private func word(at j: Int) -> String? {
        if case .word(let w)? = token(at: j) { return w }
        return nil
    }

    private func isNumber(at j: Int) -> Bool {
        if case .number? = token(at: j) { return true }
        return false
    }

    private func matches(_ words: [String]) -> Bool {
        words.enumerated().allSatisfy { word(at: i + $0.offset) == $0.element }
    }

    private mutating func consume(_ words: [String]) -> Bool {
        guard matches(words) else { return false }
        i += words.count
        return true
    }

    private func fail(_ message: String) -> PeriodError {
        PeriodError(input: text, message: message)
    }
}
