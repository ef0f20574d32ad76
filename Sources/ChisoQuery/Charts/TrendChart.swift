import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso chart trend`: the series `chiso trend` prints, as lines on a time axis — one line per
/// series (each period kind its own; with `--lineage` each predecessor under its own name),
/// ranks drawn better-higher on a 1…N axis, shares on 0–100%, the area's target for the
/// indicator as a dashed line, and the sources in the footnote.
package struct TrendChart {
    package var report: TrendReport

    package init(report: TrendReport) { self.report = report }

    package func chart(_ database: Database) throws -> LineChart {
        // A chart speaks Vietnamese throughout, its notes too.
        var report = self.report
        report.words = ReportWords(vietnamese: true)
        let trend = try report.run(database)
        let indicator = try IndicatorLookup.find(report.indicator, in: database)
        let table = ChartTable(trend.result)
        let scale = ChartScale(indicator: indicator, largest: table.rows.compactMap { table.double($0, "value") }.max() ?? 0)
        let days = table.rows.compactMap { table.text($0, "end").flatMap { try? CalendarDate(iso: $0).daysSinceEpoch } }
        let first = days.min() ?? 0, span = Double(max((days.max() ?? 0) - first, 1))
        func position(_ row: [Cell]) -> Double {
            guard let end = table.text(row, "end"), let day = try? CalendarDate(iso: end).daysSinceEpoch else { return 0 }
            return days.count > 1 && span > 0 ? Double(day - first) / span : 0.5
        }
        // Series in the order they first appear; named by kind, and by area when several.
        var order: [String] = []
        var points: [String: [LineChart.Point]] = [:]
        let areas = Set(table.rows.compactMap { table.text($0, "area_name") })
        let kinds = Set(table.rows.compactMap { table.text($0, "series") })
        var ticks: [LineChart.Tick] = []
        var places: Double = 0
        for row in table.rows {
            guard let value = table.double(row, "value") else { continue }
            let kind = table.text(row, "series") ?? ""
            let area = table.text(row, "area_name") ?? ""
            let name = [kinds.count > 1 ? SeriesNames.vietnamese(kind) : nil, areas.count > 1 ? area : nil]
                .compactMap { $0 }.joined(separator: " · ")
            let key = name.isEmpty ? area : name
            if points[key] == nil { order.append(key) }
            let period = table.text(row, "period") ?? ""
            let end = table.text(row, "end")
            let denominator = table.double(row, "denominator")
            if indicator.measure == .rank { places = max(places, ChartScale.places(denominator: denominator, periodEnd: end)) }
            let qualifier = table.text(row, "qualifier").flatMap(Qualifier.init(rawValue:)).map { $0 == .atLeast ? "≥ " : ReportText.qualifierVi($0) + " " } ?? ""
            points[key, default: []].append(.init(position: position(row), value: value,
                                                  text: qualifier + scale.text(value, denominator: denominator, periodEnd: end), period: period))
            if !ticks.contains(where: { $0.label == period }) { ticks.append(.init(position: position(row), label: period)) }
        }
        ticks.sort { ($0.position, $0.label) < ($1.position, $1.label) }
        let series = order.map { LineChart.Series(name: $0, points: points[$0]!.sorted { $0.position < $1.position }) }
        let axis: ClosedRange<Double>? = indicator.measure == .rank ? 1...max(places, 2)
            : indicator.measure == .percent ? 0...100 : nil
        let caption = indicator.measure == .rank ? "hạng trên \(ChartNumber.text(places))"
            : indicator.measure == .percent ? "%" : (indicator.measure == .score ? "điểm" : "")
        var footnotes = trend.notes
        footnotes.append(try ChartSources.footnote(table.rows.map { table.text($0, "source") }, in: database))
        let frame = ChartFrame(title: indicator.nameVi, subtitle: trend.header, footnotes: footnotes)
        return LineChart(frame: frame, ticks: ticks, series: series,
                         lowerIsBetter: indicator.measure == .rank || !indicator.higherIsBetter,
                         axis: axis, axisCaption: caption, target: try target(indicator, areas: table, in: database))
    }

    /// The area's latest target for the indicator ("mục tiêu 2025: 80%"), when it has one.
    private func target(_ indicator: Indicator, areas table: ChartTable, in database: Database) throws -> (value: Double, label: String)? {
        let ids = Set(table.rows.compactMap { table.text($0, "area_id") })
        let targets = try database.targets.all().filter { $0.indicator == indicator.code && ids.contains($0.area) && $0.agency.isEmpty }
        guard let latest = targets.max(by: { $0.period < $1.period }) else { return nil }
        return (latest.value, "mục tiêu \(latest.period): \(ReportText.target(latest.comparator, latest.value, latest.valueHigh))")
    }
}

/// The Vietnamese name of a series kind ("month" → "theo tháng").
enum SeriesNames {
    static func vietnamese(_ kind: String) -> String {
        switch kind {
        case "month": return "theo tháng"
        case "quarter": return "theo quý"
        case "half": return "6 tháng"
        case "year": return "theo năm"
        case "year_to_date", "ytd": return "lũy kế từ đầu năm"
        case "snapshot": return "tại thời điểm"
        default: return kind
        }
    }
}
