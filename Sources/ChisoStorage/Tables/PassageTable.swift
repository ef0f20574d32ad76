import ChisoDomain

/// The full-text index of the sources, `source_passages` (Schema/004_search.sql), kept in
/// step with `sources.body`. Written by the loader in the same transaction that writes the
/// source, so the index can never describe a text the database no longer holds; read by
/// `chiso search`.
package struct PassageTable {
    let connection: Connection

    package init(_ connection: Connection) { self.connection = connection }

    /// Replaces the passages of source `id` with those of `body` (none when nil).
    package func reindex(source id: String, body: String?) throws(StorageError) {
        try connection.execute("DELETE FROM source_passages WHERE source = ?", [id])
        guard let body else { return }
        let insert = try connection.prepare("INSERT INTO source_passages (source, passage_no, text, folded) VALUES (?, ?, ?, ?)")
        for (offset, passage) in Passages.split(body).enumerated() {
            let tokens = FoldedTokens(passage)
            try insert.run([id, offset + 1, passage, tokens.foldedText])
        }
    }

    /// Sources with text but no passages: written before this index existed, or by another
    /// command. The loader indexes them too.
    package func unindexed() throws(StorageError) -> [String] {
        try connection.query("""
            SELECT id FROM sources s
            WHERE body IS NOT NULL AND NOT EXISTS (SELECT 1 FROM source_passages p WHERE p.source = s.id)
            ORDER BY id
            """).compactMap { $0[0].stringValue }
    }
}

extension PassageTable {
    /// Passages whose folded text matches the FTS5 `query`, best first, at most `limit` (the
    /// folded column only: the indexed original text is there for other clients).
    /// The caller builds `query` from quoted folded words only, so no user text is FTS syntax.
    package func matching(_ query: String, limit: Int) throws(StorageError) -> [(source: String, number: Int64, text: String)] {
        let statement = try connection.prepare("""
            SELECT source, passage_no, text FROM source_passages
            WHERE folded MATCH ?
            ORDER BY rank, source, passage_no
            LIMIT ?
            """)
        try statement.bind([query, limit])
        var rows: [(String, Int64, String)] = []
        while try statement.step() {
            rows.append((statement.string(at: 0) ?? "", statement.int(at: 1) ?? 0, statement.string(at: 2) ?? ""))
        }
        return rows
    }
}

extension Database {
    package var passages: PassageTable { PassageTable(connection) }
}
