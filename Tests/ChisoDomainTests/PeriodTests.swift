import Testing
@testable import ChisoDomain

@Suite struct PeriodTests {
    @Test(arguments: [
        ("2023", Period.Kind.year, "2023-01-01", "2023-12-31"),
        ("2023-H1", .half, "2023-01-01", "2023-06-30"),
        ("2023-H2", .half, "2023-07-01", "2023-12-31"),
        ("2023-Q1", .quarter, "2023-01-01", "2023-03-31"),
        ("2023-Q3", .quarter, "2023-07-01", "2023-09-30"),
        ("2023-Q4", .quarter, "2023-10-01", "2023-12-31"),
        ("2024-02", .month, "2024-02-01", "2024-02-29"),
        ("2023-09", .month, "2023-09-01", "2023-09-30"),
        ("2023-09-30", .day, "2023-09-30", "2023-09-30"),
        ("2023-01/2023-09", .interval, "2023-01-01", "2023-09-30"),
        ("2016/2020", .interval, "2016-01-01", "2020-12-31"),
        ("2023-01-01/2023-09-15", .interval, "2023-01-01", "2023-09-15"),
        ("2022-11/2023-02", .interval, "2022-11-01", "2023-02-28"),
    ])
    func readsCanonicalCodes(code: String, kind: Period.Kind, start: String, end: String) throws {
        let period = try Period(code: code)
        #expect(period.code == code)
        #expect(period.description == code)
        #expect(period.kind == kind)
        #expect(period.start.iso == start)
        #expect(period.end.iso == end)
    }

    @Test(arguments: [
        ("2023-01/2023-06", "2023-H1"), ("2023-01/2023-12", "2023"), ("2023-07/2023-09", "2023-Q3"),
        ("2023-07/2023-12", "2023-H2"), ("2023-09/2023-09", "2023-09"), ("2023/2023", "2023"),
        ("2023-01-01/2023-09-30", "2023-01/2023-09"), ("2023-01-01/2023-12-31", "2023"),
        ("2016-01-01/2020-12-31", "2016/2020"), ("2023-09-30/2023-09-30", "2023-09-30"),
        ("2023-Q1/2023-Q3", "2023-01/2023-09"), ("2023-H1/2023-Q3", "2023-01/2023-09"),
        ("2016/2020-12", "2016/2020"), ("2023-02-01/2023-02-28", "2023-02"),
        ("2023-Q2/2023-Q3", "2023-04/2023-09"),
    ])
    func normalisesIntervalsToOneCode(input: String, canonical: String) throws {
        #expect(try Period(code: input).code == canonical)
    }

    @Test(arguments: ["", "23", "2023-H3", "2023-Q5", "2023-Q0", "2023-13", "2023-00", "2023-9",
                      "2023-02-30", "2023-09-30/2023-09-01", "2023/2022", "2023-Q3/2023-H1",
                      "2023/2024/2025", "h1-2023", "2023-h1", " 2023", "2023-09-30/", "quý III/2023"])
    func rejectsNonCanonicalCodes(code: String) {
        #expect(throws: PeriodError.self) { try Period(code: code) }
    }

    @Test func explainsAnIntervalThatRunsBackwards() {
        #expect(throws: PeriodError(input: "2023/2022",
                                    message: "the interval's first part ends after its second part (2023-12-31 > 2022-12-31)")) {
            try Period(code: "2023/2022")
        }
    }

    @Test func explainsAnImpossibleMonthCode() {
        #expect(throws: PeriodError(input: "2023-13", message: "month 13 does not exist (expected 1–12)")) {
            try Period(code: "2023-13")
        }
        #expect(throws: PeriodError(input: "2023-Q5", message: "quarter Q5 does not exist (expected Q1–Q4)")) {
            try Period(code: "2023-Q5")
        }
    }

    @Test func printsErrorsAsOneLine() {
        let error = PeriodError(input: "x", message: "expected y")
        #expect(error.description == "cannot read period 'x': expected y")
        #expect(error.errorDescription == "cannot read period 'x': expected y")
    }

    @Test(arguments: [
        ("2023", "Năm 2023"), ("2023-H1", "6 tháng đầu năm 2023"), ("2023-H2", "6 tháng cuối năm 2023"),
        ("2023-Q3", "Quý III/2023"), ("2023-Q1", "Quý I/2023"), ("2023-Q4", "Quý IV/2023"),
        ("2023-09", "Tháng 9/2023"), ("2025-02", "Tháng 2/2025"), ("2023-09-30", "Ngày 30/9/2023"),
        ("2023-01/2023-09", "9 tháng đầu năm 2023"), ("2024-01/2024-10", "10 tháng đầu năm 2024"),
        ("2016/2020", "Giai đoạn 2016–2020"), ("2023-04/2023-09", "Từ tháng 4 đến tháng 9/2023"),
        ("2023-10/2023-12", "Quý IV/2023"), ("2023-09/2023-12", "4 tháng cuối năm 2023"),
        ("2022-11/2023-02", "Từ tháng 11/2022 đến tháng 2/2023"),
        ("2023-01-01/2023-09-15", "Từ ngày 1/1/2023 đến ngày 15/9/2023"),
    ])
    func labelsInNaturalVietnamese(code: String, label: String) throws {
        #expect(try Period(code: code).labelVi == label)
    }

    @Test func containsAndOverlapsByDates() throws {
        let year = try Period(code: "2023")
        let q3 = try Period(code: "2023-Q3")
        let nine = try Period(code: "2023-01/2023-09")
        let day = try Period(code: "2023-09-30")
        let next = try Period(code: "2024-01")
        #expect(year.contains(q3))
        #expect(nine.contains(q3))
        #expect(nine.contains(day))
        #expect(!q3.contains(nine))
        #expect(year.contains(year))
        #expect(!year.contains(next))
        #expect(year.overlaps(nine))
        #expect(q3.overlaps(day))
        #expect(!year.overlaps(next))
        #expect(try Period(code: "2023-H1").overlaps(Period(code: "2023-06/2023-07")))
        #expect(try !Period(code: "2023-H1").overlaps(Period(code: "2023-H2")))
    }

    @Test func sortsByStartThenEnd() throws {
        let codes = ["2023-Q3", "2023", "2023-01/2023-09", "2022", "2023-H1"]
        let sorted = try codes.map { (c: String) throws(PeriodError) in try Period(code: c) }.sorted().map(\.code)
        #expect(sorted == ["2022", "2023-H1", "2023-01/2023-09", "2023", "2023-Q3"])
    }

    @Test func shiftsBySameTimeLastYear() throws {
        #expect(try Period(code: "2024-H1").shifted(years: -1).code == "2023-H1")
        #expect(try Period(code: "2024-02").shifted(years: -1).code == "2023-02")
        #expect(try Period(code: "2024-02-29").shifted(years: -1).code == "2023-02-28")
        #expect(try Period(code: "2024-01/2024-10").shifted(years: -1).code == "2023-01/2023-10")
    }

    @Test func givesTheEndDayOfASpan() throws {
        #expect(try Period(code: "2023-Q3").endDay.code == "2023-09-30")
    }
}
