/// A row whose reference names nothing: an observation of an indicator not in the catalogue,
/// an area or period that does not exist. chiso's own connections enforce foreign keys, but
/// SQLite leaves them off by default, so another tool writing the file may leave such rows;
/// the views hide them, and `chiso check` names them.
package struct DanglingReference: Sendable, Equatable {
    package var table: String
    package var rowID: Int64
    /// The column holding the reference, and the value it holds.
    package var column: String
    package var value: String
    /// The table it should name a row of.
    package var parent: String
    /// The row's area and period as stored (for grouping findings), when the table has them.
    package var area: String
    package var period: String
    /// The foreign key's id in `PRAGMA foreign_key_list`: orders two references of one row.
    package var key: Int64 = 0
}

/// A reference column no index leads to (`baseline_period` and `source` of `observations`),
/// which `danglingReferences(leavingScanOf:)` leaves for a scan of the caller's own.
package struct UnscannedReference: Sendable, Equatable {
    package var column: String
    package var parent: String
    package var parentKey: String
    /// The foreign key's id in `PRAGMA foreign_key_list`.
    package var key: Int64

    /// SQL true when `value` (an expression over the table's row, as `+o.source`) names no row
    /// of the parent: the test `danglingReferences()` runs in its own scan, with the parent
    /// key's affinity and collation as in SQLite's own lookup.
    package func isMissing(_ value: String) -> String {
        "\(value) IS NOT NULL AND NOT EXISTS (SELECT 1 FROM main.\(Connection.quoted(parent)) WHERE \(Connection.quoted(parentKey)) = \(value))"
    }

    /// `isMissing` of the column in the row named `alias` (`o`), without its affinity.
    package func isMissing(inRow alias: String) -> String {
        isMissing("+\(alias).\(Connection.quoted(column))")
    }
}

/// `danglingReferences()` with one table's unindexed references still to test: what was found
/// without them, in the pragma's order, and where that table's rows go in it.
package struct PendingDanglingReferences: Sendable {
    /// Found through the indexes (and every other table in full), in the pragma's order.
    package var found: [DanglingReference]
    package var table: String
    /// The references of `table` left to the caller's scan.
    package var unscanned: [UnscannedReference]
    /// Where `table`'s rows start in `found`.
    let position: Int

    /// The whole answer of `danglingReferences()`: `found` with the rows of `table` whose
    /// reference `unscanned[reference]` names nothing (in any order; each row and reference
    /// once), put in the pragma's order (by rowid, then key, among the table's rows).
    package func completed(with missing: [(rowID: Int64, reference: Int)], in connection: Connection) throws(StorageError) -> [DanglingReference] {
        guard !missing.isEmpty else { return found }
        let added = try connection.describe(missing.map { hit in
            let r = unscanned[hit.reference]
            return Connection.ForeignKeyViolation(table: table, rowID: hit.rowID, parent: r.parent, key: r.key)
        })
        let end = found[position...].firstIndex { $0.table != table } ?? found.endIndex
        let rows = (found[position..<end] + added).sorted { ($0.rowID, $0.key) < ($1.rowID, $1.key) }
        return Array(found[..<position]) + rows + Array(found[end...])
    }
}

extension Connection {
    /// What SQLite's own `PRAGMA foreign_key_check` answers, with each violation's column and
    /// value read back so a message can say what is wrong in words.
    package func danglingReferences() throws(StorageError) -> [DanglingReference] {
        try describe(foreignKeyViolations())
    }

    /// `danglingReferences()` without the scan of `table` for its references no index leads
    /// to (`completed(with:in:)` adds what the caller's own scan of the table finds): `check`
    /// already reads every row of `observations` once, and a second pass for `baseline_period`
    /// and `source` alone was ≈ 7 % of its time at 1M rows (issue 18).
    package func danglingReferences(leavingScanOf table: String) throws(StorageError) -> PendingDanglingReferences {
        var left = LeftScan(table: table)
        let violations = try foreignKeyViolations(leaving: &left)
        return PendingDanglingReferences(found: try describe(violations), table: table, unscanned: left.references,
                                         position: left.position ?? violations.count)
    }

    /// The violations as `DanglingReference`s, in their order.
    func describe(_ violations: [ForeignKeyViolation]) throws(StorageError) -> [DanglingReference] {
        var columnsByTable: [String: [Int64: String]] = [:]
        var found: [DanglingReference] = []
        for violation in violations {
            let table = violation.table, rowID = violation.rowID, parent = violation.parent, fk = violation.key
            if columnsByTable[table] == nil {
                var columns: [Int64: String] = [:]
                for key in try query("SELECT id, \"from\" FROM pragma_foreign_key_list(?)", [table]) {
                    if let id = key[0].intValue, let from = key[1].stringValue { columns[id] = from }
                }
                columnsByTable[table] = columns
            }
            let column = columnsByTable[table]?[fk] ?? "?"
            let names = try query("SELECT name FROM pragma_table_info(?)", [table]).compactMap { $0[0].stringValue }
            let area = names.contains("area") ? "area" : "NULL"
            let period = names.contains("period") ? "period" : "NULL"
            let values = try query("SELECT \(Self.quoted(column)), \(area), \(period) FROM \(Self.quoted(table)) WHERE rowid = ?", [rowID]).first
            found.append(DanglingReference(table: table, rowID: rowID, column: column,
                                           value: values?[0].stringValue ?? values?[0].intValue.map(String.init) ?? "",
                                           parent: parent, area: values?[1].stringValue ?? "", period: values?[2].stringValue ?? "",
                                           key: fk))
        }
        return found
    }

    /// The table whose unindexed references `foreignKeyViolations(leaving:)` does not scan,
    /// and what it left: those references and where the table's rows start in its answer.
    struct LeftScan {
        var table: String
        var references: [UnscannedReference] = []
        var position: Int?
    }

    /// One row of `PRAGMA foreign_key_check`: the child table and row, the parent table, and
    /// the foreign key's id in `PRAGMA foreign_key_list`.
    struct ForeignKeyViolation: Equatable {
        var table: String
        var rowID: Int64
        var parent: String
        var key: Int64
    }

    /// The rows of `PRAGMA foreign_key_check`, in its order (tables as `PRAGMA table_list`
    /// walks them, then rowid, then key), found without its scan of every table with a
    /// parent lookup per reference: at 1M observations that scan was ≈ 0.6 s of `chiso check`
    /// (issue 18). A reference column an index leads to (the first columns of the index NOT
    /// NULL, as `(area, period)`) has its distinct values walked through the index, one seek
    /// each, and only values missing from the parent are looked up row by row; the other
    /// columns of a table are tested together in one scan (`baseline_period` and `source` of
    /// `observations`). A table this cannot read the same way as SQLite (WITHOUT ROWID, a key
    /// of several columns, a parent without a single-column unique key) gets the pragma itself.
    func foreignKeyViolations() throws(StorageError) -> [ForeignKeyViolation] {
        var none = LeftScan(table: "")
        return try foreignKeyViolations(leaving: &none)
    }

    /// `foreignKeyViolations()`, leaving the unindexed references of `left.table` untested
    /// when the table is read through its indexes (they are then listed in `left`).
    func foreignKeyViolations(leaving left: inout LeftScan) throws(StorageError) -> [ForeignKeyViolation] {
        var all: [ForeignKeyViolation] = []
        for row in try query("PRAGMA main.table_list") {
            guard row[0].stringValue == "main", row[2].stringValue == "table", let table = row[1].stringValue else { continue }
            let keys = try query("SELECT id, seq, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)", [table])
            if keys.isEmpty { continue }
            var found: [ForeignKeyViolation] = []
            if table == left.table { left.position = all.count }
            if row[4].intValue == 0, let plan = try referencePlan(table, keys) {
                let leaving = table == left.table
                found = try violations(of: table, plan, scanning: !leaving)
                if leaving { left.references = Self.unscanned(plan) }
            } else {
                for v in try query("PRAGMA main.foreign_key_check(\(Self.quoted(table)))") {
                    guard let t = v[0].stringValue, let id = v[1].intValue, let parent = v[2].stringValue, let key = v[3].intValue
                    else { continue }
                    found.append(ForeignKeyViolation(table: t, rowID: id, parent: parent, key: key))
                }
            }
            all += found.sorted { ($0.rowID, $0.key) < ($1.rowID, $1.key) }
        }
        return all
    }

    /// The references of `table` no index leads to: what `danglingReferences(leavingScanOf:)`
    /// leaves to the caller's scan, known from the schema alone, so a scan can be started
    /// before (or beside) the search through the indexes. None when SQLite's own pragma has to
    /// read the table (WITHOUT ROWID, a key of several columns).
    package func unscannedReferences(of table: String) throws(StorageError) -> [UnscannedReference] {
        let keys = try query("SELECT id, seq, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)", [table])
        let withoutRowID = try query("SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ? AND type = 'table'", [table])
        guard !keys.isEmpty, withoutRowID.first?[0].intValue == 0, let plan = try referencePlan(table, keys) else { return [] }
        return Self.unscanned(plan)
    }

    private static func unscanned(_ plan: [Reference]) -> [UnscannedReference] {
        plan.filter { $0.indexPrefix == nil }.map {
            UnscannedReference(column: $0.column, parent: $0.parent, parentKey: $0.parentKey, key: $0.id)
        }
    }

    /// A single-column reference: the child column, the parent table and its key column, and
    /// the index columns up to and with the child column when an index can walk its values.
    private struct Reference {
        var id: Int64
        var column: String
        var parent: String
        var parentKey: String
        var indexPrefix: [String]?
    }

    private func referencePlan(_ table: String, _ keys: [[SQLiteValue]]) throws(StorageError) -> [Reference]? {
        let info = try query("SELECT name, \"notnull\", pk FROM pragma_table_info(?)", [table])
        let notNull = Set(info.filter { $0[1].intValue == 1 }.compactMap { $0[0].stringValue })
        // Indexes in full (not partial), every column named, in the default collation.
        var indexes: [[String]] = []
        for index in try query("SELECT name FROM pragma_index_list(?) WHERE partial = 0", [table]) {
            guard let name = index[0].stringValue else { continue }
            let columns = try query("SELECT name, coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno", [name])
            var named: [String] = []
            for c in columns {
                guard let n = c[0].stringValue, c[1].stringValue == "BINARY" else { break }
                named.append(n)
            }
            indexes.append(named)
        }
        var plan: [Reference] = []
        for key in keys {
            guard key[1].intValue == 0, let id = key[0].intValue, let parent = key[2].stringValue, let column = key[3].stringValue
            else { return nil }
            if keys.contains(where: { $0[0].intValue == id && $0[1].intValue != 0 }) { return nil }
            guard let parentKey = try uniqueKey(of: parent, named: key[4].stringValue) else { return nil }
            guard info.contains(where: { $0[0].stringValue == column }) else { return nil }
            var prefix: [String]?
            for index in indexes {
                guard let at = index.firstIndex(of: column), index[..<at].allSatisfy(notNull.contains) else { continue }
                if prefix == nil || at + 1 < prefix!.count { prefix = Array(index[...at]) }
            }
            plan.append(Reference(id: id, column: column, parent: parent, parentKey: parentKey, indexPrefix: prefix))
        }
        return plan
    }

    /// The parent's key column when SQLite can look a reference up in it: the named column
    /// with a unique index or as the sole primary key, or the sole primary key when none is named.
    private func uniqueKey(of parent: String, named: String?) throws(StorageError) -> String? {
        guard try query("SELECT 1 FROM pragma_table_list WHERE schema = 'main' AND name = ? AND type = 'table' AND wr = 0", [parent]).first != nil
        else { return nil }
        let primary = try query("SELECT name FROM pragma_table_info(?) WHERE pk > 0", [parent]).compactMap { $0[0].stringValue }
        guard let named else { return primary.count == 1 ? primary[0] : nil }
        if primary == [named] { return named }
        for index in try query("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND partial = 0", [parent]) {
            guard let name = index[0].stringValue else { continue }
            let columns = try query("SELECT name, coll FROM pragma_index_xinfo(?) WHERE key = 1", [name])
            if columns.count == 1, columns[0][0].stringValue == named, columns[0][1].stringValue == "BINARY" { return named }
        }
        return nil
    }

    private func violations(of table: String, _ plan: [Reference], scanning: Bool = true) throws(StorageError) -> [ForeignKeyViolation] {
        let t = Self.quoted(table)
        var found: [ForeignKeyViolation] = []
        // `key = value`: the parent key's affinity and collation apply, as in SQLite's own
        // lookup (`+` takes the child column's own affinity off).
        func missing(_ r: Reference, _ value: String) -> String {
            UnscannedReference(column: r.column, parent: r.parent, parentKey: r.parentKey, key: r.id).isMissing(value)
        }
        for r in plan {
            guard let prefix = r.indexPrefix else { continue }
            // The distinct values of the prefix, one index seek each.
            let columns = prefix.map(Self.quoted).joined(separator: ", ")
            let last = Self.quoted(r.column)
            let marks = Array(repeating: "?", count: prefix.count).joined(separator: ", ")
            let first = try prepare("SELECT \(columns) FROM main.\(t) WHERE \(last) IS NOT NULL ORDER BY \(columns) LIMIT 1")
            let next = try prepare("SELECT \(columns) FROM main.\(t) WHERE (\(columns)) > (\(marks)) AND \(last) IS NOT NULL ORDER BY \(columns) LIMIT 1")
            let lookup = try prepare("SELECT \(missing(r, "?1"))")
            let rows = try prepare("SELECT rowid FROM main.\(t) WHERE (\(columns)) = (\(marks))")
            var known: [SQLiteValue: Bool] = [:]
            var tuple = try first.step() ? first.row() : nil
            while let current = tuple {
                let value = current[current.count - 1]
                let isMissing: Bool
                if let answer = known[value] {
                    isMissing = answer
                } else {
                    try lookup.bind([value])
                    isMissing = try lookup.step() && lookup.int(at: 0) == 1
                    known[value] = isMissing
                }
                if isMissing {
                    try rows.bind(current)
                    while try rows.step() {
                        if let id = rows.int(at: 0) { found.append(ForeignKeyViolation(table: table, rowID: id, parent: r.parent, key: r.id)) }
                    }
                }
                try next.bind(current)
                tuple = try next.step() ? next.row() : nil
            }
        }
        // The other references, together in one scan of the table.
        let scanned = plan.filter { $0.indexPrefix == nil }
        if scanning, !scanned.isEmpty {
            let tests = scanned.map { missing($0, "+c.\(Self.quoted($0.column))") }
            let select = try prepare("SELECT c.rowid, \(tests.map { "(\($0))" }.joined(separator: ", ")) FROM main.\(t) c WHERE "
                                     + tests.map { "(\($0))" }.joined(separator: " OR "))
            while try select.step() {
                guard let id = select.int(at: 0) else { continue }
                for (i, r) in scanned.enumerated() where select.int(at: i + 1) == 1 {
                    found.append(ForeignKeyViolation(table: table, rowID: id, parent: r.parent, key: r.id))
                }
            }
        }
        return found
    }

    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
