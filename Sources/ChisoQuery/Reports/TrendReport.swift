import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso trend`: one indicator's series for one area, oldest first, with the change from
/// the previous point and a sparkline.
///
/// The sparkline is the final line in table mode only (`Trend.sparkline`); machine formats
/// leave it out, since the values it draws are all in the rows.
package struct TrendReport {
    package var indicator: String
    package var area: String
    /// A department ("Sở LĐTB&XH"); nil means the whole area's figures.
    package var agency: String?
    /// The breakdown followed: `.none` for the whole figures, never a mix.
    package var breakdown: Breakdown

    package init(indicator: String, area: String, agency: String? = nil, breakdown: Breakdown = .none) {
        self.indicator = indicator
        self.area = area
        self.agency = agency
        self.breakdown = breakdown
    }

    /// The series and its drawing.
    package struct Trend: Sendable, Equatable {
        package var result: ResultSet
        /// One block per row, in row order; empty for an empty series.
        package var sparkline: String
        /// "▁█  42.06 → 78.63 (min 42.06, max 78.63)", the line table mode prints last.
        package var footer: String?
    }

    package static let columns: [Column] = [
        Column("period"), Column("start", .date), Column("end", .date), Column("value", .real),
        Column("numerator", .real), Column("denominator", .real), Column("change", .real),
        Column("status"), Column("source"),
    ]

    package func run(_ database: Database) throws -> Trend {
        let indicator = try IndicatorLookup.find(self.indicator, in: database)
        try BreakdownChoice.check(breakdown, of: indicator, in: database)
        let unit = try AreaChoice.resolve(area, asOf: nil, indicator: indicator.code, in: database)
        let all = try ObservationReader.rows(database, indicator: indicator.code, area: unit.id)
        // The agency as written, or any spelling of the unit it names ("Sở LĐ-TB&XH" finds
        // rows stored under the canonical "Sở Lao động - Thương binh và Xã hội").
        var wanted: Set<String> = [agency.map(VietnameseText.foldForMatching) ?? ""]
        if let agency, let named = try database.units.directory().find(agency, in: unit.id) {
            wanted.insert(VietnameseText.foldForMatching(named.name))
        }
        let series = all.filter { wanted.contains(VietnameseText.foldForMatching($0.agency)) && $0.breakdown == breakdown }
        if series.isEmpty, !all.isEmpty, all.contains(where: { $0.breakdown == breakdown }) || breakdown.isNone {
            let agencies = Array(Set(all.map(\.agency))).sorted()
            let list = agencies.map { $0.isEmpty ? "the whole area (no --agency)" : "'\($0)'" }.joined(separator: ", ")
            throw QueryError("\(unit.name) has no \(indicator.code) figures for \(agency.map { "agency '\($0)'" } ?? "the whole area"); figures exist for \(list)")
        }
        var result = ResultSet(columns: Self.columns)
        var previous: ObservationRow?
        for row in series.sorted(by: ObservationRow.chronological) {
            let change = previous.map { MachineNumber.cleaned(row.value - $0.value) }
            result.rows.append([
                .text(row.period), .text(row.start), .text(row.end), .real(row.value),
                .real(row.numerator), .real(row.denominator), .real(change),
                .text(row.status), .text(row.source),
            ])
            previous = row
        }
        let values = series.sorted(by: ObservationRow.chronological).map(\.value)
        let line = Sparkline.draw(values)
        var footer: String?
        if let first = values.first, let last = values.last, let low = values.min(), let high = values.max() {
            footer = "\(line)  \(NumberText.plain(first)) → \(NumberText.plain(last)) (min \(NumberText.plain(low)), max \(NumberText.plain(high)))"
        }
        return Trend(result: result, sparkline: line, footer: footer)
    }
}
