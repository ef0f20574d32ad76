import ChisoStorage

/// What `chiso load` did to one table: rows new, changed and unchanged by natural key, and
/// rows the database holds that the seed file no longer lists (kept, never deleted).
public struct TableLoadCount: Sendable, Equatable {
    public var table: String
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    public var notInSeeds = 0

    public init(table: String) { self.table = table }

    mutating func count(_ outcome: WriteOutcome) {
        switch outcome {
        case .inserted: inserted += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
    }

    var seen: Int { inserted + updated + unchanged }

    /// "observations: 0 new, 1 changed, 58 unchanged", plus ", 2 not in seeds (kept)".
    public var line: String {
        var text = "\(table): \(inserted) new, \(updated) changed, \(unchanged) unchanged"
        if notInSeeds > 0 { text += ", \(notInSeeds) not in seeds (kept)" }
        return text
    }
}

/// The outcome of a whole load, one line per table in load order.
public struct LoadReport: Sendable, Equatable {
    public var tables: [TableLoadCount]

    public var lines: [String] { tables.map(\.line) }

    public subscript(table: String) -> TableLoadCount? { tables.first { $0.table == table } }
}
