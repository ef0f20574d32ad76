import ChisoTestSupport
import Foundation
import Testing

/// `chiso import` end to end: the binary, a fresh database, exact stderr lines and exit codes,
/// and a dump before/after to prove a failed import wrote nothing.
@Suite struct ImportTests {
    static let header = "indicator,area,area_name,agency,period,value,numerator,denominator,qualifier,status,baseline_period,change,source,quote,note"
    static let rows = [
        "online_dossier_rate,08,Tuyên Quang,,2023-09-30,42.06,,,,reported,,,,,",
        "online_dossier_rate,08,Tuyên Quang,,2023-09,78.63,13322,16942,,reported,,,,,\"a note, with \"\"quotes\"\"\"",
        "qd766_rank,08,Tuyên Quang,,2023-01/2023-09,56,56,63,,reported,2023-H1,3,,,",
    ]

    let dir = TemporaryDirectory("chiso-import")
    var db: String { dir.path("t.db") }

    init() throws {
        let result = try Chiso.run(["init", "--db", dir.path("t.db")])
        precondition(result.exitCode == 0, result.stderr)
    }

    func file(_ lines: [String], name: String = "in.csv", crlf: Bool = false) throws -> String {
        try dir.write(name, lines.joined(separator: crlf ? "\r\n" : "\n") + (crlf ? "\r\n" : "\n"))
    }

    @Test func importsTheSeedLayoutThenFindsItUnchanged() throws {
        let path = try file([Self.header] + Self.rows)
        let first = try Chiso.run(["import", path, "--db", db])
        #expect(first.exitCode == 0)
        #expect(first.stderr == "imported: 3 new, 0 changed, 0 unchanged, 0 skipped\n")
        let again = try Chiso.run(["import", path, "--db", db])
        #expect(again.stderr == "imported: 0 new, 0 changed, 3 unchanged, 0 skipped\n")
        let dump = try Chiso.dump(db)
        #expect(dump.contains("'online_dossier_rate','p63-08','','2023-09',78.6"))
        #expect(dump.contains(",13322.0,16942.0,NULL,'reported',NULL,NULL,NULL,NULL,"))
        #expect(dump.contains("'a note, with \"quotes\"'"))
    }

    @Test func aBadLastRowOfAThousandLeavesTheDatabaseUnchanged() throws {
        try #require(try Chiso.run(["import", try file([Self.header, Self.rows[0]], name: "one.csv"), "--db", db]).exitCode == 0)
        var lines = [Self.header]
        for day in 0..<999 {
            lines.append("tthc_published_total,08,Tuyên Quang,Sở \(day),2023-09-30,\(1000 + day),,,,reported,,,,,")
        }
        lines.append("tthc_published_total,08,Tuyên Quang,,2023-09-30,12x,,,,reported,,,,,")
        let before = try Chiso.dump(db)
        let result = try Chiso.run(["import", try file(lines), "--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("in.csv:1001:6: value '12x' is not a number"))
        #expect(result.stderr.contains("Error: nothing imported from"))
        #expect(try Chiso.dump(db) == before)
    }

    @Test func aBadRowInAnEmptyTableRollsBackTheBulkLoad() throws {
        let before = try Chiso.dump(db)
        let path = try file([Self.header] + Self.rows + ["online_dossier_rate,08,Tuyên Quang,,2023-10,120,,,,reported,,,,,"])
        let result = try Chiso.run(["import", path, "--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("in.csv:5:6: value 120 is outside 0–100"))
        // The summary never claims rows that were rolled back.
        #expect(result.stderr.contains("\nnot imported (rolled back): 3 new, 0 changed, 0 unchanged, 0 skipped, 1 rejected\n"))
        #expect(try Chiso.dump(db) == before)
    }

    @Test func aFailedImportIntoANewFileLeavesNoFileBehind() throws {
        let fresh = dir.path("new.db")
        let path = try file([Self.header, "online_dossier_rate,08,Tuyên Quang,,2023-10,120,,,,reported,,,,,"])
        let result = try Chiso.run(["import", path, "--db", fresh])
        #expect(result.exitCode == 1)
        #expect(!FileManager.default.fileExists(atPath: fresh))
        #expect(!FileManager.default.fileExists(atPath: fresh + "-wal"))
    }

    @Test func dryRunReportsAndWritesNothing() throws {
        let before = try Chiso.dump(db)
        let result = try Chiso.run(["import", try file([Self.header] + Self.rows), "--db", db, "--dry-run"])
        #expect(result.exitCode == 0)
        #expect(result.stderr == "would import: 3 new, 0 changed, 0 unchanged, 0 skipped, 0 conflicting\n")
        #expect(try Chiso.dump(db) == before)
    }

    @Test func dryRunListsEveryProblemWithItsPlace() throws {
        let path = try file([Self.header,
                             "online_dossier_rat,08,Tuyên Quang,,2023-09-30,42.06,,,,reported,,,,,",
                             "online_dossier_rate,Tuyen Quag,,,2023-09-30,42.06,,,,reported,,,,,",
                             "qd766_rank,08,Tuyên Quang,,2023,64,64,63,,reported,,,,,",
                             "online_dossier_rate,08,Tuyên Quang,,2023-09,70,13322,16942,,reported,,,,,"])
        let result = try Chiso.run(["import", path, "--db", db, "--dry-run"])
        #expect(result.exitCode == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[0].hasPrefix("\(path):2:1: indicator 'online_dossier_rat' is not in the indicator catalogue; did you mean online_dossier_rate?"))
        #expect(lines[1].hasPrefix("\(path):3:2: area 'Tuyen Quag'"))
        #expect(lines[1].contains("did you mean Tuyên Quang"))
        #expect(lines[2].hasPrefix("\(path):4:"))
        #expect(lines[3].hasPrefix("\(path):5:6: value 70 disagrees with numerator/denominator"))
        #expect(lines[4] == "would import: 0 new, 0 changed, 0 unchanged, 0 skipped, 0 conflicting, 4 rejected")
        #expect(try Chiso.run(["import", path, "--db", db, "--dry-run"]).stderr == result.stderr)
    }

    @Test func readsBOMCRLFSemicolonsDecimalCommasNFDAndQuotedNewlines() throws {
        let nfdName = "Tuyên Quang".decomposedStringWithCanonicalMapping
        let text = "\u{FEFF}indicator;area;area_name;period;value;note\r\n"
            + "online_dossier_rate;08;\(nfdName);2023-09-30;42,06;\"two\r\nlines; and a semicolon\"\r\n"
        let path = try dir.write("excel.csv", text)
        let result = try Chiso.run(["import", path, "--db", db])
        #expect(result.stderr == "imported: 1 new, 0 changed, 0 unchanged, 0 skipped\n")
        #expect(try Chiso.dump(db).contains("'two\\r\\nlines; and a semicolon'"))
    }

    @Test func keepsCodesAsText() throws {
        let path = try file(["indicator,area,period,value", "online_dossier_rate,8,2023-09-30,42.06"])
        let result = try Chiso.run(["import", path, "--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("unknown area code '8' (codes have 2 digits); did you mean 08?"))
    }

    @Test func readsStandardInput() throws {
        let result = try Chiso.run(["import", "-", "--db", db], stdin: ([Self.header] + Self.rows).joined(separator: "\n") + "\n")
        #expect(result.stderr == "imported: 3 new, 0 changed, 0 unchanged, 0 skipped\n")
        let bad = try Chiso.run(["import", "-", "--db", db], stdin: "indicator,area,period,value\nnope,08,2023,1\n")
        #expect(bad.stderr.hasPrefix("<stdin>:2:1: indicator 'nope'"))
    }

    @Test func readsJSONLines() throws {
        let path = try dir.write("in.jsonl", """
            {"indicator": "online_dossier_rate", "area": "08", "period": "2023-09-30", "value": 42.06, "confidence": 0.9}

            {"indicator": "qd766_rank", "area": "Tuyên Quang", "period": "9 tháng đầu năm 2023", "value": "56/63", "note": null}
            {"indicator": "qd766_rank", "area": "08", "period": "2023", "value": 5, "colour": "red"}

            """)
        let result = try Chiso.run(["import", path, "--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stderr.hasPrefix("\(path):4: unknown key 'colour'"))
        let good = try dir.write("good.jsonl", "{\"indicator\": \"qd766_rank\", \"area\": \"Tuyên Quang\", \"period\": \"9 tháng đầu năm 2023\", \"value\": \"56/63\"}\n")
        #expect(try Chiso.run(["import", good, "--db", db]).stderr == "imported: 1 new, 0 changed, 0 unchanged, 0 skipped\n")
        #expect(try Chiso.dump(db).contains("'qd766_rank','p63-08','','2023-01/2023-09',56.0,56.0,63.0"))
    }

    @Test func conflictsFailSkipOrReplace() throws {
        try #require(try Chiso.run(["import", try file([Self.header] + Self.rows), "--db", db]).exitCode == 0)
        let changed = try file([Self.header, "online_dossier_rate,08,Tuyên Quang,,2023-09-30,43.5,,,,reported,,,,,"], name: "changed.csv")
        let before = try Chiso.dump(db)
        let fail = try Chiso.run(["import", changed, "--db", db])
        #expect(fail.exitCode == 1)
        #expect(fail.stderr.contains("changed.csv:2: online_dossier_rate / p63-08 / 2023-09-30 already exists as row 1 with value 42.06 (no source); this file has value 43.5 (no source); pass --on-conflict replace"))
        #expect(try Chiso.dump(db) == before)
        let skip = try Chiso.run(["import", changed, "--db", db, "--on-conflict", "skip"])
        #expect(skip.stderr == "imported: 0 new, 0 changed, 0 unchanged, 1 skipped\n")
        #expect(try Chiso.dump(db) == before)
        let replace = try Chiso.run(["import", changed, "--db", db, "--on-conflict", "replace"])
        #expect(replace.stderr == "imported: 0 new, 1 changed, 0 unchanged, 0 skipped\n")
        #expect(try Chiso.run(["import", changed, "--db", db]).stderr == "imported: 0 new, 0 changed, 1 unchanged, 0 skipped\n")
    }

    @Test func aKeyTwiceInTheFileIsAProblem() throws {
        let path = try file([Self.header, Self.rows[0], Self.rows[1], Self.rows[0]])
        let result = try Chiso.run(["import", path, "--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stderr.hasPrefix("\(path):4: the key online_dossier_rate / p63-08 / 2023-09-30 appears again (first on line 2)"))
    }

    @Test func skipBadImportsTheGoodRowsAndRejectsTheBad() throws {
        let path = try file([Self.header, Self.rows[0], "online_dossier_rate,08,Tuyên Quang,,2023-10,120,,,,reported,,,,,", Self.rows[2]])
        let rejects = dir.path("rejects.csv")
        let result = try Chiso.run(["import", path, "--db", db, "--skip-bad", "--rejects", rejects])
        #expect(result.exitCode == 0)
        #expect(result.stderr.hasSuffix("imported: 2 new, 0 changed, 0 unchanged, 0 skipped, 1 rejected\nwarning: 1 row left out (written to \(rejects))\n"))
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(text.hasPrefix(Self.header + ",error\nonline_dossier_rate,08,Tuyên Quang,,2023-10,120,,,,reported,,,,,,"))
        #expect(text.contains("in.csv:3:6: value 120 is outside 0–100"))
    }

    @Test(arguments: [
        ("ragged", "indicator,area,period,value\nonline_dossier_rate,08,2023\n", ":2: expected 4 fields as in the header, found 3"),
        ("quote", "indicator,area,period,value\nonline_dossier_rate,08,2023,\"42\n", ":2:29: unterminated quoted field"),
        ("nul", "indicator,area,period,value\nonline_dossier_rate,08,20\u{0}23,42\n", "NUL byte"),
    ])
    func reportsBrokenFilesWithTheirLine(name: String, text: String, expected: String) throws {
        let before = try Chiso.dump(db)
        let result = try Chiso.run(["import", try dir.write("\(name).csv", text), "--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains(expected))
        #expect(try Chiso.dump(db) == before)
    }

    @Test func reportsInvalidUTF8() throws {
        let bytes = Array("indicator,area,period,value\nonline_dossier_rate,08,2023,4".utf8) + [0xFF] + Array("2\n".utf8)
        let result = try Chiso.run(["import", try dir.write("bad.csv", bytes: bytes), "--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("bad.csv:2:"))
        #expect(result.stderr.contains("invalid UTF-8"))
    }

    @Test func ignoresTheExtractReviewColumns() throws {
        let path = try file(["indicator,area,period,value,confidence,raw", "online_dossier_rate,08,2023-09-30,42.06,0.8,\"42,06%\""])
        #expect(try Chiso.run(["import", path, "--db", db]).stderr == "imported: 1 new, 0 changed, 0 unchanged, 0 skipped\n")
    }

    // MARK: - Files of many batches (decoding runs on its own thread, 1024 rows per batch)

    /// `count` distinct valid rows (one agency each), starting on line 2.
    static func manyRows(_ count: Int) -> [String] {
        (0..<count).map { "tthc_published_total,08,Tuyên Quang,Sở \($0),2023-09-30,\(1000 + $0),,,,reported,,,,," }
    }

    @Test func problemsFromManyBatchesKeepLineOrderThenTheBrokenQuote() throws {
        var lines = [Self.header] + Self.manyRows(5000)
        for line in [3, 1500, 4000] { lines[line - 1] = "tthc_published_total,08,Tuyên Quang,Sở x\(line),2023-09-30,12x,,,,reported,,,,," }
        lines.append("tthc_published_total,08,Tuyên Quang,,2023-09-30,\"1,,,,reported,,,,,")
        let before = try Chiso.dump(db)
        let path = try file(lines)
        let result = try Chiso.run(["import", path, "--db", db])
        #expect(result.exitCode == 1)
        let problems = result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix(path) }
        #expect(problems.map { $0.split(separator: ":").dropFirst().first.map(String.init) ?? "" } == ["3", "1500", "4000", "5002"])
        #expect(problems.last?.contains("unterminated quoted field") == true)
        #expect(try Chiso.dump(db) == before)
    }

    @Test func aKeyRepeatedThousandsOfLinesApartIsReportedWithBothLines() throws {
        var lines = [Self.header] + Self.manyRows(3000)
        lines[2899] = lines[1]
        let before = try Chiso.dump(db)
        let path = try file(lines)
        let result = try Chiso.run(["import", path, "--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stderr.hasPrefix("\(path):2900: the key tthc_published_total / p63-08 / 2023-09-30 / agency Sở 0 appears again (first on line 2)"))
        #expect(try Chiso.dump(db) == before)
    }

    @Test func skipBadOverManyBatchesImportsTheRestAndRejectsInOrder() throws {
        var lines = [Self.header] + Self.manyRows(3000)
        let bad = [700, 1400, 2100, 2800]
        for line in bad { lines[line - 1] = "tthc_published_total,08,Tuyên Quang,Sở \(line),2023-09-30,12x,,,,reported,,,,," }
        let rejects = dir.path("rejects.csv")
        let result = try Chiso.run(["import", try file(lines), "--db", db, "--skip-bad", "--rejects", rejects])
        #expect(result.exitCode == 0)
        #expect(result.stderr.hasSuffix("imported: 2996 new, 0 changed, 0 unchanged, 0 skipped, 4 rejected\nwarning: 4 rows left out (written to \(rejects))\n"))
        let rejected = try String(contentsOfFile: rejects, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(rejected.map { $0.split(separator: ",")[3] } == bad.map { "Sở \($0)"[...] })
        let again = try Chiso.run(["import", try file([Self.header] + Self.manyRows(3000), name: "all.csv"), "--db", db, "--on-conflict", "skip"])
        // The four agencies left out the first time are new units now (said before the summary).
        #expect(again.stderr.hasSuffix("imported: 4 new, 0 changed, 2996 unchanged, 0 skipped\n"))
    }

    /// Into a file that holds rows, the keyed path stages the rows and classifies them in key
    /// order; every outcome, problem and rejected row must still come out in file order, and
    /// the new rows get their ids in file order.
    @Test func intoAFullFileEveryOutcomeKeepsFileOrderAcrossBatches() throws {
        try #require(try Chiso.run(["import", try file([Self.header] + Self.manyRows(2000), name: "first.csv"), "--db", db]).exitCode == 0)
        var lines = [Self.header]
        let old = Self.manyRows(2000)
        // New keys in descending order (so key order is not file order), then the old rows:
        // the same content, a changed value, a key the file already gave, a bad value.
        lines += (3000..<4500).reversed().map { "tthc_published_total,08,Tuyên Quang,Sở \($0),2023-09-30,\($0),,,,reported,,,,," }
        lines += old[0..<1000]
        lines += (1000..<1500).map { "tthc_published_total,08,Tuyên Quang,Sở \($0),2023-09-30,\(5000 + $0),,,,reported,,,,," }
        lines.append(lines[5])      // line 6 again: a new key repeated
        lines.append(old[3])        // an unchanged key repeated (first on line 1505)
        lines.append("tthc_published_total,08,Tuyên Quang,Sở 9999,2023-09-30,12x,,,,reported,,,,,")
        let path = try file(lines, name: "mixed.csv")
        let before = try Chiso.dump(db)
        let observations = ["sql", "SELECT * FROM observations ORDER BY id", "--format", "csv", "--db", db]
        let firstObservations = try Chiso.run(observations).stdout

        let fail = try Chiso.run(["import", path, "--db", db])
        #expect(fail.exitCode == 1)
        let problems = fail.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix(path) }
        #expect(problems.count == 100)
        #expect(problems.first == "\(path):2502: tthc_published_total / p63-08 / 2023-09-30 / agency Sở 1000 already exists as row 1001 with value 2000 (no source); this file has value 6000 (no source); pass --on-conflict replace to overwrite it or --on-conflict skip to keep it")
        #expect(fail.stderr.contains("stopped after 100 problems"))
        #expect(try Chiso.dump(db) == before)

        let replace = try Chiso.run(["import", path, "--db", db, "--on-conflict", "replace", "--skip-bad", "--rejects", dir.path("rejects.csv")])
        #expect(replace.exitCode == 0)
        #expect(replace.stderr.contains("\(path):3002: the key tthc_published_total / p63-08 / 2023-09-30 / agency Sở 4495 appears again (first on line 6); a file holds each figure once\n"
                                        + "\(path):3003: the key tthc_published_total / p63-08 / 2023-09-30 / agency Sở 3 appears again (first on line 1505); a file holds each figure once\n"
                                        + "\(path):3004:6: value '12x' is not a number"))
        #expect(replace.stderr.hasSuffix("imported: 1500 new, 500 changed, 1000 unchanged, 0 skipped, 3 rejected\nwarning: 3 rows left out (written to \(dir.path("rejects.csv")))\n"))
        let rejected = try String(contentsOfFile: dir.path("rejects.csv"), encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(rejected.map { String($0.split(separator: ",")[3]) } == ["Sở 4495", "Sở 3", "Sở 9999"])

        // New rows numbered in file order (Sở 4499 first), changed rows in place.
        let ids = try Chiso.run(["sql", "SELECT id, agency, value FROM observations WHERE id IN (1, 1001, 1500, 2001, 2002, 3500) ORDER BY id",
                                 "--format", "csv", "--db", db])
        #expect(ids.stdout == "id,agency,value\n1,Sở 0,1000\n1001,Sở 1000,6000\n1500,Sở 1499,6499\n2001,Sở 4499,4499\n2002,Sở 4498,4498\n3500,Sở 3000,3000\n")
        // Undo takes the whole import back: the new rows and the old content of the changed ones.
        #expect(try Chiso.run(["undo", "--db", db]).exitCode == 0)
        #expect(try Chiso.run(observations).stdout == firstObservations)
    }

    @Test func readsManyBatchesFromStandardInput() throws {
        let text = ([Self.header] + Self.manyRows(2500)).joined(separator: "\n") + "\n"
        let result = try Chiso.run(["import", "-", "--db", db], stdin: text)
        // 2,500 new departments: ten lines, then a count.
        #expect(result.stderr.hasSuffix("… and 2490 more new units (`chiso areas --in AREA` lists them)\nimported: 2500 new, 0 changed, 0 unchanged, 0 skipped\n"))
    }
}
