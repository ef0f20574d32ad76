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
}
