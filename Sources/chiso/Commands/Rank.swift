import ArgumentParser
import ChisoDomain
import ChisoFormats
import ChisoQuery
import ChisoStorage

struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    @Option(help: ArgumentHelp("Rank each area's latest figure within this period (2023, 2023-H1, \"9 tháng đầu năm 2023\").", valueName: "period"))
    var period: String?

    @Flag(help: "Rank the most recent period most areas have a figure for (the default without --period).")
    var latest = false

    @Flag(name: .customLong("latest-each"), help: "Rank each area's most recent figure whatever its period (mixes periods; prints a warning).")
    var latestEach = false

    @Option(help: "Area level: \(RankReport.levels.joined(separator: ", ")); a unit kind (department, district, commune, ministry) means --units; a breakdown level (tinh, huyen, xa, \"cấp xã\") ranks that breakdown of each province.")
    var level = "province"

    @Option(help: ArgumentHelp("Rank the units of this kind instead of areas: \(Self.unitKinds.joined(separator: ", ")).", valueName: "kind"))
    var units: String?

    @Option(name: .customLong("in"), help: ArgumentHelp("The province whose units --units ranks (VN for ministries, the default for --units ministry).", valueName: "area"))
    var area: String?

    @Option(help: ArgumentHelp("Rank one channel's figures: truc_tuyen, truc_tiep, buu_chinh.", valueName: "channel"))
    var channel: String?

    @Option(help: ArgumentHelp("Rank one dossier status's figures: moi_tiep_nhan, ky_truoc_chuyen_sang, truoc_han, dung_han, qua_han, trong_han.", valueName: "status"))
    var status: String?

    static let unitKinds = UnitKind.allCases.map(\.rawValue)

    /// `--units KIND`, or `--level KIND` when KIND is a unit kind (the issue's spelling).
    private var unitKind: UnitKind? {
        if let units { return UnitKind(rawValue: units) }
        return UnitKind(rawValue: level)
    }

    /// `--level` as a breakdown level (tinh, huyen, xa, "cấp xã"): neither an area level nor a unit kind.
    private var breakdownLevel: String? {
        RankReport.levels.contains(level) || UnitKind(rawValue: level) != nil ? nil : level
    }

    func validate() throws {
        try page.validate(format: output.format)
        if [latest, period != nil, latestEach].filter({ $0 }).count > 1 {
            throw ValidationError("--latest, --latest-each and --period exclude each other; give one")
        }
        if let units, UnitKind(rawValue: units) == nil {
            throw ValidationError("unknown unit kind '\(units)'; expected one of \(Self.unitKinds.joined(separator: ", "))")
        }
        if units != nil, level != "province", UnitKind(rawValue: level) == nil {
            throw ValidationError("--units ranks units, --level \(level) ranks areas; give one of them")
        }
        if !RankReport.levels.contains(level), UnitKind(rawValue: level) == nil, BreakdownDimension.level.canonical(level) == nil {
            throw ValidationError("unknown level '\(level)'; expected an area level (\(RankReport.levels.joined(separator: ", "))), a unit kind (\(Self.unitKinds.joined(separator: ", "))) or a breakdown level (\(BreakdownDimension.level.allowedList))")
        }
        if let kind = unitKind, area == nil, kind != .ministry, kind != .centralAgency {
            throw ValidationError("--units \(kind.rawValue) ranks the units inside one province; say which with --in (e.g. --in \"Lâm Đồng\")")
        }
        if area != nil, unitKind == nil {
            throw ValidationError("--in names the province whose units are ranked; add --units department|district|commune")
        }
    }

    func run() throws {
        let selection: RankReport.Selection = try period.map { .within(try Period.parse($0)) } ?? (latestEach ? .latestEach : .latest)
        let db = try Database(path: database.path, access: .read)
        var scope: RankReport.UnitScope?
        if let kind = unitKind {
            let asOf: CalendarDate? = if case .within(let p) = selection { p.end } else { nil }
            scope = .init(area: try AreaChoice.unitHolder(area ?? "VN", asOf: asOf, in: db), kind: kind)
        }
        let breakdown = try BreakdownChoice.parse(level: breakdownLevel, channel: channel, status: status)
        let areaLevel = breakdownLevel == nil ? level : "province"
        let report = RankReport(indicator: indicator, selection: selection,
                                level: areaLevel == "all" ? nil : (scope == nil ? areaLevel : nil),
                                units: scope, breakdown: breakdown)
        if output.format == .html {
            return try page.write(try LeaguePage(report: report, vietnamese: output.language == .vi).html(db), database: database.path)
        }
        let league = try report.league(db)
        let missing = league.missing.isEmpty ? [] : ["no figure for \(league.period ?? "this period"): " + league.missing.joined(separator: ", ")]
        try printReport(league.table, output, options: output.renderOptions(percent: league.percent ? ["value"] : []),
                        header: [league.caption], notes: missing, warning: league.warning)
    }
}
