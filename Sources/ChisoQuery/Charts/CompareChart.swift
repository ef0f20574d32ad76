import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso chart compare`: the areas `chiso compare` aligns, as a group of bars per indicator —
/// each group on that indicator's own scale (a share, a score and a rank share no axis), the
/// period in each group's heading, and an area without a figure of that period drawn as missing.
package struct CompareChart {
    package var report: CompareReport

    package init(report: CompareReport) { self.report = report }

    package func chart(_ database: Database) throws -> BarChart {
        var data = report
        data.layout = .data
        let table = ChartTable(try data.run(database))
        let names = table.result.columns.map(\.name)
        guard let first = names.firstIndex(of: "period"), let last = names.firstIndex(of: "missing"), first + 1 < last else {
            return BarChart(frame: ChartFrame(title: "So sánh"), groups: [])
        }
        let areas = Array(names[(first + 1)..<last])
        // The units compared, to find the source of each figure drawn.
        let units = try report.areas.map { try AreaChoice.resolve($0, asOf: nil, in: database) }
        var sources: [String?] = []
        var groups: [BarChart.Group] = []
        for row in table.rows {
            guard let code = table.text(row, "indicator") else { continue }
            let indicator = try IndicatorLookup.find(code, in: database)
            let values = areas.map { table.double(row, $0) }
            let scale = ChartScale(indicator: indicator, largest: values.compactMap { $0 }.max() ?? 0)
            let period = table.text(row, "period")
            let end = period.flatMap { try? Period.parse($0.components(separatedBy: ", ").last ?? $0).end.iso }
            let bars = zip(areas, values).enumerated().map { index, pair in
                BarChart.Bar(label: pair.0, extent: pair.1.map { scale.extent($0, periodEnd: end) },
                             text: pair.1.map { scale.text($0, periodEnd: end) } ?? "", series: index)
            }
            let periods = Set(period?.components(separatedBy: ", ") ?? [])
            for (unit, value) in zip(units, values) where value != nil {
                sources += try ObservationReader.rows(database, indicator: indicator.code, area: unit.id)
                    .filter { periods.contains($0.period) && $0.agency.isEmpty && $0.breakdown.isNone && $0.value == value }
                    .map(\.source)
            }
            let heading = [indicator.nameVi, period].compactMap { $0 }.joined(separator: " · ")
            groups.append(.init(label: heading, bars: bars, scaleNote: scale.note.isEmpty ? nil : scale.note))
        }
        let title = "So sánh " + areas.joined(separator: ", ")
        let frame = ChartFrame(title: title, subtitle: "Mỗi nhóm trên thang của chỉ tiêu đó; kỳ ghi sau tên chỉ tiêu",
                               footnotes: [try ChartSources.footnote(sources, in: database)])
        return BarChart(frame: frame, groups: groups, legend: areas)
    }
}
