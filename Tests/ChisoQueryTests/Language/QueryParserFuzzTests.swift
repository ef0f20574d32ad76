import ChisoQuery
import ChisoTestSupport
import Testing

/// Seeded random fuzzing of the query language: every input parses, compiles and runs on the
/// fixture database, or fails with a one-line `QuerySyntaxError`; never a crash, a hang or a
/// raw SQLite error (docs/fuzzing.md).
@Suite struct QueryParserFuzzTests {
    static let corpus: [String] = [
        "select indicator, area, period, value where area = 08 and period within 2023 order by value desc limit 5",
        "where indicator = qd766_score and area in (tuyen quang, ha giang) and period overlaps 2023",
        "area = 08 and not (value > 50 or value < 10)", "where latest and indicator ~ score",
        "where period between 2023-Q1 and 2023-Q3", "where value between 1 and 99,5 order by period asc, value",
        "where agency = 'Sở Tư pháp' and status != estimated", "where period >= '9 tháng đầu năm 2023'",
        "select * where change is 1", "where numerator not in (1, 2, 3)", "where value not between 1 and 2",
        // Hostile: nesting and size.
        String(repeating: "(", count: 15_000) + "value > 1" + String(repeating: ")", count: 15_000),
        String(repeating: "not ", count: 20_000) + "value > 1",
        String(repeating: "not (", count: 5_000) + "value > 1",
        "where " + Array(repeating: "value > 1", count: 5_000).joined(separator: " or "),
        "where value in (" + (1...20_000).map(String.init).joined(separator: ", ") + ")",
        "select " + Array(repeating: "value", count: 5_000).joined(separator: ", "),
        "order by " + Array(repeating: "value", count: 5_000).joined(separator: ", "),
        "where area = " + String(repeating: "x", count: 1 << 20),
        "limit 99999999999999999999999", "where value > 1e999999", "where value > 99999999999999999999999999999",
        // Hostile: periods, quotes, bytes.
        "where period = 0001", "where period = 'tháng 9/0023'", "where period = 'năm 0'", "where period within 0000",
        "where period = 2023-13", "where date = 0000-00-00", "where value = '", "where value = \"", "''''", "'\u{0}'",
        "where area = '\u{0}'", "where area = \u{202E}08", "where area = Tuye\u{0302}n Quang", "where area ~ \u{0301}\u{0301}",
        "!", "!=", "<>", "((", "))", ")", ",", "where", "select", "order by", "not", "not in", "between", "latest latest",
        "", " \t\n", "\u{FEFF}", "\u{FFFD}", "select value,", "where value in ()", "where value in (,)",
        // Found by fuzzing: a quoted value with a line break made the message two lines.
        "where period >= '9 th\"ng đầu n\nu n\nm 2023'", "where indicator = 'a\u{1B}[2Jb'", "where status = 'x\r\ny'",
    ]

    static let tokens: [String] = [
        "select ", "where ", " and ", " or ", "not ", "(", ")", ",", " in ", " between ", " within ", " overlaps ",
        "latest", " order by ", " asc", " desc", " limit ", "=", "!=", "<", "<=", ">", ">=", "~", "'", "\"", "*",
        "value", "area", "period", "indicator", "status", "date", "numerator", "08", "2023", "2023-Q3", "42,06",
        "tuyen quang", "\u{0301}", "\u{200F}",
    ]

    @Test func everyInputRunsOrFailsWithOneQueryError() {
        let iterations = Fuzz.iterations(default: 1_000)
        let report = Fuzz.run(corpus: Self.corpus.map { Array($0.utf8) }, tokens: Self.tokens.map { Array($0.utf8) },
                              iterations: iterations) {
            let fixture = try QueryFixture()
            return { bytes in
                let text = String(decoding: bytes, as: UTF8.self)
                do {
                    _ = try fixture.run(text)
                } catch let error as QuerySyntaxError {
                    guard Fuzz.isOneLine(error.message), error.offset <= text.count else {
                        return "bad error: \(String(reflecting: error.message)) at \(error.offset)"
                    }
                } catch {
                    return "not a query error: \(error)"
                }
                return nil
            }
        }
        #expect(report.hang == nil)
        #expect(report.failures.isEmpty, "\(report.failures.joined(separator: "\n"))")
        #expect(report.inputs == Self.corpus.count + iterations)
    }
}
