import ChisoFormats
import Foundation

/// `--rejects FILE`: the bad rows with their fields as read and an `error` column, as CSV,
/// so they can be fixed in a spreadsheet and imported again.
///
/// Written like an export: to a temporary file beside FILE, renamed over it at `finish`, so
/// FILE is the complete list or is left as it was (an interrupted import leaves no half list).
struct RejectsFile {
    let path: String
    private let file: AtomicFile
    private let output: BufferedOutput
    private var sink: any RowSink
    private var started = false

    init(path: String) throws(InputError) {
        do {
            file = try AtomicFile(path: path)
        } catch {
            throw InputError(file: path, line: 0, message: "cannot create the rejects file: \(error.message)")
        }
        self.path = path
        let output = BufferedOutput(file: file)
        self.output = output
        sink = makeSink(.csv, options: RenderOptions(), to: output)
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
        try output.flush()
        try file.commit()
    }
}
