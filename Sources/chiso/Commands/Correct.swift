import ArgumentParser
import ChisoFormats
import ChisoIngest
import ChisoStorage

struct Correct: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct fields of one figure, chosen by its id or its key.",
        discussion: """
            The figure is chosen by --id N, or by its key: --indicator, --area, --period (and --agency, --source when it has them); chosen by --id, those options give new values instead (--id 60 --period 2023-10). The new values are given with the value options (--value, --numerator, --denominator, --qualifier, --status, --baseline-period, --change, --quote, --note) or as --set field=value, which can also change a field of the key (--set period=2023-10); an empty value clears a field (--set note=). The corrected row passes the same rules as `chiso add`, and another figure's key is refused. The old and new values go to the history: `chiso undo` puts them back.

            Examples:
              chiso correct --id 60 --value 8,05
              chiso correct --indicator online_dossier_rate --area "Tuyên Quang" --period 2023-09 --value 42,06 --note "sửa theo báo cáo"
              chiso correct --id 60 --period 2023-10 --set quote= --dry-run
              chiso edit --id 60 --status estimated
            """,
        aliases: ["edit"])

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var choice: FigureChoice

    @Option(name: .customLong("set"), parsing: .singleValue, help: ArgumentHelp("A field and its new value (repeatable): period=2023-10, note=…", valueName: "field=value"))
    var assignments: [String] = []

    @Option(help: "New value: 42,06 or 42.06, or a fraction/rank such as 56/63.") var value: String?
    @Option(help: "New numerator.") var numerator: String?
    @Option(help: "New denominator.") var denominator: String?
    @Option(help: "New qualifier: more_than, at_least, about, nearly, less_than, at_most.") var qualifier: String?
    @Option(help: "New status: reported, estimated, self_assessed, derived, inferred.") var status: String?
    @Option(name: .customLong("baseline-period"), help: "New baseline period.") var baselinePeriod: String?
    @Option(help: "New change against the baseline.") var change: String?
    @Option(help: "New quote (the exact words of the source).") var quote: String?
    @Option(help: "New note.") var note: String?

    @Flag(help: "Validate and show the correction; write nothing.") var dryRun = false

    func validate() throws {
        if try fields().isEmpty {
            throw ValidationError("nothing to correct: give a new value (--value 8,05, --note …) or --set field=value")
        }
    }

    func fields() throws -> [String: String] {
        var fields: [String: String] = [:]
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else {
                throw ValidationError("--set \(assignment): expected field=value, e.g. --set period=2023-10")
            }
            let name = assignment[..<equals].trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
            fields[name] = String(assignment[assignment.index(after: equals)...])
        }
        let named: [String: String?] = [
            "value": value, "numerator": numerator, "denominator": denominator, "qualifier": qualifier, "status": status,
            "baseline_period": baselinePeriod, "change": change, "quote": quote, "note": note,
        ]
        for (name, given) in named { if let given { fields[name] = given } }
        // Chosen by id, the key options are new values too (--period 2023-10).
        if choice.id != nil { fields.merge(choice.key) { set, _ in set } }
        return fields
    }

    func run() throws {
        let db = try Database(path: database.path, access: dryRun ? .dryRun : .write)
        let editor = try FigureEditor(database: db)
        let figure = try editor.figure(id: choice.id, key: choice.id == nil ? choice.key : [:])
        let correction = try editor.correct(figure, set: try fields(), dryRun: dryRun)
        try printCSV(editor.resultSet([correction.after]))
        chiso.note(correction.line)
    }
}

/// `--id N`, or a figure's key (`--indicator --area --period [--agency] [--source]`).
struct FigureChoice: ParsableArguments {
    @Option(help: "The figure's row id (see `chiso query \"select id, …\"`).") var id: Int64?
    @Option(help: "Key: indicator code.") var indicator: String?
    @Option(help: "Key: area code, VN or name.") var area: String?
    @Option(help: "Key: period code or Vietnamese phrase.") var period: String?
    @Option(help: "Key: department within the area (default: the whole area).") var agency: String?
    @Option(help: "Key: source id (default: none).") var source: String?

    var key: [String: String] {
        ["indicator": indicator, "area": area, "period": period, "agency": agency, "source": source].compactMapValues { $0 }
    }

    /// For commands where the key options only choose (delete): not both ways at once.
    func requireOneWay() throws {
        if id != nil, !key.isEmpty {
            throw ValidationError("choose the figure by --id or by its key (--indicator, --area, --period …), not both")
        }
    }
}

/// Prints rows as CSV with a header, as `chiso add` prints its row beside a note.
func printCSV(_ result: ResultSet) throws {
    let out = BufferedOutput.standardOutput()
    var sink = makeSink(.csv, options: RenderOptions(), to: out)
    try result.render(into: &sink)
    try out.flush()
}
