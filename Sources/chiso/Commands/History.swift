import ArgumentParser
import ChisoDomain
import ChisoFormats
import ChisoStorage

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the write operations in the database's history, newest first.",
        discussion: """
            Every write (load, import, add, correct, delete, check --derive, add source, undo) is one operation: when (UTC), the command with its arguments, and what it changed. --id N lists the rows operation N changed, with their values before and after (JSON). The history lives in the tables change_log and change_log_rows, which any SQLite tool can read.

            Examples:
              chiso history
              chiso history --area "Tuyên Quang" --since 2026-01-01
              chiso history --indicator online_dossier_rate --limit 5
              chiso history --id 3
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only operations that touched figures of this area (name, code or VN).") var area: String?
    @Option(help: "Only operations that touched figures of this indicator.") var indicator: String?
    @Option(help: ArgumentHelp("Only operations at or after this UTC date or time (2026-12-01, 2026-12-01T08:00).", valueName: "date"))
    var since: String?
    @Option(help: "At most this many operations.") var limit: Int?
    @Option(help: "List the rows one operation changed.") var id: Int64?

    func validate() throws {
        if let since, since.count < 10 || (try? CalendarDate(iso: String(since.prefix(10)))) == nil {
            throw ValidationError("--since '\(since)' is not a date; expected YYYY-MM-DD, optionally with a time (2026-12-01T08:00)")
        }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if id != nil, area != nil || indicator != nil || since != nil || limit != nil {
            throw ValidationError("--id lists one operation's rows; leave out --area, --indicator, --since and --limit")
        }
    }

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        if let id {
            guard let entry = try db.changeLog.entry(id) else {
                throw ChangeLogError("no operation \(id) in the history (see `chiso history`)")
            }
            let rows = try db.changeLog.rows(of: id)
            let result = ResultSet(columns: [Column("table"), Column("row"), Column("action"), Column("old"), Column("new")],
                                   rows: rows.map { [.text($0.table.noun), .text($0.rowID), .text($0.action), .text($0.old), .text($0.new)] })
            var options = output.renderOptions
            options.maxCellWidth = 120
            try printResult(result, output, options: options)
            note("operation \(entry.id), \(entry.at): chiso \(entry.commandLine) — \(entry.summary)")
            return
        }
        var areas: [String]?
        if let area {
            let directory = try db.areas.directory()
            let units = directory.allUnits(denotedBy: area)
            if units.isEmpty { _ = try directory.resolve(area, on: nil) }
            areas = units.map(\.id)
        }
        if let indicator, try db.indicators.find(indicator) == nil {
            throw ChangeLogError("--indicator '\(indicator)' is not in the indicator catalogue (see `chiso indicators`)")
        }
        let entries = try db.changeLog.entries(areas: areas, indicator: indicator, since: since, limit: limit)
        let result = ResultSet(
            columns: [Column("id", .integer), Column("at"), Column("command"), Column("changes"), Column("undoes", .integer)],
            rows: entries.map { [.integer($0.id), .text($0.at), .text("chiso " + $0.commandLine), .text($0.summary), $0.undoes.map { .integer($0) } ?? .null] })
        var options = output.renderOptions
        options.emptyMessage = "no operations in the history"
        options.maxCellWidth = 80
        try printResult(result, output, options: options)
    }
}

struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Reverse the last write operation (or operation --id N).",
        discussion: """
            The undo is itself an operation in the history, so undoing it restores what it reversed. An undo is refused, changing nothing, when a later operation changed one of the same rows (undo that one first), or when a row is no longer as the operation left it.

            Examples:
              chiso undo
              chiso undo --dry-run
              chiso undo --id 3
            """)

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The operation to reverse (see `chiso history`); default: the newest.") var id: Int64?
    @Flag(help: "Show what would be reversed; write nothing.") var dryRun = false

    func run() throws {
        let db = try Database(path: database.path, access: dryRun ? .dryRun : .write)
        let (undone, rows) = try db.changeLog.undo(id, rehearse: dryRun)
        let counts = Dictionary(grouping: rows, by: \.action).mapValues { $0.reduce(0) { $0 + $1.count } }
        let reversed = [("insert", "removed"), ("update", "restored"), ("delete", "put back")]
            .compactMap { action, verb in counts[action].map { "\($0) \(verb)" } }.joined(separator: ", ")
        note("\(dryRun ? "would undo" : "undid") operation \(undone.id) (\(undone.at), chiso \(undone.commandLine)): \(reversed)"
             + (dryRun ? " (dry run: nothing written)" : "; `chiso undo` again restores it"))
    }
}
