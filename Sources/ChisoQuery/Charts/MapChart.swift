import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso chart map`: the league table of `chiso rank` on a tile map — the 63 provinces for a
/// period before 2025-07-01, the 34 units from then on — coloured by the figure, with the
/// provinces lacking a figure of that period drawn as missing.
package struct MapChart {
    package var report: RankReport

    package init(report: RankReport) { self.report = report }

    package func chart(_ database: Database) throws -> TileMap {
        var report = self.report
        report.words = ReportWords(vietnamese: true)
        let league = try report.league(database)
        let indicator = try IndicatorLookup.find(report.indicator, in: database)
        let table = ChartTable(league.table)
        let ends = table.rows.compactMap { table.text($0, "period").flatMap { try? Period.parse($0).end.iso } }
        let era: TileLayout.Era = (ends.max() ?? league.period.flatMap { try? Period.parse($0).end.iso } ?? "") >= "2025-07-01"
            ? .provinces34 : .provinces63
        let prefix = era == .provinces34 ? "p34-" : "p63-"
        var names: [String: String] = [:]
        for area in try database.areas.all() where area.id.hasPrefix(prefix) { names[area.code] = area.name }
        let scale = ChartScale(indicator: indicator, largest: table.rows.compactMap { table.double($0, "value") }.max() ?? 0)
        var tiles: [TileMap.Tile] = []
        var sources: [String?] = []
        for row in table.rows {
            guard let value = table.double(row, "value"), let code = table.text(row, "area") else { continue }
            let end = table.text(row, "period").flatMap { try? Period.parse($0).end.iso }
            tiles.append(.init(code: code, name: table.text(row, "area_name") ?? names[code] ?? code, value: value,
                               text: scale.text(value, denominator: table.double(row, "denominator"), periodEnd: end)))
            sources.append(table.text(row, "source"))
        }
        let shown = Set(tiles.map(\.name))
        let found = try ObservationReader.rows(database, indicator: indicator.code)
            .filter { shown.contains($0.areaName) && (league.period == nil || $0.period == league.period) && $0.agency.isEmpty }
            .map(\.source)
        var footnotes = [try ChartSources.footnote(sources + found, in: database)]
        if let warning = league.warning { footnotes.insert(warning, at: 0) }
        // A map has no axis to draw a goal on: the goal of the period is said under it.
        switch try ChartTarget.choose(indicator: indicator.code, names: shown, period: league.period, in: database) {
        case .line(_, let label): footnotes.insert(label.prefix(1).uppercased() + label.dropFirst(), at: 0)
        case .differing(let goals): footnotes.insert("Mục tiêu riêng của từng địa phương: " + goals.joined(separator: "; "), at: 0)
        case .none: break
        }
        let frame = ChartFrame(title: indicator.nameVi, subtitle: league.caption, footnotes: footnotes)
        return TileMap(frame: frame, era: era, tiles: tiles, names: names,
                       lowerIsBetter: indicator.measure == .rank || !indicator.higherIsBetter,
                       format: { ChartNumber.text($0) })
    }
}
