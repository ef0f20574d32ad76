import ArgumentParser
import ChisoFormats
import ChisoQuery
import ChisoStorage
import Foundation

extension ExportFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
    /// The positional choice: one table, or `all` (observations, targets, rollouts).
    enum Choice: String, ExpressibleByArgument, CaseIterable {
        case observations, targets, rollouts, areas, indicators, periods, sources, all
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a table as CSV, TSV, JSON or JSON Lines, or the figures as an .xlsx workbook.",
        discussion: """
            --format bundle -o DIR writes the whole database as a folder in the seeds layout (sources.csv with each text in sources/ID.txt, observations.csv, targets.csv, rollouts.csv); `chiso import DIR` or `chiso load DIR` into an empty file reproduces it.

            Observations come out in the layout of Seeds/observations.csv (area = the code the unit had at the figure's period, VN for the country), so an export can be re-imported. -o FILE is written atomically: complete, or not at all. --excel writes CSV for spreadsheets (UTF-8 BOM, CRLF, a leading ' on text that would run as a formula); --format xlsx keeps every cell's type (codes like 08 stay text).

            Examples:
              chiso export > observations.csv
              chiso export targets --format json
              chiso export --query "where area = tuyen quang and period within 2023" -o tq-2023.csv
              chiso export --excel -o observations-excel.csv
              chiso export all --format xlsx -o chiso.xlsx     # sheets observations, targets, rollouts
              chiso export all --format bundle -o backup/      # a folder `chiso import backup/` reads back
              chiso export indicators --user -o seeds/indicators.csv   # the indicators you defined, for `chiso load`
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "observations (default), targets, rollouts, areas, indicators, periods, sources, or all (xlsx only; the default with xlsx).")
    var table: Choice?

    @Option(help: ArgumentHelp("Only the observations this query selects (the `chiso query` language).", valueName: "query"))
    var query: String?

    @Option(name: .shortAndLong, help: "csv (default), tsv, json, jsonl, xlsx, bundle (a folder); implied by the -o file's extension.")
    var format: ExportFormat?

    @Flag(help: "CSV for Excel and LibreOffice: UTF-8 BOM, CRLF line ends, formula-injection guard; --excel=vi for a Vietnamese-locale spreadsheet (';' between fields, decimal comma).")
    var excel = false

    /// The value of `--excel=vi`, which `Chiso.main` passes here (a flag takes no value).
    @Option(name: .customLong(ExcelFlavour.optionName), help: .hidden)
    var excelFlavour: ExcelFlavour?

    @Flag(name: .customLong("quote-all"), help: "Quote every text field (csv), so CSV sniffers (csvkit, Python's csv.Sniffer, pandas sep=None) never guess wrong.")
    var quoteAll = false

    @Option(name: .short, help: ArgumentHelp("Write to this file atomically ('-' for standard output).", valueName: "file"))
    var output: String?

    @Flag(name: .customLong("no-header"), help: "Leave out the header row (csv and tsv).")
    var noHeader = false

    @Flag(name: .customLong("with-body"), help: "Include each source's full text (sources only).")
    var withBody = false

    @Flag(help: "Only the indicators users defined, in the indicators.csv layout that `chiso load` reads (indicators only).")
    var user = false

    /// --format, else the -o file's extension, else csv.
    var resolvedFormat: ExportFormat {
        if let format { return format }
        if let output, output != "-", let implied = ExportFormat.implied(by: output) { return implied }
        return .csv
    }

    var tables: [ExportTable] {
        switch table {
        case .all: return ExportTable.figures
        case .indicators where user: return [.userIndicators]
        case .some(let choice): return ExportTable(rawValue: choice.rawValue).map { [$0] } ?? []
        case nil: return resolvedFormat == .xlsx && query == nil ? ExportTable.figures : [.observations]
        }
    }

    func validate() throws {
        let format = resolvedFormat
        if excel, format != .csv {
            throw ValidationError(format == .xlsx
                ? "--excel shapes CSV for spreadsheets; leave it out with xlsx, which already keeps every type"
                : "--excel applies to csv only, not \(format.rawValue)")
        }
        if quoteAll, format != .csv {
            throw ValidationError("--quote-all applies to csv only, not \(format.rawValue)")
        }
        if noHeader, format != .csv, format != .tsv {
            throw ValidationError("--no-header applies to csv and tsv, not \(format.rawValue)")
        }
        if format == .xlsx, output == nil {
            throw ValidationError("xlsx is a binary workbook: give -o FILE.xlsx (or -o - to send it to standard output on purpose)")
        }
        if format == .bundle {
            if output == nil || output == "-" { throw ValidationError("a bundle is a folder of files: give -o DIR") }
            if let table, table != .all { throw ValidationError("a bundle holds every table: write `chiso export all --format bundle -o DIR`") }
            if query != nil || excel || noHeader || withBody {
                throw ValidationError("a bundle is the whole database in the seeds layout; leave out --query, --excel, --no-header and --with-body")
            }
        }
        if table == .all, format != .xlsx, format != .bundle {
            throw ValidationError("'all' writes one sheet per table and needs --format xlsx; for \(format.rawValue) export observations, targets and rollouts one at a time")
        }
        if query != nil, tables != [.observations] {
            throw ValidationError("--query selects observations; it cannot filter \(tables.map(\.rawValue).joined(separator: ", "))")
        }
        if user, table != .indicators {
            throw ValidationError("--user applies to the indicators table: chiso export indicators --user")
        }
        if withBody, !tables.contains(.sources) {
            throw ValidationError("--with-body applies to the sources table")
        }
        if let output {
            // Before anything is opened: -o must not be the database or its journal files.
            do {
                try OutputPathGuard.check(output, option: "-o", against: [.database(database.path)])
            } catch { throw ValidationError(error.message) }
        }
        if let output, output != "-", let problem = format.problem(withFileName: output) {
            throw ValidationError(problem)
        }
    }

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        var options = RenderOptions()
        options.header = !noHeader
        options.excel = excel
        options.decimalComma = excelFlavour == .vi
        options.quoteAll = quoteAll
        let filter: ObservationFilter?
        do {
            filter = try query.map { try ExportQuery.filter($0, database: db) }
        } catch let error as QuerySyntaxError {
            // As `chiso query` prints it: the Error line, then the query with a caret.
            note("Error: \(error)")
            note(error.pointer)
            throw ExitCode.failure
        }
        var exporter = Exporter(tables: tables, format: resolvedFormat, options: options, withBody: withBody, filter: filter)
        let line = TerminalProgress()
        exporter.progress = { table, rows in line.show("exporting \(table.rawValue): \(rows) rows") }
        defer { line.clear() }
        let destination: ExportDestination = output.flatMap { $0 == "-" ? nil : ExportDestination.file($0) } ?? .standardOutput
        do {
            let counts = try exporter.run(db, to: destination)
            line.clear()
            if case .file(let path) = destination {
                note("\(path): " + counts.map { "\($0.rows) \($0.table.rawValue)" }.joined(separator: ", "))
            }
        } catch is OutputClosed {
            // `chiso export | head`: the reader has what it wanted.
        }
    }
}
