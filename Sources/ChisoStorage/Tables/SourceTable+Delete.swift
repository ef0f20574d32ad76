extension SourceTable {
    /// The rows that cite a source, by table.
    package struct Citations: Sendable, Equatable, CustomStringConvertible {
        package var observations: Int
        package var targets: Int
        package var rollouts: Int

        package var total: Int { observations + targets + rollouts }

        /// "12 observations, 1 target".
        package var description: String {
            let parts = [(observations, "observation"), (targets, "target"), (rollouts, "rollout")]
                .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
            return parts.isEmpty ? "nothing" : parts.joined(separator: ", ")
        }
    }

    package func citations(of id: String) throws(StorageError) -> Citations {
        func count(_ table: String) throws(StorageError) -> Int {
            // Table names come from the fixed list below.
            Int(try connection.scalar("SELECT count(*) FROM \(table) WHERE source = ?", [id]).intValue ?? 0)
        }
        return Citations(observations: try count("observations"), targets: try count("targets"), rollouts: try count("rollouts"))
    }

    /// Deletes the source, its passages and every row citing it. Call inside a write
    /// transaction; the caller decides whether citing rows may go (`Citations`).
    package func delete(_ id: String) throws(StorageError) {
        for table in ["observations", "targets", "rollouts"] {
            try connection.execute("DELETE FROM \(table) WHERE source = ?", [id])
        }
        try PassageTable(connection).reindex(source: id, body: nil)
        try connection.execute("DELETE FROM sources WHERE id = ?", [id])
    }
}

extension SourceTable {
    /// The source whose text has this SHA-256, if any (`chiso add source` refuses a second copy).
    package func id(holdingSHA256 sha: String) throws(StorageError) -> String? {
        try connection.scalar("SELECT id FROM sources WHERE sha256 = ? ORDER BY id LIMIT 1", [sha]).stringValue
    }

    /// Every source with how many observations, targets and rollouts cite it (`chiso sources`).
    package func listing() throws(StorageError) -> [(source: SourceRecord, figures: Int)] {
        let statement = try connection.prepare("""
            SELECT \(Self.columns),
                   (SELECT count(*) FROM observations o WHERE o.source = s.id)
                 + (SELECT count(*) FROM targets t WHERE t.source = s.id)
                 + (SELECT count(*) FROM rollouts r WHERE r.source = s.id)
            FROM sources s ORDER BY id
            """)
        var rows: [(SourceRecord, Int)] = []
        while try statement.step() {
            var record = Self.decode(statement)
            record.body = nil
            rows.append((record, Int(statement.int(at: 10) ?? 0)))
        }
        return rows
    }
}
