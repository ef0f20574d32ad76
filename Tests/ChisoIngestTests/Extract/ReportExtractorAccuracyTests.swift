import ChisoDomain
import ChisoIngest
import ChisoStorage
import Testing

/// Issue 16, accuracy on unseen reports: the grammar of figures (ranks, rank lists, changes and
/// their signs), of periods (a report with no year, baselines, "từ A xuống B") and of the
/// index a figure belongs to, each from real report phrasing.
@Suite struct ReportExtractorAccuracyTests {
    static let reference: ExtractReference? = try? ExtractReference.load(databasePath: "/nonexistent/extract-accuracy-tests.db")

    func extract(_ text: String, area: String? = "08", period: String? = nil, assumedYear: Int? = 2026) throws -> [ExtractedRow] {
        let ref = try #require(Self.reference)
        let own = try area.map { try ref.areas.resolve($0, on: CalendarDate(year: 2023, month: 9, day: 30)) }
        let given = try period.map { try Period.parse($0) }
        return ReportExtractor(areas: ref.areas, indicators: ref.indicators, units: ref.units)
            .extract(text, options: .init(defaultArea: own, defaultPeriod: given, source: "test", assumedYear: assumedYear))
    }

    // MARK: - Periods

    @Test func aReportWithNoYearAssumesOneAndSaysSo() throws {
        let rows = try extract("Trong tháng 10, tỷ lệ hồ sơ được thanh toán trực tuyến tính bình quân toàn tỉnh là 98%.", assumedYear: 2026)
        let row = try #require(rows.first)
        #expect(row.period == "2026-10")
        #expect(row.note?.contains("the report names no year: 2026 assumed") == true)
    }

    @Test func aYearInTheReportIsNeverReplacedByTheAssumedOne() throws {
        let rows = try extract("Trong tháng 10/2023, tỷ lệ thanh toán trực tuyến toàn tỉnh là 98%.", assumedYear: 2026)
        #expect(rows.first?.period == "2023-10")
        #expect(rows.first?.note?.contains("assumed") != true)
    }
}
