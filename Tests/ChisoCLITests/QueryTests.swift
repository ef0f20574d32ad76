import ChisoTestSupport
import Foundation
import Testing

/// A database made by the binary itself (`chiso init`) with a few figures added by sqlite3,
/// so these tests need nothing but the built `chiso`.
final class CLIQueryFixture {
    let directory = TemporaryDirectory("chiso-cli-query")
    let path: String

    init() throws {
        path = directory.path("q.db")
        let created = try Chiso.run(["init", "--db", path])
        precondition(created.exitCode == 0, created.stderr)
        let script = """
            INSERT INTO periods VALUES ('2023-01/2023-09', 'interval', '2023-01-01', '2023-09-30', '9 tháng đầu năm 2023'),
              ('2023', 'year', '2023-01-01', '2023-12-31', 'năm 2023'), ('2025-09', 'month', '2025-09-01', '2025-09-30', 'tháng 9/2025');
            INSERT INTO observations (indicator, area, agency, period, value, quote) VALUES
              ('qd766_score', 'p63-08', '', '2023-01/2023-09', 58.52, 'đạt 58,52 điểm, "xếp thứ 56/63"'),
              ('qd766_score', 'p63-08', '', '2023', 60.1, NULL),
              ('qd766_score', 'p34-08', '', '2025-09', 80, NULL),
              ('qd766_score', 'p63-02', '', '2023', 55, NULL);
            """
        try Chiso.sqlite3(path, script)
    }

    func run(_ arguments: [String]) throws -> RunResult {
        try Chiso.run(arguments + ["--db", path])
    }
}

/// Minimal RFC 4180 reader for checking CSV output cell by cell.
func parseCSV(_ text: String, separator: Character = ",") -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = ""
    var quoted = false, chars = Array(text), i = 0
    while i < chars.count {
        let c = chars[i]
        if quoted {
            if c == "\"" {
                if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
            } else { field.append(c) }
        } else if c == "\"" { quoted = true }
        else if c == separator { row.append(field); field = "" }
        else if c == "\n" || c == "\r\n" { row.append(field); rows.append(row); row = []; field = "" }
        else { field.append(c) }
        i += 1
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

@Suite struct QueryTests {
    static let query = "select area, area_name, period, value, quote where area = tuyen quang and period < 2025"

    @Test func printsATableForPeople() throws {
        let result = try CLIQueryFixture().run(["query", Self.query])
        #expect(result.exitCode == 0)
        #expect(result.lines.count == 4)
        #expect(result.lines[0].hasPrefix("area  area_name    period           value  quote"))
        #expect(result.lines[2].hasPrefix("08    Tuyên Quang  2023-01/2023-09  58.52  đạt 58,52 điểm"))
    }

    @Test func printsCSVThatParsesToTheSameCells() throws {
        let result = try CLIQueryFixture().run(["query", Self.query, "--format", "csv"])
        #expect(result.exitCode == 0)
        #expect(parseCSV(result.stdout) == [
            ["area", "area_name", "period", "value", "quote"],
            ["08", "Tuyên Quang", "2023-01/2023-09", "58.52", "đạt 58,52 điểm, \"xếp thứ 56/63\""],
            ["08", "Tuyên Quang", "2023", "60.1", ""],
        ])
    }

    @Test func printsTSVAndMarkdown() throws {
        let fixture = try CLIQueryFixture()
        let tsv = try fixture.run(["query", "select area, area_name, value where value = 55", "--format", "tsv", "--no-header"])
        #expect(tsv.stdout == "02\tHà Giang\t55\n")
        let markdown = try fixture.run(["query", "select area_name, value where value = 55", "--format", "markdown"])
        #expect(markdown.exitCode == 0)
        #expect(markdown.lines.count == 3)
        #expect(markdown.lines[2].contains("Hà Giang"))
    }

    @Test func printsJSONWithNumbersAndNulls() throws {
        let result = try CLIQueryFixture().run(["query", Self.query, "--format", "json"])
        #expect(result.exitCode == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows[0]["value"] as? Double == 58.52)
        #expect(rows[1]["quote"] is NSNull)
        let lines = try CLIQueryFixture().run(["query", "where latest and area = 08", "--format", "jsonl"])
        let objects = lines.lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.map { $0["period"] as? String } == ["2023", "2025-09"])
    }

    @Test func emptyResultPrintsHeaderOrNoRows() throws {
        let fixture = try CLIQueryFixture()
        let csv = try fixture.run(["query", "select area, value where value > 1000", "-f", "csv"])
        #expect(csv.stdout == "area,value\n")
        #expect(csv.exitCode == 0)
        let table = try fixture.run(["query", "select area, value where value > 1000"])
        #expect(table.stdout == "no rows\n")
    }

    @Test func showsTheErrorWithACaretAndChangesNothing() throws {
        let fixture = try CLIQueryFixture()
        let before = try Chiso.dump(fixture.path)
        let result = try fixture.run(["query", "select vlaue where area = 08"])
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "Error: unknown field 'vlaue'; did you mean value?\n  select vlaue where area = 08\n         ^^^^^\n")
        let injection = try fixture.run(["query", "where area = 08 and agency = \"'; DROP TABLE observations; --\"", "-f", "csv"])
        #expect(injection.exitCode == 0)
        #expect(injection.lines.count == 1)
        #expect(try Chiso.dump(fixture.path) == before)
    }
}
