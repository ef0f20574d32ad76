import ArgumentParser
import ChisoFormats
import ChisoQuery
import ChisoStorage

struct Trend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "One indicator's series for an area, oldest first, with changes and a sparkline.",
        discussion: """
            A trend is a series of one period kind (months, quarters, halves, years, year-to-date spans, snapshots); figures of other kinds form their own series (the series column), so a month is never compared with a year-to-date figure. change is the source's own (change_kind reported, change_since its baseline), else the difference from the previous point of the same series (computed); for ranks positive means the area moved up. In table mode a line per series draws it (▁▂▃▄▅▆▇█, better drawn higher) with its first, last, lowest and highest value; other formats leave the drawing out.

            A province formed on 2025-07-01 by a merger: its predecessors' figures are left out with a note saying they exist; --lineage includes them, each under its own name and as its own series. A unit that was merged notes which unit it became.

            Examples:
              chiso trend online_dossier_rate --area "Tuyên Quang"
              chiso trend dti_self_assessed_score --area Huế --format json
              chiso trend social_payment_accounts_rate --area "Nghệ An" --agency "Sở LĐTB&XH"
              chiso trend dossiers_received --area "Bắc Ninh" --level xa
              chiso trend qd766_score --area "Lào Cai" --lineage

            A trend follows one breakdown: the whole figures by default, or the one --level, --channel and --status name.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "An indicator code (online_dossier_rate) or its Vietnamese name.", completion: Completion.indicators)
    var indicator: String

    @Option(help: ArgumentHelp("The area: a name (with or without diacritics), a code or an id.", valueName: "area"), completion: Completion.areas)
    var area: String

    @Option(help: ArgumentHelp("A department's figures (\"Sở LĐTB&XH\") instead of the whole area's.", valueName: "agency"))
    var agency: String?

    @Option(help: ArgumentHelp("Follow one level's figures: tinh, huyen, xa (or \"cấp xã\", commune…).", valueName: "level"))
    var level: String?

    @Option(help: ArgumentHelp("Follow one channel's figures: truc_tuyen, truc_tiep, buu_chinh.", valueName: "channel"))
    var channel: String?

    @Option(help: ArgumentHelp("Follow one dossier status's figures: moi_tiep_nhan, ky_truoc_chuyen_sang, truoc_han, dung_han, qua_han, trong_han.", valueName: "status"))
    var status: String?

    @Flag(help: "Include the figures of the provinces merged into this one (before 2025-07-01), each under its own name.")
    var lineage = false

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        let breakdown = try BreakdownChoice.parse(level: level, channel: channel, status: status)
        var report = TrendReport(indicator: indicator, area: area, agency: agency, breakdown: breakdown, lineage: lineage,
                                 layout: ReportLayout(output.format))
        report.words = output.words
        let trend = try report.run(db)
        let drawings = output.format == .table ? trend.footers : []
        try printReport(trend.result, output, options: output.renderOptions(percent: trend.percent ? ["value"] : []),
                        header: [trend.header], notes: drawings + trend.notes)
    }
}
