import ChisoDomain
import ChisoStorage

/// `range`: values no report can mean: a percent outside 0–100, a rank outside 1..N or for the
/// country, a score outside its scale, a negative or fractional count, a numerator above its
/// denominator, an area that did not exist during the figure's period. The value rules are `ValueRules`, the very function the decoders use, so check
/// says what import would have said; the schema's triggers refuse the same on insert, but rows
/// written by an older chiso or straight through SQL may still hold them. Rows in range
/// produce no finding: there would be one per figure.
enum RangeRule {
    static func findings(_ data: CheckData) -> [Finding] {
        var findings: [Finding] = []
        var periods: [String: Period?] = [:]
        let directory = data.directory
        for r in data.observations {
            guard let indicator = data.indicators[r.indicator] else { continue }
            let before = findings.count
            func add(_ severity: Severity, _ message: String) {
                findings.append(Finding(severity, .range, about: [r], message: message))
            }
            let period: Period?
            if let known = periods[r.period] { period = known } else {
                period = try? Period(code: r.period)
                periods[r.period] = period
            }
            if let violation = ValueRules.violation(of: r.value, indicator: indicator.code, measure: indicator.measure,
                                                    scale: indicator.scaleMax, denominator: r.denominator,
                                                    area: data.areas[r.area], agency: r.agency, period: period) {
                add(.error, violation.reason)
            }
            // A unit that did not exist during the period (written before schema 008, or by
            // another tool): the same words import uses to refuse it.
            if let record = data.areas[r.area], let period, let reason = directory.validityViolation(of: record, during: period) {
                add(.error, "area \(reason)")
            }
            // A rank above N has said it already; the numerator is the same number.
            if findings.count == before, let n = r.numerator, let d = r.denominator, n > d,
               indicator.measure != .ratio, indicator.measure != .amount, !indicator.measure.isChange {
                add(.error, "numerator \(Rounding.text(n)) is above its denominator \(Rounding.text(d))")
            }
        }
        return findings
    }
}
