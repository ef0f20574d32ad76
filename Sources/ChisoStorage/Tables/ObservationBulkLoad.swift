import ChisoDomain
/// Appends many rows to an EMPTY `observations` table inside one write transaction, the way a
/// bulk load is fast in SQLite: the table's indexes and triggers are dropped at the start,
/// rows are appended with one reused statement and no lookups, and the saved `CREATE`
/// statements run again in `finish()`. Building an index once over all keys is several times
/// cheaper than updating three B-trees per row in file order (measured in docs/writes.md).
///
/// Into a table that already holds rows (`keepingIndexes`), the indexes stay (the keyed
/// writer looks every key up in them) and only the INSERT triggers go: the value rules and
/// the change log of the new rows are then one pass each in `finish()` over the ids from
/// `firstNewID`, instead of a view lookup and a JSON object per row (an import of 200,000 new
/// rows into a file of 200,000 spent more time in those two triggers than in everything else).
/// Updates (`--on-conflict replace`) keep the change log's trigger, so a replaced row is logged
/// whole as it is written, but the schema's UPDATE triggers (value rules, references) go too
/// (`willUpdate`): the updated ids are kept, and `finish()` asks the value-rule view about
/// those rows in one pass (100,000 updates spent 0.5 s of CPU in the two triggers).
///
/// The caller owns the foreign keys (`Database.withBulkSettings` turns them off for the load)
/// and checks the value rules the triggers enforce before a row gets here (chiso's decoder
/// does); `finish()` still asks the schema's `observation_value_rules` view about every new
/// row, so the bulk path refuses what the triggers refuse. If the transaction rolls back, so
/// do the drops.
package final class ObservationBulkLoad {
    /// A natural key the load wrote more than once, with the ids of its rows.
    package struct Duplicate: Sendable, Equatable {
        package var key: NaturalKey
        package var ids: [Int64]
    }

    /// The page cache while the dropped indexes are built (KiB, as `PRAGMA cache_size` takes
    /// a negative size): the sorter's memory follows it.
    static let indexBuildCacheSize = -16384

    /// The id the first appended row gets; ids run on from here, one per row.
    package let firstNewID: Int64
    private let connection: Connection
    private let insert: Statement
    private var dropped: [(type: String, name: String, sql: String)] = []
    /// True when the change log is recording: the new rows are logged in one statement at the end.
    private let logsAfter: Bool
    private let keepingIndexes: Bool
    private var suspended = false
    private var updatesSuspended = false
    /// The rows updated while the UPDATE triggers were off, for the value-rule pass in `finish()`.
    private var updatedIDs: [Int64] = []
    /// The new rows folded as they are written (ids from `firstNewID` on), so the change log's
    /// range gets its digest without reading them back (the read-back was ≈ 4% of an import into an
    /// empty file; the fold itself stays).
    private var inserted = RowDigest()
    private var insertedCount: Int64 = 0

    init(_ connection: Connection, keepingIndexes: Bool = false) throws(StorageError) {
        precondition(connection.isInTransaction, "a bulk load runs inside a write transaction, so a failure undoes the drops")
        self.connection = connection
        self.keepingIndexes = keepingIndexes
        firstNewID = (try connection.scalar("SELECT max(id) FROM observations").intValue ?? 0) + 1
        insert = try connection.prepare(ObservationColumns.insertSQL)
        logsAfter = try ChangeLog(connection).suspendInserts(.observations)
        if !keepingIndexes { try drop() }
    }

    /// Before `r` is inserted as the next new row: folds it into the digest of the new rows and,
    /// with `keepingIndexes`, turns the INSERT triggers off before the first one (it acts once).
    /// An import that inserts nothing leaves the schema untouched, so a file it only skips or
    /// updates dumps byte for byte as before.
    package func willInsert(_ r: ObservationRecord) throws(StorageError) {
        fold(r)
        guard keepingIndexes, !suspended else { return }
        suspended = true
        try drop(triggersOn: "INSERT")
    }

    /// With `keepingIndexes`: before row `id` is updated, turns the schema's UPDATE triggers
    /// off (once) and remembers the row for the value-rule pass of `finish()`.
    package func willUpdate(_ id: Int64) throws(StorageError) {
        guard keepingIndexes else { return }
        updatedIDs.append(id)
        guard !updatesSuspended else { return }
        updatesSuspended = true
        try drop(triggersOn: "UPDATE")
    }

    /// Drops the indexes and triggers of `observations` (nil), or only its triggers that fire
    /// on `event`.
    private func drop(triggersOn event: String? = nil) throws(StorageError) {
        for row in try connection.query("""
            SELECT type, name, sql FROM sqlite_schema
            WHERE tbl_name = 'observations' AND type IN ('index', 'trigger') AND sql IS NOT NULL
            ORDER BY type, name
            """) {
            guard let type = row[0].stringValue, let name = row[1].stringValue, let sql = row[2].stringValue else { continue }
            if let event, type == "index" || !Self.fires(on: event, sql) { continue }
            dropped.append((type, name, sql))
            // Names come from sqlite_schema, i.e. from our own Schema/ files.
            try connection.execute("DROP \(type == "index" ? "INDEX" : "TRIGGER") \"\(name)\"")
        }
    }

    /// True for the SQL of a trigger that fires on `event` (`AFTER INSERT ON observations`,
    /// `BEFORE UPDATE OF indicator, area ON observations`).
    private static func fires(on event: String, _ sql: String) -> Bool {
        let words = sql.uppercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        guard let on = words.firstIndex(of: "ON"), on > 0 else { return false }
        return words[..<on].last { ["INSERT", "UPDATE", "DELETE"].contains($0) } == Substring(event)
    }

    /// Appends one row. The bindings are kept between rows (see `ObservationColumns.bind`).
    package func append(_ r: ObservationRecord) throws(StorageError) {
        defer { insert.resetKeepingBindings() }
        try ObservationColumns.bind(r, to: insert)
        try insert.step()
        fold(r)
    }

    private func fold(_ r: ObservationRecord) {
        ObservationColumns.fold(r, id: firstNewID + insertedCount, into: &inserted)
        insertedCount += 1
    }

    /// Rebuilds what the load dropped. When a natural key was written twice the unique index
    /// cannot be built: returns the repeated keys (at most `limit`) and their total instead,
    /// and leaves the rest undone, since the caller then rolls back.
    package func finish(limit: Int) throws(StorageError) -> (duplicates: [Duplicate], total: Int) {
        if dropped.contains(where: { $0.type == "index" }) {
            // SQLite's sorter may hold as much as the page cache (cache_size) in memory, on top
            // of the cache itself: with the load's 32 MB cache a 4M-row build peaked at 100.4 MB.
            // The build reads the table and writes each index in order, so a smaller cache costs
            // it nothing but a few more sorted runs to merge.
            let cache = try connection.scalar("PRAGMA cache_size").intValue ?? -2000
            try connection.execute("PRAGMA cache_size = \(Self.indexBuildCacheSize)")
            defer { try? connection.execute("PRAGMA cache_size = \(cache)") }
            for object in dropped where object.type == "index" {
                do {
                    try connection.execute(object.sql)
                } catch where error.extendedCode == ResultCode.constraintUnique || error.extendedCode == ResultCode.constraintPrimaryKey {
                    return try duplicates(limit: limit)
                }
            }
        }
        for object in dropped where object.type == "trigger" {
            try connection.executeScript(object.sql)
        }
        // The triggers were off while the rows went in: ask the rules they enforce (the view
        // they read, Schema/008_value_rules.sql) about the new rows in one pass instead.
        if let row = try connection.query("""
            SELECT id, rule FROM observation_value_rules WHERE id >= ? AND rule IS NOT NULL ORDER BY id LIMIT 1
            """, [firstNewID]).first {
            throw StorageError(.constraint, "observation row \(row[0].intValue ?? 0) breaks a value rule: \(row[1].stringValue ?? "")")
        }
        if !updatedIDs.isEmpty, let row = try connection.query("""
            SELECT id, rule FROM observation_value_rules
            WHERE id IN (SELECT value FROM json_each(?)) AND rule IS NOT NULL ORDER BY id LIMIT 1
            """, ["[" + updatedIDs.map(String.init).joined(separator: ",") + "]"]).first {
            throw StorageError(.constraint, "observation row \(row[0].intValue ?? 0) breaks a value rule: \(row[1].stringValue ?? "")")
        }
        if logsAfter {
            try ChangeLog(connection).recordInserted(.observations, fromID: firstNewID, folded: (insertedCount, inserted.hex))
        }
        return ([], 0)
    }

    private func duplicates(limit: Int) throws(StorageError) -> (duplicates: [Duplicate], total: Int) {
        let groups = """
            SELECT indicator, area, agency, period, coalesce(source, '') AS source, group_concat(id) AS ids, count(*) AS n,
                   level, channel, dossier_status
            FROM observations GROUP BY indicator, area, agency, level, channel, dossier_status, period, coalesce(source, '')
            HAVING count(*) > 1
            """
        let total = Int(try connection.scalar("SELECT coalesce(sum(n - 1), 0) FROM (\(groups))").intValue ?? 0)
        let rows = try connection.query("SELECT * FROM (\(groups)) ORDER BY ids LIMIT ?", [limit])
        let found = rows.map { row in
            Duplicate(key: NaturalKey(indicator: row[0].stringValue ?? "", area: row[1].stringValue ?? "",
                                      agency: row[2].stringValue ?? "",
                                      breakdown: Breakdown(level: row[7].stringValue ?? "", channel: row[8].stringValue ?? "",
                                                           dossierStatus: row[9].stringValue ?? ""),
                                      period: row[3].stringValue ?? "",
                                      source: row[4].stringValue ?? ""),
                      ids: (row[5].stringValue ?? "").split(separator: ",").compactMap { Int64($0) }.sorted())
        }
        return (found, total)
    }
}

@available(*, unavailable, message: "a bulk load belongs to the transaction that started it")
extension ObservationBulkLoad: Sendable {}

extension ObservationTable {
    /// Starts a bulk load; call it inside a write transaction, on an empty table, or with
    /// `keepingIndexes` on any table (rows then go in through the keyed writer, by key).
    package func bulkLoad(keepingIndexes: Bool = false) throws(StorageError) -> ObservationBulkLoad {
        try ObservationBulkLoad(connection, keepingIndexes: keepingIndexes)
    }

    /// The highest row id, 0 for an empty table: rows inserted next get the ids after it.
    package func maxID() throws(StorageError) -> Int64 {
        try connection.scalar("SELECT max(id) FROM observations").intValue ?? 0
    }
}
