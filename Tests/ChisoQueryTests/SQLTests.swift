import ChisoFormats
import Foundation
import ChisoQuery
import ChisoStorage
import ChisoTestSupport
import Testing

/// `chiso sql`: reads only, binds named parameters, stops runaway queries.
@Suite struct SQLTests {
    /// The fixture, reopened read-only as `chiso sql` opens it.
    private func readOnly(_ fixture: QueryFixture) throws -> Database {
        try Database(path: fixture.path, access: .read)
    }

    static let refused: [(sql: String, message: String)] = [
        ("DELETE FROM observations", "refused: DELETE statements are not allowed; chiso sql only reads (SELECT, WITH … SELECT, VALUES, EXPLAIN, read-only PRAGMA)"),
        ("update observations set value = 0", "refused: UPDATE statements are not allowed; chiso sql only reads (SELECT, WITH … SELECT, VALUES, EXPLAIN, read-only PRAGMA)"),
        ("INSERT INTO sources(id, title) VALUES ('x', 'y')", "refused: INSERT statements are not allowed; chiso sql only reads (SELECT, WITH … SELECT, VALUES, EXPLAIN, read-only PRAGMA)"),
        ("DROP TABLE observations", "refused: DROP statements are not allowed; chiso sql only reads (SELECT, WITH … SELECT, VALUES, EXPLAIN, read-only PRAGMA)"),
        ("ATTACH DATABASE '/tmp/x.db' AS x", "refused: ATTACH statements are not allowed; chiso sql only reads (SELECT, WITH … SELECT, VALUES, EXPLAIN, read-only PRAGMA)"),
        ("VACUUM INTO '/tmp/copy.db'", "refused: VACUUM statements are not allowed; chiso sql only reads (SELECT, WITH … SELECT, VALUES, EXPLAIN, read-only PRAGMA)"),
        ("PRAGMA query_only = OFF", "refused: PRAGMA query_only with '=' sets a value; chiso sql only reads (write PRAGMA query_only to read it)"),
        ("pragma main.user_version(7)", "refused: PRAGMA user_version changes the database or the connection; chiso sql only reads"),
        ("/* hi */ -- there\n delete from observations", "refused: DELETE statements are not allowed; chiso sql only reads (SELECT, WITH … SELECT, VALUES, EXPLAIN, read-only PRAGMA)"),
        ("WITH x AS (SELECT 1) DELETE FROM observations", "refused: this WITH statement would write to the database; chiso sql only reads"),
        ("SELECT 1; DELETE FROM observations", "only one SQL statement is allowed here; found more after the first ';'"),
    ]

    @Test(arguments: refused)
    func refusesWhatIsNotARead(sql: String, message: String) throws {
        let fixture = try QueryFixture()
        let before = try Chiso.dump(fixture.path)
        let db = try readOnly(fixture)
        #expect(throws: QueryError(message)) { try ReadOnlySQL(sql: sql).run(on: db) }
        #expect(try Chiso.dump(fixture.path) == before)
    }

    @Test func runsASelectWithTypesInferredFromValues() throws {
        let fixture = try QueryFixture()
        let result = try ReadOnlySQL(sql: """
            SELECT area_id, count(*) AS n, max(value) AS top, max(period_end) AS last, NULL AS blank
            FROM observations_view WHERE indicator = 'qd766_score' GROUP BY area_id ORDER BY area_id
            """).run(on: try readOnly(fixture))
        #expect(result.columns == [Column("area_id"), Column("n", .integer), Column("top", .real), Column("last", .date), Column("blank")])
        #expect(result.rows == [
            [.text("p34-08"), .integer(1), .real(80), .text("2025-09-30"), .null],
            [.text("p63-02"), .integer(1), .real(55), .text("2023-12-31"), .null],
            [.text("p63-08"), .integer(2), .real(60.1), .text("2023-12-31"), .null],
        ])
    }

    @Test func bindsNamedParametersByTheirSpelling() throws {
        let fixture = try QueryFixture()
        let parameters = try ["code=08", "min=58.6", "kind=qd766_score", "n=8"].map { try SQLParameter(parsing: $0) }
        #expect(parameters.map(\.value) == [.text("08"), .real(58.6), .text("qd766_score"), .integer(8)])
        let result = try ReadOnlySQL(sql: """
            SELECT value FROM observations_view
            WHERE area_code = :code AND value > :min AND indicator = :kind AND :n = 8 ORDER BY value
            """, parameters: parameters).run(on: try readOnly(fixture))
        #expect(result.rows == [[.real(60.1)], [.real(80)]])
    }

    @Test func refusesParametersThatDoNotMatchTheSQL() throws {
        let fixture = try QueryFixture()
        let db = try readOnly(fixture)
        #expect(throws: QueryError("--param x does not appear in the SQL as :x (it has :a)")) {
            try ReadOnlySQL(sql: "SELECT :a", parameters: [try SQLParameter(parsing: "a=1"), try SQLParameter(parsing: "x=2")]).run(on: db)
        }
        #expect(throws: QueryError("the SQL uses :a but no --param a=VALUE was given")) {
            try ReadOnlySQL(sql: "SELECT :a").run(on: db)
        }
        #expect(throws: QueryError("--param 'novalue' has no '=': expected NAME=VALUE, such as code=08")) {
            try SQLParameter(parsing: "novalue")
        }
    }

    @Test func stopsARunawayRecursiveQuery() throws {
        let fixture = try QueryFixture()
        let sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
        #expect(throws: QueryError("the query ran past --timeout 1 s and was stopped; narrow it (a WHERE or LIMIT) or raise --timeout")) {
            try ReadOnlySQL(sql: sql, timeout: 1).run(on: try readOnly(fixture))
        }
    }

    @Test func readsPragmasThatOnlyRead() throws {
        let fixture = try QueryFixture()
        let result = try ReadOnlySQL(sql: "PRAGMA table_info(periods)").run(on: try readOnly(fixture))
        #expect(result.rows.count == 5)
    }

    @Test func typesColumnsFromTheFirstRowsAndKeepsLaterValuesTypes() throws {
        let fixture = try QueryFixture()
        let sql = """
            WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1002)
            SELECT CASE x WHEN 1001 THEN 1.5 WHEN 1002 THEN 'many' ELSE x END AS n, x'00ff10' AS b FROM c
            """
        var sink = CountingSink()
        let count = try ReadOnlySQL(sql: sql).run(on: try readOnly(fixture), into: &sink)
        #expect(count == 1002)
        #expect(sink.columns == [Column("n", .integer), Column("b")])
        #expect(sink.first == [.integer(1), .text("00ff10")])
        #expect(sink.last == [[.real(1.5), .text("00ff10")], [.text("many"), .text("00ff10")]])
        #expect(sink.finished)
    }

    @Test func stopsASlowRenderingAtTheTimeout() throws {
        let fixture = try QueryFixture()
        let sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 100) SELECT x FROM c"
        var sink = CountingSink(pause: 0.05)
        #expect(throws: QueryError("the query ran past --timeout 0.5 s and was stopped; narrow it (a WHERE or LIMIT) or raise --timeout")) {
            try ReadOnlySQL(sql: sql, timeout: 0.5).run(on: try readOnly(fixture), into: &sink)
        }
        #expect(sink.count > 0 && sink.count < 100)
        #expect(!sink.finished)
    }
}

/// Keeps the columns, the first row and the last two, and counts the rest: a sink that
/// holds no result. `pause` makes each row slow to "print".
private struct CountingSink: RowSink {
    var pause = 0.0
    var columns: [Column] = []
    var first: [Cell]?
    var last: [[Cell]] = []
    var count = 0
    var finished = false

    mutating func begin(columns: [Column]) throws { self.columns = columns }

    mutating func write(_ row: [Cell]) throws {
        if pause > 0 { Thread.sleep(forTimeInterval: pause) }
        if first == nil { first = row }
        last = Array((last + [row]).suffix(2))
        count += 1
    }

    mutating func finish() throws { finished = true }
}
