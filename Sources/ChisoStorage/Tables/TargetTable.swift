import ChisoDomain

/// Typed access to `targets`, written by natural key like observations.
package struct TargetTable {
    let connection: Connection

    package init(_ connection: Connection) { self.connection = connection }

    static let columns = "id, indicator, area, agency, period, comparator, value, value_high, source, quote, note"
    /// The columns a row holds besides its id (the change log's list).
    static let written = ["indicator", "area", "agency", "period", "comparator", "value", "value_high", "source", "quote", "note"]

    package func all() throws(StorageError) -> [TargetRecord] {
        let statement = try connection.prepare("SELECT \(Self.columns) FROM targets ORDER BY id")
        var rows: [TargetRecord] = []
        while try statement.step() { rows.append(try Self.decode(statement)) }
        return rows
    }

    package func find(_ key: NaturalKey) throws(StorageError) -> TargetRecord? {
        let statement = try connection.prepare("""
            SELECT \(Self.columns) FROM targets
            WHERE indicator = ? AND area = ? AND agency = ? AND period = ? AND coalesce(source, '') = ?
            """)
        try statement.bind([key.indicator, key.area, key.agency, key.period, key.source])
        return try statement.step() ? try Self.decode(statement) : nil
    }

    /// Inserts, updates or leaves the row with `r`'s natural key.
    package func upsert(_ r: TargetRecord) throws(StorageError) -> WriteOutcome {
        if let old = try find(r.key) {
            var candidate = r
            candidate.id = old.id
            if candidate == old { return .unchanged }
            try connection.execute("UPDATE targets SET comparator = ?, value = ?, value_high = ?, quote = ?, note = ? WHERE id = ?",
                                   [r.comparator.rawValue, r.value, r.valueHigh, r.quote, r.note, old.id])
            return .updated
        }
        try connection.execute("""
            INSERT INTO targets (indicator, area, agency, period, comparator, value, value_high, source, quote, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [r.indicator, r.area, r.agency, r.period, r.comparator.rawValue, r.value, r.valueHigh, r.source, r.quote, r.note])
        return .inserted
    }

    static func decode(_ s: Statement) throws(StorageError) -> TargetRecord {
        let text = s.string(at: 5) ?? ""
        guard let comparator = Comparator(rawValue: text) else {
            throw StorageError(.mismatch, "target \(s.int(at: 0) ?? 0) has unknown comparator '\(text)'")
        }
        return TargetRecord(id: s.int(at: 0), indicator: s.string(at: 1) ?? "", area: s.string(at: 2) ?? "",
                            agency: s.string(at: 3) ?? "", period: s.string(at: 4) ?? "", comparator: comparator,
                            value: s.double(at: 6) ?? 0, valueHigh: s.double(at: 7), source: s.string(at: 8),
                            quote: s.string(at: 9), note: s.string(at: 10))
    }
}
