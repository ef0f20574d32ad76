import ChisoQuery
import Testing

/// Errors name what was wrong and what was expected, with a caret under the offending token.
@Suite struct QueryErrorTests {
    static let cases: [(query: String, message: String, column: Int, length: Int)] = [
        ("select vlaue where area = 08", "unknown field 'vlaue'; did you mean value?", 8, 5),
        ("where area = 08 and", "expected a condition (a field such as value, area or period, not, latest or '('), found the end of the query", 20, 1),
        ("where (value > 5", "unclosed parenthesis: no ')' closes this '('", 7, 1),
        ("where value > 5)", "unmatched ')': no '(' opens it", 16, 1),
        ("where value > ", "missing value after >: expected a value, found the end of the query", 15, 1),
        ("where value > 4x2", "bad number '4x2' for value: expected a number such as 42.06 or 42,06", 15, 3),
        ("select value limit -1", "limit expects a whole number of rows, 0 or more; found '-1'", 20, 2),
        ("select value limit 5 extra", "unexpected 'extra'; expected the end of the query", 22, 5),
        ("select value, where value > 1", "expected a field name after ',', found the keyword where", 15, 5),
        ("where area = tuyen quag", "unknown area 'tuyen quag'; did you mean Tuyên Quang?", 14, 10),
        ("where value in (42,06)", "'42,06' is ambiguous in a list: write 42.06 or '42,06' for one number, or '42, 06' with a space for two items", 17, 5),
        ("where indicator < 5", "'<' does not apply to indicator, a text field; expected =, !=, in, not in or ~", 17, 1),
        ("where value ~ 5", "'~' (contains) applies to text, not to value, a number; expected =, !=, <, <=, >, >= or between", 13, 1),
        ("where latest or value > 5", "latest can only be joined to the other conditions with and (it keeps the most recent period among the rows they select)", 7, 6),
        ("where area = 'tuyen", "unclosed quote: expected a closing ' before the end of the query", 14, 1),
        ("select value where", "missing condition after where", 19, 1),
        ("where value 5", "expected an operator after value (=, !=, <, <=, >, >=, ~, in, not in, between, within, overlaps), found '5'", 13, 1),
        ("where status = reportd", "unknown status 'reportd'; did you mean reported? expected one of reported, estimated, self_assessed, derived, inferred", 16, 7),
        ("order value", "expected by after order, found 'value'", 7, 5),
        ("where value between 1 or 2", "expected and between the two ends of between, found the keyword or", 23, 2),
        ("where value != 1 ! 2", "unexpected '!': expected '!=' (not equal) or the keyword not", 18, 1),
    ]

    @Test(arguments: cases)
    func pointsAtTheOffendingToken(query: String, message: String, column: Int, length: Int) throws {
        let fixture = try QueryFixture()
        let error = try #require(fixture.failure(query), "\(query)")
        #expect(error.message == message)
        #expect(error.column == column)
        #expect(error.length == length)
    }

    @Test func unknownIndicatorSuggestsTheClosestCodes() throws {
        let fixture = try QueryFixture()
        let error = try #require(fixture.failure("where indicator = qd766_scor"))
        #expect(error.message.hasPrefix("unknown indicator 'qd766_scor'; did you mean qd766_score"))
        #expect(error.column == 19)
    }

    @Test func unknownPeriodSaysWhatAPeriodLooksLike() throws {
        let fixture = try QueryFixture()
        let error = try #require(fixture.failure("where period within 2023-H3"))
        #expect(error.message.hasPrefix("unknown period '2023-H3': "))
        #expect(error.message.hasSuffix("expected a code such as 2023, 2023-H1, 2023-Q3, 2023-09 or Vietnamese such as \"9 tháng đầu năm 2023\""))
        #expect(error.column == 21)
    }

    @Test func pointerShowsTheQueryAndCarets() throws {
        let error = QuerySyntaxError("x", query: "select vlaue where area = 08", offset: 7, length: 5)
        #expect(error.pointer == "  select vlaue where area = 08\n         ^^^^^")
    }

    @Test func caretIsPlacedByTerminalWidthAfterVietnamese() throws {
        let fixture = try QueryFixture()
        // "Tuyên" in NFD has more scalars than columns; the caret must still sit under "vlaue".
        let query = "where area = \"Tuye\u{0302}n Quang\" and vlaue > 1"
        let error = try #require(fixture.failure(query))
        #expect(error.pointer.split(separator: "\n")[1] == "  " + String(repeating: " ", count: 31) + "^^^^^")
    }

    @Test func parseRejectsTrailingGarbageWithoutADatabase() {
        #expect(throws: QuerySyntaxError.self) { try ObservationQuery.parse("select value value") }
    }
}
