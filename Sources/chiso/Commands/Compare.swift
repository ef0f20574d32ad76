import ArgumentParser
import ChisoQuery
import ChisoStorage

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Areas side by side on the same period: one row per indicator, one column per area.",
        discussion: """
            Whole-area figures only, aligned on periods: each row is one period (or periods of one kind ending on the same day), by default the most recent one most of the areas have; --all-periods gives a row for every period any of them has, newest first. The period column is always shown; missing names the areas without a figure for it, with their latest period.

            Examples:
              chiso compare "Tuyên Quang" "Hà Giang" --indicators qd766_score,qd766_rank
              chiso compare 08 40 46 --format csv
              chiso compare "Nghệ An" "Thừa Thiên Huế" --indicators online_dossier_rate --all-periods
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "Two or more areas: names, codes or ids.")
    var areas: [String]

    @Option(help: ArgumentHelp("Only these indicators, in this order (comma-separated codes).", valueName: "i1,i2"))
    var indicators: String?

    @Flag(name: .customLong("all-periods"), help: "A row for every period any of the areas has, not only the one most share.")
    var allPeriods = false

    func validate() throws {
        if areas.count < 2 { throw ValidationError("compare needs at least two areas") }
    }

    func run() throws {
        let list = indicators.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        let db = try Database(path: database.path, access: .read)
        var report = CompareReport(areas: areas, indicators: list, layout: ReportLayout(output.format), allPeriods: allPeriods)
        report.words = output.words
        try printResult(try report.run(db), output)
    }
}
