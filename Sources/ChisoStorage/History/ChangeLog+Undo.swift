import Foundation

extension ChangeLog {
    // MARK: - Reading

    /// Operations, newest first: those that touched a row of `areas` (area ids) or of
    /// `indicator`, at or after `since` (an ISO date or time, UTC), at most `limit`.
    package func entries(areas: [String]? = nil, indicator: String? = nil, since: String? = nil,
                         limit: Int? = nil) throws(StorageError) -> [ChangeEntry] {
        var conditions: [String] = []
        var values: [any SQLiteBindable] = []
        if let areas {
            conditions.append("""
                (EXISTS (SELECT 1 FROM change_log_rows r WHERE r.change_id = c.id AND r.table_name <> 'sources'
                         AND json_extract(coalesce(r.new_json, r.old_json), '$.area') IN (SELECT value FROM json_each(?)))
                 OR EXISTS (SELECT 1 FROM change_log_ranges g JOIN observations o ON o.id BETWEEN g.first_id AND g.last_id
                            WHERE g.change_id = c.id AND o.area IN (SELECT value FROM json_each(?))))
                """)
            values.append(Self.jsonArray(areas))
            values.append(Self.jsonArray(areas))
        }
        if let indicator {
            conditions.append("""
                (EXISTS (SELECT 1 FROM change_log_rows r WHERE r.change_id = c.id AND r.table_name IN ('observations', 'targets')
                         AND json_extract(coalesce(r.new_json, r.old_json), '$.indicator') = ?)
                 OR EXISTS (SELECT 1 FROM change_log_ranges g JOIN observations o ON o.id BETWEEN g.first_id AND g.last_id
                            WHERE g.change_id = c.id AND o.indicator = ?))
                """)
            values.append(indicator)
            values.append(indicator)
        }
        if let since {
            conditions.append("c.at >= ?")
            values.append(since)
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let statement = try connection.prepare("""
            SELECT c.id, c.at, c.command, c.arguments, c.summary, c.undoes FROM change_log c \(whereClause)
            ORDER BY c.id DESC LIMIT ?
            """)
        try statement.bind(values + [limit ?? -1])
        var entries: [ChangeEntry] = []
        while try statement.step() { entries.append(Self.entry(statement)) }
        return entries
    }

    /// The operation with this id.
    package func entry(_ id: Int64) throws(StorageError) -> ChangeEntry? {
        let statement = try connection.prepare("SELECT id, at, command, arguments, summary, undoes FROM change_log WHERE id = ?")
        try statement.bind([id])
        return try statement.step() ? Self.entry(statement) : nil
    }

    /// The newest operation.
    package func last() throws(StorageError) -> ChangeEntry? {
        guard let id = try connection.scalar("SELECT max(id) FROM change_log").intValue else { return nil }
        return try entry(id)
    }

    /// The rows operation `id` changed, in the order it changed them, then the ranges of ids it
    /// inserted in bulk (one entry each, `count` rows).
    package func rows(of id: Int64) throws(StorageError) -> [ChangeRow] {
        try loggedRows(of: id) + ranges(of: id).map(\.asRow)
    }

    /// The rows of `change_log_rows` operation `id` changed, in the order it changed them.
    func loggedRows(of id: Int64) throws(StorageError) -> [ChangeRow] {
        let statement = try connection.prepare("""
            SELECT change_id, table_name, row_id, old_json, new_json FROM change_log_rows WHERE change_id = ? ORDER BY rowid
            """)
        try statement.bind([id])
        var rows: [ChangeRow] = []
        while try statement.step() {
            guard let table = LoggedTable(rawValue: statement.string(at: 1) ?? "") else { continue }
            rows.append(ChangeRow(changeID: statement.int(at: 0) ?? 0, table: table, rowID: statement.string(at: 2) ?? "",
                                  old: statement.string(at: 3), new: statement.string(at: 4)))
        }
        return rows
    }

    private static func entry(_ s: Statement) -> ChangeEntry {
        let json = s.string(at: 3) ?? "[]"
        let arguments = (try? JSONDecoderShim.strings(json)) ?? []
        return ChangeEntry(id: s.int(at: 0) ?? 0, at: s.string(at: 1) ?? "", command: s.string(at: 2) ?? "",
                           arguments: arguments, summary: s.string(at: 4) ?? "", undoes: s.int(at: 5))
    }

    static func jsonArray(_ strings: [String]) -> String {
        ChangeOperation(command: "-", arguments: strings).argumentsJSON
    }

    // MARK: - Undo

    /// Reverses operation `id` (the newest when nil) as a new logged operation that names it
    /// in `undoes`, so undoing the undo restores it. Refuses, changing nothing, when a later
    /// operation touched one of its rows, or a row is no longer as the operation left it
    /// (another tool changed it). Call inside no transaction: it opens its own.
    /// `rehearse` rolls everything back (a dry run). Returns the operation and its rows.
    package func undo(_ id: Int64?, rehearse: Bool = false) throws -> (undone: ChangeEntry, rows: [ChangeRow]) {
        let target: ChangeEntry
        if let id {
            guard let found = try entry(id) else {
                let newest = try last().map { "; the newest is \($0.id) (see `chiso history`)" } ?? "; the history is empty"
                throw ChangeLogError("no operation \(id) in the history\(newest)")
            }
            target = found
        } else {
            guard let found = try last() else { throw ChangeLogError("nothing to undo: the history is empty") }
            target = found
        }
        try refuseIfTouchedLater(target)
        let rows = try loggedRows(of: target.id)
        let ranges = try ranges(of: target.id)
        let saved = connection.changeOperation
        connection.changeOperation = ChangeOperation(command: saved?.command ?? "undo", arguments: saved?.arguments ?? [],
                                                     undoes: target.id)
        defer { connection.changeOperation = saved }
        let body = { () throws -> Void in
            for row in rows.reversed() { try self.reverse(row, of: target) }
            // A range holds only rows the operation inserted, none of the rows above.
            for range in ranges.reversed() { try self.reverse(range, of: target) }
            let sources = Set(rows.filter { $0.table == .sources }.map(\.rowID))
            for source in sources.sorted() {
                let body = try self.connection.scalar("SELECT body FROM sources WHERE id = ?", [source]).stringValue
                try PassageTable(self.connection).reindex(source: source, body: body)
            }
        }
        if rehearse { try connection.rehearse(body) } else { try connection.write(body) }
        return (target, rows + ranges.map(\.asRow))
    }

    private func refuseIfTouchedLater(_ target: ChangeEntry) throws {
        let statement = try connection.prepare("""
            SELECT l.change_id, r.table_name, r.row_id FROM change_log_rows r
            JOIN change_log_rows l ON l.table_name = r.table_name AND l.row_id = r.row_id AND l.change_id > r.change_id
            WHERE r.change_id = ? ORDER BY l.change_id LIMIT 1
            """)
        try statement.bind([target.id])
        var touch: (id: Int64, table: String, row: String)?
        if try statement.step(), let laterID = statement.int(at: 0) {
            touch = (laterID, statement.string(at: 1) ?? "", statement.string(at: 2) ?? "")
        }
        if let other = try laterTouchOfRanges(target.id), other.id < touch?.id ?? .max { touch = other }
        guard let touch else { return }
        let table = LoggedTable(rawValue: touch.table)?.noun ?? "row"
        let row = touch.row
        guard let later = try entry(touch.id) else { return }
        if later.undoes == target.id {
            throw ChangeLogError("operation \(target.id) (\(target.command)) was already undone by operation \(later.id); run `chiso undo --id \(later.id)` to restore it")
        }
        throw ChangeLogError("cannot undo operation \(target.id) (\(target.command), \(target.at)): operation \(later.id) (\(later.command), \(later.at)) later changed \(table) \(row); undo \(later.id) first; nothing was changed")
    }

    /// Puts one row back as it was before `target`, after checking it is as `target` left it.
    private func reverse(_ row: ChangeRow, of target: ChangeEntry) throws {
        let table = row.table
        let current = try connection.scalar("SELECT \(table.json(table.rawValue)) FROM main.\(table.rawValue) WHERE id = ?",
                                            [table == .sources ? row.rowID as any SQLiteBindable : Int64(row.rowID) ?? 0]).stringValue
        let unchanged: Bool
        if let new = row.new, let current, try connection.scalar("SELECT json_extract(?, '$.compact')", [new]).intValue == 1 {
            // A bulk-logged insert keeps only the key and value: compare those.
            unchanged = try connection.scalar(
                "SELECT NOT EXISTS (SELECT 1 FROM json_each(?1) j WHERE j.key <> 'compact' AND json_extract(?2, '$.' || j.key) IS NOT j.value)",
                [new, current]).intValue == 1
        } else {
            unchanged = current == row.new
        }
        guard unchanged else {
            let state = current == nil ? "is gone" : "has other values"
            throw ChangeLogError("cannot undo operation \(target.id) (\(target.command)): \(table.noun) \(row.rowID) \(state) than the operation left (changed by another tool?); nothing was changed")
        }
        let id: any SQLiteBindable = table == .sources ? row.rowID : Int64(row.rowID) ?? 0
        do {
            switch (row.old, row.new) {
            case (nil, _):
                try connection.execute("DELETE FROM main.\(table.rawValue) WHERE id = ?", [id])
            case (let old?, nil):
                try connection.execute("""
                    INSERT INTO main.\(table.rawValue) (id, \(table.columns.joined(separator: ", ")))
                    VALUES (?2, \(table.extracting(parameter: 1).joined(separator: ", ")))
                    """, [old, id])
            case (let old?, _?):
                let assignments = zip(table.columns, table.extracting(parameter: 1)).map { "\($0) = \($1)" }
                try connection.execute("UPDATE main.\(table.rawValue) SET \(assignments.joined(separator: ", ")) WHERE id = ?2", [old, id])
            }
        } catch {
            guard error.extendedCode == ResultCode.constraintForeignKey else { throw error }
            throw ChangeLogError("cannot undo operation \(target.id) (\(target.command)): other rows now refer to \(table.noun) \(row.rowID) (figures citing a source); delete or undo them first; nothing was changed")
        }
    }
}

/// Reads the JSON array of words in `change_log.arguments`.
enum JSONDecoderShim {
    static func strings(_ json: String) throws -> [String] {
        try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }
}
