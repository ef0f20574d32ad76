import ArgumentParser
import ChisoDomain
import ChisoFormats
import ChisoQuery
import ChisoStorage

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "An area's scorecard: latest figures, targets met or missed, ranks, Đề án 06, sources.",
        discussion: """
            Each indicator's latest figure with a period ending by --as-of (default: the latest day the area has data for). A name that meant different units over time picks the unit valid on --as-of, else the one with the most recent figures ("Tuyên Quang" finds the 63-era province's 2023 figures). Department figures follow the whole-area rows, named in the agency column. A target is judged only by figures of its own period: met or missed (the figure covers the period), on track or behind (a figure of an earlier part of the period), not due (no figure yet, the period still runs) or no figure (the period is over); gap is how far the value is from the target (0 when met). qualifier ("trên", "khoảng") and status ("ước đạt", "tự chấm") say what a figure is. The table names the area and as-of date above the rows; other formats carry area_id, area_name and as_of in every row. Table mode writes the target as "≥ 86" or "90–100"; other formats give target_comparator, target_value and target_high.

            Examples:
              chiso report "Tuyên Quang"
              chiso report "Nghệ An" --format json
              chiso report hue --as-of 2022-12-31
              chiso report "Tuyên Quang" --format html --lang vi -o tuyen-quang.html   # scorecard, trend charts, sources with quotes
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var page: PageFileOption

    @Argument(help: "The area: a name (with or without diacritics), a code or an id.", completion: Completion.areas)
    var area: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Only figures whose period ended by this date (YYYY-MM-DD or Vietnamese).", valueName: "date"))
    var asOf: String?

    func validate() throws { try page.validate(format: output.format) }

    func run() throws {
        let date = try asOf.map { try Period.parse($0).end }
        let db = try Database(path: database.path, access: .read)
        if output.format == .html {
            let html = try ScorecardPage(scorecard: Scorecard(area: area, asOf: date), vietnamese: output.language == .vi).html(db)
            return try page.write(html, database: database.path)
        }
        var scorecard = Scorecard(area: area, asOf: date, layout: ReportLayout(output.format))
        scorecard.words = output.words
        let card = try scorecard.run(db)
        try printReport(card.result, output, header: [Scorecard.header(card)], notes: card.notes)
    }
}
