import ChisoDomain
import Testing
@testable import ChisoStorage
import ChisoTestSupport

/// The set-wise keyed write: staged rows are classified against the table in one pass (the
/// existing row of each key, whether its content is the same, the first staged row with the
/// key), and written through the writer's hooks with the ids and in the order given.
@Suite struct ObservationStagingTests {
    private func row(_ period: String, _ value: Double, source: String? = nil, note: String? = nil) -> ObservationRecord {
        ObservationRecord(indicator: "t_rate", area: "VN", period: period, value: value, source: source, note: note)
    }

    private func database(_ dir: TemporaryDirectory) throws -> Database {
        let db = try Database(path: dir.path("s.db"), access: .create)
        try db.connection.executeScript(ObservationBulkLoadTests.setup)
        try db.connection.execute("INSERT OR IGNORE INTO periods VALUES ('2022', 'year', '2022-01-01', '2022-12-31', 'Năm 2022')")
        let writer = try db.observations.writer()
        try db.connection.write {
            try writer.insert(row("2023", 40))             // id 1
            try writer.insert(row("2024", 41, note: "cũ"))  // id 2
        }
        return db
    }

    @Test func classifiesEachStagedRowByItsKeyAndItsFirstOccurrence() throws {
        let dir = TemporaryDirectory()
        let db = try database(dir)
        try db.connection.write {
            let staging = try db.observations.writer().staging(keepingFields: true)
            try staging.stage(row("2024", 41, note: "mới"), fields: ["a", "b,c"])  // 0: changed (id 2)
            try staging.stage(row("2022", 10), fields: [])                         // 1: new
            try staging.stage(row("2023", 40), fields: ["", "x:y", "9"])           // 2: unchanged (id 1)
            try staging.stage(row("2022", 11), fields: [])                         // 3: repeats 1
            let (matches, order) = try staging.classify()
            #expect(matches == [
                .init(existingID: 2, same: false, first: 0), .init(existingID: 0, same: false, first: 1),
                .init(existingID: 1, same: true, first: 2), .init(existingID: 0, same: false, first: 1),
            ])
            #expect(Set(order) == [0, 1, 2, 3])
            #expect(order.count == 4)
            #expect(try staging.fields(of: 0) == ["a", "b,c"])
            #expect(try staging.fields(of: 2) == ["", "x:y", "9"])
            #expect(try staging.record(of: 3) == row("2022", 11))
        }
    }

    @Test func aRowCitingASourceHasAnotherKeyThanOneWithout() throws {
        let dir = TemporaryDirectory()
        let db = try database(dir)
        try db.connection.write {
            try db.connection.execute("INSERT INTO sources (id, title) VALUES ('s1', 'Báo cáo')")
            let staging = try db.observations.writer().staging(keepingFields: false)
            try staging.stage(row("2023", 40, source: "s1"), fields: ["ignored"])
            let (matches, _) = try staging.classify()
            #expect(matches == [.init(existingID: 0, same: false, first: 0)])
            #expect(try staging.fields(of: 0) == [])
        }
    }

    @Test func insertsWithTheGivenIdsAndUpdatesThroughTheWritersHooks() throws {
        let dir = TemporaryDirectory()
        let db = try database(dir)
        var inserted = 0
        var updated: [Int64] = []
        try db.connection.write {
            let writer = try db.observations.writer()
            writer.beforeInsert = { inserted += 1 }
            writer.beforeUpdate = { updated.append($0) }
            let staging = try writer.staging(keepingFields: false)
            try staging.stage(row("2024", 45, note: "sửa"), fields: [])
            try staging.stage(row("2022", 10), fields: [])
            try staging.insert([(seq: 1, id: 7)])
            try staging.update([(seq: 0, id: 2)])
        }
        #expect(inserted == 1)
        #expect(updated == [2])
        let rows = try db.observations.all()
        #expect(rows.map(\.id) == [1, 2, 7])
        #expect(rows[1].value == 45 && rows[1].note == "sửa" && rows[1].period == "2024")
        #expect(rows[2].period == "2022" && rows[2].value == 10)
    }

    @Test func fieldsSurviveTheirEncoding() {
        for fields in [[], [""], ["12:34", "", "Tuyên Quang, \"08\"", "a\nb"], ["9999999999:"]] {
            #expect(ObservationStaging.decode(ObservationStaging.encode(fields)) == fields)
        }
    }
}
