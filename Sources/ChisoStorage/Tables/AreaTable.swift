import ChisoDomain

/// Typed access to `areas` and `area_aliases`, and the lookup built from them.
package struct AreaTable {
    let connection: Connection

    package init(_ connection: Connection) { self.connection = connection }

    /// Every area with its aliases, in code order (the country first).
    package func all() throws(StorageError) -> [AreaRecord] {
        var aliases: [String: [String]] = [:]
        for row in try connection.query("SELECT area_id, alias FROM area_aliases ORDER BY area_id, alias") {
            if let id = row[0].stringValue, let alias = row[1].stringValue { aliases[id, default: []].append(alias) }
        }
        let statement = try connection.prepare("""
            SELECT id, code, name, official_name, level, valid_from, valid_to, successor_id FROM areas
            ORDER BY level <> 'country', code, coalesce(valid_from, '')
            """)
        var records: [AreaRecord] = []
        while try statement.step() {
            let id = statement.string(at: 0) ?? ""
            records.append(AreaRecord(
                id: id, code: statement.string(at: 1) ?? "", name: statement.string(at: 2) ?? "",
                officialName: statement.string(at: 3), level: statement.string(at: 4) ?? "",
                validFrom: try Self.date(statement.string(at: 5), id: id),
                validTo: try Self.date(statement.string(at: 6), id: id),
                aliases: aliases[id] ?? [], mergedInto: statement.string(at: 7)))
        }
        return records
    }

    /// The lookup used to resolve names and codes in figures, queries and commands; built once
    /// per connection while the file does not change (`Connection.remembered`).
    package func directory() throws(StorageError) -> AreaDirectory {
        try connection.remembered { () throws(StorageError) in AreaDirectory(try all()) }
    }

    /// Extra columns for listings, keyed by id: region, kind and successor.
    package func details() throws(StorageError) -> [String: (region: String?, kind: String?, successor: String?)] {
        var result: [String: (region: String?, kind: String?, successor: String?)] = [:]
        for row in try connection.query("SELECT id, region, kind, successor_id FROM areas") {
            if let id = row[0].stringValue { result[id] = (row[1].stringValue, row[2].stringValue, row[3].stringValue) }
        }
        return result
    }

    private static func date(_ text: String?, id: String) throws(StorageError) -> CalendarDate? {
        guard let text else { return nil }
        do { return try CalendarDate(iso: text) } catch {
            throw StorageError(.mismatch, "area \(id) has an invalid date '\(text)'")
        }
    }
}
