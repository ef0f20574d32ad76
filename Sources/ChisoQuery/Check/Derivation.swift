import ChisoDomain
import ChisoStorage

/// What `chiso check --derive` wrote.
package struct DerivationSummary: Sendable, Equatable {
    package var inserted = 0
    package var updated = 0
    package var unchanged = 0
    /// Changes written as "tăng 18,2%" on a percent: points or relative, the text does not say.
    package var ambiguous = 0

    package init(inserted: Int = 0, updated: Int = 0, unchanged: Int = 0, ambiguous: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
        self.ambiguous = ambiguous
    }

    /// "derived 3 new, 0 unchanged".
    package var description: String {
        var text = "derived \(inserted) new, \(unchanged) unchanged"
        if updated > 0 { text += ", \(updated) updated" }
        if ambiguous > 0 { text += "; \(ambiguous) change\(ambiguous == 1 ? "" : "s") left underived (percentage points or relative?)" }
        return text
    }
}

/// `chiso check --derive`: stores the values changes imply ("tăng 3 bậc so với 6 tháng đầu
/// năm 2023" → rank 59 in 2023-H1) as observations with status `derived`.
///
/// Never touches a reported figure: when any non-derived row exists for the figure (from any
/// source), the `implied` rule compares against it instead. Idempotent: a second run finds
/// its own rows unchanged. One write transaction, so a failure stores nothing.
package enum Derivation {
    package static func run(_ database: Database, area: AreaFilter? = nil) throws -> DerivationSummary {
        try database.connection.write {
            let data = try CheckData.load(from: database)
            let figures = data.byFigure()
            let writer = try database.observations.writer()
            var summary = DerivationSummary()
            var written: Set<NaturalKey> = []
            for r in data.observations where r.status != .derived {
                guard let measure = data.measure(of: r.indicator), let implied = ImpliedValue(r, measure: measure) else { continue }
                if let area, !area.matches(area: r.area, period: implied.baselinePeriod) { continue }
                guard let record = implied.derivedRecord() else {
                    if case .ambiguous = implied.reading { summary.ambiguous += 1 }
                    continue
                }
                let existing = figures[FigureKey(record)] ?? []
                // A reported figure wins; the implied rule reports any disagreement.
                if existing.contains(where: { $0.status != .derived }) { continue }
                // Two changes of one report against one baseline: the first stored decides.
                guard written.insert(record.key).inserted else { continue }
                switch try writer.upsert(record) {
                case .inserted: summary.inserted += 1
                case .updated: summary.updated += 1
                case .unchanged: summary.unchanged += 1
                }
            }
            return summary
        }
    }
}
