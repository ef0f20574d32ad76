import ChisoQuery
import Testing

/// Hostile sizes are refused with a query error at the token that crosses the limit, and
/// everything up to the limit compiles to SQL that SQLite accepts and runs.
@Suite struct QueryLimitTests {
    static let depth = 20
    static let nestingMessage = "the query nests deeper than 20 levels (parentheses and not); simplify it"

    @Test func refusesFifteenThousandParenthesesAtTheTwentyFirst() throws {
        let query = String(repeating: "(", count: 15_000) + "value > 1" + String(repeating: ")", count: 15_000)
        let error = try #require(QueryFixture().failure(query))
        #expect(error.message == Self.nestingMessage)
        #expect(error.column == Self.depth + 1)
    }

    @Test func refusesTwentyThousandNotsAtTheTwentyFirst() throws {
        let query = String(repeating: "not ", count: 20_000) + "value > 1"
        let error = try #require(QueryFixture().failure(query))
        #expect(error.message == Self.nestingMessage)
        #expect(error.column == Self.depth * 4 + 1)
    }

    @Test func pointerOfAHugeQueryShowsOnlyTheNeighbourhood() throws {
        let query = String(repeating: "(", count: 15_000) + "value > 1" + String(repeating: ")", count: 15_000)
        let error = try #require(QueryFixture().failure(query))
        let lines = error.pointer.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == "  " + String(repeating: "(", count: 81) + "…")
        #expect(lines[1] == "  " + String(repeating: " ", count: 20) + "^")
    }

    /// The shapes that cost SQLite's parser the most per level: `not` and alternating
    /// and/or, each with the widest predicate, under `latest` (a subquery).
    static let deepest: [String] = [
        String(repeating: "not ", count: depth) + "indicator ~ score",
        "latest and " + String(repeating: "not (indicator ~ score or ", count: depth / 2) + "area in (08, 02)" + String(repeating: ")", count: depth / 2),
        "latest and " + (0..<depth).map { $0 % 2 == 0 ? "(indicator ~ score or " : "(area = 08 and " }.joined()
            + "period within 2023" + String(repeating: ")", count: depth),
        "latest and not not " + String(repeating: "not (value between 1 and 99 or (area != 08 and ", count: (depth - 2) / 3)
            + "value > 1" + String(repeating: ")", count: 2 * ((depth - 2) / 3)),
    ]

    @Test(arguments: deepest)
    func runsAQueryAtTheLimit(query: String) throws {
        let fixture = try QueryFixture()
        if let error = fixture.failure(query) { Issue.record("\(error.message)\n\(error.pointer)") }
        _ = try fixture.run(query)
    }

    @Test func refusesOneLevelMoreThanTheLimit() throws {
        let query = String(repeating: "not ", count: Self.depth + 1) + "indicator ~ score"
        #expect(try QueryFixture().failure(query)?.message == Self.nestingMessage)
    }

    @Test func runsFiveHundredConditionsAndRefusesTheFiveHundredFirst() throws {
        let fixture = try QueryFixture()
        let allowed = (1...500).map { "value > \($0)" }.joined(separator: " or ")
        #expect(try fixture.firstColumn("select value where " + allowed + " order by value limit 1") == ["42.06"])
        let tooMany = "latest and " + (1...500).map { "indicator ~ s\($0)" }.joined(separator: " and ")
        let error = try #require(fixture.failure(tooMany))
        #expect(error.message == "the query has more than 500 conditions; join values with in (…) instead of or")
        #expect(error.column == tooMany.count - "indicator ~ s500".count + 1)
    }

    @Test func refusesMoreThanTenThousandValues() throws {
        let fixture = try QueryFixture()
        #expect(try fixture.firstColumn("select value where value in (" + (1...10_000).map(String.init).joined(separator: ", ") + ") order by value limit 1") == ["55"])
        let error = try #require(fixture.failure("where value in (" + (1...10_001).map(String.init).joined(separator: ", ") + ")"))
        #expect(error.message == "the query has more than 10000 values to compare; split it into several queries")
        #expect(error.column == 7)
    }

    @Test func refusesAMegabyteAreaNameQuickly() throws {
        let error = try #require(QueryFixture().failure("where area = " + String(repeating: "x", count: 1 << 20)))
        #expect(error.message == "unknown area 'xxxxxxxxxxxxxxxxxxxx…': 1048576 characters is longer than any area name")
        #expect(error.column == 14)
    }

    @Test func writesControlCharactersOfAQuotedValueAsEscapes() throws {
        let error = try #require(QueryFixture().failure("where indicator = 'qd766\nscore\u{1B}[2J'"))
        #expect(error.message.hasPrefix("unknown indicator 'qd766\\nscore\\u{1B}[2J'"))
        #expect(error.pointer == "  where indicator = 'qd766 score [2J'\n                    ^^^^^^^^^^^^^^^^^")
    }

    @Test func refusesMoreThanAHundredSelectedOrSortingFields() throws {
        let fixture = try QueryFixture()
        let hundred = Array(repeating: "value", count: 100).joined(separator: ", ")
        #expect(try fixture.run("select \(hundred) order by \(hundred) limit 1").rows.count == 1)
        #expect(try fixture.failure("select \(hundred), value")?.message == "select lists more than 100 fields; use select * for all of them")
        #expect(try fixture.failure("order by \(hundred), value")?.message == "order by lists more than 100 fields; keep the ones that decide the order")
    }
}
