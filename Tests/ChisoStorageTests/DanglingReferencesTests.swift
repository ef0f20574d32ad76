import Testing
@testable import ChisoStorage
import ChisoTestSupport

/// `foreignKeyViolations()` walks the indexes instead of running `PRAGMA foreign_key_check`
/// over every table (issue 18); it must answer exactly what the pragma answers, in its order.
@Suite struct DanglingReferencesTests {
    let dir = TemporaryDirectory("chiso-dangling")

    /// The pragma's own rows (a WITHOUT ROWID table's have no rowid, and name no row).
    private static func pragma(_ connection: Connection) throws -> [Connection.ForeignKeyViolation] {
        try connection.query("PRAGMA foreign_key_check").compactMap { row in
            guard let table = row[0].stringValue, let id = row[1].intValue, let parent = row[2].stringValue,
                  let key = row[3].intValue else { return nil }
            return Connection.ForeignKeyViolation(table: table, rowID: id, parent: parent, key: key)
        }
    }

    @Test func findsWhatForeignKeyCheckFindsInItsOrder() throws {
        let connection = try Connection(path: dir.path("synthetic.db"))
        try connection.execute("PRAGMA foreign_keys = OFF")
        try connection.executeScript("""
            CREATE TABLE kinds(code TEXT PRIMARY KEY);
            CREATE TABLE places(id TEXT PRIMARY KEY, parent TEXT REFERENCES places(id));
            CREATE TABLE numbered(id INTEGER PRIMARY KEY, name TEXT UNIQUE);
            CREATE TABLE facts(kind TEXT NOT NULL REFERENCES kinds(code), place TEXT NOT NULL REFERENCES places(id),
                               kind2 TEXT REFERENCES kinds, num INTEGER REFERENCES numbered(id),
                               named TEXT REFERENCES numbered(name), other TEXT REFERENCES places);
            CREATE INDEX facts_kind ON facts(kind);
            CREATE INDEX facts_place_kind2 ON facts(place, kind2);
            CREATE TABLE pairparent(x TEXT, y TEXT, PRIMARY KEY (x, y));
            CREATE TABLE pairs(a TEXT, b TEXT, FOREIGN KEY (a, b) REFERENCES pairparent(x, y));
            CREATE TABLE wr(k TEXT PRIMARY KEY REFERENCES kinds(code)) WITHOUT ROWID;
            INSERT INTO kinds VALUES ('a'), ('b'), ('c');
            INSERT INTO places VALUES ('p1', NULL), ('p2', 'p1'), ('p3', 'nowhere'), ('p4', 'p9');
            INSERT INTO numbered VALUES (1, 'one'), (2, 'two');
            INSERT INTO pairparent VALUES ('a', 'b');
            INSERT INTO pairs VALUES ('a', 'b'), ('a', 'x'), (NULL, 'x'), ('z', 'b');
            INSERT INTO wr VALUES ('a'), ('zz');
            """)
        // Dangling values in every column, in every mix, rows interleaved, NULLs, '2' for 2.
        let kinds = ["a", "b", "c", "x", "y", "A"], places = ["p1", "p2", "p3", "q1", "p0"]
        var i = 0
        for kind in kinds {
            for place in places {
                i += 1
                let kind2: SQLiteValue = i % 4 == 0 ? .null : .text(kinds[(i * 7) % kinds.count])
                let num: SQLiteValue = [SQLiteValue.null, .integer(1), .integer(3), .text("2"), .text("two")][i % 5]
                let named: SQLiteValue = [SQLiteValue.null, .text("one"), .text("three"), .integer(1)][i % 4]
                let other: SQLiteValue = i % 3 == 0 ? .null : .text(places[(i * 3) % places.count])
                try connection.execute("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?)", [kind, place, kind2, num, named, other])
            }
        }
        let expected = try Self.pragma(connection)
        #expect(expected.count > 40, "the fixture dangles")
        #expect(Set(expected.map(\.table)) == ["facts", "places", "pairs"])
        #expect(try connection.foreignKeyViolations() == expected)
        for table in ["facts", "places", "pairs", "kinds"] {
            #expect(try Self.completedByOwnScan(connection, leaving: table) == connection.danglingReferences())
        }
        #expect(try connection.danglingReferences(leavingScanOf: "facts").unscanned.map(\.column) == ["other", "named", "num"])
        // Known from the schema alone, before the search through the indexes.
        for table in ["facts", "places", "pairs", "kinds", "wr"] {
            #expect(try connection.unscannedReferences(of: table) == connection.danglingReferences(leavingScanOf: table).unscanned)
        }
    }

    /// `danglingReferences(leavingScanOf:)` completed with what a scan of the table's rows by
    /// the references' own tests finds, as `check` does.
    private static func completedByOwnScan(_ connection: Connection, leaving table: String) throws -> [DanglingReference] {
        let pending = try connection.danglingReferences(leavingScanOf: table)
        guard !pending.unscanned.isEmpty else { return pending.found }
        let tests = pending.unscanned.map { "(\($0.isMissing(inRow: "o")))" }.joined(separator: ", ")
        var missing: [(rowID: Int64, reference: Int)] = []
        // Newest rows first: the order the caller finds them in does not matter.
        for row in try connection.query("SELECT o.rowid, \(tests) FROM \"\(table)\" o ORDER BY o.rowid DESC") {
            for index in pending.unscanned.indices where row[index + 1].intValue == 1 {
                missing.append((row[0].intValue ?? 0, index))
            }
        }
        return try pending.completed(with: missing, in: connection)
    }

    @Test func findsWhatForeignKeyCheckFindsInChisosSchema() throws {
        let database = try Database(path: dir.path("chiso.db"), access: .create)
        let connection = database.connection
        try connection.execute("PRAGMA foreign_keys = OFF")
        let triggers = try connection.query("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%references%'")
        for t in triggers.compactMap({ $0[0].stringValue }) { try connection.execute("DROP TRIGGER \"\(t)\"") }
        #expect(try Self.pragma(connection).isEmpty)
        #expect(try connection.danglingReferences().isEmpty)
        try connection.executeScript("""
            INSERT INTO observations(indicator, area, period, value) VALUES ('online_dossier_rate', 'p63-08', '2023', 5);
            INSERT INTO observations(indicator, area, period, value) VALUES ('bogus_code', 'p63-08', '2023', 5);
            INSERT INTO observations(indicator, area, period, value) VALUES ('online_dossier_rate', 'p99-99', '2023', 5);
            INSERT INTO observations(indicator, area, period, value) VALUES ('online_dossier_rate', 'p63-08', '2031-Q2', 5);
            INSERT INTO observations(indicator, area, period, value, source) VALUES ('online_dossier_rate', 'p63-10', '2023', 5, 'no-such-source');
            INSERT INTO observations(indicator, area, period, value, baseline_period, change) VALUES ('online_dossier_rate', 'p63-10', '2024', 5, '2032-Q1', 1);
            INSERT INTO observations(indicator, area, period, value) VALUES ('bogus_two', 'p98-98', '2033-Q3', 5);
            INSERT INTO rollouts(area, period, total, completed, in_progress, not_started) VALUES ('p99-99', '2023', 3, 1, 1, 1);
            """)
        let expected = try Self.pragma(connection)
        // Every kind of reference dangles (a new file's periods hold no plain years either).
        #expect(expected.count >= 9)
        #expect(try connection.foreignKeyViolations() == expected)
        let dangling = try connection.danglingReferences()
        #expect(try Self.completedByOwnScan(connection, leaving: "observations") == dangling)
        #expect(try connection.danglingReferences(leavingScanOf: "observations").unscanned.map(\.column).sorted() == ["baseline_period", "source"])
        #expect(try connection.unscannedReferences(of: "observations") == connection.danglingReferences(leavingScanOf: "observations").unscanned)
        #expect(Set(dangling.map(\.column)) == ["indicator", "area", "period", "baseline_period", "source"])
        #expect(Set(dangling.map(\.table)) == ["observations", "rollouts"])
        #expect(dangling.contains { $0.table == "observations" && $0.column == "period" && $0.value == "2031-Q2" && $0.area == "p63-08" })
    }
}
