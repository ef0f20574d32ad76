import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso compare`: areas side by side on the same period, one row per indicator and period,
/// one column per area.
///
/// Two areas' latest figures are often of different periods (a half year against a 10-month
/// span); putting them side by side would compare what is not comparable. Each row is one
/// period (or periods of one kind ending on the same day, as a league table): by default, for
/// each indicator, the most recent one most of the areas have; with `allPeriods`, every one
/// any of them has, newest first. The `period` column is always there, and `missing` names
/// the areas without a figure for the row's period, with their latest.
package struct CompareReport {
    package var areas: [String]
    /// Indicator codes or names; nil means every indicator any of the areas has a figure for.
    package var indicators: [String]?
    package var layout: ReportLayout
    /// Every period any area has, instead of the one most of them share.
    package var allPeriods: Bool
    /// The language of the sentences around the table (`--lang vi`); English by default.
    package var words = ReportWords()

    package init(areas: [String], indicators: [String]? = nil, layout: ReportLayout = .data, allPeriods: Bool = false) {
        self.areas = areas
        self.indicators = indicators
        self.layout = layout
        self.allPeriods = allPeriods
    }

    /// In one read transaction: every statement sees the same snapshot, and the file is locked
    /// and its cache checked once, not once per statement (perf18: `compare` read its rows one
    /// statement each, and each took and dropped the file's lock and read its first page again).
    package func run(_ database: Database) throws -> ResultSet {
        try database.connection.read { try compare(database) }
    }

    private func compare(_ database: Database) throws -> ResultSet {
        guard areas.count >= 2 else { throw QueryError("compare needs at least two areas, got \(areas.count)") }
        var units: [AreaRecord] = []
        for text in areas {
            let unit = try AreaChoice.resolve(text, asOf: nil, in: database)
            if units.contains(where: { $0.id == unit.id }) {
                throw QueryError("'\(text)' names \(unit.name) (\(unit.id)) twice in the list")
            }
            units.append(unit)
        }
        // Where every whole-area figure of the areas stands, from the indexes; the rows
        // themselves are read only for the periods shown (issue 18: reading the areas' every
        // figure through observations_view took 0.5 s on a million rows).
        let outlined = try ObservationReader.outlines(database, areas: units.map(\.id))
        var figures: [String: [FigureOutline]] = [:]   // indicator → whole-area figures of the areas
        // The outlines come grouped by indicator within each unit, each group with its own
        // indicator index: one dictionary access per group.
        var start = outlined.outlines.startIndex
        while start < outlined.outlines.endIndex {
            let indicator = outlined.outlines[start].indicator
            var end = start + 1
            while end < outlined.outlines.endIndex && outlined.outlines[end].indicator == indicator { end += 1 }
            figures[outlined.indicators[indicator], default: []] += outlined.outlines[start..<end]
            start = end
        }
        // Every period shows every row: then one read of the areas' rows beats a point read each.
        var everyRow: [String: [ObservationRow]] = [:]   // indicator → the whole-area rows shown
        if allPeriods {
            for unit in units {
                for row in try ObservationReader.rows(database, area: unit.id) where row.agency.isEmpty && row.breakdown.isNone {
                    everyRow[row.indicator, default: []].append(row)
                }
            }
        }
        let chosen: [(code: String, nameVi: String)]
        if let indicators {
            chosen = try indicators.map { text in
                let indicator = try IndicatorLookup.find(text, in: database)
                return (indicator.code, indicator.nameVi)
            }
        } else {
            chosen = try database.indicators.names().filter { figures[$0.code] != nil }
        }
        let names = Dictionary(grouping: units, by: \.name)
        let labels = units.map { names[$0.name, default: []].count > 1 ? "\($0.name) (\($0.id))" : $0.name }
        var columns = [Column("indicator"), Column("name_vi"), Column("period")]
        for label in labels { columns.append(Column(label, .real)) }
        columns.append(Column("missing"))
        var result = ResultSet(columns: columns)
        // Each indicator's periods, most shared first (every one with `allPeriods`), counted
        // once, not looked up twice per comparison (a sixth of compare's time).
        var groupsOf: [String: [ComparableGroup]] = [:]
        var shownIDs = Set<Int64>()
        for indicator in chosen where groupsOf[indicator.code] == nil {
            let outlines = figures[indicator.code] ?? []
            // How many of the areas have each group: an indicator's outlines come one unit
            // after another, so a unit is counted when it differs from the group's last one.
            var areasOf: [Int: (count: Int, last: Int)] = [:]   // group index → areas with it
            for outline in outlines {
                let entry = areasOf[outline.group] ?? (0, -1)
                if entry.last != outline.unit { areasOf[outline.group] = (entry.count + 1, outline.unit) }
            }
            // Group indexes follow `ComparableGroup.<`: comparing them compares the groups.
            let ranked = areasOf.map { (group: $0.key, count: $0.value.count) }.sorted { a, b in
                if allPeriods { return a.group < b.group }
                return a.count != b.count ? a.count > b.count : a.group < b.group
            }.map(\.group)
            groupsOf[indicator.code] = ranked.map { outlined.groups[$0] }
            guard !allPeriods, let first = ranked.first else { continue }
            // The figures of the period shown, and for an area without one, its latest
            // (every figure on its latest end and start: the source decides among them).
            var present = Set<Int>()
            for outline in outlines where outline.group == first {
                shownIDs.insert(outline.id)
                present.insert(outline.unit)
            }
            for index in units.indices where !present.contains(index) {
                guard let top = outlines.lazy.filter({ $0.unit == index }).map(\.dates).max() else { continue }
                for outline in outlines where outline.unit == index && outline.dates == top { shownIDs.insert(outline.id) }
            }
        }
        // The rows shown, read in one pass with one statement (read per indicator, preparing
        // the statement for each was a sixth of compare's time at 1M rows, issue 18), then
        // given to their indicator in the same chronological order.
        if !allPeriods {
            for row in try ObservationReader.rows(database, ids: shownIDs, areas: units, periods: outlined.periods) { everyRow[row.indicator, default: []].append(row) }
        }
        for indicator in chosen {
            let groups = groupsOf[indicator.code] ?? []
            guard !groups.isEmpty else {
                result.rows.append([.text(indicator.code), .text(indicator.nameVi), .null]
                                   + units.map { _ in Cell.null } + [.text(words.noFiguresCell)])
                continue
            }
            let shown = allPeriods ? groups : [groups[0]]
            let rows = everyRow[indicator.code] ?? []
            for group in shown {
                let members = rows.filter { ComparableGroup($0) == group }
                var cells: [Cell] = [.text(indicator.code), .text(indicator.nameVi),
                                     .text(Set(members.map(\.period)).sorted().joined(separator: ", "))]
                var missing: [String] = []
                for (unit, label) in zip(units, labels) {
                    if let figure = members.filter({ $0.areaID == unit.id }).mostRecent() {
                        cells.append(.real(figure.value))
                    } else {
                        cells.append(.null)
                        let latest = rows.filter { $0.areaID == unit.id }.mostRecent()
                        missing.append(words.latest(label, period: latest?.period))
                    }
                }
                cells.append(.text(missing.isEmpty ? nil : missing.joined(separator: "; ")))
                result.rows.append(cells)
            }
        }
        return result
    }
}
