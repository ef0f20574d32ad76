import ChisoFormats
import Foundation

/// `--rejects FILE`: the bad rows with their fields as read and an `error` column, as CSV,
/// so they can be fixed in a spreadsheet and imported again.
struct RejectsFile {
    let path: String
    private let handle: FileHandle
    private var sink: any RowSink
    private var started = false

    init(path: String) throws(IngestError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw IngestError(file: path, line: 0, message: "cannot create the rejects file")
        }
        self.path = path
        self.handle = handle
        sink = makeSink(.csv, options: RenderOptions(), output: { text in try handle.write(contentsOf: Data(text.utf8)) })
    }

    /// The header: the input's columns and `error`. Called once, before any row.
    mutating func begin(columns: [String]) throws {
        try sink.begin(columns: (columns + ["error"]).map { Column($0) })
        started = true
    }

    mutating func write(fields: [String], width: Int, error: String) throws {
        // A ragged row is padded or cut to the header's width; its error says which it was.
        var cells = fields.prefix(width).map { Cell.text($0) }
        while cells.count < width { cells.append(.null) }
        try sink.write(cells + [.text(error)])
    }

    mutating func finish() throws {
        if !started { try begin(columns: []) }
        try sink.finish()
        try handle.close()
    }
}
