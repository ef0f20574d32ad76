import ArgumentParser
import ChisoQuery
import ChisoStorage

struct Rollout: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollout",
        abstract: "Đề án 06 model status per area: completed, in progress, not started, with a bar.",
        discussion: """
            Without an area, each area's latest status; with one, its history. Table mode draws a bar (████████░░░░░░░░░░░░ 42%); other formats give completed_percent (2 decimals).

            Examples:
              chiso rollout
              chiso rollout "Nghệ An" --format json
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "An area (name, code or id); all areas when left out.")
    var area: String?

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        try printResult(try RolloutReport(area: area, layout: ReportLayout(output.format)).run(db), output)
    }
}
