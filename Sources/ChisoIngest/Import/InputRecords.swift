import ChisoFormats
import Foundation

/// The rows of an import file as field lists with their line, whatever the format: CSV and
/// TSV through `CSVReader`, JSON Lines through `JSONLinesReader` (whose "header" is the
/// layout itself). Streaming: one record at a time.
struct InputRecords {
    private enum Backing {
        case csv(CSVReader)
        case jsonl(JSONLinesReader)
        /// Held only while a reader is taken out to advance it, so its buffer is never shared
        /// (and so never copied on write).
        case moved
    }

    private var backing: Backing
    let name: String

    init(_ input: ImportInput, format: ImportFormat, delimiter: Character?) throws(InputError) {
        name = input.name
        switch format {
        case .csv, .tsv:
            let separator = format == .tsv ? (delimiter ?? "\t") : delimiter
            switch input {
            case .file(let path): backing = .csv(try CSVReader(fileAtPath: path, delimiter: separator))
            case .standardInput: backing = .csv(try CSVReader(fileHandle: .standardInput, name: name, delimiter: separator))
            case .spooled(let path, let name): backing = .csv(try CSVReader(fileHandle: try Self.open(path, name), name: name, delimiter: separator))
            }
        case .jsonl:
            switch input {
            case .file(let path): backing = .jsonl(try JSONLinesReader(path: path))
            case .standardInput: backing = .jsonl(JSONLinesReader(handle: .standardInput, name: name, totalBytes: nil))
            case .spooled(let path, let name): backing = .jsonl(JSONLinesReader(handle: try Self.open(path, name), name: name, totalBytes: nil))
            }
        }
    }

    private static func open(_ path: String, _ name: String) throws(InputError) -> FileHandle {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: name, line: 0, message: "cannot read the temporary copy \(path)")
        }
        return handle
    }

    /// JSON Lines name their columns in every object, so there is no header record.
    var hasHeaderRecord: Bool {
        if case .csv = backing { return true }
        return false
    }

    /// The next record; a thrown error (broken quoting, invalid UTF-8, NUL, unreadable
    /// input) ends the file, while a row-level problem comes back as `.bad`.
    mutating func next() throws(InputError) -> InputRow? {
        switch backing {
        case .csv(var reader):
            backing = .moved
            defer { backing = .csv(reader) }
            return try reader.next().map(InputRow.record)
        case .jsonl(var reader):
            backing = .moved
            defer { backing = .jsonl(reader) }
            return try reader.next()
        case .moved:
            preconditionFailure("reader re-entered while advancing")
        }
    }

    var bytesRead: Int {
        switch backing {
        case .csv(let reader): reader.bytesRead
        case .jsonl(let reader): reader.bytesRead
        case .moved: 0
        }
    }

    var totalBytes: Int? {
        switch backing {
        case .csv(let reader): reader.totalBytes
        case .jsonl(let reader): reader.totalBytes
        case .moved: nil
        }
    }
}

/// One input row: fields to decode, or a row already known to be bad (a JSON line that is
/// not an object of the layout's columns) with its fields as far as they could be read.
enum InputRow {
    case record(CSVRecord)
    case bad(CSVRecord, InputError)
}
