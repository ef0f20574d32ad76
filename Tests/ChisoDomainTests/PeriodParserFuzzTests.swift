import ChisoDomain
import ChisoTestSupport
import Testing

/// Seeded random fuzzing of `Period.parse` (codes and Vietnamese phrases): every input gives a
/// period or a one-line `PeriodError`, never a crash or a hang (docs/fuzzing.md).
@Suite struct PeriodParserFuzzTests {
    static let corpus: [String] = [
        "2023", "2023-H1", "2023-Q3", "2023-09", "2023-09-30", "2016/2020", "2023-01/2023-09",
        "9 tháng đầu năm 2023", "6 tháng cuối năm", "quý III/2023", "Quý I - 2023", "tháng 9/2023", "T9/2023",
        "tháng 1-9/2023", "ngày 30/9/2023", "13.10.2023", "ngày 30 tháng 9 năm 2023", "giai đoạn 2016-2020",
        "từ tháng 11 đến tháng 2/2024", "tính đến hết ngày 30/9/2023", "cùng kỳ năm trước", "đến nay", "nửa đầu năm 2023",
        "mười hai tháng năm 2023", "đầu năm 2023", "cuối quý 3/2023",
        // Hostile: impossible or extreme years, numbers and dates.
        "0001", "0000", "năm 0", "năm 0000", "tháng 9/0023", "quý 4/0001", "ngày 1/1/0001", "31/12/9999", "tháng 13/2023",
        "29/2/2023", "0/0/0", "99999999999999999999", "năm 99999999999999999999", "tháng 99999999999999999999/2023",
        "-2023", "2023-", "2023-Q0", "2023-Q9", "2023-H3", "2023-00", "2023-02-30", "9999-12-31/0001-01-01",
        "cùng kỳ năm 0001", "từ 0001 đến 9999", "quý V", "quý",
        // Hostile: structure.
        "", " ", "/", "-", "---", "đến", "từ", "từ từ từ", "giai đoạn", "giai đoạn giai đoạn 2016",
        String(repeating: "giai đoạn ", count: 20_000) + "2016-2020",
        String(repeating: "tính đến ", count: 10_000) + "2023",
        String(repeating: "đầu ", count: 10_000) + "năm 2023",
        String(repeating: "(", count: 15_000) + "2023",
        String(repeating: "9", count: 100_000),
        // Hostile: text.
        "năm\u{0}2023", "n\u{0103}m 2023", "na\u{0306}m 2023", "năm\u{200F}2023", "\u{202E}2023", "\u{FEFF}2023",
        "2023\u{0301}\u{0301}\u{0301}", "tháng\u{00A0}9/2023", "ｔｈáｎｇ ９/２０２３", "٢٠٢٣", "năm 2023 " + String(repeating: "\u{0300}", count: 5_000),
        "\u{FFFD}\u{FFFD}", "🇻🇳 2023", "năm 2023\u{1B}[31m", "tháng 9/2023\u{0085}x", "quý\u{2028}III",
    ]

    static let tokens: [String] = [
        "năm", "tháng", "quý", "ngày", "đầu", "cuối", "nửa", "giai đoạn", "nhiệm kỳ", "đến", "từ", "hết", "tính đến",
        "cùng kỳ", "nay", "hiện nay", "trước", "sáu", "mười", "I", "IV", "/", "-", ".", ",", " ", "2023", "0001", "9", "12",
        "30", "H1", "Q3", "\u{0301}", "\u{200F}",
    ]

    @Test func everyInputGivesAPeriodOrAOneLineError() {
        let report = Fuzz.run(corpus: Self.corpus.map { Array($0.utf8) }, tokens: Self.tokens.map { Array($0.utf8) },
                              iterations: Fuzz.iterations(default: 3_000)) {
            { bytes in
                let text = String(decoding: bytes, as: UTF8.self)
                let contexts = [PeriodContext(), PeriodContext(year: 2023, asOf: try? CalendarDate(year: 2023, month: 9, day: 30)),
                                PeriodContext(year: 1, asOf: try? CalendarDate(year: 1, month: 1, day: 1))]
                // Context matters to short phrases; a long input is hostile structure, read once.
                for context in bytes.count < 1_000 ? contexts : [PeriodContext()] {
                    do throws(PeriodError) {
                        let period = try Period.parse(text, context: context)
                        guard period.start <= period.end, (try? Period(code: period.code)) == period else {
                            return "parsed to \(period.code), which does not read back as the same span"
                        }
                    } catch {
                        guard Fuzz.isOneLine(error.description) else {
                            return "the error is not one line: \(String(reflecting: error.description))"
                        }
                    }
                }
                return nil
            }
        }
        #expect(report.hang == nil)
        #expect(report.failures.isEmpty, "\(report.failures.joined(separator: "\n"))")
        #expect(report.inputs == Self.corpus.count + Fuzz.iterations(default: 3_000))
    }

    /// Found by fuzzing: years below 1000 gave codes such as "23-09" that did not read back.
    /// Such years are now refused with the reason, in phrases and in codes alike.
    @Test(arguments: [("tháng 9/0023", 23), ("0001", 1), ("quý 4/0001", 1), ("từ 0001 đến 9999", 9999),
                      ("tháng 1-9/0081", 81), ("0023-09", 23)])
    func refusesYearsOutsideTheRangeWithTheReason(text: String, year: Int) throws {
        #expect {
            _ = try Period.parse(text)
        } throws: { error in
            "\(error)".contains("year \(year) is outside 1945–2100")
        }
    }

    @Test func readsAPeriodAfterManyPrefixesWithoutRecursing() throws {
        let period = try Period.parse(String(repeating: "giai đoạn ", count: 50_000) + "2016-2020")
        #expect(period.code == "2016/2020")
    }
}
