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
    /// The language of the sentences around the table (`--lang vi`); English by default.
    package var words = ReportWords()

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
        /// The units merged into this one that have figures of their own.
        package var notes: [String] = []
        /// The language of `header` and `notes`.
        package var words = ReportWords()
    }

    package var columns: [Column] {
        var columns = [Column("indicator"), Column("name_vi"), Column("agency"), Column("period"),
                       Column("value", .real), Column("qualifier"), Column("status"),
                       Column("numerator", .real), Column("denominator", .real)]
        switch layout {
        case .table: columns.append(Column("target"))
        case .data: columns += [Column("target_comparator"), Column("target_value", .real), Column("target_high", .real)]
        }
        columns += [Column("target_period"), Column("result"), Column("gap", .real), Column("rank"), Column("source")]
        // Machine formats carry the report's header in every row, so a file alone says what
        // it is about; a table says it once, above the rows.
        if layout == .data { columns += [Column("area_id"), Column("area_name"), Column("as_of", .date)] }
        return columns
    }

    /// "Nghệ An (p63-40), as of 2024-10-31": the line above a table.
    package static func header(_ card: Card) -> String {
        "\(card.areaName) (\(card.areaID))" + (card.asOf.map(card.words.asOf) ?? card.words.noFigures)
    }

    /// In one read transaction: every statement sees the same snapshot, and the file is locked
    /// and its cache checked once, not once per statement (perf18: `compare` read its rows one
    /// statement each, and each took and dropped the file's lock and read its first page again).
    package func run(_ database: Database) throws -> Card {
        try database.connection.read { try card(database) }
    }

    private func card(_ database: Database) throws -> Card {
        let unit = try AreaChoice.resolve(area, asOf: asOf, in: database)
        let directory = try database.areas.directory()
        let cutoff = try asOf?.iso ?? ObservationReader.latestDataDate(database, area: unit.id)
        var card = Card(areaID: unit.id, areaName: unit.name, asOf: cutoff, result: ResultSet(columns: columns))
        card.words = words
        guard let cutoff else { return card }

        let indicators = Dictionary(uniqueKeysWithValues: try database.indicators.all().map { ($0.code, $0) })
        // Only what the card prints is read: each indicator's latest figures (issue 18), and
        // below, the ranks published with them and the figures of targets no latest one meets.
        var latest: [FigureKey: ObservationRow] = [:]
        for row in try ObservationReader.latestPerIndicator(database, area: unit.id, cutoff: cutoff) {
            let key = FigureKey(indicator: row.indicator, agency: row.agency)
            if let old = latest[key], !ObservationRow.isMoreRecent(row, than: old) { continue }
            latest[key] = row
        }

        // A rank published with its score shows in the score's row, not as a row of its own.
        var shownAsRank: Set<FigureKey> = []
        let codes = Set(indicators.keys)
        func rank(of row: ObservationRow) throws -> String? {
            if indicators[row.indicator]?.measure == .rank { return ReportText.rank(row.value, of: row.denominator) }
            guard let partner = IndicatorLookup.rankPartner(of: row.indicator, among: codes),
                  let rank = try ObservationReader.figure(database, indicator: partner, area: unit.id, agency: row.agency, period: row.period)
            else { return nil }
            return ReportText.rank(rank.value, of: rank.denominator)
        }
        for (key, row) in latest where indicators[key.indicator]?.measure != .rank {
            guard let partner = IndicatorLookup.rankPartner(of: key.indicator, among: codes),
                  let rank = latest[FigureKey(indicator: partner, agency: key.agency)], rank.period == row.period else { continue }
            shownAsRank.insert(FigureKey(indicator: partner, agency: key.agency))
        }

        let lineage = AreaChoice.lineage(of: unit, in: directory)
        let targets = try targetSpans(database, areas: lineage)
        var used: Set<Int> = []
        var rows: [(order: RowOrder, cells: [Cell])] = []
        func add(_ row: ObservationRow?, indicator code: String, agency: String, target: TargetSpan?, judgement: TargetJudgement?) throws {
            let indicator = indicators[code]
            rows.append((RowOrder(indicator, agency: agency), self.cells(
                indicator: code, name: indicator?.nameVi, agency: agency, figure: row,
                target: target, judgement: judgement, rank: try row.flatMap(rank), source: row?.source ?? target?.record.source)))
        }
        // Each latest figure, judged against a target whose period holds it (never a target of
        // another period: a 2020 figure says nothing about a goal for 2025).
        for (key, row) in latest where !shownAsRank.contains(key) {
            let candidates = targets.enumerated().filter { $0.element.record.indicator == key.indicator && $0.element.record.agency == key.agency
                && $0.element.start <= row.start && row.end <= $0.element.end }
            let chosen = candidates.min { ($0.element.days, $0.element.start) < ($1.element.days, $1.element.start) }
            if let chosen { used.insert(chosen.offset) }
            try add(row, indicator: key.indicator, agency: key.agency, target: chosen?.element,
                judgement: chosen.map { TargetJudgement(figure: row, target: $0.element, asOf: cutoff) })
        }
        // Every other target, with the latest figure of its own period (the longest on the same
        // end: the 9-month figure over September's), else not due or no figure.
        var figuresOf: [String: [ObservationRow]] = [:]   // indicator → its whole figures by the cutoff
        for (index, target) in targets.enumerated() where !used.contains(index) {
            let code = target.record.indicator
            if figuresOf[code] == nil {
                figuresOf[code] = try ObservationReader.rows(database, indicator: code, area: unit.id)
                    .filter { $0.end <= cutoff && $0.breakdown.isNone }
            }
            let own = (figuresOf[code] ?? []).filter { $0.agency == target.record.agency
                && target.start <= $0.start && $0.end <= target.end }
            let best = own.min { a, b in a.end != b.end ? a.end > b.end : a.start < b.start }
            let judgement = best.map { TargetJudgement(figure: $0, target: target, asOf: cutoff) }
                ?? TargetJudgement(noFigureFor: target, asOf: cutoff)
            try add(best, indicator: target.record.indicator, agency: target.record.agency, target: target, judgement: judgement)
        }
        if let rollout = try latestRollout(database, area: unit.id, cutoff: cutoff) {
            let order = RowOrder(framework: "de_an_06", code: "~rollout", agency: "")
            var cells: [Cell] = [.text("rollout:\(rollout.programme)"), .text("Mô hình Đề án 06 đã hoàn thành"), .text(""),
                                 .text(rollout.period), .real(Double(rollout.completed)), .null, .text(nil),
                                 .real(Double(rollout.completed)), .real(Double(rollout.total))]
            cells += layout == .table ? [.null] : [.null, .null, .null]
            cells += [.null, .null, .null, .null, .text(rollout.source)]
            rows.append((order, cells))
        }
        card.result.rows = rows.sorted { $0.order < $1.order }.map(\.cells)
        // A merged province's scorecard is its own; its predecessors' figures are theirs.
        for record in directory.records.filter({ $0.mergedInto == unit.id }).sorted(by: { $0.id < $1.id }) {
            guard let last = try ObservationReader.latestDataDate(database, area: record.id) else { continue }
            card.notes.append(words.predecessorScorecard("\(record.name) (\(record.id))", merged: unit.name, on: unit.validFrom?.iso, lastData: last,
                                                         command: "chiso report \(record.id)"))
        }
        if layout == .data {
            card.result.rows = card.result.rows.map { $0 + [.text(unit.id), .text(unit.name), .text(cutoff)] }
        }
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

    private func cells(indicator: String, name: String?, agency: String, figure: ObservationRow?, target: TargetSpan?,
                       judgement: TargetJudgement?, rank: String?, source: String?) -> [Cell] {
        var cells: [Cell] = [.text(indicator), .text(name), .text(agency), .text(figure?.period), .real(figure?.value)]
        switch layout {
        case .table:
            cells += [.text(figure?.qualifier.flatMap { Qualifier(rawValue: $0) }.map(ReportText.qualifierVi)),
                      .text(figure.flatMap { ReportText.statusVi($0.status) })]
        case .data:
            cells += [.text(figure?.qualifier), .text(figure?.status)]
        }
        cells += [.real(figure?.numerator), .real(figure?.denominator)]
        let t = target?.record
        switch layout {
        case .table: cells.append(.text(t.map { ReportText.target($0.comparator, $0.value, $0.valueHigh) }))
        case .data: cells += [.text(t?.comparator.rawValue), .real(t?.value), .real(t?.valueHigh)]
        }
        cells += [.text(t?.period), .text(judgement?.result.rawValue), .real(judgement?.gap), .text(rank), .text(source)]
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
