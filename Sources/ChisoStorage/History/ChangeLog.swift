import Foundation

/// The change log (`change_log`, `change_log_rows`, Schema/009_history.sql): every write
/// operation and the old and new values of every row it touched, written in the same
/// transaction as the data.
///
/// While a logged write transaction is open the connection carries TEMP triggers on the
/// logged tables, built here from each table's one column list (`LoggedTable.columns`), that
/// append a row to `change_log_rows` for the operation just begun. TEMP triggers live in the
/// connection, not the file: another tool's writes are not logged, and a rollback takes them
/// away with the rest. The bulk import drops the insert trigger of `observations` for its
/// length and logs its new rows at the end as one range of ids with a digest
/// (`recordInserted`, `ChangeLog+Ranges.swift`).
package struct ChangeLog {
    let connection: Connection

    package init(_ connection: Connection) { self.connection = connection }

    // MARK: - Recording

    /// Starts operation `operation` inside the open write transaction: its `change_log` row
    /// and the triggers that log each row change against it.
    func begin(_ operation: ChangeOperation) throws(StorageError) {
        try connection.execute("""
            INSERT INTO change_log (at, command, arguments, undoes)
            VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?)
            """, [operation.command, operation.argumentsJSON, operation.undoes])
        for table in LoggedTable.allCases {
            for event in ["insert", "update", "delete"] {
                try connection.execute(Self.trigger(table, event))
            }
        }
    }

    /// Ends the operation begun last: writes its summary, or removes it when it changed no
    /// row (a load of what is already there is not an operation to undo). Drops the triggers,
    /// so a write outside a logged transaction is never charged to this operation.
    func finish() throws(StorageError) {
        for table in LoggedTable.allCases {
            for event in ["insert", "update", "delete"] {
                try connection.execute("DROP TRIGGER IF EXISTS temp.\(Self.triggerName(table, event))")
            }
        }
        guard let id = try connection.scalar("SELECT max(id) FROM change_log").intValue else { return }
        let summary = try summary(of: id)
        if summary.isEmpty {
            try connection.execute("DELETE FROM change_log WHERE id = ?", [id])
        } else {
            try connection.execute("UPDATE change_log SET summary = ? WHERE id = ?", [summary, id])
        }
    }

    /// "2 observations added, 1 changed; 1 source removed".
    func summary(of id: Int64) throws(StorageError) -> String {
        // A range of inserted ids (change_log_ranges) counts as its rows, added.
        let rows = try connection.query("""
            SELECT table_name, sum(added), sum(changed), sum(removed) FROM (
                SELECT table_name, old_json IS NULL AS added, old_json IS NOT NULL AND new_json IS NOT NULL AS changed,
                       new_json IS NULL AS removed
                FROM change_log_rows WHERE change_id = ?1
                UNION ALL
                SELECT table_name, last_id - first_id + 1, 0, 0 FROM change_log_ranges WHERE change_id = ?1)
            GROUP BY table_name
            """, [id])
        var parts: [String] = []
        for table in LoggedTable.allCases {
            guard let row = rows.first(where: { $0[0].stringValue == table.rawValue }) else { continue }
            let counts = [(row[1].intValue ?? 0, "added"), (row[2].intValue ?? 0, "changed"), (row[3].intValue ?? 0, "removed")]
                .filter { $0.0 > 0 }
            guard let first = counts.first else { continue }
            let noun = first.0 == 1 ? table.noun : table.rawValue
            let rest = counts.dropFirst().map { "\($0.0) \($0.1)" }
            parts.append((["\(first.0) \(noun) \(first.1)"] + rest).joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }

    /// True while a logged write transaction is open on this connection.
    package var isRecording: Bool {
        get throws(StorageError) {
            try connection.scalar("SELECT count(*) FROM sqlite_temp_schema WHERE type = 'trigger' AND name = ?",
                                  [Self.triggerName(.observations, "insert")]).intValue ?? 0 > 0
        }
    }

    /// Stops logging inserts into `table` one by one (the bulk load appends and then logs its
    /// rows with `recordInserted`). Returns false when nothing is being logged.
    func suspendInserts(_ table: LoggedTable) throws(StorageError) -> Bool {
        guard try isRecording else { return false }
        try connection.execute("DROP TRIGGER temp.\(Self.triggerName(table, "insert"))")
        return true
    }

    /// Logs every row of `table` with an id from `firstID` as inserted by the current
    /// operation, and resumes logging inserts one by one. New observations with consecutive
    /// ids (every bulk import) are ONE row of `change_log_ranges`: the ids and a digest of the
    /// rows (`ChangeLog+Ranges.swift`); anything else is logged a row each, compactly
    /// (`LoggedTable.compactJSON`), in one INSERT … SELECT. `folded`: the digest of the new
    /// rows the writer folded as it inserted them and how many it folded, used when that is
    /// every row of the range (instead of reading the rows back).
    func recordInserted(_ table: LoggedTable, fromID firstID: Int64,
                        folded: (rows: Int64, digest: String)? = nil) throws(StorageError) {
        if try !recordRange(table, fromID: firstID, folded: folded) {
            try connection.execute("""
                INSERT INTO change_log_rows (change_id, table_name, row_id, old_json, new_json)
                SELECT (SELECT max(id) FROM main.change_log), '\(table.rawValue)', id, NULL, \(table.compactJSON(table.rawValue))
                FROM main.\(table.rawValue) WHERE id >= ? ORDER BY id
                """, [firstID])
        }
        try connection.execute(Self.trigger(table, "insert"))
    }

    static func triggerName(_ table: LoggedTable, _ event: String) -> String { "chiso_log_\(table.rawValue)_\(event)" }

    /// The TEMP trigger that logs `event` on `table`. Names come from our fixed lists.
    static func trigger(_ table: LoggedTable, _ event: String) -> String {
        let (rowID, old, new, when): (String, String, String, String) = switch event {
        case "insert": ("NEW.id", "NULL", table.json("NEW"), "")
        case "delete": ("OLD.id", table.json("OLD"), "NULL", "")
        // An update that changes nothing is not logged: the columns compared one by one
        // (building both JSON objects to compare them cost two more per updated row).
        default: ("NEW.id", table.json("OLD"), table.json("NEW"),
                  "WHEN " + (["id"] + table.columns).map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR "))
        }
        return """
            CREATE TEMP TRIGGER IF NOT EXISTS \(triggerName(table, event)) AFTER \(event.uppercased()) ON main.\(table.rawValue) \(when)
            BEGIN
                INSERT INTO change_log_rows (change_id, table_name, row_id, old_json, new_json)
                VALUES ((SELECT max(id) FROM main.change_log), '\(table.rawValue)', \(rowID), \(old), \(new));
            END
            """
    }
}

extension Database {
    package var changeLog: ChangeLog { ChangeLog(connection) }
}
