import ChisoDomain
import Testing
@testable import ChisoStorage
import ChisoTestSupport

/// A bulk load appends rows, rebuilds every index and trigger it dropped, and reports a
/// natural key written twice instead of building the unique index.
@Suite struct ObservationBulkLoadTests {
    static let setup = """
        INSERT OR IGNORE INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('t_rate', 'Tỷ lệ', 'Rate', 'percent', 'qd766', 1, 100, NULL);
        INSERT OR IGNORE INTO periods VALUES ('2023', 'year', '2023-01-01', '2023-12-31', 'Năm 2023');
        INSERT OR IGNORE INTO periods VALUES ('2024', 'year', '2024-01-01', '2024-12-31', 'Năm 2024');
        """

    private func schemaObjects(_ db: Database) throws -> [String] {
        try db.connection.query("""
            SELECT name FROM sqlite_schema WHERE tbl_name = 'observations' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name
            """).compactMap { $0[0].stringValue }
    }

    private func row(_ period: String, _ value: Double, note: String? = nil) -> ObservationRecord {
        ObservationRecord(indicator: "t_rate", area: "VN", period: period, value: value,
                          numerator: value == 50 ? 1 : nil, denominator: value == 50 ? 2 : nil, note: note)
    }

    @Test func appendsRowsAndRebuildsIndexesAndTriggers() throws {
        let dir = TemporaryDirectory()
        let db = try Database(path: dir.path("b.db"), access: .create)
        try db.connection.executeScript(Self.setup)
        let before = try schemaObjects(db)
        try db.withBulkSettings(appending: true) {
            try db.connection.write {
                let load = try db.observations.bulkLoad()
                #expect(load.firstNewID == 1)
                #expect(try schemaObjects(db).isEmpty)
                try load.append(row("2023", 50, note: "một nửa"))
                try load.append(row("2024", 42.06))
                let result = try load.finish(limit: 10)
                #expect(result.duplicates.isEmpty)
                #expect(result.total == 0)
            }
        }
        #expect(try schemaObjects(db) == before)
        #expect(try db.observations.all().map(\.value) == [50, 42.06])
        #expect(try db.observations.all().first?.numerator == 1)
        #expect(try db.observations.all().last?.numerator == nil)
        #expect(try db.connection.scalar("PRAGMA foreign_keys").intValue == 1)
        #expect(try db.connection.scalar("PRAGMA journal_mode").stringValue == "wal")
    }

    @Test func reportsARepeatedKeyWithBothIds() throws {
        let dir = TemporaryDirectory()
        let db = try Database(path: dir.path("b.db"), access: .create)
        try db.connection.executeScript(Self.setup)
        let result = try db.withBulkSettings(appending: true) {
            try db.connection.write {
                let load = try db.observations.bulkLoad()
                try load.append(row("2023", 40))
                try load.append(row("2024", 41))
                try load.append(row("2023", 42))
                return try load.finish(limit: 10)
            }
        }
        #expect(result.total == 1)
        #expect(result.duplicates == [ObservationBulkLoad.Duplicate(
            key: NaturalKey(indicator: "t_rate", area: "VN", agency: "", period: "2023", source: ""), ids: [1, 3])])
    }

    @Test func keepingIndexesTurnsOnlyTheInsertTriggersOffAndOnlyWhenARowGoesIn() throws {
        let dir = TemporaryDirectory()
        let db = try Database(path: dir.path("b.db"), access: .create)
        try db.connection.executeScript(Self.setup)
        let writer = try db.observations.writer()
        try db.connection.write { _ = try writer.insert(row("2023", 40)) }
        let before = try schemaObjects(db)
        try db.withBulkSettings(appending: true) {
            try db.connection.write {
                let load = try db.observations.bulkLoad(keepingIndexes: true)
                #expect(load.firstNewID == 2)
                #expect(try schemaObjects(db) == before)
                writer.beforeInsert = { (r: ObservationRecord) throws(StorageError) in try load.willInsert(r) }
                _ = try writer.insert(row("2024", 41))
                // Every trigger firing on INSERT (value rules, and references since schema 013); the
                // load checks the new rows in one pass each at the end.
                #expect(try schemaObjects(db) == before.filter { $0 != "observations_value_rules_insert" && $0 != "observations_references_insert" })
                _ = try writer.upsert(row("2023", 43), onConflict: .replace)
                _ = try load.finish(limit: 10)
            }
        }
        #expect(try schemaObjects(db) == before)
        #expect(try db.observations.all().map(\.value) == [43, 41])
    }

    @Test func keepingIndexesStillRefusesANewRowThatBreaksAValueRule() throws {
        let dir = TemporaryDirectory()
        let db = try Database(path: dir.path("b.db"), access: .create)
        try db.connection.executeScript(Self.setup)
        let writer = try db.observations.writer()
        try db.connection.write { _ = try writer.insert(row("2023", 40)) }
        #expect(throws: StorageError.self) {
            try db.connection.write {
                let load = try db.observations.bulkLoad(keepingIndexes: true)
                writer.beforeInsert = { (r: ObservationRecord) throws(StorageError) in try load.willInsert(r) }
                _ = try writer.insert(row("2024", 140))
                _ = try load.finish(limit: 10)
            }
        }
        #expect(try db.observations.all().map(\.value) == [40])
        #expect(try schemaObjects(db).contains("observations_value_rules_insert"))
    }

    /// An update under the load (--on-conflict replace) runs without the schema's UPDATE
    /// triggers, which come back in `finish()`, and the updated rows still answer to the value
    /// rules: a percent of 150 is refused there and nothing is written.
    @Test func keepingIndexesTurnsTheUpdateTriggersOffAndStillRefusesAnUpdatedRowThatBreaksAValueRule() throws {
        let dir = TemporaryDirectory()
        let db = try Database(path: dir.path("b.db"), access: .create)
        try db.connection.executeScript(Self.setup)
        let writer = try db.observations.writer()
        try db.connection.write { _ = try writer.insert(row("2023", 40)) }
        let before = try schemaObjects(db)
        try db.connection.write {
            let load = try db.observations.bulkLoad(keepingIndexes: true)
            writer.beforeUpdate = { (id: Int64) throws(StorageError) in try load.willUpdate(id) }
            _ = try writer.upsert(row("2023", 45), onConflict: .replace)
            #expect(try schemaObjects(db) == before.filter { $0 != "observations_value_rules_update" && $0 != "observations_references_update" })
            _ = try load.finish(limit: 10)
        }
        #expect(try schemaObjects(db) == before)
        #expect(try db.observations.all().map(\.value) == [45])
        #expect(throws: StorageError.self) {
            try db.connection.write {
                let load = try db.observations.bulkLoad(keepingIndexes: true)
                writer.beforeUpdate = { (id: Int64) throws(StorageError) in try load.willUpdate(id) }
                _ = try writer.upsert(row("2023", 150), onConflict: .replace)
                _ = try load.finish(limit: 10)
            }
        }
        #expect(try db.observations.all().map(\.value) == [45])
        #expect(try schemaObjects(db) == before)
    }

    /// The digest of the new rows that the load folds as it writes them (change_log_ranges) is
    /// the one undo reads back from the rows, on both paths: appended into an empty table and
    /// inserted through the keyed writer. Nulls, -0, whole and fractional values, a qualifier,
    /// a baseline and change, Vietnamese text with quotes and an empty note all go through.
    @Test func foldsTheDigestOfItsNewRowsAsUndoReadsThemBack() throws {
        var rows = [row("2023", 50, note: "một \"nửa\""), row("2024", -0.0, note: "")]
        rows.append(ObservationRecord(indicator: "t_rate", area: "VN", agency: "Sở Nội vụ", period: "2023", value: 33.333333333333336,
                                      qualifier: .about, status: .estimated, baselinePeriod: "2024", change: -0.0,
                                      quote: "đạt 33,3%"))
        rows.append(ObservationRecord(indicator: "t_rate", area: "VN", agency: "Sở Nội vụ", period: "2024", value: 100,
                                      numerator: 7, denominator: 7, baselinePeriod: "2023", change: 12.5))
        for keyed in [false, true] {
            let dir = TemporaryDirectory()
            let db = try Database(path: dir.path("b.db"), access: .create, operation: ChangeOperation(command: "import", arguments: []))
            try db.connection.executeScript(Self.setup)
            let writer = try db.observations.writer()
            try db.connection.write {
                let load = try db.observations.bulkLoad(keepingIndexes: keyed)
                writer.beforeInsert = { (r: ObservationRecord) throws(StorageError) in try load.willInsert(r) }
                for r in rows {
                    if keyed { try writer.insert(r) } else { try load.append(r) }
                }
                #expect(try load.finish(limit: 10).total == 0)
            }
            let log = ChangeLog(db.connection)
            let change = try #require(try db.connection.scalar("SELECT max(id) FROM change_log").intValue)
            let range = try #require(try log.ranges(of: change).first)
            #expect(range.count == rows.count)
            #expect(range.digest == (try log.digest(.observations, range.ids)))
        }
    }

    /// A writer that offers a row to `INSERT … ON CONFLICT DO NOTHING` after an insert (the
    /// import's keyed path) ends every row as a writer that looks each key up first does: the
    /// same outcomes (new, unchanged, updated, refused by `admit`, a conflict), the same rows with
    /// the same ids, and the digest of the new rows folded only for rows that went in.
    @Test func insertingFirstAfterANewRowEndsEveryRowAsTheLookupDoes() throws {
        let existing = [row("2023", 40), row("2024", 41)]
        let incoming = [
            ObservationRecord(indicator: "t_rate", area: "VN", agency: "A", period: "2023", value: 1),
            ObservationRecord(indicator: "t_rate", area: "VN", agency: "B", period: "2023", value: 2),
            row("2023", 40),                  // after a new row: taken, same content
            ObservationRecord(indicator: "t_rate", area: "VN", agency: "C", period: "2023", value: 3),
            row("2024", 45),                  // after a new row: taken, other content
            ObservationRecord(indicator: "t_rate", area: "VN", agency: "D", period: "2023", value: 4),
            ObservationRecord(indicator: "t_rate", area: "VN", agency: "A", period: "2023", value: 1),  // repeats a new row
            ObservationRecord(indicator: "t_rate", area: "VN", agency: "E", period: "2024", value: 5),
        ]
        func run(insertsFirst: Bool, policy: ConflictPolicy) throws -> (outcomes: [UpsertOutcome], rows: [ObservationRecord], digest: String?) {
            let dir = TemporaryDirectory()
            let db = try Database(path: dir.path("b.db"), access: .create, operation: ChangeOperation(command: "import", arguments: []))
            try db.connection.executeScript(Self.setup)
            let writer = try db.observations.writer()
            try db.connection.write { for r in existing { _ = try writer.insert(r) } }
            var outcomes: [UpsertOutcome] = []
            try db.withBulkSettings(appending: true) {
                try db.connection.write {
                    let load = try db.observations.bulkLoad(keepingIndexes: true)
                    writer.beforeInsert = { (r: ObservationRecord) throws(StorageError) in try load.willInsert(r) }
                    writer.beforeUpdate = { (id: Int64) throws(StorageError) in try load.willUpdate(id) }
                    writer.insertsFirst = insertsFirst
                    for r in incoming {
                        outcomes.append(try writer.upsert(r, onConflict: policy) { $0 < load.firstNewID })
                    }
                    #expect(try load.finish(limit: 10).total == 0)
                }
            }
            let log = ChangeLog(db.connection)
            let change = try #require(try db.connection.scalar("SELECT max(id) FROM change_log").intValue)
            let range = try log.ranges(of: change).first
            if let range { #expect(range.digest == (try log.digest(.observations, range.ids))) }
            return (outcomes, try db.observations.all(), range?.digest)
        }
        for policy in [ConflictPolicy.replace, .fail] {
            let lookup = try run(insertsFirst: false, policy: policy)
            let first = try run(insertsFirst: true, policy: policy)
            #expect(first.outcomes == lookup.outcomes)
            #expect(first.rows == lookup.rows)
            #expect(first.digest == lookup.digest)
            #expect(lookup.outcomes.filter { if case .inserted = $0 { true } else { false } }.count == 5)
            #expect(lookup.outcomes[6] == .refused(id: 3))
        }
    }

    /// The writer compares an existing row with the incoming one where it lies instead of
    /// decoding it: every variant is `.unchanged` exactly when the decoded row has the same
    /// content (`sameContent`), with -0 as 0, NULL apart from an empty text, and a note in
    /// another Unicode normalisation equal, as Swift's `==` says.
    @Test func comparesAnExistingRowAsTheDecodedRowDoes() throws {
        let stored = ObservationRecord(indicator: "t_rate", area: "VN", agency: "Sở Nội vụ", period: "2023", value: 0,
                                       numerator: 0, denominator: 4, qualifier: .about, status: .estimated,
                                       baselinePeriod: "2024", change: 1.5, quote: "đạt 0%", note: "Ghi chú \"một\"")
        var variants: [ObservationRecord] = [stored]
        func variant(_ change: (inout ObservationRecord) -> Void) { var r = stored; change(&r); variants.append(r) }
        variant { $0.value = -0.0 }
        variant { $0.value = 0.5 }
        variant { $0.numerator = nil; $0.denominator = nil }
        variant { $0.denominator = 5 }
        variant { $0.qualifier = nil }
        variant { $0.qualifier = .atLeast }
        variant { $0.status = .reported }
        variant { $0.baselinePeriod = nil; $0.change = nil }
        variant { $0.change = 1.25 }
        variant { $0.quote = nil }
        variant { $0.quote = "" }
        variant { $0.quote = "đạt 0% " }
        variant { $0.note = "Ghi chu\u{0301} \"một\"".replacingOccurrences(of: "chu\u{0301}", with: "chú") }
        variant { $0.note = "Ghi chu\u{0301} \"một\"" }
        variant { $0.note = "Ghi chú \"mot\"" }
        for r in variants {
            let dir = TemporaryDirectory()
            let db = try Database(path: dir.path("b.db"), access: .create)
            try db.connection.executeScript(Self.setup)
            let writer = try db.observations.writer()
            try db.connection.write { _ = try writer.insert(stored) }
            let decoded = try #require(try writer.existing(r.key))
            let outcome = try db.connection.write { try writer.upsert(r, onConflict: .skip) }
            #expect((outcome == .unchanged(id: 1)) == decoded.sameContent(as: r), "\(r)")
            #expect(outcome == .unchanged(id: 1) || outcome == .skipped(id: 1))
            let failed = try db.connection.write { try writer.upsert(r, onConflict: .fail) }
            if !decoded.sameContent(as: r) { #expect(failed == .conflict(existing: decoded)) }
        }
    }
}
