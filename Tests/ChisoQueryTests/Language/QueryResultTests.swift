import ChisoFormats
import ChisoQuery
import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing

/// What each query returns over `QueryFixture`: the first selected column, in output order.
@Suite struct QueryResultTests {
    static let cases: [(query: String, expected: [String])] = [
        // Names without diacritics, codes, and every unit a name or code ever denoted.
        ("select value where area = tuyen quang and indicator = qd766_score", ["58.52", "60.1", "80"]),
        ("select value where area = 08 and indicator = qd766_score and period < 2025", ["58.52", "60.1"]),
        ("select value where area = \"Tuyên Quang\" and period >= 2025-07", ["80"]),
        ("select area_code where area = ha giang", ["02"]),
        ("select value where area = thua thien hue", ["70"]),
        ("select value where area = viet nam", ["45.5"]),
        ("SELECT value WHERE Area = HA GIANG", ["55"]),
        ("area = ha giang and indicator = qd766_score", ["qd766_score"]),
        // Numbers in both notations and every comparison operator.
        ("select value where value = 42,06", ["42.06"]),
        ("select value where value = 42.06", ["42.06"]),
        ("select value where value != 80 and indicator = qd766_score", ["55", "58.52", "60.1"]),
        ("select value where indicator = qd766_score and value < 58.52", ["55"]),
        ("select value where indicator = qd766_score and value <= 58.52", ["55", "58.52"]),
        ("select value where value > 1000", ["1824"]),
        ("select value where value >= 90", ["90.5", "1824"]),
        ("select value where indicator in (qd766_rank, tthc_published_total)", ["56", "1824"]),
        ("select value where indicator = qd766_score and area not in (08, hue)", ["55"]),
        ("select value where value between 55 and 60", ["56", "55", "58.52"]),
        ("select value where indicator = online_dossier_rate and value not between 43 and 80", ["42.06", "90.5"]),
        ("select value where value in ('42,06', 1824)", ["42.06", "1824"]),
        // Contains: case, diacritics and đ/d do not matter; indicator searches names too.
        ("select agency where agency ~ so tu phap", ["Sở Tư pháp"]),
        ("select indicator where indicator ~ 'diem bo chi so' and area = 02", ["qd766_score"]),
        ("select value where quote ~ tthc", ["1824"]),
        // not > and > or, and parentheses.
        ("select value where indicator = qd766_rank or indicator = tthc_published_total and value > 2000", ["56"]),
        ("select value where (indicator = qd766_rank or indicator = tthc_published_total) and value > 100", ["1824"]),
        ("select value where indicator = online_dossier_rate and not area = 08", ["70", "45.5"]),
        ("select value where not (value < 80 or value > 100)", ["90.5", "80"]),
        // Period semantics by dates, not code strings.
        ("select value where period within 2023 and indicator = qd766_score", ["55", "58.52", "60.1"]),
        ("select period where period within 2023-H1", ["2023-H1", "2023-H1"]),
        ("select value where period overlaps 2023-H2 and area = 08", ["56", "58.52", "60.1", "1824"]),
        ("select value where period > 2023-H1", ["70", "80", "1824"]),
        ("select value where period <= 2023-H1", ["42.06", "90.5"]),
        ("select value where period = 2023", ["45.5", "56", "55", "60.1"]),
        ("select value where period between 2023-Q3 and 2023-09", ["70", "1824"]),
        ("select value where period = \"9 tháng đầu năm 2023\"", ["58.52"]),
        ("select value where period = 9 tháng đầu năm 2023", ["58.52"]),
        ("select value where period in (2023-H1, 2023-Q3) and agency = ''", ["42.06", "70"]),
        // latest: the most recent period per indicator × area × agency, among the rows kept.
        ("select value where indicator = qd766_score and latest", ["55", "60.1", "80"]),
        ("select value where latest and area = 08 and indicator = qd766_score and period < 2025", ["60.1"]),
        // Enumerated fields, nullable numbers.
        ("select value where status = estimated and qualifier = about", ["70"]),
        ("select value where measure = rank", ["56"]),
        ("select value where framework = tthc", ["1824"]),
        ("select value where change > 3", ["45.5"]),
        ("select value where numerator = 56", ["56"]),
        ("select denominator where indicator = qd766_rank", ["63"]),
        ("select baseline_period where baseline_period = 2022", ["2022"]),
        // Ordering and limits.
        ("select value order by value desc limit 3", ["1824", "90.5", "80"]),
        ("select value where indicator = qd766_score order by area desc, period desc", ["80", "60.1", "58.52", "55"]),
        ("select value limit 0", []),
        ("select period_start where period_start >= 2025-01-01", ["2025-09-01"]),
        // Values that look like SQL are only values.
        ("select value where source = \"x' OR 1=1 --\"", []),
        ("select value where agency = \"'; DROP TABLE observations; --\"", []),
        ("select value where quote ~ \"%\"", []),
    ]

    @Test(arguments: cases)
    func returnsTheExpectedRows(query: String, expected: [String]) throws {
        let fixture = try QueryFixture()
        #expect(try fixture.firstColumn(query) == expected, "\(query)")
    }

    @Test func emptyQueryReturnsEveryObservationWithDefaultColumns() throws {
        let fixture = try QueryFixture()
        let result = try fixture.run("")
        #expect(result.rows.count == 10)
        #expect(result.columns == [
            Column("indicator"), Column("area"), Column("area_name"), Column("agency"), Column("period"), Column("value", .real),
            Column("numerator", .real), Column("denominator", .real), Column("source"),
        ])
        #expect(result.rows[0] == [.text("online_dossier_rate"), .text("08"), .text("Tuyên Quang"), .text(""), .text("2023-H1"),
                                   .real(42.06), .null, .null, .null])
    }

    @Test func selectStarReturnsEveryField() throws {
        let fixture = try QueryFixture()
        let result = try fixture.run("select * where value = 1824")
        #expect(result.columns.map(\.name) == QueryField.allCases.map(\.rawValue))
        #expect(result.columns.first(where: { $0.name == "period_end" })?.type == .date)
        #expect(result.rows.count == 1)
    }

    @Test func notEqualKeepsRowsWhereTheFieldIsMissing() throws {
        let fixture = try QueryFixture()
        #expect(try fixture.run("where numerator != 56").rows.count == 9)
        #expect(try fixture.run("where not numerator > 5").rows.count == 9)
    }

    @Test func compilesValuesToBoundParametersOnly() throws {
        let fixture = try QueryFixture()
        let compiled = try ObservationQuery.parse("where source = \"x' OR 1=1 --\" limit 2").compile(for: fixture.database)
        #expect(!compiled.sql.contains("OR 1=1"))
        #expect(compiled.bindings == [.text("x' OR 1=1 --"), .integer(2)])
    }

    @Test func injectionAttemptsLeaveTheDatabaseUnchanged() throws {
        let fixture = try QueryFixture()
        let before = try Chiso.dump(fixture.path)
        for text in ["where agency = \"'; DROP TABLE observations; --\"", "where area = \"x'); DELETE FROM observations; --\"",
                     "where source ~ \"' || (SELECT 1) || '\""] {
            _ = try? fixture.run(text)
        }
        #expect(try Chiso.dump(fixture.path) == before)
        #expect(try fixture.database.observations.count() == 10)
    }
}
