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
}

extension Connection {
    /// SQLite's own `PRAGMA foreign_key_check`, with each violation's column and value read
    /// back so a message can say what is wrong in words.
    package func danglingReferences() throws(StorageError) -> [DanglingReference] {
        var columnsByTable: [String: [Int64: String]] = [:]
        var found: [DanglingReference] = []
        for row in try query("PRAGMA foreign_key_check") {
            guard let table = row[0].stringValue, let rowID = row[1].intValue, let parent = row[2].stringValue,
                  let fk = row[3].intValue else { continue }
            if columnsByTable[table] == nil {
                var columns: [Int64: String] = [:]
                // PRAGMA arguments cannot be bound; the name comes from SQLite's own answer above.
                for key in try query("PRAGMA foreign_key_list(\"\(table.replacingOccurrences(of: "\"", with: "\"\""))\")") {
                    if let id = key[0].intValue, let from = key[3].stringValue { columns[id] = from }
                }
                columnsByTable[table] = columns
            }
            let column = columnsByTable[table]?[fk] ?? "?"
            let quoted = { (name: String) in "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            let names = try query("SELECT name FROM pragma_table_info(?)", [table]).compactMap { $0[0].stringValue }
            let area = names.contains("area") ? "area" : "NULL"
            let period = names.contains("period") ? "period" : "NULL"
            let values = try query("SELECT \(quoted(column)), \(area), \(period) FROM \(quoted(table)) WHERE rowid = ?", [rowID]).first
            found.append(DanglingReference(table: table, rowID: rowID, column: column,
                                           value: values?[0].stringValue ?? values?[0].intValue.map(String.init) ?? "",
                                           parent: parent, area: values?[1].stringValue ?? "", period: values?[2].stringValue ?? ""))
        }
        return found
    }
}
