import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso rank`: a league table of areas for one indicator.
///
/// Ties share a rank (1, 2, 2, 4: standard competition ranking, as league tables print).
/// Direction comes from the catalogue's `higher_is_better`; a rank indicator's value is the
/// rank, so it orders ascending. A league table never mixes kinds: by default only whole-area
/// figures (no agency) of provinces take part; with `units` only the units of one kind inside
/// one area (the departments of Lâm Đồng, the ministries of the country). It never mixes
/// breakdowns either: by default figures with none, or the one `breakdown` names (`--level xa`).
package struct RankReport {
    /// Which figure of each area to rank.
    package enum Selection: Sendable, Equatable {
        /// Each area's most recent figure.
        case latest
        /// Each area's most recent figure whose period lies within this one (exact matches
        /// included), so `--period 2023` ranks 2023 snapshots taken on different days.
        case within(Period)
    }

    package var indicator: String
    package var selection: Selection
    /// An area level ("province", "country"), or nil for every level.
    package var level: String?
    /// Rank the units of this kind inside this area instead of areas.
    package var units: UnitScope?

    /// Which units a league table ranks: one kind, inside one area.
    package struct UnitScope: Sendable, Equatable {
        package var area: AreaRecord
        package var kind: UnitKind
        package init(area: AreaRecord, kind: UnitKind) {
            self.area = area
            self.kind = kind
        }
    }

    package static let levels = ["province", "country", "all"]

    /// The breakdown ranked: `.none` for the whole figures.
    package var breakdown: Breakdown

    package init(indicator: String, selection: Selection = .latest, level: String? = "province", units: UnitScope? = nil,
                breakdown: Breakdown = .none) {
        self.indicator = indicator
        self.units = units
        self.selection = selection
        self.level = level
        self.breakdown = breakdown
    }

    package static let columns: [Column] = [
        Column("rank", .integer), Column("area"), Column("area_name"), Column("value", .real),
        Column("numerator", .real), Column("denominator", .real), Column("period"),
        Column("official_rank"), Column("change", .real), Column("change_since"), Column("change_kind"),
    ]

    package func run(_ database: Database) throws -> ResultSet { try league(database).table }

    /// The table and its header line, what it ranks: "34 tỉnh, thành phố", "12 sở, ngành của
    /// Lâm Đồng", "17 bộ, cơ quan ngang bộ".
    package func league(_ database: Database) throws -> (table: ResultSet, caption: String) {
        let indicator = try IndicatorLookup.find(self.indicator, in: database)
        try BreakdownChoice.check(breakdown, of: indicator, in: database)
        var window: (start: String, end: String)?
        if case .within(let period) = selection { window = (period.start.iso, period.end.iso) }
        var chosen: [ObservationRow]
        if let units {
            let names = try database.units.all().filter { $0.area == units.area.id && $0.kind == units.kind }.map(\.name)
            chosen = try ObservationReader.latestPerUnit(database, indicator: indicator.code, area: units.area.id, agencies: names, breakdown: breakdown,
                                                         start: window?.start, end: window?.end)
        } else {
            chosen = try ObservationReader.latestPerArea(database, indicator: indicator.code, breakdown: breakdown,
                                                         start: window?.start, end: window?.end)
                .filter { level == nil || $0.areaLevel == level }
        }
        let caption = Self.caption(count: chosen.count, level: level, units: units)
        let ascending = indicator.measure == .rank || !indicator.higherIsBetter
        chosen.sort { a, b in
            if a.value != b.value { return ascending ? a.value < b.value : a.value > b.value }
            return (a.areaCode, a.areaID, a.agency) < (b.areaCode, b.areaID, b.agency)
        }
        let officialRanks = try officialRanks(for: indicator, rows: chosen, database)
        var result = ResultSet(columns: Self.columns)
        var rank = 0
        for (index, row) in chosen.enumerated() {
            if index == 0 || row.value != chosen[index - 1].value { rank = index + 1 }
            let change = try Self.change(of: row, measure: indicator.measure) { try ObservationReader.previous(database, before: $0) }
            let official: String? = indicator.measure == .rank
                ? ReportText.rank(row.value, of: row.denominator)
                : officialRanks[RankKey(area: row.areaID, agency: row.agency, period: row.period)]
            result.rows.append([
                .integer(rank), .text(row.areaCode), .text(units == nil ? row.areaName : row.agency), .real(row.value),
                .real(row.numerator), .real(row.denominator), .text(row.period), .text(official),
                .real(change?.amount), .text(change?.since), .text(change?.kind.rawValue),
            ])
        }
        return (result, caption)
    }

    /// The header line: how many of what were ranked.
    static func caption(count: Int, level: String?, units: UnitScope?) -> String {
        if let units {
            if units.area.level == "country" { return "\(count) \(units.kind.pluralVi)" }
            return "\(count) \(units.kind.pluralVi) của \(units.area.name)"
        }
        switch level {
        case "province": return "\(count) tỉnh, thành phố"
        case "country": return "\(count) quốc gia"
        default: return "\(count) đơn vị (tỉnh, thành phố và cả nước)"
        }
    }

    private struct RankKey: Hashable {
        var area: String
        var agency: String
        var period: String
    }

    /// "56/63" for each ranked figure, from the paired rank indicator's whole-area figure of the
    /// same area and period: one indexed lookup per row shown, not a read of the partner's
    /// whole series (which on a large database is thousands of rows).
    private func officialRanks(for indicator: Indicator, rows: [ObservationRow], _ database: Database) throws -> [RankKey: String] {
        guard indicator.measure != .rank else { return [:] }
        let codes = Set(try database.indicators.all().map(\.code))
        guard let partner = IndicatorLookup.rankPartner(of: indicator.code, among: codes) else { return [:] }
        let lookup = try database.connection.prepare("""
            SELECT value, denominator FROM observations
            WHERE indicator = ? AND area = ? AND agency = ? AND level = ? AND channel = ? AND dossier_status = ? AND period = ?
            ORDER BY coalesce(source, '') LIMIT 1
            """)
        var ranks: [RankKey: String] = [:]
        for row in rows {
            try lookup.bind([partner, row.areaID, row.agency, breakdown.level, breakdown.channel, breakdown.dossierStatus, row.period])
            if try lookup.step(), let value = lookup.double(at: 0) {
                ranks[RankKey(area: row.areaID, agency: row.agency, period: row.period)] = ReportText.rank(value, of: lookup.double(at: 1))
            }
            lookup.reset()
        }
        return ranks
    }

    /// A change against an earlier period: as the source reported it, or computed by chiso.
    struct Change: Equatable {
        enum Kind: String { case reported, computed }
        var amount: Double
        var since: String
        var kind: Kind
    }

    /// The change the source reported (with its baseline), else the difference from the
    /// area's previous figure in chronological order. For ranks the difference follows the
    /// sources' convention: positive means the area moved up (its rank number fell).
    static func change(of row: ObservationRow, measure: Measure,
                       previous: (ObservationRow) throws -> ObservationRow?) rethrows -> Change? {
        if let amount = row.change, let since = row.baselinePeriod {
            return Change(amount: amount, since: since, kind: .reported)
        }
        guard let previous = try previous(row) else { return nil }
        let amount = MachineNumber.cleaned(measure == .rank ? previous.value - row.value : row.value - previous.value)
        return Change(amount: amount, since: previous.period, kind: .computed)
    }
}
