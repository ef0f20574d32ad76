import ChisoDomain
import ChisoFormats
import ChisoQuery
import ChisoStorage
import ChisoTestSupport

/// A small database for query tests: ten figures across the 2025 reorganisation (63-era
/// Tuyên Quang p63-08, Hà Giang p63-02, the merged p34-08), a department's figure, a rank,
/// an estimate, and a national figure with a change.
final class QueryFixture {
    let directory = TemporaryDirectory("chiso-query")
    let path: String
    let database: Database

    init() throws {
        path = directory.path("fixture.db")
        database = try Database(path: path, access: .create)
        _ = try database.sources.upsert(SourceRecord(id: "tq-2023", title: "Báo cáo 9 tháng 2023 Tuyên Quang"))
        let rows: [ObservationRecord] = [
            ObservationRecord(indicator: "qd766_score", area: "p63-08", period: "2023-01/2023-09", value: 58.52, source: "tq-2023"),
            ObservationRecord(indicator: "qd766_score", area: "p63-08", period: "2023", value: 60.1),
            ObservationRecord(indicator: "qd766_score", area: "p34-08", period: "2025-09", value: 80),
            ObservationRecord(indicator: "qd766_score", area: "p63-02", period: "2023", value: 55),
            ObservationRecord(indicator: "qd766_rank", area: "p63-08", period: "2023", value: 56, numerator: 56, denominator: 63),
            ObservationRecord(indicator: "online_dossier_rate", area: "p63-08", period: "2023-H1", value: 42.06),
            ObservationRecord(indicator: "online_dossier_rate", area: "p63-08", agency: "Sở Tư pháp", period: "2023-H1", value: 90.5),
            ObservationRecord(indicator: "tthc_published_total", area: "p63-08", period: "2023-09-30", value: 1824,
                              source: "tq-2023", quote: "có 1.824 TTHC"),
            ObservationRecord(indicator: "online_dossier_rate", area: "p63-46", period: "2023-Q3", value: 70,
                              qualifier: .about, status: .estimated),
            ObservationRecord(indicator: "online_dossier_rate", area: "VN", period: "2023", value: 45.5,
                              baselinePeriod: "2022", change: 3.2),
        ]
        try database.connection.write {
            let writer = try database.observations.writer()
            for row in rows {
                for code in [row.period] + (row.baselinePeriod.map { [$0] } ?? []) {
                    try database.periods.ensure(try Period(code: code))
                }
                try writer.insert(row)
            }
        }
    }

    /// Parses, compiles and runs `text`.
    func run(_ text: String) throws -> ResultSet {
        try ObservationQuery.parse(text).compile(for: database).resultSet(on: database.connection)
    }

    /// The first column of each row as text, for compact assertions.
    func firstColumn(_ text: String) throws -> [String] {
        try run(text).rows.map { row in
            switch row.first {
            case .text(let s): s
            case .real(let d): NumberText.plain(d)
            case .integer(let i): String(i)
            default: "NULL"
            }
        }
    }

    /// The error `text` raises, when it raises a query error.
    func failure(_ text: String) -> QuerySyntaxError? {
        do {
            _ = try run(text)
            return nil
        } catch let error as QuerySyntaxError {
            return error
        } catch {
            return nil
        }
    }
}
