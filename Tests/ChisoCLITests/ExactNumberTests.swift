import ChisoTestSupport
import Foundation
import Testing

/// Machine formats write the shortest text that reads back to the very same Double, and a
/// whole number a Double cannot hold exactly is refused, never rounded in silence.
@Suite struct ExactNumberTests {
    let dir = TemporaryDirectory("chiso-exact")
    var db: String { dir.path("t.db") }

    /// Extreme values, as Python writes their literal; `ratio` indicators take any value.
    static let values = ["1e-300", "0.30000000000000004", "9007199254740992", "1e+21", "-1.2345678901234567e-08",
                         "123456.78901234567", "5e-324", "1.7976931348623157e+308", "0.1"]

    init() throws {
        var csv = "indicator,area,period,value\n"
        for (index, value) in Self.values.enumerated() {
            csv += "online_dossier_rate_change,08,\(2000 + index),\(value)\n"
        }
        let path = try dir.write("extreme.csv", csv)
        let result = try Chiso.run(["import", path, "--db", db])
        precondition(result.exitCode == 0, result.stderr)
    }

    /// Python reads every value of an export back to the Double the literal names.
    func pythonReadsEveryValueExactly(_ script: String, _ path: String) throws {
        let check = """
            import sys, json, csv
            expected = sorted(float(v) for v in json.loads(sys.argv[2]))
            \(script)
            got = sorted(got)
            assert got == expected, (got, expected)
            assert all(a.hex() == b.hex() for a, b in zip(got, expected))
            print('ok', len(got))
            """
        let values = String(decoding: try JSONSerialization.data(withJSONObject: Self.values), as: UTF8.self)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", check, path, values]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text == "ok \(Self.values.count)\n", "\(path): \(text)")
    }

    @Test(arguments: [
        ("csv", "got = [float(r['value']) for r in csv.DictReader(open(sys.argv[1], encoding='utf-8'))]"),
        ("tsv", "got = [float(r['value']) for r in csv.DictReader(open(sys.argv[1], encoding='utf-8'), delimiter='\\t')]"),
        ("json", "got = [float(r['value']) for r in json.load(open(sys.argv[1]))]"),
        ("jsonl", "got = [float(json.loads(l)['value']) for l in open(sys.argv[1])]"),
    ])
    func everyTextFormatCarriesTheExactValue(format: String, reader: String) throws {
        let out = dir.path("export.\(format)")
        let export = try Chiso.run(["export", "observations", "--format", format, "-o", out, "--db", db])
        try #require(export.exitCode == 0, "\(export.stderr)")
        try pythonReadsEveryValueExactly(reader, out)
    }

    @Test(.enabled(if: SpreadsheetTests.hasOpenpyxl, "openpyxl is not installed"))
    func theWorkbookCarriesTheExactValue() throws {
        let out = dir.path("export.xlsx")
        let export = try Chiso.run(["export", "observations", "-o", out, "--db", db])
        try #require(export.exitCode == 0, "\(export.stderr)")
        try pythonReadsEveryValueExactly("""
            import openpyxl
            ws = openpyxl.load_workbook(sys.argv[1], read_only=True).worksheets[0]
            rows = list(ws.iter_rows(values_only=True))
            column = rows[0].index('value')
            got = [float(r[column]) for r in rows[1:]]
            """, out)
    }

    /// chiso's own round trip: CSV and JSON Lines exports import into a new file and export
    /// byte-identical CSV.
    @Test(arguments: ["csv", "jsonl"])
    func chisoReadsItsOwnExportsBackBitForBit(format: String) throws {
        let first = try Chiso.run(["export", "observations", "--db", db])
        let out = dir.path("copy.\(format)")
        _ = try Chiso.run(["export", "observations", "--format", format, "-o", out, "--db", db])
        let copy = dir.path("copy-\(format).db")
        let load = try Chiso.run(["import", out, "--db", copy])
        try #require(load.exitCode == 0, "\(load.stderr)")
        let second = try Chiso.run(["export", "observations", "--db", copy])
        #expect(second.stdout == first.stdout)
    }

    @Test func sqlShowsTinyValuesInsteadOfZero() throws {
        let json = try Chiso.run(["sql", "SELECT 1e-12 AS a, 0.1 + 0.2 AS b", "--format", "json", "--db", db])
        #expect(json.stdout.contains(#""a":1e-12"#) && json.stdout.contains(#""b":0.30000000000000004"#), "\(json.stdout)")
        let table = try Chiso.run(["sql", "SELECT 1e-12 AS a", "--db", db])
        #expect(table.stdout.contains("1e-12"), "\(table.stdout)")
    }

    @Test(arguments: ["9007199254740993", "12345678901234567890", "9.007.199.254.740.993"])
    func wholeNumbersPast2To53AreRefusedInWords(value: String) throws {
        let before = try Chiso.dump(db)
        let path = try dir.write("big.csv", "indicator,area,period,value\ndossiers_received_total,08,2023,\(value)\n")
        let result = try Chiso.run(["import", path, "--db", db])
        #expect(result.exitCode != 0)
        #expect(result.stderr.contains("big.csv:2:4: value '\(value)'") && result.stderr.contains("cannot be stored exactly"), "\(result.stderr)")
        let jsonl = try dir.write("big.jsonl", #"{"indicator":"dossiers_received_total","area":"08","period":"2023","value":\#(value.replacingOccurrences(of: ".", with: ""))}"# + "\n")
        let viaJSON = try Chiso.run(["import", jsonl, "--db", db])
        #expect(viaJSON.exitCode != 0)
        #expect(viaJSON.stderr.contains("cannot be stored exactly"), "\(viaJSON.stderr)")
        #expect(try Chiso.dump(db) == before)
    }
}
