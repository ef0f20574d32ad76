import ChisoTestSupport
import Foundation
import Testing

/// Issue 8: exports proven with real readers. scripts/spreadsheet-roundtrip opens the database
/// with Python's sqlite3 and compares every cell with what Python's csv module, openpyxl and
/// LibreOffice Calc (headless) read back from our files.
@Suite struct SpreadsheetTests {
    /// Runs the checker; its last line is the verdict.
    static func roundtrip(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try roundtripScript("spreadsheet-roundtrip", arguments)
    }

    /// Runs a Python checker in scripts/ with its output and errors together.
    static func roundtripScript(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", PackagePaths.root.appendingPathComponent("scripts/\(script)").path] + arguments
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: scratch.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let handle = try FileHandle(forWritingTo: scratch)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: scratch, encoding: .utf8))
    }

    static let hasLibreOffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]
        .contains { FileManager.default.isExecutableFile(atPath: $0) }
    static let hasOpenpyxl: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import openpyxl"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// The databases the round trips run on: the seeds as `chiso load` reads them, and the
    /// typed-table fixture with its tricky texts.
    enum Dataset: String, CaseIterable, CustomTestStringConvertible {
        case seeds, tricky
        var testDescription: String { rawValue }
    }

    private func makeDatabase(_ data: Dataset, in dir: TemporaryDirectory) throws -> String {
        let db = dir.path("chiso.db")
        switch data {
        case .seeds:
            let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
            #expect(load.exitCode == 0, "\(load.stderr)")
        case .tricky:
            try ExportFixture.make(db, tricky: true)
        }
        return db
    }

    /// A database and its --excel CSV export.
    private func exported(_ data: Dataset, table: String = "observations") throws -> (TemporaryDirectory, String, String) {
        let dir = TemporaryDirectory("spreadsheet")
        let db = try makeDatabase(data, in: dir)
        let csv = dir.path("\(table).csv")
        let result = try Chiso.run(["export", table, "--db", db, "--excel", "-o", csv])
        #expect(result.exitCode == 0, "\(result.stderr)")
        return (dir, db, csv)
    }

    // Python's csv module: never skipped.

    @Test(arguments: Dataset.allCases)
    func pythonCSVReadsTheExcelExportBackToTheDatabase(data: Dataset) throws {
        let (dir, db, csv) = try exported(data)
        let result = try Self.roundtrip(["csv", db, csv, "observations"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasPrefix("ok python csv reads observations.csv back to the database: "))
        withExtendedLifetime(dir) {}
    }

    @Test(arguments: ["targets", "rollouts"])
    func pythonCSVReadsTargetsAndRolloutsBack(table: String) throws {
        let (dir, db, csv) = try exported(.seeds, table: table)
        let result = try Self.roundtrip(["csv", db, csv, table])
        #expect(result.status == 0, "\(result.output)")
        withExtendedLifetime(dir) {}
    }

    @Test func theCheckerCatchesAWrongCell() throws {
        let (dir, db, csv) = try exported(.tricky)
        var text = try String(contentsOfFile: csv, encoding: .utf8)
        text = text.replacingOccurrences(of: "42.06", with: "42.07")
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let result = try Self.roundtrip(["csv", db, csv, "observations"])
        #expect(result.status == 1)
        #expect(result.output.contains("observations.csv:2:6 value: read '42.07', database 42.06"))
        withExtendedLifetime(dir) {}
    }

    // LibreOffice Calc, headless: skipped only where it is not installed.

    @Test(.enabled(if: hasLibreOffice && hasOpenpyxl, "LibreOffice (libreoffice-calc-nogui) or openpyxl is not installed"),
          arguments: Dataset.allCases)
    func libreOfficeReadsTheExcelCSVAsDocumented(data: Dataset) throws {
        let (dir, db, csv) = try exported(data)
        let result = try Self.roundtrip(["libreoffice-csv", db, csv, "observations", dir.path("lo")])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("ok LibreOffice reads observations.csv as promised"))
        withExtendedLifetime(dir) {}
    }

    @Test(.enabled(if: hasLibreOffice && hasOpenpyxl, "LibreOffice (libreoffice-calc-nogui) or openpyxl is not installed"),
          arguments: Dataset.allCases)
    func libreOfficeReadsTheWorkbookBackToTheDatabase(data: Dataset) throws {
        let dir = TemporaryDirectory("spreadsheet")
        let db = try makeDatabase(data, in: dir)
        let xlsx = dir.path("chiso.xlsx")
        let export = try Chiso.run(["export", "all", "--db", db, "-o", xlsx])
        #expect(export.exitCode == 0, "\(export.stderr)")
        let result = try Self.roundtrip(["xlsx", db, xlsx, dir.path("lo"), "observations", "targets", "rollouts"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("ok openpyxl and LibreOffice read chiso.xlsx back to the database"))
    }
}
