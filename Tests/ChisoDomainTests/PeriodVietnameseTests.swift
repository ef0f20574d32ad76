import Testing
@testable import ChisoDomain

@Suite struct PeriodVietnameseTests {
    /// Phrases from the seed reports and the brief, with the one code each must read as.
    @Test(arguments: [
        // years
        ("năm 2020", "2020"), ("năm 2023", "2023"), ("2023", "2023"), ("trong năm 2023", "2023"),
        ("Năm 2023", "2023"), ("trong năm 2024,", "2024"), ("NĂM 2022", "2022"),
        ("cả năm 2024", "2024"), ("trong cả năm 2023", "2023"),
        // as of the end of a span, with a bare "hết"
        ("hết tháng 02/2025", "2025-02-28"), ("hết năm 2024", "2024-12-31"), ("hết quý III/2024", "2024-09-30"),
        // halves
        ("6 tháng đầu năm 2023", "2023-H1"), ("sáu tháng đầu năm 2023", "2023-H1"), ("Sáu tháng đầu năm 2023", "2023-H1"),
        ("nửa đầu năm 2023", "2023-H1"), ("6 tháng năm 2023", "2023-H1"), ("6 tháng cuối năm 2023", "2023-H2"),
        ("nửa cuối năm 2023", "2023-H2"), ("kết quả 6 tháng đầu năm 2023", "2023-H1"),
        // N months to date
        ("9 tháng đầu năm 2023", "2023-01/2023-09"), ("trong 9 tháng đầu năm 2023", "2023-01/2023-09"),
        ("10 tháng đầu năm 2024", "2024-01/2024-10"), ("3 tháng đầu năm 2023", "2023-Q1"),
        ("12 tháng đầu năm 2023", "2023"), ("05 tháng đầu năm 2023", "2023-01/2023-05"),
        ("chín tháng đầu năm 2023", "2023-01/2023-09"), ("mười tháng đầu năm 2024", "2024-01/2024-10"),
        ("mười một tháng đầu năm 2024", "2024-01/2024-11"), ("mười hai tháng đầu năm 2024", "2024"),
        ("năm tháng đầu năm 2023", "2023-01/2023-05"), ("một tháng đầu năm 2023", "2023-01"),
        ("bốn tháng đầu năm 2023", "2023-01/2023-04"), ("lũy kế 9 tháng năm 2023", "2023-01/2023-09"),
        ("luỹ kế 9 tháng đầu năm 2023", "2023-01/2023-09"), ("3 tháng cuối năm 2023", "2023-Q4"),
        ("9 tháng đầu năm/2023", "2023-01/2023-09"),
        // quarters
        ("quý III/2023", "2023-Q3"), ("quý 3/2023", "2023-Q3"), ("quý III năm 2023", "2023-Q3"),
        ("Quý I - 2023", "2023-Q1"), ("QUÝ IV/2024", "2024-Q4"), ("quý II-2023", "2023-Q2"), ("quý 1 2023", "2023-Q1"),
        // months
        ("tháng 9/2023", "2023-09"), ("tháng 02/2025", "2025-02"), ("tháng 9 năm 2023", "2023-09"),
        ("tháng 9-2023", "2023-09"), ("T9/2023", "2023-09"), ("t12/2023", "2023-12"), ("kết quả tháng 9/2023", "2023-09"),
        ("tính riêng tháng 9/2023", "2023-09"), ("Tháng 9.2023", "2023-09"), ("tháng 1-9/2023", "2023-01/2023-09"),
        // month intervals
        ("từ tháng 1 đến tháng 9/2023", "2023-01/2023-09"), ("từ tháng 1/2023 đến tháng 9/2023", "2023-01/2023-09"),
        ("từ tháng 4 đến tháng 6/2023", "2023-Q2"), ("từ tháng 11 đến tháng 2/2024", "2023-11/2024-02"),
        ("tháng 1 - tháng 6/2023", "2023-H1"),
        // year intervals
        ("giai đoạn 2016-2020", "2016/2020"), ("giai đoạn 2016 – 2020", "2016/2020"), ("2016-2020", "2016/2020"),
        ("nhiệm kỳ 2020-2025", "2020/2025"), ("trong giai đoạn 2021 - 2030", "2021/2030"), ("Giai đoạn 2016—2020", "2016/2020"),
        ("từ năm 2016 đến năm 2020", "2016/2020"), ("năm 2016 - 2020", "2016/2020"), ("giai đoạn 2023-2023", "2023"),
        // days
        ("30/9/2023", "2023-09-30"), ("ngày 30/9/2023", "2023-09-30"), ("ngày 13.10.2023", "2023-10-13"),
        ("trích xuất ngày 13.10.2023", "2023-10-13"), ("13-10-2023", "2023-10-13"), ("ngày 30 tháng 9 năm 2023", "2023-09-30"),
        ("tính đến ngày 30/9/2023", "2023-09-30"), ("Tính đến ngày 30/9/2023", "2023-09-30"), ("đến ngày 10/6/2023", "2023-06-10"),
        ("Đến ngày 10/6/2023", "2023-06-10"), ("ngày 02/9/2021", "2021-09-02"), ("ngày 15/7/2021", "2021-07-15"),
        ("ngày 29/2/2024", "2024-02-29"),
        // day intervals
        ("từ ngày 1/1/2023 đến ngày 30/9/2023", "2023-01/2023-09"), ("từ ngày 1/1/2023 đến ngày 15/9/2023", "2023-01-01/2023-09-15"),
        ("từ 1/1 đến 30/6/2023", "2023-H1"), ("tính từ ngày 1/7/2023 đến ngày 31/12/2023", "2023-H2"),
        ("từ ngày 1/1/2023 đến ngày 1/1/2023", "2023-01-01"),
        // as-of snapshots
        ("đến hết tháng 9/2023", "2023-09-30"), ("tính đến hết tháng 9/2023", "2023-09-30"), ("tính đến tháng 9/2023", "2023-09-30"),
        ("Tính đến tháng 9/2021", "2021-09-30"), ("đến hết năm 2023", "2023-12-31"), ("đến cuối năm 2023", "2023-12-31"),
        ("đến hết quý III/2023", "2023-09-30"), ("đầu năm 2023", "2023-01-01"), ("cuối năm 2023", "2023-12-31"),
        ("đến năm 2030", "2030-12-31"), ("đến hết tháng 02/2024", "2024-02-29"), ("cuối quý II/2023", "2023-06-30"),
        ("đầu tháng 9/2023", "2023-09-01"), ("tính đến hết 9 tháng đầu năm 2023", "2023-09-30"),
        ("từ đầu năm đến hết tháng 9/2023", "2023-01/2023-09"),
        // everyday forms a new user types: the months from January without "đầu", the code's
        // letters before the year, a year then a month, and a list of consecutive quarters
        ("9 tháng 2023", "2023-01/2023-09"), ("9 tháng năm 2023", "2023-01/2023-09"), ("6 tháng 2023", "2023-H1"),
        ("9 tháng/2023", "2023-01/2023-09"), ("Q3 2023", "2023-Q3"), ("q3/2023", "2023-Q3"), ("Q1 năm 2024", "2024-Q1"),
        ("2023-9", "2023-09"), ("2023/9", "2023-09"), ("2024-12", "2024-12"),
        ("quý I, II năm 2024", "2024-H1"), ("quý I và II/2024", "2024-H1"), ("quý II, III năm 2024", "2024-04/2024-09"),
        ("quý I, II, III năm 2024", "2024-01/2024-09"), ("quý I-II/2024", "2024-H1"),
        // a range of quarters runs first through last; the half's letter; the year first; the
        // half without "năm"
        ("quý I-III/2023", "2023-01/2023-09"), ("Quý I – IV năm 2022", "2022"), ("quý 2-4/2024", "2024-04/2024-12"),
        ("quý I đến III năm 2023", "2023-01/2023-09"), ("từ quý II đến quý IV/2023", "2023-04/2023-12"),
        ("H1 2024", "2024-H1"), ("h2/2024", "2024-H2"), ("2024 H1", "2024-H1"), ("2023Q3", "2023-Q3"),
        ("2023 q4", "2023-Q4"), ("2024 quý I", "2024-Q1"), ("năm 2024 quý III", "2024-Q3"),
        ("nửa đầu 2025", "2025-H1"), ("nửa cuối 2025", "2025-H2"), ("nửa sau /2025", "2025-H2"),
        ("nửa năm 2024", "2024-H1"), ("trong nửa năm 2024", "2024-H1"),
        // canonical codes pass through
        ("2023-Q3", "2023-Q3"), ("2023-h1", "2023-H1"), ("2023-01/2023-06", "2023-H1"), (" 2023-09-30 ", "2023-09-30"),
    ])
    func readsReportWording(text: String, code: String) throws {
        #expect(try Period.parse(text).code == code)
    }

    @Test(arguments: [
        "6 tha\u{301}ng đa\u{302}\u{300}u na\u{306}m 2023", "6  THÁNG   ĐẦU  NĂM 2023", "  6 tháng đầu năm 2023  ",
        "6 tháng đầu năm 2023,", "Sáu tháng đầu năm 2023", "sau 6 tháng đầu năm 2023",
    ])
    func ignoresNormalisationCaseAndSpacing(text: String) throws {
        #expect(try Period.parse(text).code == "2023-H1")
    }

    @Test(arguments: [
        ("ngày 28/10", "2023-10-28"), ("tính đến ngày 28/10", "2023-10-28"), ("tháng 9", "2023-09"),
        ("9 tháng đầu năm", "2023-01/2023-09"), ("trong 9 tháng đầu năm", "2023-01/2023-09"), ("quý III", "2023-Q3"),
        ("đầu năm", "2023-01-01"), ("6 tháng đầu năm", "2023-H1"), ("năm nay", "2023"), ("năm trước", "2022"),
        ("tháng 9", "2023-09"), ("quý I, II", "2023-H1"),
    ])
    func takesAMissingYearFromTheContext(text: String, code: String) throws {
        #expect(try Period.parse(text, context: PeriodContext(year: 2023)).code == code)
    }

    @Test func prefersTheExplicitContextYearOverTheAsOfDate() throws {
        let context = PeriodContext(year: 2022, asOf: try CalendarDate(iso: "2023-10-28"))
        #expect(try Period.parse("ngày 28/10", context: context).code == "2022-10-28")
        #expect(try Period.parse("ngày 28/10", context: PeriodContext(asOf: try CalendarDate(iso: "2023-10-28"))).code == "2023-10-28")
    }

    @Test(arguments: [("đến nay", "2023-10-28"), ("hiện nay", "2023-10-28"), ("hiện tại", "2023-10-28"),
                      ("tính đến nay", "2023-10-28"), ("từ đầu năm đến nay", "2023-01-01/2023-10-28"),
                      ("cùng kỳ", "2022-10-28"), ("cùng kỳ năm trước", "2022-10-28"), ("so cùng kỳ năm 2021", "")])
    func readsNowFromTheContext(text: String, code: String) throws {
        let context = PeriodContext(asOf: try CalendarDate(iso: "2023-10-28"))
        if code.isEmpty {
            #expect(throws: PeriodError.self) { try Period.parse(text, context: context) }
        } else {
            #expect(try Period.parse(text, context: context).code == code)
        }
    }

    @Test func saysTheYearIsMissing() {
        #expect(throws: PeriodError(input: "ngày 28/10",
                                    message: "the year is missing (write it, as in 'tháng 9/2023', or give a context year)")) {
            try Period.parse("ngày 28/10")
        }
    }

    @Test func saysNowNeedsAnAsOfDate() {
        #expect(throws: PeriodError(input: "đến nay",
                                    message: "'đến nay' needs the date the text was written (context asOf), and none was given")) {
            try Period.parse("đến nay", context: PeriodContext(year: 2023))
        }
    }

    @Test(arguments: [
        ("31/2/2023", "day 31 does not exist in 2/2023 (expected 1–28)"),
        ("ngày 29/2/2023", "day 29 does not exist in 2/2023 (expected 1–28)"),
        ("tháng 13/2023", "month 13 does not exist (expected 1–12)"),
        ("quý V/2023", "quarter 'V' does not exist (expected I–IV or 1–4)"),
        ("quý 5/2023", "quarter '5' does not exist (expected I–IV or 1–4)"),
        ("13 tháng đầu năm 2023", "13 tháng is not a part of one year (expected 1–12 tháng đầu/cuối năm)"),
        ("0 tháng đầu năm 2023", "0 tháng is not a part of one year (expected 1–12 tháng đầu/cuối năm)"),
        ("mười ba tháng đầu năm 2023", "13 tháng is not a part of one year (expected 1–12 tháng đầu/cuối năm)"),
        ("2023-13", "month 13 does not exist (expected 1–12)"),
        ("từ tháng 1/2024 đến tháng 9/2023", "the range starts after it ends (2024-01 to 2023-09)"),
        ("giai đoạn 2020-2016", "the range starts after it ends (2020 to 2016)"),
        ("từ tháng 1/2023", "expected 'đến …' to close 'từ …'"),
        ("ngày 30/9-2023", "expected one separator throughout the date, as in 30/9/2023"),
        ("6 tháng qua", "expected 'đầu năm' or 'cuối năm' after '6 tháng'"),
        ("năm 0", "'0' is not a year (expected four digits, as in 'năm 2023')"),
        ("năm 23", "'23' is not a year (expected four digits, as in 'năm 2023')"),
        ("2023-0", "month 0 does not exist (expected 1–12)"),
        ("quý I, III năm 2024", "quarters 1 and 3 are not one span (expected consecutive quarters such as 'quý I, II')"),
        ("quý III-I/2024", "quarters 3 and 1 are not one span (expected consecutive quarters such as 'quý I, II')"),
        ("2023 Q5", "quarter 5 does not exist (expected 1–4)"),
        ("H3 2024", "half 3 does not exist (expected H1 or H2)"),
        ("2024 quý I/2023", "two years for one quarter (2024 and 2023)"),
        ("nửa năm", "expected 'nửa đầu năm' or 'nửa cuối năm'"),
    ])
    func rejectsImpossiblePeriods(text: String, message: String) {
        #expect(throws: PeriodError(input: text, message: message)) { try Period.parse(text) }
    }

    @Test(arguments: ["", "   ", "abc", "hôm qua", "tháng", "quý", "tháng 9/23", "ngày 32/1/2023", "30/9/2023 abc",
                      "năm", "tỷ lệ 42,06%", "2023/", "9 tháng", "quý III/2023/2024", "đầu", "giai đoạn", "tháng 0/2023",
                      "-", "đến", "T/2023", "1.824"])
    func rejectsGarbage(text: String) {
        #expect(throws: PeriodError.self) { try Period.parse(text) }
    }

    @Test func namesWhatWasExpectedForGarbage() {
        #expect(throws: PeriodError(input: "abc", message: PeriodPhraseParser.expectation)) { try Period.parse("abc") }
        let error = PeriodError(input: "abc", message: PeriodPhraseParser.expectation)
        #expect(error.description.hasPrefix("cannot read period 'abc': expected a period such as 'năm 2023'"))
    }

    @Test func reportsTrailingWords() {
        #expect(throws: PeriodError(input: "tháng 9/2023 abc",
                                    message: "unexpected 'abc' after the period; \(PeriodPhraseParser.expectation)")) {
            try Period.parse("tháng 9/2023 abc")
        }
    }

    @Test(arguments: ["2023", "2023-H1", "2023-H2", "2023-Q3", "2023-09", "2023-09-30", "2023-01/2023-09",
                      "2016/2020", "2023-04/2023-09", "2022-11/2023-02", "2023-01-01/2023-09-15", "2023-09/2023-12"])
    func readsItsOwnLabelsBack(code: String) throws {
        let period = try Period(code: code)
        #expect(try Period.parse(period.labelVi).code == code)
    }

    @Test func tokenizesFoldedPhrases() {
        #expect(PeriodToken.tokenize(VietnameseText.fold("Quý III/2023")) == [.word("quy"), .word("iii"), .symbol("/"), .number("2023")])
        #expect(PeriodToken.tokenize("t9/2023") == [.word("t"), .number("9"), .symbol("/"), .number("2023")])
        #expect(PeriodToken.tokenize("2016 – 2020") == [.number("2016"), .symbol("-"), .number("2020")])
        #expect(PeriodToken.tokenize("tháng 02") == [.word("tháng"), .number("02")])
    }
}
