/// One row of `sources`: a document figures come from, with its full text as provenance.
package struct SourceRecord: Sendable, Hashable {
    package var id: String
    package var title: String
    package var publisher: String?
    package var url: String?
    package var publishedOn: String?
    package var area: String?
    package var period: String?
    package var file: String?
    package var sha256: String?
    package var body: String?

    package init(id: String, title: String, publisher: String? = nil, url: String? = nil, publishedOn: String? = nil,
                area: String? = nil, period: String? = nil, file: String? = nil, sha256: String? = nil, body: String? = nil) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.url = url
        self.publishedOn = publishedOn
        self.area = area
        self.period = period
        self.file = file
        self.sha256 = sha256
        self.body = body
    }
}

/// Typed access to `sources`.
package struct SourceTable {
    let connection: Connection

    package init(_ connection: Connection) { self.connection = connection }

    static let columns = "id, title, publisher, url, published_on, area, period, file, sha256, body"
    /// The columns a row holds besides its id (the change log's list).
    static let written = ["title", "publisher", "url", "published_on", "area", "period", "file", "sha256", "body"]

    package func all(withBody: Bool = false) throws(StorageError) -> [SourceRecord] {
        let statement = try connection.prepare("SELECT \(Self.columns) FROM sources ORDER BY id")
        var rows: [SourceRecord] = []
        while try statement.step() {
            var r = Self.decode(statement)
            if !withBody { r.body = nil }
            rows.append(r)
        }
        return rows
    }

    package func find(_ id: String) throws(StorageError) -> SourceRecord? {
        let statement = try connection.prepare("SELECT \(Self.columns) FROM sources WHERE id = ?")
        try statement.bind([id])
        return try statement.step() ? Self.decode(statement) : nil
    }

    package func ids() throws(StorageError) -> [String] {
        try connection.query("SELECT id FROM sources ORDER BY id").compactMap { $0[0].stringValue }
    }

    /// Inserts, updates or leaves the source with `r.id`.
    package func upsert(_ r: SourceRecord) throws(StorageError) -> WriteOutcome {
        let values: [any SQLiteBindable] = [r.title, r.publisher, r.url, r.publishedOn, r.area, r.period, r.file, r.sha256, r.body]
        if let old = try find(r.id) {
            if old == r { return .unchanged }
            try connection.execute("""
                UPDATE sources SET title = ?, publisher = ?, url = ?, published_on = ?, area = ?, period = ?, file = ?, sha256 = ?, body = ?
                WHERE id = ?
                """, values + [r.id])
            return .updated
        }
        try connection.execute("""
            INSERT INTO sources (title, publisher, url, published_on, area, period, file, sha256, body, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, values + [r.id])
        return .inserted
    }

    static func decode(_ s: Statement) -> SourceRecord {
        SourceRecord(id: s.string(at: 0) ?? "", title: s.string(at: 1) ?? "", publisher: s.string(at: 2), url: s.string(at: 3),
                     publishedOn: s.string(at: 4), area: s.string(at: 5), period: s.string(at: 6), file: s.string(at: 7),
                     sha256: s.string(at: 8), body: s.string(at: 9))
    }
}
