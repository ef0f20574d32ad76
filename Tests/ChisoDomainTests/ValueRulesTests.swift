import Testing
@testable import ChisoDomain

/// The value rules every path asks (decoders, `chiso add`, `chiso check`), with their words.
@Suite struct ValueRulesTests {
    static let until = CalendarDate(unchecked: 2025, 6, 30)
    static let from = CalendarDate(unchecked: 2025, 7, 1)
    static let province = AreaRecord(id: "p63-08", code: "08", name: "Tuyên Quang", validTo: until, mergedInto: "p34-08")
    static let merged = AreaRecord(id: "p34-08", code: "08", name: "Tuyên Quang", validFrom: from)
    static let country = AreaRecord(id: "VN", code: "VN", name: "Việt Nam", level: "country")
    let directory = AreaDirectory([
        country, province, merged,
        AreaRecord(id: "p63-02", code: "02", name: "Hà Giang", validTo: until, mergedInto: "p34-08"),
    ])

    private func reason(_ value: Double, _ indicator: String, _ measure: Measure, scale: Double? = nil,
                        denominator: Double? = nil, area: AreaRecord = province, period: String = "2023") throws -> String? {
        ValueRules.violation(of: value, indicator: indicator, measure: measure, scale: scale, denominator: denominator,
                             area: area, period: try Period(code: period))?.reason
    }

    @Test func refusesAScoreAboveItsScale() throws {
        #expect(try reason(150, "qd766_score", .score, scale: 100) == "150 is above the maximum; qd766_score is a score out of 100")
        #expect(try reason(1_234_567, "qd766_score", .score, scale: 100) != nil)
        #expect(try reason(-1, "qd766_score", .score, scale: 100) == "-1 is below 0; qd766_score is a score out of 100")
        #expect(try reason(100, "qd766_score", .score, scale: 100) == nil)
    }

    @Test func refusesNegativeOrFractionalCounts() throws {
        #expect(try reason(-3, "tthc_simplified", .count) == "-3 is negative; tthc_simplified is a count of whole things")
        #expect(try reason(2.5, "tthc_simplified", .count) == "2.5 is not a whole number; tthc_simplified is a count of whole things")
        #expect(try reason(1_500_000, "eid_accounts_activated", .count) == nil)
    }

    @Test func capsARankWithoutDenominatorByTheProvincesOfItsPeriod() throws {
        #expect(try reason(70, "qd766_rank", .rank) == "rank 70 is beyond the 63 provinces there were in 2023; give the number ranked as the denominator if the ranking was wider")
        #expect(try reason(63, "qd766_rank", .rank) == nil)
        #expect(try reason(35, "qd766_rank", .rank, area: Self.merged, period: "2026") != nil)
        #expect(try reason(34, "qd766_rank", .rank, area: Self.merged, period: "2026") == nil)
        // A period that begins before the reorganisation can still rank all 63.
        #expect(try reason(63, "qd766_rank", .rank, period: "2025") == nil)
        #expect(try reason(70, "qd766_rank", .rank, denominator: 100) == nil)
        #expect(try reason(64, "qd766_rank", .rank, denominator: 63) == "rank 64 is beyond the 63 ranked (denominator)")
    }

    @Test func refusesARankForTheCountryAndARankBelowOne() throws {
        #expect(try reason(5, "qd766_rank", .rank, area: Self.country)
                == "5 is a rank for the country (VN), but qd766_rank ranks provinces; the country has no rank")
        #expect(try reason(0, "qd766_rank", .rank) == "0 is not a rank (expected a whole number from 1)")
        #expect(try reason(2.5, "qd766_rank", .rank) == "2.5 is not a rank (expected a whole number from 1)")
    }

    @Test func letsAChangeGoNegativeButNotAnAmount() throws {
        #expect(try reason(-16.6, "digitised_dossier_rate_change", .ratio) == nil)
        #expect(try reason(-1, "budget", .amount) == "-1 is negative; budget is an amount")
        #expect(try reason(.infinity, "budget", .amount) != nil)
    }

    @Test func refusesAnIdOutsideItsValidity() throws {
        let giang = try #require(directory.record(id: "p63-02"))
        #expect(directory.validityViolation(of: giang, during: try Period(code: "2026"))
                == "p63-02 (Hà Giang) existed until 2025-06-30; the period 2026 is after it — it was merged into Tuyên Quang (p34-08)")
        #expect(directory.validityViolation(of: Self.merged, during: try Period(code: "2020"))
                == "p34-08 (Tuyên Quang) exists from 2025-07-01; the period 2020 is before it — before then it was Tuyên Quang (p63-08), Hà Giang (p63-02)")
        // A plan spanning the reorganisation may still be filed under the 63-era unit.
        #expect(directory.validityViolation(of: Self.province, during: try Period(code: "2021/2025")) == nil)
    }

    /// Case 6: a year chiso could not read back ("0023" stored as "23-09") is refused everywhere.
    @Test(arguments: [
        ("tháng 9/0023", "year 23 is outside 1945–2100"),
        ("0001", "year 1 is outside 1945–2100"),
        ("năm 1900", "year 1900 is outside 1945–2100"),
        ("2101", "year 2101 is outside 1945–2100"),
    ])
    func refusesYearsOutsideThePlausibleRange(text: String, message: String) {
        #expect(throws: PeriodError.self) { try Period.parse(text) }
        do { _ = try Period.parse(text) } catch { #expect(error.message == message) }
    }

    @Test func refusesTheYearZero() {
        #expect(throws: PeriodError.self) { try Period.parse("năm 0") }
        #expect(throws: PeriodError.self) { try Period(code: "0000") }
    }

    @Test func acceptsTheEndsOfTheRange() throws {
        #expect(try Period.parse("năm 1945").code == "1945")
        #expect(try Period.parse("tháng 12/2100").code == "2100-12")
    }
}
