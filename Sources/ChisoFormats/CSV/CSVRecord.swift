/// One CSV record: its fields as NFC strings, and the line it starts on for messages about
/// it (a quoted field may span lines, so this is not a record counter).
package struct CSVRecord: Sendable, Equatable {
    package var fields: [String]
    /// 1-based line where the record starts.
    package var line: Int

    package init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}
