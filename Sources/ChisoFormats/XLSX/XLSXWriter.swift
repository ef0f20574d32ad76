import Foundation

/// An Office Open XML workbook (.xlsx) written streaming, one sheet after another.
///
/// Rows go straight into the sheet's zip entry, so a million-row export never sits in
/// memory; only the first 1000 rows of a sheet wait, to size its columns (`<cols>` must
/// precede the data). Text is stored as inline strings (no shared-string table to hold),
/// integers and reals as numbers, ISO text in `.date` columns as real dates formatted
/// yyyy-mm-dd, null as no cell. The header row is bold, frozen and carries an autofilter.
/// Sheet names are made valid for Excel (forbidden `[]:*?/\` become `_`, at most 31
/// characters, unique). Writes to `path` directly: the caller handles temp file + rename.
package final class XLSXWriter {
    private let path: String
    private let zip: ZipWriter
    private var sheetNames: [String] = []
    private var filterRanges: [String?] = []
    private var sheet: SheetState?
    private var closed = false

    /// Rows buffered per sheet to estimate column widths.
    static let widthSampleRows = 1000

    /// Rows a sheet holds, its header included: Excel's limit (2^20). Past it, the rows go on
    /// in a second sheet of the same name with " (2)", and `continued` is told.
    package let rowsPerSheet: Int
    private let continued: (String) -> Void
    private let zip64Limit: UInt64

    private struct SheetState {
        var name: String
        var columns: [Column]
        var letters: [String]
        var widths: [Int]
        var sample: [[Cell]] = []
        var started = false
        var rowNumber = 1                     // the last row written; the header is row 1
    }

    /// `continued` hears one line when a sheet is full and its rows go on in another;
    /// `rowsPerSheet` and `zip64Limit` are lowered only by tests.
    package init(path: String, rowsPerSheet: Int = 1_048_576, zip64Limit: UInt64 = 0xFFFF_FFFF,
                 continued: @escaping (String) -> Void = { _ in }) throws {
        precondition(rowsPerSheet >= 2, "a sheet holds at least its header and one row")
        self.path = path
        self.rowsPerSheet = rowsPerSheet
        self.continued = continued
        self.zip64Limit = zip64Limit
        self.zip = try ZipWriter(path: path, zip64Limit: zip64Limit)
    }

    /// Starts a sheet; `name` is adjusted to what Excel accepts.
    package func beginSheet(name: String, columns: [Column]) throws {
        precondition(sheet == nil, "beginSheet(\(name)) before endSheet() of the previous sheet")
        precondition(!closed, "beginSheet after close()")
        sheetNames.append(Self.validSheetName(name, taken: sheetNames))
        let widths = columns.map { column in
            column.type == .date ? 10 : DisplayWidth.of(column.name)
        }
        sheet = SheetState(name: name, columns: columns, letters: columns.indices.map(XLSXParts.columnLetters), widths: widths)
    }

    package func write(_ row: [Cell]) throws {
        if let full = sheet, full.rowNumber + full.sample.count >= rowsPerSheet {
            try endSheet()
            try beginSheet(name: full.name, columns: full.columns)
            continued("sheet '\(sheetNames[sheetNames.count - 2])' is full (\(rowsPerSheet - 1) rows, Excel's limit); the rows go on in sheet '\(sheetNames[sheetNames.count - 1])'")
        }
        // Taken out and put back so the sample array is mutated in place, not copied.
        guard var state = sheet.take() else { preconditionFailure("write(_:) outside beginSheet/endSheet") }
        defer { sheet = state }
        precondition(row.count == state.columns.count, "row has \(row.count) cells for \(state.columns.count) columns")
        if state.started {
            state.rowNumber += 1
            try zip.write(Self.rowXML(row, number: state.rowNumber, letters: state.letters, columns: state.columns))
            return
        }
        for (index, cell) in row.enumerated() {
            state.widths[index] = max(state.widths[index], Self.displayWidth(cell, type: state.columns[index].type))
        }
        state.sample.append(row)
        if state.sample.count >= Self.widthSampleRows {
            try startSheetData(&state)
        }
    }

    package func endSheet() throws {
        guard var state = sheet else { preconditionFailure("endSheet() without beginSheet") }
        if !state.started { try startSheetData(&state) }
        try zip.write("</sheetData>")
        var filter: String?
        if !state.columns.isEmpty {
            let range = "A1:\(state.letters[state.letters.count - 1])\(state.rowNumber)"
            try zip.write(#"<autoFilter ref="\#(range)"/>"#)
            filter = "$A$1:$\(state.letters[state.letters.count - 1])$\(state.rowNumber)"
        }
        try zip.write("</worksheet>")
        try zip.endEntry()
        filterRanges.append(filter)
        sheet = nil
    }

    /// Writes the workbook parts and the zip directory. A workbook with no sheet gets an
    /// empty "Sheet1", since Excel refuses a workbook without sheets.
    package func close() throws {
        precondition(sheet == nil, "close() inside a sheet; call endSheet() first")
        guard !closed else { return }
        if sheetNames.isEmpty {
            try beginSheet(name: "Sheet1", columns: [])
            try endSheet()
        }
        closed = true
        let parts: [(String, String)] = [
            ("xl/workbook.xml", XLSXParts.workbook(sheetNames: sheetNames, filterRanges: filterRanges)),
            ("xl/_rels/workbook.xml.rels", XLSXParts.workbookRelationships(sheetCount: sheetNames.count)),
            ("xl/styles.xml", XLSXParts.styles),
            ("_rels/.rels", XLSXParts.rootRelationships),
            ("[Content_Types].xml", XLSXParts.contentTypes(sheetCount: sheetNames.count)),
        ]
        for (name, xml) in parts {
            try zip.beginEntry(name)
            try zip.write(xml)
            try zip.endEntry()
        }
        try zip.close()
    }

    // MARK: - Sheet XML

    /// Opens the sheet's entry once widths are known and writes the sampled rows.
    private func startSheetData(_ state: inout SheetState) throws {
        state.started = true
        try zip.beginEntry("xl/worksheets/sheet\(sheetNames.count).xml")
        var xml = XLSXParts.declaration
        xml += #"<worksheet xmlns="\#(XLSXParts.mainNamespace)" xmlns:r="\#(XLSXParts.relationshipNamespace)">"#
        xml += #"<sheetViews><sheetView workbookViewId="0">"#
        xml += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        xml += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if !state.columns.isEmpty {
            xml += "<cols>"
            for (index, width) in state.widths.enumerated() {
                let chars = min(max(width + 2, 6), 60)
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(chars)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        if !state.columns.isEmpty {
            xml += #"<row r="1">"#
            for (index, column) in state.columns.enumerated() {
                xml += #"<c r="\#(state.letters[index])1" s="\#(XLSXParts.Style.header)" t="inlineStr"><is><t xml:space="preserve">"#
                xml += XMLText.escape(XMLText.fitCell(column.name)) + "</t></is></c>"
            }
            xml += "</row>"
        }
        try zip.write(xml)
        for row in state.sample {
            state.rowNumber += 1
            try zip.write(Self.rowXML(row, number: state.rowNumber, letters: state.letters, columns: state.columns))
        }
        state.sample = []
    }

    private static func rowXML(_ row: [Cell], number: Int, letters: [String], columns: [Column]) -> String {
        var xml = #"<row r="\#(number)">"#
        for (index, cell) in row.enumerated() {
            let ref = letters[index] + String(number)
            switch cell {
            case .null:
                continue
            case .integer(let i):
                xml += #"<c r="\#(ref)"><v>\#(i)</v></c>"#
            case .real(let d) where d.isFinite:
                xml += #"<c r="\#(ref)"><v>\#(d.description)</v></c>"#
            case .real(let d):
                xml += inlineString(NumberText.plain(d), ref: ref)
            case .text(let s):
                if columns[index].type == .date, let serial = ExcelDate.serial(s) {
                    xml += #"<c r="\#(ref)" s="\#(XLSXParts.Style.date)"><v>\#(serial)</v></c>"#
                } else {
                    xml += inlineString(s, ref: ref)
                }
            }
        }
        return xml + "</row>"
    }

    private static func inlineString(_ text: String, ref: String) -> String {
        #"<c r="\#(ref)" t="inlineStr"><is><t xml:space="preserve">"# + XMLText.escape(XMLText.fitCell(text)) + "</t></is></c>"
    }

    private static func displayWidth(_ cell: Cell, type: CellType) -> Int {
        switch cell {
        case .null: return 0
        case .text(let s) where type == .date: return s.count
        case .text(let s):
            // The widest line of a multi-line cell, without scanning megabytes of text.
            return s.prefix(200).split(whereSeparator: \.isNewline).map { DisplayWidth.of($0) }.max() ?? 0
        default: return cell.plainText?.count ?? 0
        }
    }

    // MARK: - Sheet names

    /// A name Excel accepts and no other sheet of this workbook has (case-insensitively).
    static func validSheetName(_ wanted: String, taken: [String]) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var base = String(wanted.map { forbidden.contains($0) || $0.isNewline ? "_" : $0 })
        while base.hasPrefix("'") { base.removeFirst() }
        while base.hasSuffix("'") { base.removeLast() }
        if base.isEmpty { base = "Sheet\(taken.count + 1)" }
        let lowered = Set(taken.map { $0.lowercased() })
        var candidate = truncated(base, to: 31)
        var n = 2
        while lowered.contains(candidate.lowercased()) {
            let suffix = " (\(n))"
            candidate = truncated(base, to: 31 - suffix.utf16.count) + suffix
            n += 1
        }
        return candidate
    }

    private static func truncated(_ text: String, to units: Int) -> String {
        var result = ""
        for character in text {
            if result.utf16.count + character.utf16.count > units { break }
            result.append(character)
        }
        return result
    }
}

@available(*, unavailable, message: "a workbook writer owns an open file")
extension XLSXWriter: Sendable {}
