import ChisoDomain
import ChisoIngest
import ChisoStorage
import Testing

/// The extractor over the built-in reference data (no database file), as the rule suites of
/// each round drive it: a report's text in, its candidate rows out.
enum ExtractHarness {
    static let reference: ExtractReference? = try? ExtractReference.load(databasePath: "/nonexistent/extract-rule-tests.db")

    /// `area` is the report's province given with `--area` (resolved on `areaOn`, else 31/12/2024), `period` its
    /// `--period`, `assumedYear` the year a date without one is read in.
    /// `withUnits: false` reads without the departments and districts of the reference data, as
    /// the first rounds' suites were written.
    static func extract(_ text: String, area: String? = nil, areaOn: CalendarDate? = nil,
                        period: String? = nil, assumedYear: Int? = 2026, withUnits: Bool = true) throws -> [ExtractedRow] {
        let ref = try #require(reference)
        let day = try areaOn ?? CalendarDate(year: 2024, month: 12, day: 31)
        let own = try area.map { try ref.areas.resolve($0, on: day) }
        let given = try period.map { try Period.parse($0) }
        return try extractor(withUnits: withUnits)
            .extract(text, options: .init(defaultArea: own, defaultPeriod: given, source: "test", assumedYear: assumedYear))
    }

    /// The extractor itself, for suites that pass their own options.
    static func extractor(withUnits: Bool = true) throws -> ReportExtractor {
        let ref = try #require(reference)
        return withUnits ? ReportExtractor(areas: ref.areas, indicators: ref.indicators, units: ref.units)
            : ReportExtractor(areas: ref.areas, indicators: ref.indicators)
    }

    /// The day the first rounds' suites resolve their report's province on.
    static let endOfSeptember2023 = try! CalendarDate(year: 2023, month: 9, day: 30)

    /// The one row holding `value`; fails the test, naming the values found, when there is none.
    static func row(_ rows: [ExtractedRow], value: Double) throws -> ExtractedRow {
        try #require(rows.first { $0.value == value }, "no row with value \(value) in \(rows.map(\.value))")
    }
}
