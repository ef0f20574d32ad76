import ArgumentParser
import ChisoDomain
import ChisoFormats
import ChisoIngest
import ChisoStorage
import Foundation

extension ImportFormat: ExpressibleByArgument {}
extension ConflictPolicy: ExpressibleByArgument {}

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import observations, targets, rollouts or sources from a file or a bundle folder, all or nothing.",
        discussion: """
            What the file holds is told by its header (the keys of its objects for JSON): observations, targets (a comparator column), rollouts (total, completed, …) or sources (id, title, file), as CSV/TSV, JSON Lines or a JSON array ([{…}, {…}]). A folder (from `chiso export all --format bundle`, or a seeds folder) is read as `chiso load` reads it.

            An observations file has the columns of Seeds/observations.csv (and of `chiso export observations`): indicator, area, area_name, agency, period, value, numerator, denominator, qualifier, status, baseline_period, change, source, quote, note.

            Only indicator, area, period and value are required; columns may come in any order. UTF-8 with or without BOM (UTF-16 and UTF-32 with a byte-order mark too; --encoding windows-1258 for files saved by old Vietnamese Windows tools), CRLF or LF, `,` or `;` (sniffed), decimal commas ("42,06"), Vietnamese periods ("9 tháng đầu năm 2023") and area names are all accepted.

            Any problem means nothing is written: problems are listed as file:line:column, reading stops after the first 100, and the command exits 1. With --skip-bad the whole file is read, the good rows are imported, the bad ones listed (the first 100, then a count; all of them in --rejects FILE, with an `error` column), and the command exits 0 with a warning. --rejects is never the database or the input file. A row whose key (indicator, area, agency, period, source) exists with other content is a conflict: --on-conflict decides.

            Examples:
              chiso import Seeds/observations.csv --dry-run
              chiso import new-figures.csv --on-conflict replace
              chiso import batch.csv --skip-bad --rejects batch.rejects.csv
              chiso export targets --format json | chiso import - --db copy.db
              chiso export observations | chiso import - --db copy.db
              chiso import backup/ --db copy.db        # a folder from `chiso export all --format bundle -o backup/`
            """)

    @Argument(help: ArgumentHelp("The file to read, or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Input format: csv, tsv or jsonl (default: csv, or jsonl for a .jsonl file).")
    var format: ImportFormat?

    @Option(help: ArgumentHelp("CSV field separator (default: sniffed from the header: , ; or tab).", valueName: "c"))
    var delimiter: String?

    @Flag(help: "Check everything and print what would be imported; write nothing.")
    var dryRun = false

    @Option(help: "A row whose key exists with other content: fail (default), skip it, or replace the existing row.")
    var onConflict: ConflictPolicy = .fail

    @Option(help: ArgumentHelp("Write the bad rows, with an error column, to this CSV file.", valueName: "file"))
    var rejects: String?

    @Flag(help: "Import the good rows even when some rows are bad (exit 0 with a warning).")
    var skipBad = false

    @Flag(help: "No progress line.")
    var quiet = false

    @Option(help: ArgumentHelp("The file's text encoding: utf-8 (default), utf-16, utf-16le, utf-16be, utf-32, windows-1258 (Vietnamese Windows), windows-1252. A UTF-16 or UTF-32 byte-order mark is read without being asked.", valueName: "name"))
    var encoding: String?

    func validate() throws {
        if let encoding, InputEncoding(name: encoding) == nil {
            throw ValidationError("unknown encoding '\(encoding)'; expected one of \(InputEncoding.allCases.map(\.rawValue).joined(separator: ", ")) (utf-16 and utf-32 take the byte order from the file's mark)")
        }
        if let delimiter, delimiter != "\\t", delimiter.count != 1 || delimiter.first?.isASCII != true {
            throw ValidationError("--delimiter takes one ASCII character such as ';' or '\\t', not '\(delimiter)'")
        }
        if delimiter != nil, format == .jsonl {
            throw ValidationError("--delimiter applies to csv and tsv, not jsonl")
        }
        if let rejects {
            // Before anything is opened: --rejects must be neither the database nor the input.
            do {
                try OutputPathGuard.check(rejects, option: "--rejects", against: [.database(database.path), .input(file)])
            } catch { throw ValidationError(error.message) }
        }
    }

    func run() throws {
        var options = ImportOptions()
        options.format = format ?? (file.lowercased().hasSuffix(".jsonl") ? .jsonl : file.lowercased().hasSuffix(".tsv") ? .tsv : .csv)
        options.delimiter = delimiter.map { $0 == "\\t" ? "\t" : Character($0) }
        options.dryRun = dryRun
        options.onConflict = onConflict
        options.rejectsPath = rejects
        options.skipBad = skipBad

        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
            try importFolder()
            return
        }
        // What the file holds is told by its header; standard input is kept in a temporary
        // file to read it, and a JSON array of observations becomes JSON Lines.
        var scratch: [String] = []
        defer { for path in scratch { try? FileManager.default.removeItem(atPath: path) } }
        let name = file == "-" ? "<stdin>" : file
        var path = file
        if file == "-" {
            path = try ImportSpool.spool(FileHandle.standardInput)
            scratch.append(path)
        }
        // Another encoding (declared, or announced by a UTF-16/UTF-32 byte-order mark) is read
        // from a UTF-8 copy, so every reader below sees UTF-8 and file:line still points home.
        let utf8 = try InputTranscoder.utf8Path(for: path, shownAs: name, declared: encoding.flatMap(InputEncoding.init(name:)))
        if utf8.path != path {
            scratch.append(utf8.path)
            path = utf8.path
        }
        let (kind, container) = try ImportKind.sniff(path: path, name: name)
        if kind == .indicators {
            try importIndicators(path: path, name: name, container: container)
            return
        }
        if kind != .observations {
            if skipBad || rejects != nil {
                throw ValidationError("--skip-bad and --rejects apply to observations; \(name) holds \(kind.rawValue)")
            }
            try removingNewDatabaseOnFailure(database.path) {
                let db = try Database(path: database.path, access: dryRun ? .dryRun : .create)
                let summary = try TableImporter(database: db, options: options).run(path: path, name: name, kind: kind, container: container)
                note(summary.line)
            }
            return
        }
        var input = path == file ? ImportInput(argument: file) : ImportInput.spooled(path: path, name: name)
        switch container {
        case .jsonArray:
            let lines = try ImportSpool.jsonLines(fromArrayAt: path, name: name)
            scratch.append(lines)
            input = .spooled(path: lines, name: name)
            options.format = .jsonl
        case .jsonLines:
            if format == nil { options.format = .jsonl }
        case .delimited:
            if format == nil, options.format == .jsonl { options.format = .csv }
        }
        try removingNewDatabaseOnFailure(database.path) {
            let db = try Database(path: database.path, access: dryRun ? .dryRun : .create)
            var line = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1)
            let summary = try ObservationImporter(database: db, options: options).run(input) { line.show($0) }
            line.clear()

            for notice in summary.notices { note(notice) }
            for problem in summary.problemLines { note(problem) }
            // A dry run writes no unit: it says which ones the import would add.
            if summary.committed || dryRun {
                UnitRecord.createdLines(summary.newUnits).forEach { note(dryRun ? "would add " + $0 : $0) }
            }
            note(summary.line)
            if summary.problemCount > 0 {
                if summary.committed {
                    note("warning: \(summary.problemCount) row\(summary.problemCount == 1 ? "" : "s") left out" + (rejects.map { " (written to \($0))" } ?? ""))
                } else if dryRun {
                    throw ImportFailed(input: input.name, summary: summary, dryRun: true)
                } else {
                    throw ImportFailed(input: input.name, summary: summary)
                }
            }
        }
    }
}

extension Import {
    /// An indicators.csv (the user's own indicators, as `chiso export indicators --user` writes
    /// them): checked against the catalogue and each other, written in one transaction.
    func importIndicators(path: String, name: String, container: ImportKind.Container) throws {
        guard container == .delimited else {
            throw ValidationError("\(name): indicators are imported from CSV, the layout `chiso export indicators --user` writes")
        }
        if skipBad || rejects != nil {
            throw ValidationError("--skip-bad and --rejects apply to observations; \(name) holds indicators")
        }
        try removingNewDatabaseOnFailure(database.path) {
            let db = try Database(path: database.path, access: dryRun ? .dryRun : .create)
            let rows = try IndicatorCatalogue.read(fileAtPath: path, name: name, reference: try ReferenceData(db))
            let outcomes = try IndicatorCatalogue.define(rows, in: db, dryRun: dryRun)
            let added = outcomes.filter { $0.outcome != .unchanged }.count
            note("\(dryRun ? "would import" : "imported") indicators: \(added) new, \(outcomes.count - added) unchanged" + (dryRun ? " (dry run: nothing written)" : ""))
        }
    }

    /// A folder (`chiso export all --format bundle`, or a seeds folder): read as `chiso load`
    /// reads it, in one logged transaction; rehearsed and rolled back with --dry-run.
    func importFolder() throws {
        try removingNewDatabaseOnFailure(database.path) {
            let db = try Database(path: database.path, access: dryRun ? .dryRun : .create)
            let loader = SeedLoader(directory: file)
            let report = dryRun ? try db.connection.rehearse { try loader.load(into: db) } : try loader.load(into: db)
            report.lines.forEach { note($0) }
            if dryRun { note("dry run: nothing written") }
        }
    }
}

/// The `\r`-updated progress line on a terminal: rows, rows/s, percent of bytes and ETA, at
/// most ten times a second.
private struct ProgressLine {
    let enabled: Bool
    private var last = 0.0
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    mutating func show(_ p: ImportProgress) {
        guard enabled, p.seconds - last >= 0.1 else { return }
        last = p.seconds
        var text = "\r\(p.rows) rows, \(Int(p.rowsPerSecond)) rows/s"
        if let fraction = p.fraction { text += String(format: ", %.0f%%", fraction * 100) }
        if let left = p.secondsLeft { text += String(format: ", %.0f s left", left) }
        FileHandle.standardError.write(Data((text + "\u{1B}[K").utf8))
        shown = true
    }

    mutating func clear() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
