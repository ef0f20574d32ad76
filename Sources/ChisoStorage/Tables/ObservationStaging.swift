import ChisoDomain

/// Set-wise writing by natural key, for an import into a table that already holds rows: the
/// rows are first staged in a TEMP table (an append, no lookups), then classified against
/// `observations` in ONE query that walks the staged keys in natural-key order, so its probes
/// into the natural-key index follow each other instead of jumping across a 1M-key B-tree; the
/// new rows are then inserted, and the changed rows updated, in that order too (new rows by key,
/// so the index inserts are local; updates by row id, so the table pages are read once).
///
/// It writes only through its `ObservationTable.Writer` (the one write path): the writer's
/// `beforeInsert` and `beforeUpdate` run before every row as for `upsert`. What a row's outcome
/// is (new, unchanged, changed, a key the file repeats) is decided by the caller from
/// `classify()`, in file order, exactly as `upsert` would have decided it one row at a time.
package final class ObservationStaging {
    /// What the staged row `seq` met: the existing row with its key (0 when none), whether that
    /// row has the same content, and the first staged row with the same key (itself when none
    /// came before it).
    package struct Match: Sendable, Equatable {
        package var existingID: Int64
        package var same: Bool
        package var first: Int
    }

    private let writer: ObservationTable.Writer
    private let connection: Connection
    private let append: Statement
    private var staged = 0
    private let keepsFields: Bool

    /// The staged columns: the written ones, then the fields as read (only with `keepingFields`).
    private static let table = "temp.chiso_import_staging"

    init(_ writer: ObservationTable.Writer, connection: Connection, keepingFields: Bool) throws(StorageError) {
        self.writer = writer
        self.connection = connection
        keepsFields = keepingFields
        // REAL and TEXT affinities as in `observations`, so values compare as stored there.
        let columns = ObservationColumns.written.map { name in
            ["value", "numerator", "denominator", "change"].contains(name) ? "\(name) REAL" : "\(name) TEXT"
        }
        try connection.execute("DROP TABLE IF EXISTS \(Self.table)")
        try connection.execute("CREATE TABLE \(Self.table) (seq INTEGER PRIMARY KEY, \(columns.joined(separator: ", ")), fields TEXT)")
        append = try connection.prepare("INSERT INTO \(Self.table) (seq, \(ObservationColumns.written.joined(separator: ", ")), fields) VALUES (?\(ObservationColumns.written.count + 1), "
            + ObservationColumns.written.indices.map { "?\($0 + 1)" }.joined(separator: ", ") + ", ?\(ObservationColumns.written.count + 2))")
    }

    deinit {
        // The TEMP table lives as long as the connection; a later import makes a new one.
        try? connection.execute("DROP TABLE IF EXISTS \(Self.table)")
    }

    /// Rows staged so far; the next row's `seq`.
    package var count: Int { staged }

    /// Stages one row (its `seq` is `count` before the call); `fields` as read are kept only
    /// when the staging was made `keepingFields` (for a rejects file).
    package func stage(_ r: ObservationRecord, fields: [String]) throws(StorageError) {
        defer { append.resetKeepingBindings() }
        try ObservationColumns.bind(r, to: append)
        try append.bind(.integer(Int64(staged)), at: Int32(ObservationColumns.written.count + 1))
        try append.bind(keepsFields ? .text(Self.encode(fields)) : .null, at: Int32(ObservationColumns.written.count + 2))
        _ = try append.step()
        staged += 1
    }

    /// One pass over the staged rows in natural-key order: for every `seq`, its `Match`; and
    /// the staged rows in that key order (for `insert`).
    package func classify() throws(StorageError) -> (matches: [Match], keyOrder: [Int32]) {
        var matches = [Match](repeating: Match(existingID: 0, same: false, first: 0), count: staged)
        var order: [Int32] = []
        order.reserveCapacity(staged)
        let key = "indicator, area, agency, level, channel, dossier_status, period, coalesce(source, '')"
        let same = ["value", "numerator", "denominator", "qualifier", "status", "baseline_period", "change", "source", "quote", "note"]
            .map { "o.\($0) IS s.\($0)" }.joined(separator: " AND ")
        // The window sorts the staged rows by key (SQLite's sorter, which spills to temporary
        // files past its cache); the outer loop then probes the natural-key index in that order.
        let statement = try connection.prepare("""
            SELECT s.seq, s.first, o.id, \(same)
            FROM (SELECT *, min(seq) OVER (PARTITION BY \(key)) AS first FROM \(Self.table)) AS s
            LEFT JOIN observations AS o
              ON o.indicator = s.indicator AND o.area = s.area AND o.agency = s.agency AND o.level = s.level
             AND o.channel = s.channel AND o.dossier_status = s.dossier_status AND o.period = s.period
             AND coalesce(o.source, '') = coalesce(s.source, '')
            """)
        while try statement.step() {
            let seq = Int(statement.int(at: 0) ?? 0)
            precondition(seq >= 0 && seq < staged, "a staged row's seq is in 0..<count")
            matches[seq] = Match(existingID: statement.int(at: 2) ?? 0, same: statement.int(at: 3) == 1,
                                 first: Int(statement.int(at: 1) ?? Int64(seq)))
            order.append(Int32(seq))
        }
        return (matches, order)
    }

    /// The fields of staged row `seq` as read (empty unless `keepingFields`).
    package func fields(of seq: Int) throws(StorageError) -> [String] {
        guard keepsFields else { return [] }
        let text = try connection.scalar("SELECT fields FROM \(Self.table) WHERE seq = ?", [Int64(seq)]).stringValue ?? ""
        return Self.decode(text)
    }

    /// Staged row `seq` as a record (no id), for the messages about it.
    package func record(of seq: Int) throws(StorageError) -> ObservationRecord {
        precondition(ObservationTable.columns.hasPrefix("id, "), "decode reads the id first")
        let columns = "seq" + ObservationTable.columns.dropFirst("id".count)
        let statement = try connection.prepare("SELECT \(columns) FROM \(Self.table) WHERE seq = ?")
        try statement.bind([Int64(seq)])
        guard try statement.step() else { preconditionFailure("staged row \(seq) is there") }
        var record = try ObservationTable.decode(statement)
        record.id = nil
        return record
    }

    /// The existing row `id` (a conflict's message names its content).
    package func existing(id: Int64) throws(StorageError) -> ObservationRecord {
        guard let record = try ObservationTable(connection).find(id: id) else { preconditionFailure("row \(id) matched a staged key") }
        return record
    }

    /// Inserts staged rows with the ids given, in the order given (the caller passes them in
    /// key order), through the writer's `beforeInsert`.
    package func insert(_ rows: [(seq: Int, id: Int64)]) throws(StorageError) {
        guard !rows.isEmpty else { return }
        let columns = ObservationColumns.written.joined(separator: ", ")
        let statement = try connection.prepare("""
            INSERT INTO observations (id, \(columns)) SELECT ?2, \(columns) FROM \(Self.table) WHERE seq = ?1
            """)
        for row in rows {
            try writer.beforeInsert?()
            try statement.bind(.integer(Int64(row.seq)), at: 1)
            try statement.bind(.integer(row.id), at: 2)
            _ = try statement.step()
            statement.reset()
            precondition(connection.changes == 1, "a staged row is there to insert")
        }
    }

    /// Overwrites the content of existing rows with their staged rows' (the key stays), through
    /// the writer's `beforeUpdate`; the rows are taken in id order, so the table is read once.
    package func update(_ rows: [(seq: Int, id: Int64)]) throws(StorageError) {
        guard !rows.isEmpty else { return }
        let content = ["value", "numerator", "denominator", "qualifier", "status", "baseline_period", "change", "quote", "note"]
        let statement = try connection.prepare("""
            UPDATE observations SET (\(content.joined(separator: ", "))) =
                (SELECT \(content.joined(separator: ", ")) FROM \(Self.table) WHERE seq = ?1)
            WHERE id = ?2
            """)
        for row in rows.sorted(by: { $0.id < $1.id }) {
            try writer.beforeUpdate?(row.id)
            try statement.bind(.integer(Int64(row.seq)), at: 1)
            try statement.bind(.integer(row.id), at: 2)
            _ = try statement.step()
            statement.reset()
        }
    }

    /// Fields as one text: each as its UTF-8 length, `:`, and its bytes (any byte may be inside).
    static func encode(_ fields: [String]) -> String {
        var text = ""
        for field in fields { text += "\(field.utf8.count):\(field)" }
        return text
    }

    static func decode(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var fields: [String] = []
        var i = 0
        while i < bytes.count {
            var length = 0
            while i < bytes.count, bytes[i] != UInt8(ascii: ":") {
                length = length * 10 + Int(bytes[i] - UInt8(ascii: "0"))
                i += 1
            }
            i += 1
            let end = min(i + length, bytes.count)
            fields.append(String(decoding: bytes[i..<end], as: UTF8.self))
            i = end
        }
        return fields
    }
}

@available(*, unavailable, message: "a staging belongs to the transaction of its import")
extension ObservationStaging: Sendable {}

extension ObservationTable.Writer {
    /// Starts a set-wise write (see `ObservationStaging`); call it inside a write transaction.
    package func staging(keepingFields: Bool) throws(StorageError) -> ObservationStaging {
        try ObservationStaging(self, connection: connection, keepingFields: keepingFields)
    }
}
