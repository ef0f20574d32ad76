import ChisoTestSupport
import Foundation
import Testing

/// Hostile nesting (15,000 parentheses, 20,000 `not`) ends with exit 1 and the query error,
/// never a crash, through `chiso query` and `chiso export --query`.
@Suite struct QueryDepthLimitTests {
    static let message = "Error: the query nests deeper than 20 levels (parentheses and not); simplify it"
    static let parentheses = String(repeating: "(", count: 15_000) + "value > 1" + String(repeating: ")", count: 15_000)
    static let nots = String(repeating: "not ", count: 20_000) + "value > 1"

    static let commands: [[String]] = [
        ["query", parentheses], ["query", nots], ["export", "--query", parentheses], ["export", "--query", nots],
    ]

    @Test(arguments: commands)
    func refusesHostileNestingWithOneError(arguments: [String]) throws {
        let fixture = try CLIQueryFixture()
        let before = try Chiso.dump(fixture.path)
        let result = try fixture.run(arguments)
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == Self.message)
        #expect(lines.count == 4, "the error, the query around the token, the caret, end: \(result.stderr.prefix(500))")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(try Chiso.dump(fixture.path) == before)
    }

    @Test func runsAQueryNestedToTheLimit() throws {
        let fixture = try CLIQueryFixture()
        let query = "select value where " + String(repeating: "not ", count: 18) + "((value > 59))"
        let result = try fixture.run(["query", query, "--format", "csv", "--no-header"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.lines.sorted() == ["60.1", "80"])
    }
}
