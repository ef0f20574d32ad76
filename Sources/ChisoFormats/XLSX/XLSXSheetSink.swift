/// A `RowSink` writing one sheet of `writer`: begin starts the sheet, finish ends it.
package func makeXLSXSink(writer: XLSXWriter, sheetName: String) -> any RowSink {
    XLSXSheetSink(writer: writer, sheetName: sheetName)
}

struct XLSXSheetSink: RowSink {
    let writer: XLSXWriter
    let sheetName: String

    mutating func begin(columns: [Column]) throws {
        try writer.beginSheet(name: sheetName, columns: columns)
    }

    mutating func write(_ row: [Cell]) throws {
        try writer.write(row)
    }

    mutating func finish() throws {
        try writer.endSheet()
    }
}
