import ChisoStorage

/// Writes imported observations, one prepared statement per kind of write, reused for every
/// row. Two modes:
///
/// - **bulk**, when `observations` is empty at the start: the table's indexes and triggers
///   are dropped inside the import's transaction, rows are appended without lookups, and
///   the saved `CREATE` statements run again at the end. Building an index once over sorted
///   keys is several times cheaper than updating three B-trees per row in file order, and the
///   triggers' rules (percent range, rank range, numerator ≤ denominator) have already been
///   checked by the decoder. If the transaction rolls back, so do the drops.
/// - **keyed** otherwise: each row looks its natural key up first (insert, update or leave).
final class ImportWriter {
    let connection: Connection
    let bulk: Bool
    /// The id the first inserted row gets: ids run on from here, one per insert.
    let firstNewID: Int64
    private let insert: Statement
    private let keyed: ObservationTable.Writer
    private var dropped: [(type: String, name: String, sql: String)] = []

    /// A natural key written more than once by this import, with the ids of its rows.
    struct Duplicate {
        var key: NaturalKey
        var ids: [Int64]
    }

    init(_ database: Database, bulk: Bool) throws(StorageError) {
        connection = database.connection
        self.bulk = bulk
        firstNewID = (try connection.scalar("SELECT max(id) FROM observations").intValue ?? 0) + 1
        insert = try connection.prepare("""
            INSERT INTO observations (indicator, area, agency, period, value, numerator, denominator, qualifier,
                status, baseline_period, change, source, quote, note)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
            """)
        keyed = try database.observations.writer()
        if bulk {
            for row in try connection.query("""
                SELECT type, name, sql FROM sqlite_schema
                WHERE tbl_name = 'observations' AND type IN ('index', 'trigger') AND sql IS NOT NULL
                ORDER BY type, name
                """) {
                guard let type = row[0].stringValue, let name = row[1].stringValue, let sql = row[2].stringValue else { continue }
                dropped.append((type, name, sql))
                // Names come from sqlite_schema, i.e. from our own Schema/ files.
                try connection.execute("DROP \(type == "index" ? "INDEX" : "TRIGGER") \"\(name)\"")
            }
        }
    }

    /// Appends a row whose key is known (or, in bulk mode, assumed) to be new.
    func insert(_ r: ObservationRecord) throws(StorageError) {
        defer { insert.reset() }
        try insert.bind(.text(r.indicator), at: 1)
        try insert.bind(.text(r.area), at: 2)
        try insert.bind(.text(r.agency), at: 3)
        try insert.bind(.text(r.period), at: 4)
        try insert.bind(.real(r.value), at: 5)
        try insert.bind(r.numerator.map(SQLiteValue.real) ?? .null, at: 6)
        try insert.bind(r.denominator.map(SQLiteValue.real) ?? .null, at: 7)
        try insert.bind(r.qualifier.map { .text($0.rawValue) } ?? .null, at: 8)
        try insert.bind(.text(r.status.rawValue), at: 9)
        try insert.bind(r.baselinePeriod.map(SQLiteValue.text) ?? .null, at: 10)
        try insert.bind(r.change.map(SQLiteValue.real) ?? .null, at: 11)
        try insert.bind(r.source.map(SQLiteValue.text) ?? .null, at: 12)
        try insert.bind(r.quote.map(SQLiteValue.text) ?? .null, at: 13)
        try insert.bind(r.note.map(SQLiteValue.text) ?? .null, at: 14)
        try insert.step()
    }

    func existing(_ key: NaturalKey) throws(StorageError) -> ObservationRecord? {
        try keyed.existing(key)
    }

    func update(id: Int64, with r: ObservationRecord) throws(StorageError) {
        try keyed.update(id: id, with: r)
    }

    /// Rebuilds what bulk mode dropped. When the file repeated a natural key the unique index
    /// cannot be built: returns the repeated keys (at most `limit`) and their total instead,
    /// and leaves the rest undone, since the caller then rolls back.
    func finishBulk(limit: Int) throws(StorageError) -> (duplicates: [Duplicate], total: Int) {
        guard bulk else { return ([], 0) }
        for object in dropped where object.type == "index" {
            do {
                try connection.execute(object.sql)
            } catch where error.extendedCode == 2067 || error.extendedCode == 1555 {
                return try duplicates(limit: limit)
            }
        }
        for object in dropped where object.type == "trigger" {
            try connection.executeScript(object.sql)
        }
        return ([], 0)
    }

    private func duplicates(limit: Int) throws(StorageError) -> (duplicates: [Duplicate], total: Int) {
        let groups = """
            SELECT indicator, area, agency, period, coalesce(source, '') AS source, group_concat(id) AS ids, count(*) AS n
            FROM observations GROUP BY indicator, area, agency, period, coalesce(source, '') HAVING count(*) > 1
            """
        let total = Int(try connection.scalar("SELECT coalesce(sum(n - 1), 0) FROM (\(groups))").intValue ?? 0)
        let rows = try connection.query("SELECT * FROM (\(groups)) ORDER BY ids LIMIT ?", [limit])
        let found = rows.map { row in
            Duplicate(key: NaturalKey(indicator: row[0].stringValue ?? "", area: row[1].stringValue ?? "",
                                      agency: row[2].stringValue ?? "", period: row[3].stringValue ?? "",
                                      source: row[4].stringValue ?? ""),
                      ids: (row[5].stringValue ?? "").split(separator: ",").compactMap { Int64($0) }.sorted())
        }
        return (found, total)
    }
}

@available(*, unavailable, message: "a writer belongs to the import that opened it")
extension ImportWriter: Sendable {}
