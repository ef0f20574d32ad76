import ChisoTestSupport
import Foundation
import Testing

/// chiso's CSV read by the sniffers people use: Python's csv.Sniffer (what csvkit calls) on
/// the whole file, and pandas' read_csv with sep=None. `--quote-all` quotes every text field,
/// so a note with 'single quotes' cannot make a sniffer take ' for the quote character.
@Suite struct CSVSnifferTests {
    static let hasPython: Bool = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
        || (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/python3")
        }
    static let hasPandas: Bool = python(["-c", "import pandas"]).status == 0

    static func python(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return (127, "python3 did not start") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    let dir = TemporaryDirectory("chiso-sniffer")
    var db: String { dir.path("t.db") }

    init() throws {
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", dir.path("t.db")])
        precondition(load.exitCode == 0, load.stderr)
    }

    private func export(_ extra: [String]) throws -> String {
        let csv = dir.path("figures.csv")
        let result = try Chiso.run(["export", "observations", "--db", db, "-o", csv] + extra)
        #expect(result.exitCode == 0, "\(result.stderr)")
        return csv
    }

    /// Sniffs the whole file and reads it with the guessed dialect; prints what differs from
    /// reading it as RFC 4180.
    static let sniff = """
        import csv, io, sys
        text = open(sys.argv[1], encoding="utf-8").read()
        dialect = csv.Sniffer().sniff(text)
        sniffed = list(csv.reader(io.StringIO(text), dialect))
        truth = list(csv.reader(io.StringIO(text)))
        print(repr(dialect.delimiter), repr(dialect.quotechar), "same" if sniffed == truth else "differs")
        """

    @Test(.enabled(if: hasPython, "python3 is not installed"))
    func pythonsSnifferReadsTheQuoteAllExport() throws {
        let result = Self.python(["-c", Self.sniff, try export(["--quote-all"])])
        #expect(result.output == "',' '\"' same\n", "\(result.output)")
    }

    @Test(.enabled(if: hasPandas, "pandas is not installed"))
    func pandasReadsTheQuoteAllExportWithSepNone() throws {
        let script = """
            import pandas, sys
            frame = pandas.read_csv(sys.argv[1], sep=None, engine="python", dtype=str, keep_default_na=False)
            print(frame.shape, list(frame.columns[:3]), frame.loc[frame.value == "78.63", "area_name"].tolist())
            """
        let result = Self.python(["-c", script, try export(["--quote-all"])])
        #expect(result.output == "(59, 20) ['indicator', 'area', 'area_name'] ['Tuyên Quang']\n", "\(result.output)")
    }

    @Test func quoteAllQuotesTextAndHeaderButNotNumbers() throws {
        let text = try String(contentsOfFile: try export(["--quote-all"]), encoding: .utf8)
        #expect(text.hasPrefix("\"indicator\",\"area\",\"area_name\",\"agency\",\"period\",\"value\""))
        #expect(text.contains("\"online_dossier_rate\",\"08\",\"Tuyên Quang\",\"\",\"2023-09\",78.63,13322,16942,"), "\(text.prefix(800))")
    }

    @Test func quoteAllIsForCSVOnly() throws {
        let result = try Chiso.run(["export", "--format", "json", "--quote-all", "--db", db])
        #expect(result.exitCode == 64)
        #expect(result.stderr.hasPrefix("Error: --quote-all applies to csv only, not json\n"), "\(result.stderr)")
    }
}
