import Foundation

/// A day in the proleptic Gregorian calendar, with no time zone and no time of day.
///
/// Reports quote figures "as of" a day; a `Date` would drag in time zones and make two
/// readings of "30/9/2023" unequal. Construction validates, so an instance is always a real day.
package struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    /// The years a figure chiso stores can be about: from the founding of the state (1945) to
    /// 2100. A year outside is a typo ("0023" for 2023) or a misread number, and a year below
    /// 1000 would get a code ("23-09") that no period reader accepts back.
    package static let years = 1945...2100

    /// Rejects impossible days (31/2, 29/2/2023, month 13, day 0) instead of rolling them over,
    /// because a rolled-over date in a report is a wrong figure, not a convenience.
    package init(year: Int, month: Int, day: Int) throws(PeriodError) {
        let text = "\(day)/\(month)/\(year)"
        guard CalendarDate.years.contains(year) else {
            throw PeriodError(input: text, message: "year \(year) is outside \(CalendarDate.years.lowerBound)–\(CalendarDate.years.upperBound)")
        }
        guard (1...12).contains(month) else {
            throw PeriodError(input: text, message: "month \(month) does not exist (expected 1–12)")
        }
        let last = CalendarDate.daysIn(month: month, year: year)
        guard (1...last).contains(day) else {
            throw PeriodError(input: text,
                              message: "day \(day) does not exist in \(month)/\(year) (expected 1–\(last))")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads exactly `YYYY-MM-DD`; other spellings belong to `Period.parse`.
    package init(iso: String) throws(PeriodError) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else {
            throw PeriodError(input: iso, message: "expected an ISO date YYYY-MM-DD such as 2023-09-30")
        }
        do throws(PeriodError) {
            try self.init(year: y, month: m, day: d)
        } catch {
            throw PeriodError(input: iso, message: error.message)
        }
    }

    package var iso: String {
        "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
    }

    package var description: String { iso }

    /// Day/month/year the way Vietnamese reports write it, without leading zeros: "30/9/2023".
    package var vietnamese: String { "\(day)/\(month)/\(year)" }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeap(year) ? 29 : 28
        default: return 0
        }
    }

    package static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Today in UTC, so every machine that loads the same data on the same day agrees.
    package static func today() -> CalendarDate {
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return CalendarDate(daysSinceEpoch: days)
    }

    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01; lets callers step across month and year ends without a calendar.
    package var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The inverse of `daysSinceEpoch`; always yields a valid day.
    package init(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    package func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Built from parts already known to be valid (our own arithmetic), never from user input.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        precondition((1...12).contains(month) && day >= 1 && day <= CalendarDate.daysIn(month: month, year: year),
                     "invalid date \(year)-\(month)-\(day)")
        self.year = year
        self.month = month
        self.day = day
    }

    static func firstDay(year: Int, month: Int) -> CalendarDate {
        CalendarDate(unchecked: year, month, 1)
    }

    static func lastDay(year: Int, month: Int) -> CalendarDate {
        CalendarDate(unchecked: year, month, daysIn(month: month, year: year))
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
