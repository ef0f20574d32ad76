import ArgumentParser
import ChisoFormats
import ChisoIngest
import ChisoQuery
import ChisoStorage

struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add one validated figure, target or rollout typed on the command line.",
        discussion: """
            The same rules as `chiso import` apply (indicator and area must exist, percent in 0–100, rank within 1..N, value agreeing with numerator/denominator, rollout parts summing to the total). A row whose key already exists is refused unless --replace. --dry-run prints the row as it would be stored, in the export layout, and writes nothing.

            Examples:
              chiso add observation --indicator online_dossier_rate --area "Tuyên Quang" --period "tính đến ngày 30/9/2023" --value 42,06
              chiso add target --indicator online_dossier_rate --area 08 --period 2023 --at-least 86
              chiso add rollout --area "Nghệ An" --period 2024-10-31 --total 38 --completed 16 --in-progress 21 --not-started 1
              chiso add source report.txt --id laocai-2024-6t --title "Báo cáo CCHC 6 tháng đầu năm 2024"
            """,
        subcommands: [AddObservation.self, AddTarget.self, AddRollout.self, AddSource.self, AddIndicator.self])
}

/// `--replace` and `--dry-run`, shared by the three kinds of row.
struct AddWriteOptions: ParsableArguments {
    @Flag(help: "Overwrite an existing row with the same key (indicator, area, agency, breakdown, period, source).")
    var replace = false

    @Flag(help: "Validate and print the row that would be written; write nothing.")
    var dryRun = false
}

/// Prints the row (CSV, export layout) on stdout and what happened on stderr.
func report(_ result: AddResult, kind: String) throws {
    let out = BufferedOutput.standardOutput()
    var sink = makeSink(.csv, options: RenderOptions(), to: out)
    try result.row.render(into: &sink)
    try out.flush()
    if let unit = result.newUnit { note(unit.createdLine) }
    note(result.line(kind: kind))
}
