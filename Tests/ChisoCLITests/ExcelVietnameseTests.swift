import ChisoTestSupport
import Foundation
import Testing

/// `export --excel=vi`: the CSV a spreadsheet set to Vietnamese reads as numbers (`;` between
/// fields, decimal comma, BOM), and chiso imports it back unchanged.
@Suite struct ExcelVietnameseTests {
    let dir = TemporaryDirectory("chiso-excel-vi")
    var db: String { dir.path("chiso.db") }

    init() throws {
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", dir.path("chiso.db")])
        precondition(load.exitCode == 0, load.stderr)
    }

    private func exportVi() throws -> String {
        let csv = dir.path("vi.csv")
        let result = try Chiso.run(["export", "observations", "--excel=vi", "--db", db, "-o", csv])
        #expect(result.exitCode == 0, "\(result.stderr)")
        return csv
    }

    @Test func writesSemicolonsDecimalCommasABomAndCRLF() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: try exportVi()))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\u{FEFF}indicator;area;area_name;agency;period;value;"))
        #expect(text.contains("online_dossier_rate;08;Tuyên Quang;;2023-09;78,63;"), "\(text.prefix(600))")
        #expect(text.hasSuffix("\r\n"))
    }

    @Test func chisoImportsItBackUnchanged() throws {
        let csv = try exportVi()
        let before = try Chiso.dump(db)
        let result = try Chiso.run(["import", csv, "--db", db])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("0 new, 0 changed, 59 unchanged"), "\(result.stderr)")
        #expect(try Chiso.dump(db).replacingOccurrences(of: #"INSERT INTO change_log[^\n]*\n"#, with: "", options: .regularExpression)
                == before.replacingOccurrences(of: #"INSERT INTO change_log[^\n]*\n"#, with: "", options: .regularExpression))
    }

    @Test func anUnknownFlavourIsAUsageError() throws {
        let result = try Chiso.run(["export", "--excel=fr", "--db", db])
        #expect(result.exitCode == 64)
        #expect(result.stderr.hasPrefix("Error: --excel=fr: chiso knows the spreadsheet flavour --excel=vi (';' and decimal comma), or --excel alone (',' and decimal point)\n"), "\(result.stderr)")
    }

    @Test(.enabled(if: SpreadsheetTests.hasLibreOffice && SpreadsheetTests.hasOpenpyxl, "LibreOffice (libreoffice-calc-nogui) or openpyxl is not installed"))
    func libreOfficeInVietnameseReadsEveryNumberAsANumber() throws {
        let csv = try exportVi()
        let result = try SpreadsheetTests.roundtrip(["libreoffice-csv-vi", db, csv, "observations", dir.path("work")])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("ok LibreOffice in Vietnamese reads every number of vi.csv as a number"), "\(result.output)")
    }
}
