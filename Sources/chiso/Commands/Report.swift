import ArgumentParser
import ChisoDomain
import ChisoQuery
import ChisoStorage

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "An area's scorecard: latest figures, targets met or missed, ranks, Đề án 06, sources.",
        discussion: """
            Each indicator's latest figure with a period ending by --as-of (default: the latest day the area has data for). A name that meant different units over time picks the unit valid on --as-of, else the one with the most recent figures ("Tuyên Quang" finds the 63-era province's 2023 figures). Department figures follow the whole-area rows, named in the agency column. result is met, missed or "no figure"; gap is how far the value is from the target (0 when met). Table mode writes the target as "≥ 86" or "90–100"; other formats give target_comparator, target_value and target_high.

            Examples:
              chiso report "Tuyên Quang"
              chiso report "Nghệ An" --format json
              chiso report hue --as-of 2022-12-31
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The area: a name (with or without diacritics), a code or an id.", completion: Completion.areas)
    var area: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Only figures whose period ended by this date (YYYY-MM-DD or Vietnamese).", valueName: "date"))
    var asOf: String?

    func run() throws {
        let date = try asOf.map { try Period.parse($0).end }
        let db = try Database(path: database.path, access: .read)
        let card = try Scorecard(area: area, asOf: date, layout: ReportLayout(output.format)).run(db)
        if output.format == .table {
            note("\(card.areaName) (\(card.areaID))" + (card.asOf.map { ", as of \($0)" } ?? ": no figures"))
        }
        try printResult(card.result, output)
    }
}
