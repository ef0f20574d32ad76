import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso compare`: areas side by side, one row per indicator and one column per area, each
/// cell the area's latest whole-area figure. Data formats add a period column after each
/// area's value column ("Tuyên Quang period"), since two areas' latest figures may not share
/// a period; the table leaves them out to stay readable.
package struct CompareReport {
    package var areas: [String]
    /// Indicator codes or names; nil means every indicator any of the areas has a figure for.
    package var indicators: [String]?
    package var layout: ReportLayout

    package init(areas: [String], indicators: [String]? = nil, layout: ReportLayout = .data) {
        self.areas = areas
        self.indicators = indicators
        self.layout = layout
    }

    package func run(_ database: Database) throws -> ResultSet {
        guard areas.count >= 2 else { throw QueryError("compare needs at least two areas, got \(areas.count)") }
        var units: [AreaRecord] = []
        for text in areas {
            let unit = try AreaChoice.resolve(text, asOf: nil, in: database)
            if units.contains(where: { $0.id == unit.id }) {
                throw QueryError("'\(text)' names \(unit.name) (\(unit.id)) twice in the list")
            }
            units.append(unit)
        }
        var latest: [String: [String: ObservationRow]] = [:]   // area id → indicator → row
        for unit in units {
            for row in try ObservationReader.rows(database, area: unit.id) where row.agency.isEmpty {
                if let old = latest[unit.id]?[row.indicator], !ObservationRow.isMoreRecent(row, than: old) { continue }
                latest[unit.id, default: [:]][row.indicator] = row
            }
        }
        let catalogue = try database.indicators.all()
        let chosen: [Indicator]
        if let indicators {
            chosen = try indicators.map { try IndicatorLookup.find($0, in: database) }
        } else {
            let present = Set(latest.values.flatMap(\.keys))
            chosen = catalogue.filter { present.contains($0.code) }
        }
        let names = Dictionary(grouping: units, by: \.name)
        let labels = units.map { names[$0.name, default: []].count > 1 ? "\($0.name) (\($0.id))" : $0.name }
        var columns = [Column("indicator"), Column("name_vi")]
        for label in labels {
            columns.append(Column(label, .real))
            if layout == .data { columns.append(Column("\(label) period")) }
        }
        var result = ResultSet(columns: columns)
        for indicator in chosen {
            var row: [Cell] = [.text(indicator.code), .text(indicator.nameVi)]
            for unit in units {
                let figure = latest[unit.id]?[indicator.code]
                row.append(.real(figure?.value))
                if layout == .data { row.append(.text(figure?.period)) }
            }
            result.rows.append(row)
        }
        return result
    }
}
