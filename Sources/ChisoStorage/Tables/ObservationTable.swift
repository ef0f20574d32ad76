import ChisoDomain

/// Typed access to `observations`. Prepare a `Writer` once for bulk work: its statements are
/// reused for every row.
package struct ObservationTable {
    let connection: Connection

    package init(_ connection: Connection) { self.connection = connection }

    static let columns = "id, indicator, area, agency, period, value, numerator, denominator, qualifier, status, baseline_period, change, source, quote, note"

    package func count() throws(StorageError) -> Int {
        Int(try connection.scalar("SELECT count(*) FROM observations").intValue ?? 0)
    }

    /// The row with this natural key, if any.
    package func find(_ key: NaturalKey) throws(StorageError) -> ObservationRecord? {
        let statement = try connection.prepare("""
            SELECT \(Self.columns) FROM observations
            WHERE indicator = ? AND area = ? AND agency = ? AND period = ? AND coalesce(source, '') = ?
            """)
        try statement.bind([key.indicator, key.area, key.agency, key.period, key.source])
        return try statement.step() ? try Self.decode(statement) : nil
    }

    /// Every row, in id order (for export and checks).
    package func all() throws(StorageError) -> [ObservationRecord] {
        let statement = try connection.prepare("SELECT \(Self.columns) FROM observations ORDER BY id")
        var rows: [ObservationRecord] = []
        while try statement.step() { rows.append(try Self.decode(statement)) }
        return rows
    }

    package func writer() throws(StorageError) -> Writer { try Writer(connection) }

    /// Prepared statements for finding, inserting and updating by natural key.
    package final class Writer {
        private let find: Statement
        private let insert: Statement
        private let update: Statement
        private let connection: Connection

        init(_ connection: Connection) throws(StorageError) {
            self.connection = connection
            find = try connection.prepare("""
                SELECT \(ObservationTable.columns) FROM observations
                WHERE indicator = ? AND area = ? AND agency = ? AND period = ? AND coalesce(source, '') = ?
                """)
            insert = try connection.prepare("""
                INSERT INTO observations (indicator, area, agency, period, value, numerator, denominator, qualifier,
                    status, baseline_period, change, source, quote, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            update = try connection.prepare("""
                UPDATE observations SET value = ?, numerator = ?, denominator = ?, qualifier = ?, status = ?,
                    baseline_period = ?, change = ?, quote = ?, note = ?
                WHERE id = ?
                """)
        }

        package func existing(_ key: NaturalKey) throws(StorageError) -> ObservationRecord? {
            try find.bind([key.indicator, key.area, key.agency, key.period, key.source])
            defer { find.reset() }
            return try find.step() ? try ObservationTable.decode(find) : nil
        }

        /// Inserts a row whose key is known to be new; returns its id.
        @discardableResult
        package func insert(_ r: ObservationRecord) throws(StorageError) -> Int64 {
            try insert.run([r.indicator, r.area, r.agency, r.period, r.value, r.numerator, r.denominator,
                            r.qualifier?.rawValue, r.status.rawValue, r.baselinePeriod, r.change, r.source, r.quote, r.note])
            return connection.lastInsertRowID
        }

        /// Overwrites the content of row `id` (its key stays).
        package func update(id: Int64, with r: ObservationRecord) throws(StorageError) {
            try update.run([r.value, r.numerator, r.denominator, r.qualifier?.rawValue, r.status.rawValue,
                            r.baselinePeriod, r.change, r.quote, r.note, id])
        }

        /// Inserts, updates or leaves the row with `r`'s natural key.
        package func upsert(_ r: ObservationRecord) throws(StorageError) -> WriteOutcome {
            guard let old = try existing(r.key) else {
                try insert(r)
                return .inserted
            }
            if old.sameContent(as: { var c = r; c.id = old.id; return c }()) { return .unchanged }
            try update(id: old.id ?? 0, with: r)
            return .updated
        }
    }

    static func decode(_ s: Statement) throws(StorageError) -> ObservationRecord {
        let qualifierText = s.string(at: 8)
        let statusText = s.string(at: 9) ?? "reported"
        guard let status = ObservationStatus(rawValue: statusText) else {
            throw StorageError(.mismatch, "observation \(s.int(at: 0) ?? 0) has unknown status '\(statusText)'")
        }
        return ObservationRecord(
            id: s.int(at: 0), indicator: s.string(at: 1) ?? "", area: s.string(at: 2) ?? "", agency: s.string(at: 3) ?? "",
            period: s.string(at: 4) ?? "", value: s.double(at: 5) ?? 0, numerator: s.double(at: 6), denominator: s.double(at: 7),
            qualifier: qualifierText.flatMap(Qualifier.init(rawValue:)), status: status,
            baselinePeriod: s.string(at: 10), change: s.double(at: 11), source: s.string(at: 12),
            quote: s.string(at: 13), note: s.string(at: 14))
    }
}
