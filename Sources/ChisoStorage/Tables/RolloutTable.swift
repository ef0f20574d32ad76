import ChisoDomain
/// Typed access to `rollouts`, written by natural key (programme, area, period, source).
package struct RolloutTable {
    let connection: Connection

    package init(_ connection: Connection) { self.connection = connection }

    static let columns = "id, programme, area, period, total, completed, in_progress, not_started, source, quote, note"
    /// The columns a row holds besides its id (the change log's list).
    static let written = ["programme", "area", "period", "total", "completed", "in_progress", "not_started", "source", "quote", "note"]

    package func all() throws(StorageError) -> [RolloutRecord] {
        let statement = try connection.prepare("SELECT \(Self.columns) FROM rollouts ORDER BY id")
        var rows: [RolloutRecord] = []
        while try statement.step() { rows.append(Self.decode(statement)) }
        return rows
    }

    package func find(_ key: NaturalKey) throws(StorageError) -> RolloutRecord? {
        let statement = try connection.prepare("""
            SELECT \(Self.columns) FROM rollouts
            WHERE programme = ? AND area = ? AND period = ? AND coalesce(source, '') = ?
            """)
        try statement.bind([key.indicator, key.area, key.period, key.source])
        return try statement.step() ? Self.decode(statement) : nil
    }

    /// Inserts, updates or leaves the row with `r`'s natural key.
    package func upsert(_ r: RolloutRecord) throws(StorageError) -> WriteOutcome {
        if let old = try find(r.key) {
            var candidate = r
            candidate.id = old.id
            if candidate == old { return .unchanged }
            try connection.execute("""
                UPDATE rollouts SET total = ?, completed = ?, in_progress = ?, not_started = ?, quote = ?, note = ? WHERE id = ?
                """, [r.total, r.completed, r.inProgress, r.notStarted, r.quote, r.note, old.id])
            return .updated
        }
        try connection.execute("""
            INSERT INTO rollouts (programme, area, period, total, completed, in_progress, not_started, source, quote, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [r.programme, r.area, r.period, r.total, r.completed, r.inProgress, r.notStarted, r.source, r.quote, r.note])
        return .inserted
    }

    static func decode(_ s: Statement) -> RolloutRecord {
        RolloutRecord(id: s.int(at: 0), programme: s.string(at: 1) ?? "", area: s.string(at: 2) ?? "",
                      period: s.string(at: 3) ?? "", total: Int(s.int(at: 4) ?? 0), completed: Int(s.int(at: 5) ?? 0),
                      inProgress: Int(s.int(at: 6) ?? 0), notStarted: Int(s.int(at: 7) ?? 0),
                      source: s.string(at: 8), quote: s.string(at: 9), note: s.string(at: 10))
    }
}
