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
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "An indicator code (online_dossier_rate) or its Vietnamese name.")
    var indicator: String

    @Option(help: ArgumentHelp("The area: a name (with or without diacritics), a code or an id.", valueName: "area"))
    var area: String

    @Option(help: ArgumentHelp("A department's figures (\"Sở LĐTB&XH\") instead of the whole area's.", valueName: "agency"))
    var agency: String?

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        let trend = try TrendReport(indicator: indicator, area: area, agency: agency).run(db)
        try printResult(trend.result, output)
        if output.format == .table, let footer = trend.footer {
            let out = BufferedOutput.standardOutput()
            try out.write(footer + "\n")
            try out.flush()
        }
    }
}
