import ArgumentParser
import ChisoFormats
import ChisoIngest
import ChisoQuery
import ChisoStorage

struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete figures (by id, key or query) or a source.",
        discussion: """
            Prints the rows that go (CSV, with their ids) before deleting them. More than one row needs --yes. Every deletion goes to the history with the rows' values: `chiso undo` puts them back.

            Examples:
              chiso delete --id 60
              chiso delete --indicator online_dossier_rate --area 08 --period 2023-09
              chiso delete --where "source = laocai-2024-6t" --dry-run
              chiso delete --where "indicator = qd766_score and period = 2023" --yes
              chiso delete source laocai-2024-6t --cascade
            """,
        subcommands: [DeleteFigures.self, DeleteSource.self],
        defaultSubcommand: DeleteFigures.self)
}

struct DeleteFigures: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "observation",
        abstract: "Delete figures chosen by --id, by key, or by --where (the query language).",
        discussion: """
            Examples:
              chiso delete observation --id 60
              chiso delete --where "area = 08 and period = 2023-09" --yes
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var choice: FigureChoice

    @Option(name: .customLong("where"), help: ArgumentHelp("A condition of the query language (see `chiso query --help`).", valueName: "condition"))
    var condition: String?

    @Flag(help: "Delete when more than one figure matches.") var yes = false
    @Flag(help: "Show what would go; write nothing.") var dryRun = false

    func validate() throws {
        try choice.requireOneWay()
        if condition != nil, choice.id != nil || !choice.key.isEmpty {
            throw ValidationError("choose figures by --where, or by --id or key, not both")
        }
        if condition == nil, choice.id == nil, choice.key.isEmpty {
            throw ValidationError("choose what to delete: --id N, a key (--indicator --area --period), or --where \"…\"")
        }
    }

    func run() throws {
        let db = try Database(path: database.path, access: dryRun ? .dryRun : .write)
        let editor = try FigureEditor(database: db)
        let ids: [Int64]
        if let condition {
            ids = try QueryIdentifiers.ids(where: condition, database: db)
            if ids.isEmpty {
                note("no figure matches; nothing to delete")
                return
            }
        } else {
            guard let id = try editor.figure(id: choice.id, key: choice.key).id else { return }
            ids = [id]
        }
        if ids.count > 1, !yes, !dryRun {
            try printCSV(editor.resultSet(try db.observations.find(ids: ids)))
            note("\(ids.count) figures match; nothing was deleted; pass --yes to delete them all (or --dry-run to look first)")
            throw ExitCode(1)
        }
        let gone = try editor.delete(ids: ids, dryRun: dryRun)
        try printCSV(editor.resultSet(gone))
        let noun = gone.count == 1 ? "observation \(gone[0].id ?? 0)" : "\(gone.count) observations"
        note(dryRun ? "would delete \(noun) (dry run: nothing written)" : "deleted \(noun); `chiso undo` puts \(gone.count == 1 ? "it" : "them") back")
    }
}

struct DeleteSource: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "source",
        abstract: "Delete a source and its text; refused while figures cite it, unless --cascade.",
        discussion: """
            Examples:
              chiso delete source laocai-2024-6t --dry-run
              chiso delete source laocai-2024-6t --cascade
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The source id (see `chiso sources`).") var id: String
    @Flag(help: "Also delete the observations, targets and rollouts that cite it.") var cascade = false
    @Flag(help: "Show what would go; write nothing.") var dryRun = false

    func run() throws {
        let db = try Database(path: database.path, access: dryRun ? .dryRun : .write)
        let deletion = try FigureEditor(database: db).deleteSource(id, cascade: cascade, dryRun: dryRun)
        let with = deletion.citing.total > 0 ? " with \(deletion.citing) citing it" : ""
        note(dryRun ? "would delete source \(id)\(with) (dry run: nothing written)" : "deleted source \(id)\(with); `chiso undo` puts \(deletion.citing.total == 0 ? "it" : "them") back")
    }
}
