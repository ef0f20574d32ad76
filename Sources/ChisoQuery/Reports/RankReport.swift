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
    /// Which figures to rank. A league table compares one period (or periods of one kind
    /// ending on the same day); only `latestEach` mixes, and says so.
    package enum Selection: Sendable, Equatable {
        /// The most recent period most areas have a figure for (ties: the later one).
        case latest
        /// Figures of this period; when none has exactly it, the comparable group within it
        /// that most areas have (so `--period 2023` still finds 2023's snapshots).
        case within(Period)
        /// Each area's most recent figure, whatever its period (`--latest-each`).
        case latestEach
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
    /// The language of the sentences around the table (`--lang vi`); English by default.
    package var words = ReportWords()

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

    /// A league table with what a reader needs to know about it.
    package struct League: Sendable {
        package var table: ResultSet
        /// What is ranked, and in which period: "4 tỉnh, thành phố · 2024-H1 (6 tháng đầu năm 2024)".
        package var caption: String
        /// Areas that have figures of the indicator but none of the ranked period.
        package var missing: [String]
        /// The line under the table naming them, nil when none is missing.
        package var missingLine: String?
        /// Set when the table mixes periods (`--latest-each`).
        package var warning: String?
        /// The period ranked (nil when periods are mixed or nothing was found).
        package var period: String?
        /// The indicator is a percentage (Vietnamese display writes "42,06%").
        package var percent = false
    }

    /// The table and its header line, what it ranks: "34 tỉnh, thành phố", "12 sở, ngành của
    /// Lâm Đồng", "17 bộ, cơ quan ngang bộ".
    /// In one read transaction: every statement sees the same snapshot, and the file is locked
    /// and its cache checked once, not once per statement (perf18: `compare` read its rows one
    /// statement each, and each took and dropped the file's lock and read its first page again).
    package func league(_ database: Database) throws -> League {
        try database.connection.read { try readLeague(database) }
    }

    private func readLeague(_ database: Database) throws -> League {
        let indicator = try IndicatorLookup.find(self.indicator, in: database)
        try BreakdownChoice.check(breakdown, of: indicator, in: database)
        var candidates: [ObservationRow]
        // A league table of one period reads only the figures inside it (issue 18: 3,432 rows
        // of every year at 1M rows for the 63 of 2023).
        var window: (start: String, end: String)?
        if case .within(let period) = selection { window = (period.start.iso, period.end.iso) }
        if let units {
            let names = Set(try database.units.all().filter { $0.area == units.area.id && $0.kind == units.kind }.map(\.name))
            candidates = try ObservationReader.rows(database, indicator: indicator.code, area: units.area.id, within: window)
                .filter { names.contains($0.agency) && $0.breakdown == breakdown }
        } else {
            candidates = try ObservationReader.rows(database, indicator: indicator.code, within: window)
                .filter { $0.agency.isEmpty && $0.breakdown == breakdown && (level == nil || $0.areaLevel == level) }
        }
        func who(_ row: ObservationRow) -> String { units == nil ? row.areaID : row.agency }
        let name: (ObservationRow) -> String = { units == nil ? $0.areaName : $0.agency }

        var chosen: [ObservationRow] = []
        var group: ComparableGroup?
        var warning: String?
        switch selection {
        case .latestEach:
            chosen = Self.mostRecentEach(candidates, by: who)
            let periods = Set(chosen.map(\.period)).sorted()
            if periods.count > 1 {
                warning = words.mixedPeriods(periods)
            }
        case .latest:
            group = Self.mostShared(candidates, by: who)
        case .within(let period):
            let exact = candidates.filter { $0.period == period.code }
            // The candidates are already the figures inside the period; the period itself wins.
            if !exact.isEmpty { candidates = exact }
            group = Self.mostShared(candidates, by: who)
        }
        if let group {
            chosen = Self.mostRecentEach(candidates.filter { ComparableGroup($0) == group }, by: who)
        }
        let periodText = Self.periodText(chosen, group: group, words: words)

        // Areas with figures of the indicator that existed then but have none of the ranked period.
        var missing: [String] = []
        if let group {
            let directory = try database.areas.directory()
            let ranked = Set(chosen.map(who))
            let latestOthers = Self.mostRecentEach(candidates.filter { !ranked.contains(who($0)) }, by: who)
            for row in latestOthers.sorted(by: { (name($0), $0.areaID) < (name($1), $1.areaID) }) {
                if units == nil, let record = directory.records.first(where: { $0.id == row.areaID }) {
                    if let from = record.validFrom?.iso, from > group.end { continue }
                    if let to = record.validTo?.iso, to < group.end { continue }
                }
                missing.append(words.latest(name(row), period: row.period))
            }
        }
        var caption = Self.caption(count: chosen.count, level: level, units: units)
        if let periodText { caption += " · \(periodText)" }
        if case .latestEach = selection { caption += " · " + words.eachOnesLatest }

        let ascending = indicator.measure == .rank || !indicator.higherIsBetter
        chosen.sort { a, b in
            if a.value != b.value { return ascending ? a.value < b.value : a.value > b.value }
            return (a.areaCode, a.areaID, a.agency) < (b.areaCode, b.areaID, b.agency)
        }
        let officialRanks = try officialRanks(for: indicator, rows: chosen, database)
        var result = ResultSet(columns: Self.columns)
        var rank = 0
        let previous = try ObservationReader.Previous(database)
        for (index, row) in chosen.enumerated() {
            if index == 0 || row.value != chosen[index - 1].value { rank = index + 1 }
            let change = try Self.change(of: row, measure: indicator.measure) { try previous.row(before: $0) }
            let official: String? = indicator.measure == .rank
                ? ReportText.rank(row.value, of: row.denominator)
                : officialRanks[RankKey(area: row.areaID, agency: row.agency, period: row.period)]
            result.rows.append([
                .integer(rank), .text(row.areaCode), .text(name(row)), .real(row.value),
                .real(row.numerator), .real(row.denominator), .text(row.period), .text(official),
                .real(change?.amount), .text(change?.since), .text(change?.kind.rawValue),
            ])
        }
        let periodName = group == nil ? nil : chosen.first?.period
        return League(table: result, caption: caption, missing: missing,
                      missingLine: missing.isEmpty ? nil : words.noFigureFor(periodName, missing), warning: warning,
                      period: group == nil ? nil : chosen.first?.period, percent: indicator.measure == .percent)
    }

    /// Each area's (or unit's) most recent figure, by `ObservationRow.isMoreRecent`.
    private static func mostRecentEach(_ rows: [ObservationRow], by key: (ObservationRow) -> String) -> [ObservationRow] {
        var best: [String: ObservationRow] = [:]
        for row in rows {
            if let old = best[key(row)], !ObservationRow.isMoreRecent(row, than: old) { continue }
            best[key(row)] = row
        }
        return Array(best.values)
    }

    /// The comparable group (one kind of period ending on one day) the most areas have a
    /// figure of; on a tie the most recent.
    private static func mostShared(_ rows: [ObservationRow], by key: (ObservationRow) -> String) -> ComparableGroup? {
        var areas: [ComparableGroup: Set<String>] = [:]
        for row in rows { areas[ComparableGroup(row), default: []].insert(key(row)) }
        return areas.min { a, b in a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key }?.key
    }

    /// "2024-H1 (6 tháng đầu năm 2024)", or the kind and end when periods of one group differ.
    private static func periodText(_ rows: [ObservationRow], group: ComparableGroup?, words: ReportWords) -> String? {
        guard let group else { return nil }
        let periods = Set(rows.map(\.period)).sorted()
        if periods.count == 1, let row = rows.first { return "\(row.period) (\(row.periodLabel))" }
        return words.group(group.kind, ending: group.end, periods: periods)
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
