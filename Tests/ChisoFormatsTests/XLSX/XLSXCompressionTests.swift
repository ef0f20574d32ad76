import Foundation
import Testing
import ChisoFormats

/// Workbooks are deflated (the system zlib), take ZIP64 forms only where a value passes
/// 4 GiB, and continue past Excel's row limit on a second sheet instead of writing rows
/// Excel and LibreOffice drop in silence.
@Suite(.serialized) struct XLSXCompressionTests {
    let columns = [Column("indicator"), Column("area"), Column("value", .real), Column("rank", .integer)]

    private func write(rows: Int, rowsPerSheet: Int = 1_048_576, zip64Limit: UInt64 = 0xFFFF_FFFF,
                       notes: inout [String]) throws -> String {
        let path = temporaryPath(".xlsx")
        var heard: [String] = []
        let writer = try XLSXWriter(path: path, rowsPerSheet: rowsPerSheet, zip64Limit: zip64Limit) { heard.append($0) }
        try writer.beginSheet(name: "observations", columns: columns)
        for i in 0..<rows {
            try writer.write([.text("online_dossier_rate"), .text("Tuyên Quang \(i % 7)"), .real(Double(i) / 8), .integer(Int64(i))])
        }
        try writer.endSheet()
        try writer.close()
        notes = heard
        return path
    }

    @Test(.enabled(if: hasPython)) func everyPartIsDeflatedAndTheSheetShrinksManyTimes() throws {
        var notes: [String] = []
        let path = try write(rows: 5000, notes: &notes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try python("""
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            for i in z.infolist():
                print(i.filename, i.compress_type, i.file_size, i.compress_size)
            """, path)
        #expect(result.status == 0, "\(result.output)")
        let parts = result.output.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(parts.count == 6)
        #expect(parts.allSatisfy { $0.count == 4 && $0[1] == "8" }, "\(result.output)")
        let sheet = try #require(parts.first { $0[0] == "xl/worksheets/sheet1.xml" })
        let size = Double(sheet[2]) ?? 0, compressed = Double(sheet[3]) ?? .infinity
        #expect(size / compressed > 5, "sheet \(Int(size)) bytes deflated to only \(Int(compressed))")
        #expect(notes.isEmpty)
    }

    @Test(.enabled(if: hasUnzip)) func unzipFindsNoErrors() throws {
        var notes: [String] = []
        let path = try write(rows: 3000, notes: &notes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try run("/usr/bin/unzip", ["-t", path])
        #expect(result.status == 0 && result.output.contains("No errors detected"), "\(result.output)")
    }

    @Test(.enabled(if: hasOpenpyxl)) func rowsPastTheSheetLimitGoOnInTheNextSheetWithTheHeaderAgain() throws {
        var notes: [String] = []
        // 11 rows a sheet: the header and 10 figures.
        let path = try write(rows: 25, rowsPerSheet: 11, notes: &notes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try python("""
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
            for ws in wb.worksheets:
                rows = list(ws.iter_rows(values_only=True))
                print(ws.title, len(rows) - 1, rows[0][3], rows[1][3], rows[-1][3])
            """, path)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == """
            observations 10 rank 0 9
            observations (2) 10 rank 10 19
            observations (3) 5 rank 20 24

            """)
        #expect(notes == [
            "sheet 'observations' is full (10 rows, Excel's limit); the rows go on in sheet 'observations (2)'",
            "sheet 'observations (2)' is full (10 rows, Excel's limit); the rows go on in sheet 'observations (3)'",
        ])
    }

    /// With the 4 GiB limit lowered to 64 bytes every size and offset takes its ZIP64 form,
    /// which independent readers must accept and check (sizes, CRCs, the end records).
    @Test(.enabled(if: hasPython && hasUnzip)) func zip64FormsReadBackInOtherTools() throws {
        var notes: [String] = []
        let path = try write(rows: 2000, zip64Limit: 64, notes: &notes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try python("""
            import sys, zipfile, struct
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            data = open(sys.argv[1], 'rb').read()
            assert data.find(b'PK\\x06\\x06') > 0 and data.find(b'PK\\x06\\x07') > 0, 'no ZIP64 end records'
            sheet = z.getinfo('xl/worksheets/sheet1.xml')
            local = data[sheet.header_offset:sheet.header_offset + 30]
            size32, = struct.unpack('<I', local[22:26])
            extra_id, = struct.unpack('<H', data[sheet.header_offset + 30 + len(sheet.filename):][:2])
            print(len(z.read('xl/worksheets/sheet1.xml')) == sheet.file_size, hex(size32), hex(extra_id))
            """, path)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == "True 0xffffffff 0x1\n")
        let unzip = try run("/usr/bin/unzip", ["-t", path])
        #expect(unzip.status == 0, "\(unzip.output)")
    }
}
