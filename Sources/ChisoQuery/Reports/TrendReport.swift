import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso trend`: one indicator's figures for one area, as series of one period kind each
/// (months, quarters, halves, years, year-to-date spans, snapshots), oldest first, with the
/// change from the previous point of the same series and a sparkline per series.
///
/// A month's rate and a year-to-date rate are never one series: the change between them
/// would be a fall that did not happen. A change is the source's own (with its baseline) where
/// it gave one, else computed within the series; for ranks it follows the sources' "up is
/// better" (59 → 56 is +3). The sparkline draws better as higher (a rank rising to 1 climbs).
///
/// The series of a province formed on 2025-07-01 by a merger can include its predecessors'
/// figures (`lineage`), each under its own name and as its own series; without it, one note
/// says they exist. An old unit's series notes which unit it became.
package struct TrendReport {
    package var indicator: String
    package var area: String
    /// A department ("Sở LĐTB&XH"); nil means the whole area's figures.
    package var agency: String?
    /// The breakdown followed: `.none` for the whole figures, never a mix.
    package var breakdown: Breakdown
    /// Include the figures of the units merged into this one (before 2025-07-01).
    package var lineage: Bool

    /// A table leaves out what the header and the period already say (area id, start, end;
    /// the area's name unless predecessors are shown).
    package var layout: ReportLayout
    /// The language of the sentences around the table (`--lang vi`); English by default.
    package var words = ReportWords()

    package init(indicator: String, area: String, agency: String? = nil, breakdown: Breakdown = .none, lineage: Bool = false,
                 layout: ReportLayout = .data) {
        self.layout = layout
        self.indicator = indicator
        self.area = area
        self.agency = agency
        self.breakdown = breakdown
        self.lineage = lineage
    }

    /// The series and their drawing.
    package struct Trend: Sendable, Equatable {
        package var result: ResultSet
        /// The first series' drawing, one block per point; empty for an empty trend.
        package var sparkline: String
        /// One line per series, "▁█  42.06 → 78.63 (min 42.06, max 78.63)", prefixed with the
        /// series' name when there are several: what table mode prints last.
        package var footers: [String]
        /// What the rows are about: "online_dossier_rate · Tuyên Quang (p63-08)".
        package var header: String
        /// Predecessors left out, or the unit this one became.
        package var notes: [String]
        /// The indicator is a percentage (Vietnamese display writes "42,06%").
        package var percent = false

        /// The first footer (kept for the single-series case).
        package var footer: String? { footers.first }
    }

    package static let columns: [Column] = [
        Column("area_id"), Column("area_name"), Column("series"), Column("period"), Column("start", .date), Column("end", .date),
        Column("value", .real), Column("qualifier"), Column("numerator", .real), Column("denominator", .real),
        Column("change", .real), Column("change_since"), Column("change_kind"), Column("status"), Column("source"),
    ]

    /// In one read transaction: every statement sees the same snapshot, and the file is locked
    /// and its cache checked once, not once per statement (perf18: `compare` read its rows one
    /// statement each, and each took and dropped the file's lock and read its first page again).
    package func run(_ database: Database) throws -> Trend {
        try database.connection.read { try trend(database) }
    }

    private func trend(_ database: Database) throws -> Trend {
        let indicator = try IndicatorLookup.find(self.indicator, in: database)
        try BreakdownChoice.check(breakdown, of: indicator, in: database)
        let unit = try AreaChoice.resolve(area, asOf: nil, indicator: indicator.code, in: database)
        let directory = try database.areas.directory()
        let all = try ObservationReader.rows(database, indicator: indicator.code, area: unit.id)
        // The agency as written, or any spelling of the unit it names ("Sở LĐ-TB&XH" finds
        // rows stored under the canonical "Sở Lao động - Thương binh và Xã hội").
        var wanted: Set<String> = [agency.map(VietnameseText.foldForMatching) ?? ""]
        if let agency, let named = try database.units.directory().find(agency, in: unit.id) {
            wanted.insert(VietnameseText.foldForMatching(named.name))
        }
        let keep = { (row: ObservationRow) in wanted.contains(VietnameseText.foldForMatching(row.agency)) && row.breakdown == breakdown }
        let own = all.filter(keep)
        if own.isEmpty, !all.isEmpty, all.contains(where: { $0.breakdown == breakdown }) || breakdown.isNone {
            let agencies = Array(Set(all.map(\.agency))).sorted()
            let list = agencies.map { $0.isEmpty ? "the whole area (no --agency)" : "'\($0)'" }.joined(separator: ", ")
            throw QueryError("\(unit.name) has no \(indicator.code) figures for \(agency.map { "agency '\($0)'" } ?? "the whole area"); figures exist for \(list)")
        }

        // The units merged into this one, and their figures before the merger.
        let predecessors = directory.records.filter { $0.mergedInto == unit.id }.sorted { $0.id < $1.id }
        var earlier: [ObservationRow] = []
        for record in predecessors {
            earlier += try ObservationReader.rows(database, indicator: indicator.code, area: record.id).filter(keep)
        }
        var notes: [String] = []
        if !earlier.isEmpty, !lineage {
            let names = predecessors.filter { p in earlier.contains { $0.areaID == p.id } }.map { "\($0.name) (\($0.id))" }
            notes.append(words.predecessorsLeftOut(before: unit.validFrom?.iso, names: names, mergedInto: unit.name, count: earlier.count,
                                                   indicator: indicator.code))
        }
        if let successorID = unit.mergedInto, let successor = directory.records.first(where: { $0.id == successorID }) {
            notes.append(words.becamePart("\(unit.name) (\(unit.id))", of: "\(successor.name) (\(successor.id))", successorName: successor.name,
                                          on: successor.validFrom?.iso, command: "chiso trend \(indicator.code) --area \(successor.id) --lineage"))
        }

        let rows = own + (lineage ? earlier : [])
        let lowerIsBetter = indicator.measure == .rank || !indicator.higherIsBetter
        // Series: each predecessor's (they are older), then this unit's; within each, kind order.
        let order = predecessors.map(\.id) + [unit.id]
        let groups = Dictionary(grouping: rows) { SeriesKey(area: $0.areaID, kind: $0.seriesKind) }
            .sorted { a, b in
                let ia = order.firstIndex(of: a.key.area) ?? 0, ib = order.firstIndex(of: b.key.area) ?? 0
                return ia != ib ? ia < ib : a.key.kind < b.key.kind
            }
        var result = ResultSet(columns: Self.columns)
        var footers: [String] = []
        var firstLine = ""
        for (key, members) in groups {
            let series = members.sorted(by: ObservationRow.chronological)
            var previous: ObservationRow?
            for row in series {
                let change = Self.change(of: row, after: previous, rank: indicator.measure == .rank)
                let name = key.area == unit.id ? row.areaName : "\(row.areaName) (\(row.areaID), merged \(unit.validFrom?.iso ?? ""))"
                result.rows.append([
                    .text(row.areaID), .text(name), .text(key.kind.rawValue), .text(row.period), .text(row.start), .text(row.end),
                    .real(row.value), .text(row.qualifier), .real(row.numerator), .real(row.denominator),
                    .real(change?.amount), .text(change?.since), .text(change?.kind.rawValue), .text(row.status), .text(row.source),
                ])
                previous = row
            }
            let values = series.map(\.value)
            // Better draws higher: a rank (or a lower-is-better value) is drawn upside down.
            let line = Sparkline.draw(lowerIsBetter ? values.map { -$0 } : values)
            if firstLine.isEmpty { firstLine = line }
            if let first = values.first, let last = values.last, let low = values.min(), let high = values.max() {
                let text = words.drawing(line, first: first, last: last, low: low, high: high, lowerIsBetter: lowerIsBetter)
                let label = key.area == unit.id ? words.series(key.kind) : "\(series[0].areaName), \(words.series(key.kind))"
                footers.append(groups.count > 1 ? "\(label): \(text)" : text)
            }
        }
        let header = "\(indicator.code) · \(unit.name) (\(unit.id))" + (agency.map { " · \($0)" } ?? "")
        if layout == .table {
            var dropped: Set<String> = ["area_id", "start", "end"]
            if !(lineage && !earlier.isEmpty) { dropped.insert("area_name") }
            let keep = Self.columns.indices.filter { !dropped.contains(Self.columns[$0].name) }
            var table = ResultSet(columns: keep.map { Self.columns[$0] })
            table.rows = result.rows.map { row in keep.map { row[$0] } }
            result = table
        }
        return Trend(result: result, sparkline: firstLine, footers: footers, header: header, notes: notes,
                     percent: indicator.measure == .percent)
    }

    private struct SeriesKey: Hashable {
        var area: String
        var kind: SeriesKind
    }

    /// The source's own change with its baseline, else the difference from the previous point
    /// of the series; for ranks, positive means the area moved up (its number fell).
    static func change(of row: ObservationRow, after previous: ObservationRow?, rank: Bool) -> RankReport.Change? {
        if let amount = row.change, let since = row.baselinePeriod {
            return RankReport.Change(amount: amount, since: since, kind: .reported)
        }
        guard let previous else { return nil }
        let amount = MachineNumber.cleaned(rank ? previous.value - row.value : row.value - previous.value)
        return RankReport.Change(amount: amount, since: previous.period, kind: .computed)
    }
}
