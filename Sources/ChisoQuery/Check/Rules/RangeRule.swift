import ChisoStorage

/// `range`: values no report can mean: a percent outside 0–100, a rank outside 1..N, a score
/// outside its scale, a numerator above its denominator. The schema's triggers refuse most of
/// these on insert, but rows written by an older chiso or straight through SQL may still hold
/// them. Rows in range produce no finding: there would be one per figure.
enum RangeRule {
    static func findings(_ data: CheckData) -> [Finding] {
        var findings: [Finding] = []
        for r in data.observations {
            guard let indicator = data.indicators[r.indicator] else { continue }
            let v = Rounding.text(r.value)
            let before = findings.count
            func add(_ severity: Severity, _ message: String) {
                findings.append(Finding(severity, .range, about: [r], message: message))
            }
            switch indicator.measure {
            case .percent:
                if r.value < 0 || r.value > 100 { add(.error, "\(v)% is outside 0–100") }
            case .rank:
                if r.value < 1 {
                    add(.error, "rank \(v) is below 1")
                } else if let n = r.denominator, r.value > n {
                    add(.error, "rank \(v) is outside 1..\(Rounding.text(n))")
                } else if r.value != r.value.rounded() {
                    add(.warning, "rank \(v) is not a whole number")
                }
            case .score:
                if r.value < 0 {
                    add(.error, "score \(v) is below 0")
                } else if let max = indicator.scaleMax, r.value > max + Rounding.epsilon {
                    add(.error, "score \(v) is above the scale maximum \(Rounding.text(max))")
                }
            case .count:
                if r.value < 0 { add(.error, "count \(v) is negative") }
            case .ratio, .amount:
                break
            }
            // A rank above N has said it already; the numerator is the same number.
            if findings.count == before, let n = r.numerator, let d = r.denominator, n > d,
               indicator.measure != .ratio, indicator.measure != .amount {
                add(.error, "numerator \(Rounding.text(n)) is above its denominator \(Rounding.text(d))")
            }
        }
        return findings
    }
}
