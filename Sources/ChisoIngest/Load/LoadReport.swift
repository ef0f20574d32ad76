import ChisoDomain
import ChisoStorage

/// What `chiso load` did to one table: rows new, changed and unchanged by natural key, and
/// rows the database holds that the seed file no longer lists (kept, never deleted).
package struct TableLoadCount: Sendable, Equatable {
    package var table: String
    package var inserted = 0
    package var updated = 0
    package var unchanged = 0
    package var notInSeeds = 0

    package init(table: String) { self.table = table }

    mutating func count(_ outcome: WriteOutcome) {
        switch outcome {
        case .inserted: inserted += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
    }

    var seen: Int { inserted + updated + unchanged }

    /// "observations: 0 new, 1 changed, 58 unchanged", plus ", 2 not in seeds (kept)".
    package var line: String {
        var text = "\(table): \(inserted) new, \(updated) changed, \(unchanged) unchanged"
        if notInSeeds > 0 { text += ", \(notInSeeds) not in seeds (kept)" }
        return text
    }
}

/// The outcome of a whole load, one line per table in load order.
package struct LoadReport: Sendable, Equatable {
    package var tables: [TableLoadCount]
    /// Units the seeds named that were not known before, created on first use.
    package var newUnits: [UnitRecord] = []

    package var lines: [String] { tables.map(\.line) }

    package subscript(table: String) -> TableLoadCount? { tables.first { $0.table == table } }
}
