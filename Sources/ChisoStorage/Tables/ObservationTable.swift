import ChisoDomain

/// Typed access to `observations`. Prepare a `Writer` once for bulk work: its statements are
/// reused for every row.
package struct ObservationTable {
    let connection: Connection

    package init(_ connection: Connection) { self.connection = connection }

    static let columns = "id, indicator, area, agency, period, value, numerator, denominator, qualifier, status, baseline_period, change, source, quote, note, level, channel, dossier_status"

    /// The WHERE of a lookup by natural key, bound by `keyValues`.
    static let keyWhere = "indicator = ? AND area = ? AND agency = ? AND level = ? AND channel = ? AND dossier_status = ? AND period = ? AND coalesce(source, '') = ?"

    static func keyValues(_ key: NaturalKey) -> [String] {
        [key.indicator, key.area, key.agency, key.breakdown.level, key.breakdown.channel, key.breakdown.dossierStatus,
         key.period, key.source]
    }

    package func count() throws(StorageError) -> Int {
        Int(try connection.scalar("SELECT count(*) FROM observations").intValue ?? 0)
    }

    /// The row with this natural key, if any.
    package func find(_ key: NaturalKey) throws(StorageError) -> ObservationRecord? {
        let statement = try connection.prepare("""
            SELECT \(Self.columns) FROM observations
            WHERE \(Self.keyWhere)
            """)
        try statement.bind(Self.keyValues(key))
        return try statement.step() ? try Self.decode(statement) : nil
    }

    /// The row with this id, if any.
    package func find(id: Int64) throws(StorageError) -> ObservationRecord? {
        let statement = try connection.prepare("SELECT \(Self.columns) FROM observations WHERE id = ?")
        try statement.bind([id])
        return try statement.step() ? try Self.decode(statement) : nil
    }

    /// The rows with these ids, in id order (ids without a row are left out).
    package func find(ids: [Int64]) throws(StorageError) -> [ObservationRecord] {
        let statement = try connection.prepare("""
            SELECT \(Self.columns) FROM observations WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id
            """)
        try statement.bind(["[" + ids.map(String.init).joined(separator: ",") + "]"])
        var rows: [ObservationRecord] = []
        while try statement.step() { rows.append(try Self.decode(statement)) }
        return rows
    }

    /// The ids of the rows that cite `source`.
    package func ids(citing source: String) throws(StorageError) -> [Int64] {
        try connection.query("SELECT id FROM observations WHERE source = ? ORDER BY id", [source]).compactMap { $0[0].intValue }
    }

    /// Every row, in id order (for export and checks).
    package func all() throws(StorageError) -> [ObservationRecord] {
        let statement = try connection.prepare("SELECT \(Self.columns) FROM observations ORDER BY id")
        var rows: [ObservationRecord] = []
        while try statement.step() { rows.append(try Self.decode(statement)) }
        return rows
    }

    /// The rows a SELECT of observation ids and areas names (`rows`, bound by `values`; a row
    /// may come more than once), each with its area code (`08`: p63-08, p34-08 and whatever
    /// else carried the code; a row whose area is not in `areas` goes by its area id), in no
    /// particular order. `check` sorts these pairs itself and reads its parts by id (`Fetcher`),
    /// so no statement has to hold every candidate row in SQLite's sorter before the first part.
    package func areaCodes(of rows: String, _ values: [any SQLiteBindable] = []) throws(StorageError) -> [(code: String, id: Int64)] {
        let statement = try connection.prepare("""
            SELECT c.id, coalesce(a.code, c.area) FROM (\(rows)) c LEFT JOIN areas a ON a.id = c.area
            """)
        try statement.bind(values)
        var found: [(code: String, id: Int64)] = []
        while try statement.step() { found.append((statement.string(at: 1) ?? "", statement.int(at: 0) ?? 0)) }
        return found
    }

    /// A reader of rows by id, with `tests` (SQL over the row `o`) asked of each row read.
    package func fetcher(asking tests: [String] = []) throws(StorageError) -> Fetcher {
        try Fetcher(connection, tests: tests)
    }

    /// Reads rows by id through one prepared statement (a rowid seek each), and remembers which
    /// rows its tests held for.
    package final class Fetcher {
        private let statement: Statement
        private let tests: Int
        /// (row id, the test's position) for every test that held, in the order rows were read.
        package private(set) var flagged: [(rowID: Int64, test: Int)] = []

        init(_ connection: Connection, tests: [String]) throws(StorageError) {
            let asked = tests.map { ", (\($0))" }.joined()
            statement = try connection.prepare("SELECT \(ObservationTable.columns)\(asked) FROM observations o WHERE o.id = ?")
            self.tests = tests.count
        }

        /// The rows with these ids, in the order given (ids without a row are left out).
        package func rows(_ ids: [Int64]) throws(StorageError) -> [ObservationRecord] {
            let first = ObservationTable.columns.split(separator: ", ").count
            var rows: [ObservationRecord] = []
            rows.reserveCapacity(ids.count)
            for id in ids {
                try statement.bind(.integer(id), at: 1)
                defer { statement.resetKeepingBindings() }
                guard try statement.step() else { continue }
                let row = try ObservationTable.decode(statement)
                for test in 0..<tests where statement.int(at: first + test) == 1 { flagged.append((id, test)) }
                rows.append(row)
            }
            return rows
        }
    }

    package func writer() throws(StorageError) -> Writer { try Writer(connection) }

    /// Prepared statements for finding, inserting and updating by natural key.
    package final class Writer {
        private let find: Statement
        private let insert: Statement
        /// `insert` that leaves a row whose natural key is taken (`ON CONFLICT DO NOTHING`).
        private let insertIfNew: Statement
        private let update: Statement
        private let connection: Connection
        /// Runs before every insert with the row (the import turns the INSERT triggers off before
        /// its first new row and folds each new row into the digest of its change log range).
        package var beforeInsert: ((ObservationRecord) throws(StorageError) -> Void)?
        /// Runs before every `update(id:with:)` with the row's id (the import turns the schema's
        /// UPDATE triggers off and checks the rows it updated in one pass at the end).
        package var beforeUpdate: ((Int64) throws(StorageError) -> Void)?
        /// After a row `upsert` inserted, the next row is first offered to an `INSERT … ON
        /// CONFLICT DO NOTHING` and looked up only when that inserted nothing: a new row then
        /// pays one descent of the natural-key index instead of two (the lookup's and the
        /// INSERT's own uniqueness check). A taken key falls back to the lookup, so every
        /// outcome is the same. On that path `beforeInsert` runs right after the row went in
        /// (it has run for an earlier row, so whatever it does once is done). Off by default.
        package var insertsFirst = false
        private var lastInserted = false

        init(_ connection: Connection) throws(StorageError) {
            self.connection = connection
            find = try connection.prepare("""
                SELECT \(ObservationTable.columns) FROM observations
                WHERE \(ObservationTable.keyWhere)
                """)
            insert = try connection.prepare(ObservationColumns.insertSQL)
            insertIfNew = try connection.prepare(ObservationColumns.insertSQL + " ON CONFLICT DO NOTHING")
            update = try connection.prepare("""
                UPDATE observations SET value = ?, numerator = ?, denominator = ?, qualifier = ?, status = ?,
                    baseline_period = ?, change = ?, quote = ?, note = ?
                WHERE id = ?
                """)
        }

        package func existing(_ key: NaturalKey) throws(StorageError) -> ObservationRecord? {
            try find.bind(ObservationTable.keyValues(key))
            defer { find.reset() }
            return try find.step() ? try ObservationTable.decode(find) : nil
        }

        /// Inserts a row whose key is known to be new; returns its id.
        @discardableResult
        package func insert(_ r: ObservationRecord) throws(StorageError) -> Int64 {
            try beforeInsert?(r)
            defer { insert.resetKeepingBindings() }
            try ObservationColumns.bind(r, to: insert)
            try insert.step()
            return connection.lastInsertRowID
        }

        /// Inserts `r` unless its natural key is taken; returns its id, or nil when nothing was written.
        private func insertIfKeyIsNew(_ r: ObservationRecord) throws(StorageError) -> Int64? {
            defer { insertIfNew.resetKeepingBindings() }
            try ObservationColumns.bind(r, to: insertIfNew)
            try insertIfNew.step()
            guard connection.changes > 0 else { return nil }
            try beforeInsert?(r)
            return connection.lastInsertRowID
        }

        /// Overwrites the content of row `id` (its key stays).
        package func update(id: Int64, with r: ObservationRecord) throws(StorageError) {
            try beforeUpdate?(id)
            try update.run([r.value, r.numerator, r.denominator, r.qualifier?.rawValue, r.status.rawValue,
                            r.baselinePeriod, r.change, r.quote, r.note, id])
        }

        /// Rewrites every column of row `id`, its key included (`chiso correct`). The caller
        /// has validated `r` like any figure and checked that no other row holds its key.
        package func rewrite(id: Int64, with r: ObservationRecord) throws(StorageError) {
            let statement = try connection.prepare(ObservationColumns.updateSQL)
            try ObservationColumns.bind(r, to: statement)
            try statement.bind(.integer(id), at: Int32(ObservationColumns.written.count + 1))
            _ = try statement.step()
        }

        /// Deletes row `id` (`chiso delete`); returns false when there was none.
        package func delete(id: Int64) throws(StorageError) -> Bool {
            try connection.execute("DELETE FROM observations WHERE id = ?", [id])
            return connection.changes > 0
        }

        /// The one way a figure is written by its natural key (load, import, add, check
        /// --derive): a new key is inserted; an existing row with the same content is left;
        /// one with other content is handled by `policy`. `admit` sees the existing row's id
        /// before anything is written and may refuse it (an import refuses a key its own file
        /// repeats); nothing is written then.
        package func upsert(_ r: ObservationRecord, onConflict policy: ConflictPolicy,
                            admit: (_ existingID: Int64) -> Bool = { _ in true }) throws(StorageError) -> UpsertOutcome {
            if insertsFirst, lastInserted, let id = try insertIfKeyIsNew(r) { return .inserted(id: id) }
            guard let old = try existing(r.key), let id = old.id else {
                lastInserted = true
                return .inserted(id: try insert(r))
            }
            lastInserted = false
            guard admit(id) else { return .refused(id: id) }
            if old.sameContent(as: { var c = r; c.id = id; return c }()) { return .unchanged(id: id) }
            switch policy {
            case .skip:
                return .skipped(id: id)
            case .replace:
                try update(id: id, with: r)
                return .updated(id: id)
            case .fail:
                return .conflict(existing: old)
            }
        }

        /// `upsert` with the content of the record winning: what `load` and `check --derive` do.
        package func upsert(_ r: ObservationRecord) throws(StorageError) -> WriteOutcome {
            switch try upsert(r, onConflict: .replace) {
            case .inserted: .inserted
            case .updated: .updated
            case .unchanged, .skipped, .refused, .conflict: .unchanged
            }
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
            breakdown: Breakdown(level: s.string(at: 15) ?? "", channel: s.string(at: 16) ?? "", dossierStatus: s.string(at: 17) ?? ""),
            period: s.string(at: 4) ?? "", value: s.double(at: 5) ?? 0, numerator: s.double(at: 6), denominator: s.double(at: 7),
            qualifier: qualifierText.flatMap(Qualifier.init(rawValue:)), status: status,
            baselinePeriod: s.string(at: 10), change: s.double(at: 11), source: s.string(at: 12),
            quote: s.string(at: 13), note: s.string(at: 14))
    }
}
