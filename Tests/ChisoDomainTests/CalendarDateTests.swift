import Testing
@testable import ChisoDomain

@Suite struct CalendarDateTests {
    @Test(arguments: [
        (2023, 9, 30, "2023-09-30"), (2024, 2, 29, "2024-02-29"), (2000, 2, 29, "2000-02-29"),
        (2023, 1, 1, "2023-01-01"), (2023, 12, 31, "2023-12-31"),
    ])
    func acceptsRealDays(year: Int, month: Int, day: Int, iso: String) throws {
        let date = try CalendarDate(year: year, month: month, day: day)
        #expect(date.iso == iso)
        #expect(date.description == iso)
        #expect(try CalendarDate(iso: iso) == date)
    }

    @Test(arguments: [(2023, 2, 31), (2023, 2, 29), (1900, 2, 29), (2023, 13, 1), (2023, 0, 1),
                      (2023, 4, 31), (2023, 1, 0), (2023, 1, 32), (0, 1, 1)])
    func rejectsImpossibleDays(year: Int, month: Int, day: Int) {
        #expect(throws: PeriodError.self) { try CalendarDate(year: year, month: month, day: day) }
    }

    @Test func explainsAnImpossibleDay() {
        #expect(throws: PeriodError(input: "29/2/2023", message: "day 29 does not exist in 2/2023 (expected 1–28)")) {
            try CalendarDate(year: 2023, month: 2, day: 29)
        }
    }

    @Test(arguments: ["2023-9-30", "30/9/2023", "2023-09-31", "2023-13-01", "", "2023-09-30T00:00", "abcd-ef-gh", "+023-09-30"])
    func readsOnlyIsoDates(text: String) {
        #expect(throws: PeriodError.self) { try CalendarDate(iso: text) }
    }

    @Test func reportsTheIsoInputWhenTheDayIsImpossible() {
        #expect(throws: PeriodError(input: "2023-02-30", message: "day 30 does not exist in 2/2023 (expected 1–28)")) {
            try CalendarDate(iso: "2023-02-30")
        }
    }

    @Test func countsDaysInMonths() {
        #expect(CalendarDate.daysIn(month: 2, year: 2024) == 29)
        #expect(CalendarDate.daysIn(month: 2, year: 2100) == 28)
        #expect(CalendarDate.daysIn(month: 2, year: 2000) == 29)
        #expect(CalendarDate.daysIn(month: 9, year: 2023) == 30)
        #expect(CalendarDate.daysIn(month: 12, year: 2023) == 31)
        #expect(CalendarDate.daysIn(month: 13, year: 2023) == 0)
    }

    @Test func ordersChronologically() throws {
        let a = try CalendarDate(iso: "2023-09-30")
        let b = try CalendarDate(iso: "2023-10-01")
        let c = try CalendarDate(iso: "2024-01-01")
        #expect(a < b && b < c)
        #expect([c, a, b].sorted() == [a, b, c])
    }

    @Test func stepsAcrossMonthAndYearEnds() throws {
        let d = try CalendarDate(iso: "2023-12-31")
        #expect(d.adding(days: 1).iso == "2024-01-01")
        #expect(try CalendarDate(iso: "2024-03-01").adding(days: -1).iso == "2024-02-29")
        #expect(try CalendarDate(iso: "1970-01-01").daysSinceEpoch == 0)
        #expect(CalendarDate(daysSinceEpoch: 19_630).iso == "2023-09-30")
    }

    @Test func todayIsAPlausibleDay() {
        let today = CalendarDate.today()
        #expect(today.year >= 2025)
        #expect(today == CalendarDate(daysSinceEpoch: today.daysSinceEpoch))
    }
}
