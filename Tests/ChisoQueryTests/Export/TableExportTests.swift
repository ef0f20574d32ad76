import ChisoDomain
import ChisoFormats
import ChisoQuery
import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing

/// Collects what a sink receives, so layouts and cell types can be pinned exactly.
struct CollectingSink: RowSink {
    var columns: [Column] = []
    var rows: [[Cell]] = []
    var finished = false

    mutating func begin(columns: [Column]) throws { self.columns = columns }
    mutating func write(_ row: [Cell]) throws { rows.append(row) }
    mutating func finish() throws { finished = true }
}

@Suite struct TableExportTests {
    let dir = TemporaryDirectory("table-export")
    let database: Database

    init() throws {
        database = try Database(path: dir.path("chiso.db"), access: .create)
        let db = database
        try db.connection.write {
            for code in ["2023-01/2023-09", "2023-H1", "2023-09-30"] { try db.periods.ensure(try Period(code: code)) }
            let writer = try db.observations.writer()
            try writer.insert(ObservationRecord(indicator: "qd766_rank", area: "p63-08", period: "2023-01/2023-09", value: 56,
                                                numerator: 56, denominator: 63, baselinePeriod: "2023-H1", change: 3))
            try writer.insert(ObservationRecord(indicator: "tthc_published_total", area: "VN", agency: "Bộ Công an",
                                                period: "2023-09-30", value: 1824, note: "=1+1"))
        }
    }

    @Test func streamsObservationsInTheInterchangeLayout() throws {
        var sink = CollectingSink()
        let count = try TableExport(.observations).write(from: database, into: &sink)
        #expect(count == 2)
        #expect(sink.finished)
        #expect(sink.columns.map(\.name) == ["indicator", "area", "area_name", "agency", "period", "value", "numerator",
                                             "denominator", "qualifier", "status", "baseline_period", "change", "source",
                                             "quote", "note", "level", "channel", "dossier_status", "indicator_name_vi", "period_label_vi"])
        #expect(sink.columns.filter { $0.type == .real }.map(\.name) == ["value", "numerator", "denominator", "change"])
        #expect(sink.rows[0] == [.text("qd766_rank"), .text("08"), .text("Tuyên Quang"), .text(""), .text("2023-01/2023-09"),
                                 .real(56), .real(56), .real(63), .null, .text("reported"), .text("2023-H1"), .real(3),
                                 .null, .null, .null, .text(""), .text(""), .text(""),
                                 .text("Xếp hạng Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)"), .text("9 tháng đầu năm 2023")])
        #expect(sink.rows[1][1] == .text("VN"))
        #expect(sink.rows[1][3] == .text("Bộ Công an"))
    }

    @Test func addsDatesAndFractionsForWorkbooks() throws {
        var sink = CollectingSink()
        try TableExport(.observations, flavour: .workbook).write(from: database, into: &sink)
        let names = sink.columns.map(\.name)
        #expect(Array(names[4...10]) == ["period", "period_start", "period_end", "value", "numerator", "denominator", "fraction"])
        #expect(sink.columns[5].type == .date)
        #expect(sink.columns[10].type == .text)
        #expect(Array(sink.rows[0][4...10]) == [.text("2023-01/2023-09"), .text("2023-01-01"), .text("2023-09-30"),
                                                .real(56), .real(56), .real(63), .text("56/63")])
        #expect(sink.rows[1][10] == .null)
    }

    @Test func filtersObservationsByIds() throws {
        var sink = CollectingSink()
        let filter = ObservationFilter(idsSQL: "SELECT id FROM observations_view WHERE area_code = ?", bindings: [.text("VN")])
        let count = try TableExport(.observations, filter: filter).write(from: database, into: &sink)
        #expect(count == 1)
        #expect(sink.rows.map { $0[0] } == [.text("tthc_published_total")])
    }

    @Test func refusesAFilterOnOtherTables() throws {
        var sink = CollectingSink()
        let filter = ObservationFilter(idsSQL: "SELECT 1", bindings: [])
        #expect(throws: QueryError("--query filters observations only, not targets")) {
            try TableExport(.targets, filter: filter).write(from: database, into: &sink)
        }
    }

    @Test(arguments: ExportTable.allCases)
    func everyTableExportsWithTypedColumns(table: ExportTable) throws {
        var sink = CollectingSink()
        let count = try TableExport(table).write(from: database, into: &sink)
        let expected: [ExportTable: Int] = [.observations: 2, .targets: 0, .rollouts: 0, .areas: 99, .indicators: 409, .periods: 3, .sources: 0,
                                              .userIndicators: 0]
        #expect(count == expected[table])
        #expect(sink.rows.allSatisfy { $0.count == sink.columns.count })
    }

    @Test func sourcesCarryTheirBodyOnlyOnRequest() throws {
        #expect(TableExport(.sources).columns.last?.name == "sha256")
        #expect(TableExport(.sources, withBody: true).columns.last?.name == "body")
        #expect(TableExport(.sources).columns.first { $0.name == "published_on" }?.type == .date)
    }

    @Test(arguments: [("figures.xlsx", ExportFormat.xlsx), ("a.JSONL", .jsonl), ("b.tsv", .tsv), ("c.csv", .csv), ("d.txt", nil)])
    func impliesTheFormatFromAFileName(name: String, format: ExportFormat?) {
        #expect(ExportFormat.implied(by: name) == format)
    }
}
