import ArgumentParser
import ChisoFormats
import ChisoQuery
import ChisoStorage

struct Trend: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One indicator's series for an area, oldest first, with changes and a sparkline.",
        discussion: """
            change is the difference from the previous point. In table mode a final line draws the series (▁▂▃▄▅▆▇█) with its first, last, lowest and highest value; other formats leave the drawing out.

            Examples:
              chiso trend online_dossier_rate --area "Tuyên Quang"
              chiso trend dti_self_assessed_score --area Huế --format json
              chiso trend social_payment_accounts_rate --area "Nghệ An" --agency "Sở LĐTB&XH"
              chiso trend dossiers_received --area "Bắc Ninh" --level xa

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

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        let breakdown = try BreakdownChoice.parse(level: level, channel: channel, status: status)
        let trend = try TrendReport(indicator: indicator, area: area, agency: agency, breakdown: breakdown).run(db)
        try printResult(trend.result, output)
        if output.format == .table, let footer = trend.footer {
            let out = BufferedOutput.standardOutput()
            try out.write(footer + "\n")
            try out.flush()
        }
    }
}
