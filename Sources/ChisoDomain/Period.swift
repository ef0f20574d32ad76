/// A span of calendar days that an indicator value refers to, with ONE canonical code per span.
///
/// Reports name the same span many ways ("9 tháng đầu năm 2023", "từ tháng 1 đến tháng 9/2023");
/// storing one code per span is what lets two sources' figures be compared. The code is derived
/// from the dates, never the other way round, so the invariant holds by construction.
///
/// Canonical codes: `2023` (year), `2023-H1`, `2023-Q3`, `2023-09` (month), `2023-09-30` (day),
/// and `A/B` intervals written in the coarsest unit that fits: `2016/2020`, `2023-01/2023-09`,
/// `2023-01-01/2023-09-15`.
package struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    package enum Kind: String, Sendable, CaseIterable {
        case year, half, quarter, month, day, interval
    }

    package let code: String
    package let kind: Kind
    package let start: CalendarDate
    package let end: CalendarDate

    /// Reads a canonical code. Interval codes that equal a simpler period are normalised
    /// (`2023-01/2023-06` → `2023-H1`) so callers cannot store two codes for one span.
    package init(code: String) throws(PeriodError) {
        let parts = code.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            self = try Period.single(String(parts[0]), whole: code)
        case 2:
            let a = try Period.single(String(parts[0]), whole: code)
            let b = try Period.single(String(parts[1]), whole: code)
            guard a.end <= b.end else {
                throw PeriodError(input: code,
                                  message: "the interval's first part ends after its second part (\(a.end) > \(b.end))")
            }
            self = try Period(start: a.start, end: b.end)
        default:
            throw Period.badCode(code)
        }
    }

    /// The period covering exactly `start...end`, named by the simplest code that fits.
    package init(start: CalendarDate, end: CalendarDate) throws(PeriodError) {
        guard start <= end else {
            throw PeriodError(input: "\(start)/\(end)", message: "the start \(start) is after the end \(end)")
        }
        self.start = start
        self.end = end
        (kind, code) = Period.name(start: start, end: end)
    }

    /// A single day, the shape of an "as of" snapshot ("tính đến ngày 30/9/2023").
    package init(day: CalendarDate) {
        start = day
        end = day
        kind = .day
        code = day.iso
    }

    package static func year(_ year: Int) throws(PeriodError) -> Period {
        try Period(start: CalendarDate(year: year, month: 1, day: 1), end: CalendarDate(year: year, month: 12, day: 31))
    }

    package static func month(_ month: Int, of year: Int) throws(PeriodError) -> Period {
        let first = try CalendarDate(year: year, month: month, day: 1)
        return try Period(start: first, end: CalendarDate.lastDay(year: year, month: month))
    }

    /// Months `from...to` of one year (1-based, inclusive).
    package static func months(_ from: Int, through to: Int, of year: Int) throws(PeriodError) -> Period {
        let first = try CalendarDate(year: year, month: from, day: 1)
        let last = try CalendarDate(year: year, month: to, day: 1)
        return try Period(start: first, end: CalendarDate.lastDay(year: year, month: last.month))
    }

    package static func quarter(_ quarter: Int, of year: Int) throws(PeriodError) -> Period {
        guard (1...4).contains(quarter) else {
            throw PeriodError(input: "\(year)-Q\(quarter)", message: "quarter \(quarter) does not exist (expected 1–4)")
        }
        return try months(quarter * 3 - 2, through: quarter * 3, of: year)
    }

    /// `other` lies wholly inside `self`.
    package func contains(_ other: Period) -> Bool {
        start <= other.start && other.end <= end
    }

    package func overlaps(_ other: Period) -> Bool {
        start <= other.end && other.start <= end
    }

    /// The last day of the span as a period: what "đến hết <span>" means.
    package var endDay: Period { Period(day: end) }

    /// The same span a year earlier, what "cùng kỳ" compares with: "6 tháng đầu năm 2024" →
    /// 2023-01/2023-06; a month's last day stays its last day (29/2 → 28/2).
    package var yearBefore: Period? {
        func back(_ d: CalendarDate) -> CalendarDate? {
            let last = CalendarDate.daysIn(month: d.month, year: d.year)
            let lastBefore = CalendarDate.daysIn(month: d.month, year: d.year - 1)
            return try? CalendarDate(year: d.year - 1, month: d.month, day: d.day == last ? lastBefore : min(d.day, lastBefore))
        }
        guard let s = back(start), let e = back(end), let p = try? Period(start: s, end: e) else { return nil }
        return p
    }

    /// The same span moved by whole years; the day-level end snaps to the month end when the
    /// original ended on one (so "cùng kỳ" of H1 2024 is H1 2023, and of 29/2 it is 28/2).
    package func shifted(years: Int) throws(PeriodError) -> Period {
        func move(_ d: CalendarDate, snapToEnd: Bool) throws(PeriodError) -> CalendarDate {
            let y = d.year + years
            let last = CalendarDate.daysIn(month: d.month, year: y)
            let atEnd = snapToEnd && d.day == CalendarDate.daysIn(month: d.month, year: d.year)
            return try CalendarDate(year: y, month: d.month, day: atEnd ? last : min(d.day, last))
        }
        return try Period(start: move(start, snapToEnd: false), end: move(end, snapToEnd: true))
    }

    package var description: String { code }

    /// Orders by start, then by end, so a sorted list reads chronologically.
    package static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    // MARK: - Codes

    private static func badCode(_ code: String) -> PeriodError {
        PeriodError(input: code,
                    message: "expected a canonical code: 2023, 2023-H1, 2023-Q3, 2023-09, 2023-09-30 or A/B such as 2023-01/2023-09")
    }

    /// One non-interval code: year, half, quarter, month or day.
    private static func single(_ text: String, whole: String) throws(PeriodError) -> Period {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let yearText = parts.first, yearText.count == 4, yearText.allSatisfy(\.isASCIIDigit),
              let year = Int(yearText), year >= 1
        else { throw badCode(whole) }
        func fail(_ message: String) -> PeriodError { PeriodError(input: whole, message: message) }
        do throws(PeriodError) {
            switch parts.count {
            case 1:
                return try Period.year(year)
            case 2:
                let p = parts[1]
                if p == "H1" || p == "H2" {
                    return try months(p == "H1" ? 1 : 7, through: p == "H1" ? 6 : 12, of: year)
                }
                if p.count == 2, p.first == "Q", let q = Int(p.dropFirst()) {
                    guard (1...4).contains(q) else { throw fail("quarter Q\(q) does not exist (expected Q1–Q4)") }
                    return try quarter(q, of: year)
                }
                guard p.count == 2, p.allSatisfy(\.isASCIIDigit), let m = Int(p) else { throw badCode(whole) }
                return try month(m, of: year)
            case 3:
                guard parts[1].count == 2, parts[2].count == 2 else { throw badCode(whole) }
                return Period(day: try CalendarDate(iso: text))
            default:
                throw badCode(whole)
            }
        } catch {
            throw error.input == whole ? error : fail(error.message)
        }
    }

    /// The kind and code of a span: the coarsest name that covers exactly these days.
    private static func name(start: CalendarDate, end: CalendarDate) -> (Kind, String) {
        let startsMonth = start.day == 1
        let endsMonth = end.day == CalendarDate.daysIn(month: end.month, year: end.year)
        // Years are four digits in every code (0023, not 23), so a code always reads back.
        let y = CalendarDate.pad(start.year, 4)
        if start == end {
            return (.day, start.iso)
        }
        guard startsMonth && endsMonth else {
            return (.interval, "\(start.iso)/\(end.iso)")
        }
        if start.year == end.year {
            let span = (start.month, end.month)
            switch span {
            case (1, 12): return (.year, y)
            case (1, 6): return (.half, y + "-H1")
            case (7, 12): return (.half, y + "-H2")
            case let (a, b) where a == b:
                return (.month, y + "-" + CalendarDate.pad(a, 2))
            case let (a, b) where a % 3 == 1 && b == a + 2:
                return (.quarter, y + "-Q\(b / 3)")
            default:
                break
            }
        }
        if start.month == 1 && end.month == 12 {
            return (.interval, "\(y)/\(CalendarDate.pad(end.year, 4))")
        }
        let from = "\(y)-\(CalendarDate.pad(start.month, 2))"
        let to = "\(CalendarDate.pad(end.year, 4))-\(CalendarDate.pad(end.month, 2))"
        return (.interval, from + "/" + to)
    }
}

/// What a phrase that omits part of a period needs: the article's year for "ngày 28/10", the
/// article's date for "đến nay" and "cùng kỳ".
package struct PeriodContext: Sendable {
    package var year: Int?
    package var asOf: CalendarDate?

    package init(year: Int? = nil, asOf: CalendarDate? = nil) {
        self.year = year
        self.asOf = asOf
    }

    /// The year to fill in: the explicit one, else the as-of date's.
    var effectiveYear: Int? { year ?? asOf?.year }
}
