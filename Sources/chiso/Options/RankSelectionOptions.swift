import ArgumentParser
import ChisoDomain
import ChisoQuery
import ChisoStorage

/// Which figures a league table ranks — period, level, units inside a province, breakdown —
/// shared by `rank`, `chart rank` and `chart map`, so a chart draws exactly the table
/// `chiso rank` prints for the same options.
struct RankSelectionOptions: ParsableArguments {
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


    /// The report these options select, for `indicator`.
    func report(_ indicator: String, in db: Database) throws -> RankReport {
        let selection: RankReport.Selection = try period.map { .within(try Period.parse($0)) } ?? (latestEach ? .latestEach : .latest)
        var scope: RankReport.UnitScope?
        if let kind = unitKind {
            let asOf: CalendarDate? = if case .within(let p) = selection { p.end } else { nil }
            scope = .init(area: try AreaChoice.unitHolder(area ?? "VN", asOf: asOf, in: db), kind: kind)
        }
        let breakdown = try BreakdownChoice.parse(level: breakdownLevel, channel: channel, status: status)
        let areaLevel = breakdownLevel == nil ? level : "province"
        return RankReport(indicator: indicator, selection: selection,
                          level: areaLevel == "all" ? nil : (scope == nil ? areaLevel : nil),
                          units: scope, breakdown: breakdown)
    }
}
