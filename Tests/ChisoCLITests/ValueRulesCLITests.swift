import ChisoTestSupport
import Foundation
import Testing

/// The value rules end to end (reliability cases 4–7): every path refuses with one located
/// line, exit 1, and the database is byte-for-byte what it was.
@Suite struct ValueRulesCLITests {
    static let header = "indicator,area,area_name,agency,period,value,numerator,denominator,qualifier,status,baseline_period,change,source,quote,note"
    static let good = "online_dossier_rate,08,Tuyên Quang,,2023-09-30,42.06,,,,reported,,,,,"

    let dir = TemporaryDirectory("chiso-rules")
    var db: String { dir.path("t.db") }

    init() throws {
        let result = try Chiso.run(["init", "--db", dir.path("t.db")])
        precondition(result.exitCode == 0, result.stderr)
    }

    /// Runs `arguments`, expects exit 1 with `expected` in stderr, and an unchanged database.
    private func refuses(_ arguments: [String], _ expected: String) throws {
        let before = try Chiso.dump(db)
        let result = try Chiso.run(arguments + ["--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains(expected), "got: \(result.stderr)")
        #expect(!result.stderr.contains("SQLite"))
        #expect(try Chiso.dump(db) == before)
    }

    @Test(arguments: [
        ("qd766_score,08,,,2023,150,,,,,,,,,", "in.csv:3:6: value 150 is above the maximum; qd766_score is a score out of 100"),
        ("qd766_score,08,,,2023,1.234.567,,,,,,,,,", "in.csv:3:6: value 1234567 is above the maximum; qd766_score is a score out of 100"),
        ("tthc_simplified,08,,,2023,-2,,,,,,,,,", "in.csv:3:6: value -2 is negative; tthc_simplified is a count of whole things"),
        ("tthc_simplified,08,,,2023,\"2,5\",,,,,,,,,", "in.csv:3:6: value 2.5 is not a whole number; tthc_simplified is a count of whole things"),
        ("qd766_rank,08,,,2023,70,,,,,,,,,", "in.csv:3:6: value rank 70 is beyond the 63 provinces there were in 2023"),
        ("qd766_rank,VN,,,2023,5,,,,,,,,,", "in.csv:3:6: value 5 is a rank for the country (VN), but qd766_rank ranks provinces"),
        ("qd766_score,p63-02,,,2026,50,,,,,,,,,", "in.csv:3:2: area p63-02 (Hà Giang) existed until 2025-06-30; the period 2026 is after it — it was merged into Tuyên Quang (p34-08)"),
        ("qd766_score,p34-08,,,2020,50,,,,,,,,,", "in.csv:3:2: area p34-08 (Tuyên Quang) exists from 2025-07-01; the period 2020 is before it"),
        ("qd766_score,08,,,tháng 9/0023,50,,,,,,,,,", "in.csv:3:5: period 'tháng 9/0023' is not a period: year 23 is outside 1945–2100"),
        ("qd766_score,08,,,0001,50,,,,,,,,,", "in.csv:3:5: period '0001' is not a period: year 1 is outside 1945–2100"),
    ])
    func importRefusesAValueTheRulesForbid(row: String, expected: String) throws {
        let path = try dir.write("in.csv", [Self.header, Self.good, row].joined(separator: "\n") + "\n")
        try refuses(["import", path], expected)
    }

    @Test func addRefusesAScoreAboveItsScale() throws {
        try refuses(["add", "observation", "--indicator", "qd766_score", "--area", "08", "--period", "2023", "--value", "150"],
                    "Error: --value 150 is above the maximum; qd766_score is a score out of 100\n")
    }

    @Test func addRefusesARankTargetOfAtMostZero() throws {
        try refuses(["add", "target", "--indicator", "qd766_rank", "--area", "08", "--period", "2023", "--at-most", "0"],
                    "Error: --at-most 0 is not a rank (expected a whole number from 1)\n")
    }

    @Test func periodRefusesAYearOutsideTheRangeWithTheReason() throws {
        let result = try Chiso.run(["period", "tháng 9/0023"])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "Error: cannot read period 'tháng 9/0023': year 23 is outside 1945–2100\n")
    }

    @Test(arguments: [
        ("{\"indicator\": \"qd766_score\", \"area\": \"08\", \"period\": \"2023\", \"value\": 5, \"value\": 6}",
         "in.jsonl:2: the key \"value\" appears twice; keep one"),
        ("{\"indicator\": \"qd766_score\", \"area\": \"08\", \"period\": \"2023\", \"value\": 5, \"note\": \"a\\u0000b\"}",
         "in.jsonl:2: a string holds a NUL character (\\u0000); remove it"),
        ("{\"indicator\": \"qd766_score\", \"area\": \"08\", \"period\": \"2023\", \"value\": 5, \"note\": \"a\u{0}b\"}",
         "in.jsonl:2: the line holds a NUL character; remove it"),
    ])
    func importRefusesAJSONLineWithADuplicateKeyOrANUL(line: String, expected: String) throws {
        let first = "{\"indicator\": \"online_dossier_rate\", \"area\": \"08\", \"period\": \"2023-09-30\", \"value\": 42.06}"
        let path = try dir.write("in.jsonl", first + "\n" + line + "\n")
        try refuses(["import", path], expected)
    }

    @Test func aValueThatSpellsAKeyIsNotADuplicateKey() throws {
        let line = "{\"indicator\": \"qd766_score\", \"area\": \"08\", \"period\": \"2023\", \"value\": 50, \"note\": \"value\"}"
        let result = try Chiso.run(["import", try dir.write("ok.jsonl", line + "\n"), "--db", db])
        #expect(result.exitCode == 0, "\(result.stderr)")
    }
}
