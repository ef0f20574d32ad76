/// A bulk import's new rows, logged as one range of ids (`change_log_ranges`, Schema/015_perf.sql)
/// with a digest of the rows as inserted, instead of a JSON object per figure: a million new
/// figures cost one log row and one read of the new rows, not a million JSON objects and the
/// index entries of each.
package struct ChangeRange: Sendable, Equatable {
    package var changeID: Int64
    package var table: LoggedTable
    package var ids: ClosedRange<Int64>
    package var digest: String

    package var count: Int { Int(ids.upperBound - ids.lowerBound + 1) }

    /// The range as one row of `chiso history --id N`.
    var asRow: ChangeRow {
        ChangeRow(changeID: changeID, table: table, rowID: "\(ids.lowerBound)–\(ids.upperBound)", old: nil,
                  new: "{\"first_id\":\(ids.lowerBound),\"last_id\":\(ids.upperBound),\"rows\":\(count),\"digest\":\"\(digest)\"}",
                  count: count)
    }
}

extension ChangeLog {
    /// Logs the rows of `table` from `firstID` on as one range, when they are observations with
    /// consecutive ids (what every import appends); returns false, logging nothing, otherwise.
    func recordRange(_ table: LoggedTable, fromID firstID: Int64,
                     folded: (rows: Int64, digest: String)? = nil) throws(StorageError) -> Bool {
        guard table == .observations else { return false }
        let row = try connection.query("SELECT count(*), max(id) FROM main.observations WHERE id >= ?", [firstID]).first
        let count = row?[0].intValue ?? 0
        guard count > 0 else { return true }  // no new row: nothing to log
        guard let last = row?[1].intValue, last - firstID + 1 == count else { return false }
        // The writer's digest when it folded every row of the range; else the rows read back.
        let rowsDigest = if let folded, folded.rows == count { folded.digest } else { try digest(table, firstID...last) }
        try connection.execute("""
            INSERT INTO change_log_ranges (change_id, table_name, first_id, last_id, digest)
            VALUES ((SELECT max(id) FROM main.change_log), ?, ?, ?, ?)
            """, [table.rawValue, firstID, last, rowsDigest])
        return true
    }

    /// The digest of the rows of `table` with these ids as they are now: the id and every
    /// column the log knows (`LoggedTable.columns`), in id order.
    func digest(_ table: LoggedTable, _ ids: ClosedRange<Int64>) throws(StorageError) -> String {
        let statement = try connection.prepare("""
            SELECT id, \(table.columns.joined(separator: ", ")) FROM main.\(table.rawValue) WHERE id BETWEEN ? AND ? ORDER BY id
            """)
        try statement.bind([ids.lowerBound, ids.upperBound])
        var digest = RowDigest()
        while try statement.step() { digest.add(rowOf: statement) }
        return digest.hex
    }

    /// The ranges operation `id` inserted, in the order it logged them.
    package func ranges(of id: Int64) throws(StorageError) -> [ChangeRange] {
        try connection.query("""
            SELECT table_name, first_id, last_id, digest FROM change_log_ranges WHERE change_id = ? ORDER BY first_id
            """, [id]).compactMap { row in
            guard let table = LoggedTable(rawValue: row[0].stringValue ?? ""), let first = row[1].intValue,
                  let last = row[2].intValue, last >= first else { return nil }
            return ChangeRange(changeID: id, table: table, ids: first...last, digest: row[3].stringValue ?? "")
        }
    }

    /// The first later operation that touched a row of `target` where one side is a range: a
    /// row logged later inside one of its ranges, a later range over one of its rows or ranges.
    /// Returns the later operation's id, the table and the row.
    func laterTouchOfRanges(_ target: Int64) throws(StorageError) -> (id: Int64, table: String, row: String)? {
        let row = try connection.query("""
            SELECT change_id, table_name, row_id FROM (
                SELECT l.change_id, g.table_name, l.row_id FROM change_log_ranges g
                JOIN change_log_rows l ON l.change_id > g.change_id AND l.table_name = g.table_name
                     AND CAST(l.row_id AS INTEGER) BETWEEN g.first_id AND g.last_id
                WHERE g.change_id = ?1
                UNION ALL
                SELECT l.change_id, g.table_name, CAST(max(g.first_id, l.first_id) AS TEXT) FROM change_log_ranges g
                JOIN change_log_ranges l ON l.change_id > g.change_id AND l.table_name = g.table_name
                     AND l.first_id <= g.last_id AND l.last_id >= g.first_id
                WHERE g.change_id = ?1
                UNION ALL
                SELECT l.change_id, r.table_name, r.row_id FROM change_log_rows r
                JOIN change_log_ranges l ON l.change_id > r.change_id AND l.table_name = r.table_name
                     AND CAST(r.row_id AS INTEGER) BETWEEN l.first_id AND l.last_id
                WHERE r.change_id = ?1)
            ORDER BY change_id LIMIT 1
            """, [target]).first
        guard let row, let id = row[0].intValue else { return nil }
        return (id, row[1].stringValue ?? "", row[2].stringValue ?? "")
    }

    /// Deletes the rows of `range` after checking they are all there and as the operation
    /// inserted them (same digest); refuses, for the caller's transaction to roll back, when not.
    func reverse(_ range: ChangeRange, of target: ChangeEntry) throws {
        let present = try connection.scalar("SELECT count(*) FROM main.\(range.table.rawValue) WHERE id BETWEEN ? AND ?",
                                            [range.ids.lowerBound, range.ids.upperBound]).intValue ?? 0
        let what = "of the \(range.count) \(range.count == 1 ? range.table.noun : range.table.rawValue) it added (\(range.ids.lowerBound)–\(range.ids.upperBound))"
        if present != range.count {
            throw ChangeLogError("cannot undo operation \(target.id) (\(target.command)): \(what), \(Int64(range.count) - present) are gone (deleted by another tool?); nothing was changed")
        }
        guard try digest(range.table, range.ids) == range.digest else {
            throw ChangeLogError("cannot undo operation \(target.id) (\(target.command)): \(what), some have other values than the operation left (changed by another tool?); nothing was changed")
        }
        try connection.execute("DELETE FROM main.\(range.table.rawValue) WHERE id BETWEEN ? AND ?",
                               [range.ids.lowerBound, range.ids.upperBound])
    }
}
