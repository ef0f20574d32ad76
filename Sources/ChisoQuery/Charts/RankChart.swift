import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso chart rank`: the league table `chiso rank` prints, as bars — the same selection
/// (one comparable period, missing areas shown as missing), the official rank beside each
/// value, the chosen period in the subtitle and the sources in the footnote.
package struct RankChart {
    package var report: RankReport
    /// An area to draw in the highlight colour (the reader's own province).
    package var highlight: String?

    package init(report: RankReport, highlight: String? = nil) {
        self.report = report
        self.highlight = highlight
    }

    package func chart(_ database: Database) throws -> BarChart {
        // A chart speaks Vietnamese throughout: its missing areas and warning too.
        var report = self.report
        report.words = ReportWords(vietnamese: true)
        let league = try report.league(database)
        let indicator = try IndicatorLookup.find(report.indicator, in: database)
        let table = ChartTable(league.table)
        let highlighted = try highlight.map { try AreaChoice.resolve($0, asOf: nil, in: database).name }
        let values = table.rows.compactMap { table.double($0, "value") }
        let scale = ChartScale(indicator: indicator, largest: values.max() ?? 0)
        var bars: [BarChart.Bar] = []
        var sources: [String?] = []
        for row in table.rows {
            guard let value = table.double(row, "value") else { continue }
            let name = table.text(row, "area_name") ?? table.text(row, "area") ?? ""
            let denominator = indicator.measure == .rank ? table.double(row, "denominator") : nil
            let end = table.text(row, "end") ?? league.period.flatMap { try? Period.parse($0).end.iso }
            var notes: [String] = []
            if indicator.measure != .rank, let official = table.text(row, "official_rank"), !official.isEmpty { notes.append("hạng \(official)") }
            if league.period == nil, let period = table.text(row, "period") { notes.append(period) }
            bars.append(.init(label: name, extent: scale.extent(value, denominator: denominator, periodEnd: end),
                              text: scale.text(value, denominator: denominator, periodEnd: end),
                              note: notes.isEmpty ? nil : notes.joined(separator: " · "), highlighted: name == highlighted))
            sources.append(table.text(row, "source"))
        }
        for name in league.missing { bars.append(.init(label: name, extent: nil, text: "")) }
        if sources.allSatisfy({ $0 == nil }) {
            // The league table does not carry sources: find each shown figure's.
            let shown = Set(table.rows.compactMap { table.text($0, "area_name") })
            sources = try ObservationReader.rows(database, indicator: indicator.code)
                .filter { shown.contains($0.areaName) && (league.period == nil || $0.period == league.period) && $0.agency.isEmpty }
                .map(\.source)
        }
        var footnotes = [try ChartSources.footnote(sources, in: database)]
        if let warning = league.warning { footnotes.insert(warning, at: 0) }
        // The goal of the ranked period, as a line where one goal holds for every bar.
        var target: (extent: Double, label: String)?
        let shown = Set(table.rows.compactMap { table.text($0, "area_name") })
        switch try ChartTarget.choose(indicator: indicator.code, names: shown, period: league.period, in: database) {
        case .line(let value, let label):
            let end = league.period.flatMap { try? Period.parse($0).end.iso }
            let denominator = table.rows.lazy.compactMap { table.double($0, "denominator") }.first
            target = (scale.extent(value, denominator: indicator.measure == .rank ? denominator : nil, periodEnd: end), label)
        case .differing(let goals):
            footnotes.insert("Mục tiêu riêng của từng địa phương: " + goals.joined(separator: "; "), at: 0)
        case .none:
            break
        }
        let frame = ChartFrame(title: indicator.nameVi, subtitle: league.caption, footnotes: footnotes)
        return BarChart(frame: frame, groups: [.init(bars: bars, target: target, scaleNote: scale.note.isEmpty ? nil : scale.note)])
    }
}

/// Read access by column name to a report's rows, so a chart follows the report's columns
/// rather than their positions.
struct ChartTable {
    let result: ResultSet
    private let index: [String: Int]

    init(_ result: ResultSet) {
        self.result = result
        var index: [String: Int] = [:]
        for (i, column) in result.columns.enumerated() where index[column.name] == nil { index[column.name] = i }
        self.index = index
    }

    var rows: [[Cell]] { result.rows }

    func text(_ row: [Cell], _ column: String) -> String? {
        guard let i = index[column], i < row.count else { return nil }
        switch row[i] {
        case .null: return nil
        case .text(let s): return s
        case .integer(let n): return String(n)
        case .real(let d): return NumberText.plain(d)
        }
    }

    func double(_ row: [Cell], _ column: String) -> Double? {
        guard let i = index[column], i < row.count else { return nil }
        switch row[i] {
        case .real(let d): return d
        case .integer(let n): return Double(n)
        case .text(let s): return Double(s)
        case .null: return nil
        }
    }
}
