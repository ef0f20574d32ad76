import Foundation
import Testing
import ChisoFormats

@Suite(.serialized) struct XLSXWriterTests {
    let columns = [
        Column("indicator"), Column("area"), Column("value", .real), Column("rank", .integer), Column("as_of", .date),
    ]

    /// A workbook with a values sheet (2500 rows, more than the width sample) and a small one.
    private func writeWorkbook(rows: Int = 2500) throws -> String {
        let path = temporaryPath(".xlsx")
        let writer = try XLSXWriter(path: path)
        var sink = makeXLSXSink(writer: writer, sheetName: "values")
        try sink.begin(columns: columns)
        try sink.write([.text("dvc766"), .text("Tuyên Quang"), .real(42.06), .integer(3), .text("2023-09-30")])
        try sink.write([.text("=1+1 <b> & \"q\""), .null, .real(-0.5), .null, .text("not a date")])
        for i in 2..<rows {
            try sink.write([.text("row\(i)"), .text("VN"), .real(Double(i) / 4), .integer(Int64(i)), .null])
        }
        try sink.finish()
        try writer.beginSheet(name: "areas/2025", columns: [Column("code"), Column("name")])
        try writer.write([.text("08"), .text("Tuyên Quang")])
        try writer.endSheet()
        try writer.close()
        return path
    }

    @Test(.enabled(if: hasUnzip)) func passesUnzipIntegrityTest() throws {
        let path = try writeWorkbook()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try run("/usr/bin/unzip", ["-t", path])
        #expect(result.status == 0)
        #expect(result.output.contains("No errors detected"))
    }

    @Test(.enabled(if: hasPython)) func holdsTheOfficeOpenXMLParts() throws {
        let path = try writeWorkbook(rows: 3)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            print(sorted(z.namelist()))
            print(z.read('xl/worksheets/sheet1.xml').decode('utf-8'))
            print(z.read('xl/workbook.xml').decode('utf-8'))
            """
        let result = try python(script, path)
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']")
        let sheet = result.output
        #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(sheet.contains(#"<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">indicator</t></is></c>"#))
        #expect(sheet.contains(#"<c r="B2" t="inlineStr"><is><t xml:space="preserve">Tuyên Quang</t></is></c><c r="C2"><v>42.06</v></c><c r="D2"><v>3</v></c><c r="E2" s="2"><v>45199</v></c>"#))
        #expect(sheet.contains(#"<t xml:space="preserve">=1+1 &lt;b&gt; &amp; &quot;q&quot;</t>"#))
        #expect(sheet.contains(#"<c r="C3"><v>-0.5</v></c><c r="E3" t="inlineStr"><is><t xml:space="preserve">not a date</t>"#))
        #expect(sheet.contains(#"<autoFilter ref="A1:E4"/>"#))
        #expect(sheet.contains(#"<sheet name="values" sheetId="1" r:id="rId1"/><sheet name="areas_2025" sheetId="2" r:id="rId2"/>"#))
    }

    @Test(.enabled(if: hasOpenpyxl)) func readsBackWithOpenpyxl() throws {
        let path = try writeWorkbook()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            print(wb.sheetnames)
            ws = wb['values']
            print(ws.max_row, ws.max_column, ws.freeze_panes, ws['A1'].font.b, ws['A2'].font.b)
            for cell in ws[2]:
                print(repr(cell.value), cell.number_format)
            print(repr(ws['A3'].value), repr(ws['B3'].value), repr(ws['E3'].value))
            print(repr(ws['C2500'].value), repr(ws['D2500'].value))
            print(ws.column_dimensions['A'].width, ws.column_dimensions['B'].width)
            ws2 = wb['areas_2025']
            print(repr(ws2['A2'].value), repr(ws2['B2'].value))
            """
        let result = try python(script, path)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == """
            ['values', 'areas_2025']
            2501 5 A2 True False
            'dvc766' General
            'Tuyên Quang' General
            42.06 General
            3 General
            datetime.datetime(2023, 9, 30, 0, 0) yyyy-mm-dd
            '=1+1 <b> & "q"' None 'not a date'
            624.5 2498
            16.0 13.0
            '08' 'Tuyên Quang'

            """)
    }

    @Test(.enabled(if: hasOpenpyxl)) func writesAValidWorkbookWithoutSheets() throws {
        let path = temporaryPath(".xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try XLSXWriter(path: path)
        try writer.close()
        let result = try python("import sys, openpyxl; print(openpyxl.load_workbook(sys.argv[1]).sheetnames)", path)
        #expect(result.output == "['Sheet1']\n")
    }

    @Test func refusesAnUnwritablePath() {
        #expect(throws: XLSXError(path: "/nonexistent/dir/x.xlsx", message: "cannot create the file")) {
            _ = try XLSXWriter(path: "/nonexistent/dir/x.xlsx")
        }
    }
}
