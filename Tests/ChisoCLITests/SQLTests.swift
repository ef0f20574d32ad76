import ChisoTestSupport
import Foundation
import Testing

@Suite struct SQLTests {
    @Test(arguments: [
        ("DELETE FROM observations", "Error: refused: DELETE statements are not allowed"),
        ("UPDATE observations SET value = 1", "Error: refused: UPDATE statements are not allowed"),
        ("INSERT INTO sources(id, title) VALUES ('a', 'b')", "Error: refused: INSERT statements are not allowed"),
        ("DROP VIEW observations_view", "Error: refused: DROP statements are not allowed"),
        ("ATTACH 'other.db' AS other", "Error: refused: ATTACH statements are not allowed"),
        ("PRAGMA journal_mode = DELETE", "Error: refused: PRAGMA journal_mode with '=' sets a value"),
        ("VACUUM INTO 'copy.db'", "Error: refused: VACUUM statements are not allowed"),
    ])
    func refusesWritesAndLeavesTheDatabaseUnchanged(sql: String, message: String) throws {
        let fixture = try CLIQueryFixture()
        let before = try Chiso.dump(fixture.path)
        let result = try fixture.run(["sql", sql])
        #expect(result.exitCode == 1)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try Chiso.dump(fixture.path) == before)
    }

    @Test func stopsANeverEndingRecursiveQuery() throws {
        let started = Date()
        let result = try CLIQueryFixture().run(["sql", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c", "--timeout", "1"])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "Error: the query ran past --timeout 1 s and was stopped; narrow it (a WHERE or LIMIT) or raise --timeout\n")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func bindsParametersAndPrintsEveryFormat() throws {
        let fixture = try CLIQueryFixture()
        let sql = "SELECT area_name, value, period_end FROM observations_view WHERE area_code = :code AND value > :min ORDER BY value"
        let args = ["sql", sql, "--param", "code=08", "--param", "min=59"]
        let csv = try fixture.run(args + ["-f", "csv"])
        #expect(parseCSV(csv.stdout) == [["area_name", "value", "period_end"], ["Tuyên Quang", "60.1", "2023-12-31"], ["Tuyên Quang", "80", "2025-09-30"]])
        let json = try fixture.run(args + ["-f", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["value"] as? Double } == [60.1, 80])
        for format in ["table", "tsv", "jsonl", "markdown"] {
            let result = try fixture.run(args + ["-f", format])
            #expect(result.exitCode == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains("Tuyên Quang"), "\(format)")
        }
    }

    @Test func rejectsABadParameterAsUsage() throws {
        let result = try CLIQueryFixture().run(["sql", "SELECT :a", "--param", "a"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("--param 'a' has no '='"))
    }
}
