import ArgumentParser
import ChisoDomain
import ChisoQuery
import ChisoStorage

struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "League table of areas for one indicator: rank, value, official rank, change.",
        discussion: """
            Ties share a rank (1, 2, 2, 4); the catalogue says whether higher is better, and a rank indicator orders ascending. official_rank is the published rank (56/63) from the paired *_rank indicator. change is the source's own (change_kind reported, with change_since its baseline) or the difference from the area's previous figure (computed; for ranks positive means the area moved up).

            Examples:
              chiso rank qd766_score                       # each province's latest QĐ 766 score
              chiso rank qd766_rank --period 2023          # ranks published within 2023
              chiso rank online_dossier_rate --period "9 tháng đầu năm 2023" --format csv
              chiso rank dossiers_received --level xa      # the commune-level figures only

            A league table never mixes breakdowns: by default it ranks the figures with none (the whole figure); --level tinh|huyen|xa, --channel and --status rank one breakdown instead.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "An indicator code (qd766_score) or its Vietnamese name.")
    var indicator: String

    @Option(help: ArgumentHelp("Rank each area's latest figure within this period (2023, 2023-H1, \"9 tháng đầu năm 2023\").", valueName: "period"))
    var period: String?

    @Flag(help: "Rank each area's most recent figure (the default without --period).")
    var latest = false

    @Option(help: "Area level: \(RankReport.levels.joined(separator: ", ")); or a breakdown level (tinh, huyen, xa, \"cấp xã\") to rank that breakdown of each province.")
    var level = "province"

    @Option(help: ArgumentHelp("Rank one channel's figures: truc_tuyen, truc_tiep, buu_chinh.", valueName: "channel"))
    var channel: String?

    @Option(help: ArgumentHelp("Rank one dossier status's figures: moi_tiep_nhan, ky_truoc_chuyen_sang, truoc_han, dung_han, qua_han, trong_han.", valueName: "status"))
    var status: String?

    /// `--level` names an area level unless it is a breakdown level (tinh, huyen, xa, "cấp xã").
    private var breakdownLevel: String? {
        RankReport.levels.contains(level) ? nil : level
    }

    func validate() throws {
        if latest, period != nil { throw ValidationError("--latest and --period exclude each other") }
        if !RankReport.levels.contains(level), BreakdownDimension.level.canonical(level) == nil {
            throw ValidationError("unknown level '\(level)'; expected an area level (\(RankReport.levels.joined(separator: ", "))) or a breakdown level (\(BreakdownDimension.level.allowedList))")
        }
    }

    func run() throws {
        let selection: RankReport.Selection = try period.map { .within(try Period.parse($0)) } ?? .latest
        let db = try Database(path: database.path, access: .read)
        let breakdown = try BreakdownChoice.parse(level: breakdownLevel, channel: channel, status: status)
        let areaLevel = breakdownLevel == nil ? level : "province"
        let report = RankReport(indicator: indicator, selection: selection, level: areaLevel == "all" ? nil : areaLevel,
                                breakdown: breakdown)
        try printResult(try report.run(db), output)
    }
}
