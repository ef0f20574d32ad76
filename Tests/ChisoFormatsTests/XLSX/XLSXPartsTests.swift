import Testing
@testable import ChisoFormats

@Suite struct XLSXPartsTests {
    @Test(arguments: [
        ("2023-09-30", 45199 as Int?),
        ("1900-03-01", 61),
        ("2024-02-29", 45351),
        ("2023-02-29", nil),
        ("2023-13-01", nil),
        ("2023-9-30", nil),
        ("30/09/2023", nil),
        ("1900-01-15", nil),
    ])
    func convertsISODatesToExcelSerials(text: String, serial: Int?) {
        #expect(ExcelDate.serial(text) == serial)
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (701, "ZZ"), (702, "AAA")])
    func namesColumns(index: Int, letters: String) {
        #expect(XLSXParts.columnLetters(index) == letters)
    }

    @Test func escapesXMLAndDropsForbiddenCharacters() {
        #expect(XMLText.escape("Hà Nội") == "Hà Nội")
        #expect(XMLText.escape("a<b & \"c\">\u{01}d\re\tf\u{FFFE}") == "a&lt;b &amp; &quot;c&quot;&gt;d&#13;e\tf")
        #expect(XMLText.escape("_x0041_ and _xyz_") == "_x005F_x0041_ and _xyz_")
    }

    @Test func cutsCellsToExcelLimit() {
        let long = String(repeating: "ầ", count: 40_000)
        #expect(XMLText.fitCell(long).utf16.count == 32_767)
    }

    @Test(arguments: [
        ("values", [String](), "values"),
        ("a/b:c[1]?*\\", [], "a_b_c_1____"),
        ("'quoted'", [], "quoted"),
        ("", ["x"], "Sheet2"),
        ("Values", ["values"], "Values (2)"),
        ("values", ["values", "values (2)"], "values (3)"),
        (String(repeating: "x", count: 40), [], String(repeating: "x", count: 31)),
        (String(repeating: "x", count: 40), [String(repeating: "x", count: 31)], String(repeating: "x", count: 27) + " (2)"),
    ])
    func makesSheetNamesValidAndUnique(wanted: String, taken: [String], name: String) {
        #expect(XLSXWriter.validSheetName(wanted, taken: taken) == name)
    }

    @Test func computesCRC32WithZlib() {
        var crc = CRC32()
        crc.update(Array("12345".utf8))
        crc.update(Array("6789".utf8))
        #expect(crc.value == 0xCBF4_3926)
    }
}
