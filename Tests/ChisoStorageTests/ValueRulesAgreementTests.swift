import ChisoDomain
import ChisoTestSupport
import Testing
@testable import ChisoStorage

/// The value rules live twice: as `ValueRules` in Swift (what every decoder asks) and as the
/// schema's views and triggers (Schema/008_value_rules.sql, the backstop). Each case goes
/// through the function, an ordinary INSERT and the bulk load, and all three must agree.
@Suite struct ValueRulesAgreementTests {
    struct Case: Sendable, CustomStringConvertible {
        var indicator: String
        var area: String
        var period: String
        var value: Double
        var denominator: Double? = nil
        var refused: Bool

        var description: String {
            "\(indicator) \(area) \(period) \(value)\(denominator.map { "/\($0)" } ?? "") → \(refused ? "refused" : "accepted")"
        }
    }

    /// Indicators the catalogue lacks a measure for: an amount, and a score with no maximum.
    static let setup = """
        INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better) VALUES
            ('t_amount', 'Số tiền', 'Amount', 'amount', 'other', 1),
            ('t_open_score', 'Điểm', 'Open score', 'score', 'other', 1),
            ('t_points', 'Điểm chỉ số', 'Index points', 'index_points', 'other', 1),
            ('t_rank_change', 'Thay đổi thứ hạng', 'Rank change', 'rank_change', 'other', 1),
            ('t_pp_change', 'Thay đổi điểm %', 'Percentage-point change', 'percentage_point_change', 'other', 1);
        """

    static let cases: [Case] = [
        Case(indicator: "online_dossier_rate", area: "p63-08", period: "2023", value: 0, refused: false),
        Case(indicator: "online_dossier_rate", area: "p63-08", period: "2023", value: 100, refused: false),
        Case(indicator: "online_dossier_rate", area: "VN", period: "2023", value: 42.06, refused: false),
        Case(indicator: "online_dossier_rate", area: "p63-08", period: "2023", value: -0.5, refused: true),
        Case(indicator: "online_dossier_rate", area: "p63-08", period: "2023", value: 100.01, refused: true),
        Case(indicator: "qd766_score", area: "p63-08", period: "2023", value: 100, refused: false),
        Case(indicator: "qd766_score", area: "p63-08", period: "2023", value: 150, refused: true),
        Case(indicator: "qd766_score", area: "p63-08", period: "2023", value: 1_234_567, refused: true),
        Case(indicator: "qd766_score", area: "p63-08", period: "2023", value: -1, refused: true),
        Case(indicator: "dti_score", area: "p63-08", period: "2023", value: 0.6123, refused: false),
        Case(indicator: "dti_score", area: "p63-08", period: "2023", value: 1.2, refused: true),
        Case(indicator: "t_open_score", area: "p63-08", period: "2023", value: 5000, refused: false),
        Case(indicator: "t_open_score", area: "p63-08", period: "2023", value: -1, refused: true),
        Case(indicator: "tthc_simplified", area: "p63-08", period: "2023", value: 0, refused: false),
        Case(indicator: "tthc_simplified", area: "p63-08", period: "2023", value: 1824, refused: false),
        Case(indicator: "tthc_simplified", area: "p63-08", period: "2023", value: -3, refused: true),
        Case(indicator: "tthc_simplified", area: "p63-08", period: "2023", value: 2.5, refused: true),
        Case(indicator: "t_amount", area: "p63-08", period: "2023", value: 12.5, refused: false),
        Case(indicator: "t_amount", area: "p63-08", period: "2023", value: -1, refused: true),
        Case(indicator: "digitised_dossier_rate_change", area: "p63-08", period: "2023", value: -16.6, refused: false),
        Case(indicator: "qd766_rank", area: "p63-08", period: "2023", value: 1, refused: false),
        Case(indicator: "qd766_rank", area: "p63-08", period: "2023", value: 63, refused: false),
        Case(indicator: "qd766_rank", area: "p63-08", period: "2023", value: 64, refused: true),
        Case(indicator: "qd766_rank", area: "p63-08", period: "2023", value: 70, refused: true),
        Case(indicator: "qd766_rank", area: "p63-08", period: "2023", value: 1_000_000, refused: true),
        Case(indicator: "qd766_rank", area: "p63-08", period: "2023", value: 0, refused: true),
        Case(indicator: "qd766_rank", area: "p63-08", period: "2023", value: 2.5, refused: true),
        Case(indicator: "qd766_rank", area: "p63-08", period: "2023", value: 56, denominator: 63, refused: false),
        Case(indicator: "qd766_rank", area: "p63-08", period: "2023", value: 64, denominator: 63, refused: true),
        Case(indicator: "qd766_rank", area: "p63-08", period: "2023", value: 70, denominator: 100, refused: false),
        Case(indicator: "qd766_rank", area: "p34-08", period: "2026", value: 34, refused: false),
        Case(indicator: "qd766_rank", area: "p34-08", period: "2026", value: 35, refused: true),
        Case(indicator: "qd766_rank", area: "p63-08", period: "2025", value: 63, refused: false),
        Case(indicator: "qd766_rank", area: "VN", period: "2023", value: 5, refused: true),
        Case(indicator: "qd766_score", area: "p63-02", period: "2026", value: 50, refused: true),
        Case(indicator: "qd766_score", area: "p34-08", period: "2020", value: 50, refused: true),
        Case(indicator: "par_plan_solutions", area: "p63-08", period: "2021/2025", value: 26, refused: false),
        Case(indicator: "t_points", area: "p63-08", period: "2023", value: 12.5, refused: false),
        Case(indicator: "t_points", area: "p63-08", period: "2023", value: -1, refused: true),
        Case(indicator: "t_rank_change", area: "p63-08", period: "2023", value: -5, refused: false),
        Case(indicator: "t_rank_change", area: "p63-08", period: "2023", value: 2.5, refused: true),
        Case(indicator: "t_pp_change", area: "p63-08", period: "2023", value: -5.31, refused: false),
    ]

    /// A fresh database holding the case's period, and the function's verdict on the case.
    private func prepare(_ c: Case) throws -> (Database, TemporaryDirectory, functionRefuses: Bool) {
        let dir = TemporaryDirectory("chiso-rules")
        let db = try Database(path: dir.path("r.db"), access: .create)
        try db.connection.executeScript(Self.setup)
        let period = try Period(code: c.period)
        try db.periods.ensure(period)
        let indicator = try #require(try db.indicators.find(c.indicator))
        let directory = try db.areas.directory()
        let area = try #require(directory.record(id: c.area))
        let violation = ValueRules.violation(of: c.value, indicator: indicator.code, measure: indicator.measure,
                                             scale: indicator.scaleMax, denominator: c.denominator, area: area, period: period)
        let refuses = violation != nil || directory.validityViolation(of: area, during: period) != nil
        return (db, dir, refuses)
    }

    private func record(_ c: Case) -> ObservationRecord {
        ObservationRecord(indicator: c.indicator, area: c.area, period: c.period, value: c.value,
                          numerator: c.denominator.map { _ in c.value }, denominator: c.denominator)
    }

    @Test(arguments: cases)
    func theFunctionAndTheTriggersAgree(_ c: Case) throws {
        let (db, dir, functionRefuses) = try prepare(c)
        _ = dir
        #expect(functionRefuses == c.refused)
        var triggerRefuses = false
        do {
            try db.connection.write { _ = try db.observations.writer().insert(record(c)) }
        } catch {
            triggerRefuses = true
        }
        #expect(triggerRefuses == functionRefuses)
    }

    @Test(arguments: cases)
    func theFunctionAndTheBulkLoadAgree(_ c: Case) throws {
        let (db, dir, functionRefuses) = try prepare(c)
        _ = dir
        var bulkRefuses = false
        do {
            try db.withBulkSettings(appending: true) {
                try db.connection.write {
                    let load = try db.observations.bulkLoad()
                    try load.append(record(c))
                    _ = try load.finish(limit: 10)
                }
            }
        } catch {
            bulkRefuses = true
        }
        #expect(bulkRefuses == functionRefuses)
        // A refused bulk load leaves nothing, and its triggers are back either way.
        #expect(try db.observations.all().isEmpty == bulkRefuses)
        #expect(try db.connection.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'observations_value_rules_insert'").intValue == 1)
    }

    /// A target's bounds follow the same rules, without a denominator.
    @Test(arguments: [
        ("qd766_rank", "p63-08", "2023", Comparator.atMost, 0.0, false),
        ("qd766_rank", "p63-08", "2023", .atMost, 10, true),
        ("qd766_rank", "p63-08", "2023", .atMost, 64, false),
        ("qd766_rank", "VN", "2023", .atMost, 10, false),
        ("online_dossier_rate", "p63-08", "2023", .atLeast, 120, false),
        ("online_dossier_rate", "p63-08", "2023", .atLeast, 86, true),
        ("tthc_simplified", "p63-08", "2023", .atLeast, 2.5, false),
        ("qd766_score", "p63-02", "2026", .atLeast, 80, false),
    ] as [(String, String, String, Comparator, Double, Bool)])
    func targetBoundsAgree(indicator: String, area: String, period: String, comparator: Comparator,
                           value: Double, accepted: Bool) throws {
        let (db, dir, functionRefuses) = try prepare(Case(indicator: indicator, area: area, period: period,
                                                          value: value, refused: !accepted))
        _ = dir
        #expect(functionRefuses == !accepted)
        var triggerRefuses = false
        do {
            try db.connection.write {
                _ = try db.targets.upsert(TargetRecord(indicator: indicator, area: area, period: period,
                                                       comparator: comparator, value: value))
            }
        } catch {
            triggerRefuses = true
        }
        #expect(triggerRefuses == functionRefuses)
    }

    /// Rows written before the rules (or straight through SQL with the triggers dropped) are
    /// still named by the view that `chiso check` and the bulk load read.
    @Test func theViewNamesTheRuleARowBreaks() throws {
        let dir = TemporaryDirectory("chiso-rules")
        let db = try Database(path: dir.path("r.db"), access: .create)
        try db.periods.ensure(try Period(code: "2026"))
        try db.connection.execute("DROP TRIGGER observations_value_rules_insert")
        try db.connection.execute("""
            INSERT INTO observations (indicator, area, period, value) VALUES ('qd766_score', 'p63-08', '2026', 150)
            """)
        #expect(try db.connection.scalar("SELECT rule FROM observation_value_rules").stringValue
                == "score must be between 0 and the indicator's scale_max")
    }
}
