import ArgumentParser
import ChisoDomain
import ChisoFormats
import ChisoQuery
import ChisoStorage

struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "League table of areas for one indicator: rank, value, official rank, change.",
        discussion: """
            A league table ranks figures of one period, or of periods of one kind (months, quarters, halves, years, year-to-date spans, snapshots) that end on the same day. Without --period it ranks the most recent period most areas have and names it above the table; areas with figures of other periods only are listed below it as missing, not ranked. --period P ranks figures of P (or, when none is exactly P, the comparable group within P most areas have). --latest-each ranks each area's latest figure whatever its period, printing each row's period and a warning.

            Ties share a rank (1, 2, 2, 4); the catalogue says whether higher is better, and a rank indicator orders ascending. official_rank is the published rank (56/63) from the paired *_rank indicator. change is the source's own (change_kind reported, with change_since its baseline) or the difference from the area's previous figure (computed; for ranks positive means the area moved up).

            A table never mixes kinds: by default it ranks provinces; --units ranks the units of one kind inside a province (--in), or the ministries of the country. The table format says above the rows what is ranked.

            Examples:
              chiso rank qd766_score --format html -o qd766.html   # the table, its chart and the sources' quotes
              chiso rank qd766_score                       # the period most provinces have, named above the table
              chiso rank qd766_score --latest-each         # each province's latest, periods mixed (warns)
              chiso rank qd766_rank --period 2023          # ranks published within 2023
              chiso rank online_dossier_rate --period "9 tháng đầu năm 2023" --format csv
              chiso rank dti_score --in "Lâm Đồng" --units department
              chiso rank par_index_score --units ministry
              chiso rank dossiers_received --level xa      # the commune-level figures only

            A league table never mixes breakdowns: by default it ranks the figures with none (the whole figure); --level tinh|huyen|xa, --channel and --status rank one breakdown instead.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var page: PageFileOption

    @Argument(help: "An indicator code (qd766_score) or its Vietnamese name.", completion: Completion.indicators)
    var indicator: String

    @OptionGroup var selection: RankSelectionOptions

    func validate() throws {
        try page.validate(format: output.format)
    }

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        var report = try selection.report(indicator, in: db)
        report.words = output.words
        if output.format == .html {
            return try page.write(try LeaguePage(report: report, vietnamese: output.language == .vi).html(db), database: database.path)
        }
        let league = try report.league(db)
        let missing = league.missingLine.map { [$0] } ?? []
        try printReport(league.table, output, options: output.renderOptions(percent: league.percent ? ["value"] : []),
                        header: [league.caption], notes: missing, warning: league.warning)
    }
}
