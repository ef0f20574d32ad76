import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso report`: an area's scorecard as of a date.
///
/// For each indicator (and each agency that reports one) the latest figure whose period ended
/// by the as-of date, the target that applies and whether it is met, the officially reported
/// rank, and the source. Whole-area rows come first, then agency rows (the `agency` column
/// names the department). The Đề án 06 rollout is one more row (`rollout:de_an_06`), and
/// targets with no figure yet are listed with an empty value, so a missed goal the report
/// states without a number still shows.
package struct Scorecard {
    package var area: String
    /// Figures whose period ended on or before this day; nil means the latest day the area
    /// has data for.
    package var asOf: CalendarDate?
    package var layout: ReportLayout

    package init(area: String, asOf: CalendarDate? = nil, layout: ReportLayout = .data) {
        self.area = area
        self.asOf = asOf
        self.layout = layout
    }

    /// The scorecard and what it is about.
    package struct Card: Sendable, Equatable {
        package var areaID: String
        package var areaName: String
        /// The as-of date used (ISO), nil when the area has no data at all.
        package var asOf: String?
        package var result: ResultSet
    }

    package var columns: [Column] {
        var columns = [Column("indicator"), Column("name_vi"), Column("agency"), Column("period"),
                       Column("value", .real), Column("numerator", .real), Column("denominator", .real)]
        switch layout {
        case .table: columns.append(Column("target"))
        case .data: columns += [Column("target_comparator"), Column("target_value", .real), Column("target_high", .real)]
        }
        columns += [Column("target_period"), Column("result"), Column("gap", .real), Column("rank"), Column("source")]
        return columns
    }

    package func run(_ database: Database) throws -> Card {
        let unit = try AreaChoice.resolve(area, asOf: asOf, in: database)
        let directory = try database.areas.directory()
        let cutoff = try asOf?.iso ?? ObservationReader.latestDataDate(database, area: unit.id)
        var card = Card(areaID: unit.id, areaName: unit.name, asOf: cutoff, result: ResultSet(columns: columns))
        guard let cutoff else { return card }

        let indicators = Dictionary(uniqueKeysWithValues: try database.indicators.all().map { ($0.code, $0) })
        let figures = try ObservationReader.rows(database, area: unit.id).filter { $0.end <= cutoff }
        var latest: [FigureKey: ObservationRow] = [:]
        for row in figures {
            let key = FigureKey(indicator: row.indicator, agency: row.agency)
            if let old = latest[key], !ObservationRow.isMoreRecent(row, than: old) { continue }
            latest[key] = row
        }

        // A rank published with its score shows in the score's row, not as a row of its own.
        var ranks: [FigureKey: ObservationRow] = [:]
        var shownAsRank: Set<FigureKey> = []
        for (key, row) in latest {
            guard indicators[key.indicator]?.measure != .rank,
                  let partner = IndicatorLookup.rankPartner(of: key.indicator, among: Set(indicators.keys)),
                  let rank = latest[FigureKey(indicator: partner, agency: key.agency)], rank.period == row.period
            else { continue }
            ranks[key] = rank
            shownAsRank.insert(FigureKey(indicator: partner, agency: key.agency))
        }

        let lineage = AreaChoice.lineage(of: unit, in: directory)
        let targets = try targetSpans(database, areas: lineage)
        var rows: [(order: RowOrder, cells: [Cell])] = []
        for (key, row) in latest where !shownAsRank.contains(key) {
            let indicator = indicators[key.indicator]
            let candidates = targets.filter { $0.record.indicator == key.indicator && $0.record.agency == key.agency }
            let target = TargetCheck.applicable(candidates, to: row.start, row.end)
            let check = target.map { TargetCheck(value: row.value, comparator: $0.record.comparator, low: $0.record.value, high: $0.record.valueHigh) }
            let rank: String? = indicator?.measure == .rank
                ? ReportText.rank(row.value, of: row.denominator)
                : ranks[key].map { ReportText.rank($0.value, of: $0.denominator) }
            rows.append((RowOrder(indicator, agency: key.agency), self.cells(
                indicator: key.indicator, name: indicator?.nameVi, agency: key.agency, period: row.period,
                value: row.value, numerator: row.numerator, denominator: row.denominator,
                target: target, check: check, rank: rank, source: row.source)))
        }
        // A goal with no figure at all (the report says it was missed but gives no number).
        for target in targets where target.start <= cutoff
            && latest[FigureKey(indicator: target.record.indicator, agency: target.record.agency)] == nil {
            let indicator = indicators[target.record.indicator]
            rows.append((RowOrder(indicator, agency: target.record.agency), self.cells(
                indicator: target.record.indicator, name: indicator?.nameVi, agency: target.record.agency, period: nil,
                value: nil, numerator: nil, denominator: nil, target: target, check: nil, rank: nil,
                source: target.record.source)))
        }
        if let rollout = try latestRollout(database, area: unit.id, cutoff: cutoff) {
            let order = RowOrder(framework: "de_an_06", code: "~rollout", agency: "")
            rows.append((order, self.cells(
                indicator: "rollout:\(rollout.programme)", name: "Mô hình Đề án 06 đã hoàn thành", agency: "",
                period: rollout.period, value: Double(rollout.completed), numerator: Double(rollout.completed),
                denominator: Double(rollout.total), target: nil, check: nil, rank: nil, source: rollout.source)))
        }
        card.result.rows = rows.sorted { $0.order < $1.order }.map(\.cells)
        return card
    }

    private struct FigureKey: Hashable {
        var indicator: String
        var agency: String
    }

    /// Whole-area rows first, then agencies; within each, catalogue order (framework, code).
    private struct RowOrder: Comparable {
        var agency: String
        var framework: String
        var code: String

        init(framework: String, code: String, agency: String) {
            self.agency = agency
            self.framework = framework
            self.code = code
        }

        init(_ indicator: Indicator?, agency: String) {
            self.init(framework: indicator?.framework ?? "", code: indicator?.code ?? "", agency: agency)
        }

        static func < (a: RowOrder, b: RowOrder) -> Bool {
            (a.agency.isEmpty ? 0 : 1, a.agency, a.framework, a.code) < (b.agency.isEmpty ? 0 : 1, b.agency, b.framework, b.code)
        }
    }

    private func cells(indicator: String, name: String?, agency: String, period: String?, value: Double?,
                       numerator: Double?, denominator: Double?, target: TargetSpan?, check: TargetCheck?,
                       rank: String?, source: String?) -> [Cell] {
        var cells: [Cell] = [.text(indicator), .text(name), .text(agency), .text(period), .real(value),
                             .real(numerator), .real(denominator)]
        let t = target?.record
        switch layout {
        case .table: cells.append(.text(t.map { ReportText.target($0.comparator, $0.value, $0.valueHigh) }))
        case .data: cells += [.text(t?.comparator.rawValue), .real(t?.value), .real(t?.valueHigh)]
        }
        let result: String? = check.map { $0.met ? "met" : "missed" } ?? (target != nil ? "no figure" : nil)
        cells += [.text(t?.period), .text(result), .real(check?.gap), .text(rank), .text(source)]
        return cells
    }

    private func targetSpans(_ database: Database, areas: Set<String>) throws -> [TargetSpan] {
        let rows = try database.connection.query(
            "SELECT id, period_start, period_end FROM targets_view ORDER BY id")
        var dates: [Int64: (String, String)] = [:]
        for row in rows {
            if let id = row[0].intValue, let s = row[1].stringValue, let e = row[2].stringValue { dates[id] = (s, e) }
        }
        return try database.targets.all().compactMap { record in
            guard areas.contains(record.area), let id = record.id, let (start, end) = dates[id] else { return nil }
            let startDay = try CalendarDate(iso: start).daysSinceEpoch, endDay = try CalendarDate(iso: end).daysSinceEpoch
            return TargetSpan(record: record, start: start, end: end, startDay: startDay, endDay: endDay)
        }
    }

    private func latestRollout(_ database: Database, area: String, cutoff: String) throws -> RolloutRecord? {
        let rows = try database.connection.query("""
            SELECT id FROM rollouts_view WHERE area_id = ? AND period_end <= ? AND programme = 'de_an_06'
            ORDER BY period_end DESC, period_start DESC, coalesce(source, '') LIMIT 1
            """, [area, cutoff])
        guard let id = rows.first?[0].intValue else { return nil }
        return try database.rollouts.all().first { $0.id == id }
    }
}
