import ChisoDomain

/// Typed access to `units` and `unit_aliases`: the lookup built from them, the units made on
/// first use, and the listing of an area's units with the figures they hold.
package struct UnitTable {
    let connection: Connection

    package init(_ connection: Connection) { self.connection = connection }

    /// Every unit with its aliases, templates included.
    package func all() throws(StorageError) -> [UnitRecord] {
        var aliases: [Int64: [String]] = [:]
        for row in try connection.query("SELECT unit_id, alias FROM unit_aliases ORDER BY unit_id, alias") {
            if case .integer(let id) = row[0], let alias = row[1].stringValue { aliases[id, default: []].append(alias) }
        }
        let statement = try connection.prepare(
            "SELECT id, area, kind, name, valid_from, valid_to, successor_id, note FROM units ORDER BY area, kind, name")
        var records: [UnitRecord] = []
        while try statement.step() {
            let id = statement.int(at: 0) ?? 0
            let kindText = statement.string(at: 2) ?? ""
            guard let kind = UnitKind(rawValue: kindText) else {
                throw StorageError(.mismatch, "unit \(id) has an unknown kind '\(kindText)'")
            }
            records.append(UnitRecord(
                id: id, area: statement.string(at: 1), kind: kind, name: statement.string(at: 3) ?? "",
                validFrom: try Self.date(statement.string(at: 4), id: id), validTo: try Self.date(statement.string(at: 5), id: id),
                successorID: statement.int(at: 6), note: statement.string(at: 7), aliases: aliases[id] ?? []))
        }
        return records
    }

    /// The lookup used to resolve agency names in rows.
    package func directory() throws(StorageError) -> UnitDirectory {
        UnitDirectory(try all())
    }

    /// Writes units resolved but not yet in the file, once each per run, with one prepared
    /// statement. The returned function says whether it created the unit (for the one line a
    /// command prints per new unit).
    package func ensureStatement() throws(StorageError) -> (UnitRecord) throws(StorageError) -> Bool {
        let statement = try connection.prepare("""
            INSERT INTO units (area, kind, name, name_folded, valid_from, valid_to, note) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (area, name_folded) DO NOTHING
            """)
        var seen: Set<UnitKey> = []
        let connection = self.connection
        return { (unit: UnitRecord) throws(StorageError) -> Bool in
            guard unit.id == nil, let area = unit.area else { return false }
            // Keyed by the canonical name as resolved (every row naming the unit carries the
            // same one): a hash per row, the folding only once per unit.
            let key = UnitKey(area: area, name: unit.name)
            guard !seen.contains(key) else { return false }
            seen.insert(key)
            try statement.run([area, unit.kind.rawValue, unit.name, unit.nameFolded, unit.validFrom?.iso, unit.validTo?.iso, unit.note])
            return connection.changes > 0
        }
    }

    private struct UnitKey: Hashable {
        let area: String
        let name: String
    }

    /// One unit of an area for `chiso areas --in`, with the figures filed under it.
    package struct Listed: Sendable, Equatable {
        package var unit: UnitRecord
        package var observations: Int
        package var targets: Int
    }

    /// The units of `area` (its own rows; a province's template departments appear once a
    /// figure names them), ordered by kind then name, with their figure counts.
    package func listing(area: String) throws(StorageError) -> [Listed] {
        var counts: [String: (Int, Int)] = [:]
        for row in try connection.query("""
            SELECT agency, sum(t = 'o'), sum(t = 't') FROM (
                SELECT agency, 'o' AS t FROM observations WHERE area = ?1 AND agency <> ''
                UNION ALL SELECT agency, 't' FROM targets WHERE area = ?1 AND agency <> '')
            GROUP BY agency
            """, [area]) {
            if let name = row[0].stringValue { counts[name] = (Int(row[1].intValue ?? 0), Int(row[2].intValue ?? 0)) }
        }
        let order = UnitKind.allCases.map(\.rawValue)
        return try all().filter { $0.area == area }
            .sorted { (order.firstIndex(of: $0.kind.rawValue) ?? 0, $0.name) < (order.firstIndex(of: $1.kind.rawValue) ?? 0, $1.name) }
            .map { Listed(unit: $0, observations: counts[$0.name]?.0 ?? 0, targets: counts[$0.name]?.1 ?? 0) }
    }

    private static func date(_ text: String?, id: Int64) throws(StorageError) -> CalendarDate? {
        guard let text else { return nil }
        do { return try CalendarDate(iso: text) } catch {
            throw StorageError(.mismatch, "unit \(id) has an invalid date '\(text)'")
        }
    }
}
