import ChisoFormats
import ChisoStorage
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The formats `chiso export` writes.
package enum ExportFormat: String, Sendable, CaseIterable {
    case csv, tsv, json, jsonl
    /// An Office Open XML workbook: binary, so only to a file (or `-o -` on purpose).
    case xlsx
    /// A folder in the seeds layout (`BundleExport`): sources with their texts, observations,
    /// targets, rollouts; `chiso load DIR` reads it back.
    case bundle

    /// The format a file name implies (`figures.xlsx` → xlsx), nil for other extensions.
    package static func implied(by path: String) -> ExportFormat? {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        return ExportFormat(rawValue: ext)
    }

    /// Why the file name `path` cannot hold this format, or nil when it can: a name whose
    /// extension means another format (`figs.json` with csv), or one chiso cannot write
    /// (`.xls`, `.ods`), would open as garbage in the program the name picks. Other
    /// extensions (`.txt`, `.dat`, none) are the user's business.
    package func problem(withFileName path: String) -> String? {
        // A bundle is a folder: its name is the user's business.
        if self == .bundle { return nil }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if let implied = ExportFormat.implied(by: path), implied != self {
            return "-o \(path) names a .\(ext) file but the format is \(rawValue); name it .\(rawValue == "jsonl" ? "jsonl" : rawValue) or pass --format \(implied.rawValue)"
        }
        let foreign: [String: String] = ["xls": "the old Excel format", "xlsm": "a macro workbook", "xlsb": "a binary workbook",
                                         "ods": "an OpenDocument spreadsheet", "numbers": "a Numbers document",
                                         "parquet": "Parquet", "db": "a database", "sqlite": "a database", "sqlite3": "a database"]
        if let what = foreign[ext] {
            return "-o \(path): chiso cannot write \(what) (.\(ext)); use .xlsx, which Excel, LibreOffice and Numbers open, or .csv"
        }
        return nil
    }

    var textFormat: OutputFormat? {
        switch self {
        case .csv: .csv
        case .tsv: .tsv
        case .json: .json
        case .jsonl: .jsonl
        case .xlsx, .bundle: nil
        }
    }
}

/// Where an export goes.
package enum ExportDestination: Sendable, Equatable {
    case standardOutput
    /// Written atomically: complete under this name, or not at all.
    case file(String)
}

/// `chiso export`: one table as csv/tsv/json/jsonl, or several as the sheets of one xlsx
/// workbook, streamed from a single read transaction so every table shows the same moment.
package struct Exporter {
    package var tables: [ExportTable]
    package var format: ExportFormat
    /// Header row and the `--excel` bytes (BOM, CRLF, formula guard) for csv/tsv.
    package var options: RenderOptions
    package var withBody: Bool
    package var filter: ObservationFilter?
    /// Hears a line when a sheet passes Excel's row limit and goes on in another sheet;
    /// the default prints it on standard error, where diagnostics go.
    package var note: (String) -> Void = { FileHandle.standardError.write(Data(("note: " + $0 + "\n").utf8)) }
    /// Hears the table and its running row count every few thousand rows (the CLI shows a
    /// progress line when standard error is a terminal).
    package var progress: ((ExportTable, Int) -> Void)?

    package init(tables: [ExportTable], format: ExportFormat, options: RenderOptions = RenderOptions(),
                withBody: Bool = false, filter: ObservationFilter? = nil) {
        self.tables = tables
        self.format = format
        self.options = options
        self.withBody = withBody
        self.filter = filter
    }

    /// Exports and returns the rows written per table.
    @discardableResult
    package func run(_ database: Database, to destination: ExportDestination) throws -> [(table: ExportTable, rows: Int)] {
        guard !tables.isEmpty else { throw ExportError("nothing to export: name a table") }
        if format == .bundle {
            guard case .file(let path) = destination else { throw ExportError("a bundle is a folder: give -o DIR") }
            return try BundleExport(directory: path).run(database).compactMap { file, rows in
                ExportTable(rawValue: (file as NSString).deletingPathExtension).map { ($0, rows) }
            }
        }
        if case .file(let path) = destination {
            // The CLI refuses this before opening anything; a library caller gets the same rule.
            do { try OutputPathGuard.check(path, option: "-o", against: [.database(database.path)]) } catch { throw ExportError(error.message) }
        }
        if format != .xlsx, tables.count > 1 {
            throw ExportError("\(format.rawValue) holds one table; export \(tables.map(\.rawValue).joined(separator: ", ")) one at a time, or use --format xlsx for one sheet per table")
        }
        return try database.connection.read {
            switch (format, destination) {
            case (.xlsx, .file(let path)):
                let file = try AtomicFile(path: path)
                return try file.writing { try writeWorkbook(database, to: file) }
            case (.xlsx, .standardOutput):
                // The zip writer seeks back to patch each part's header, which a pipe cannot
                // do: build the workbook in a temporary file, then copy it out.
                let scratch = FileManager.default.temporaryDirectory
                    .appendingPathComponent("chiso-export-\(ProcessInfo.processInfo.processIdentifier).xlsx").path
                let file = try AtomicFile(path: scratch)
                defer { file.discard() }
                let counts = try writeWorkbook(database, to: file)
                try Self.copy(file.temporaryPath, toDescriptor: 1)
                return counts
            case (_, .file(let path)):
                let file = try AtomicFile(path: path)
                return try file.writing { try writeText(database, to: BufferedOutput(file: file)) }
            case (_, .standardOutput):
                return try writeText(database, to: .standardOutput())
            }
        }
    }

    private func flavour() -> ExportFlavour { format == .xlsx ? .workbook : .interchange }

    private func writeText(_ database: Database, to out: BufferedOutput) throws -> [(table: ExportTable, rows: Int)] {
        guard let textFormat = format.textFormat, let table = tables.first else { return [] }
        var sink = makeSink(textFormat, options: options, to: out)
        let export = TableExport(table, flavour: flavour(), withBody: withBody, filter: filter)
        let rows = try export.write(from: database, into: &sink) { progress?(table, $0) }
        try out.flush()
        return [(table, rows)]
    }

    private func writeWorkbook(_ database: Database, to file: AtomicFile) throws -> [(table: ExportTable, rows: Int)] {
        file.closeDescriptor()
        let writer = try XLSXWriter(path: file.temporaryPath, continued: note)
        var counts: [(table: ExportTable, rows: Int)] = []
        for table in tables {
            var sink = makeXLSXSink(writer: writer, sheetName: table.rawValue)
            let export = TableExport(table, flavour: flavour(), withBody: withBody, filter: table == .observations ? filter : nil)
            counts.append((table, try export.write(from: database, into: &sink) { progress?(table, $0) }))
        }
        try writer.close()
        return counts
    }

    private static func copy(_ path: String, toDescriptor descriptor: Int32) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ExportError("\(path): cannot read the workbook back")
        }
        defer { try? handle.close() }
        let out = BufferedOutput(descriptor: descriptor, name: "standard output")
        while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            try out.write(bytes: Array(chunk))
        }
        try out.flush()
    }
}
