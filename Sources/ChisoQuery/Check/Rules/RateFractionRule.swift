import ChisoStorage

/// `rate_vs_fraction`: a reported rate against its own numerator and denominator
/// ("13.322/16.942, đạt 78,63%"), and a rank or "n/N" count whose value is not its numerator.
enum RateFractionRule {
    static func findings(_ data: CheckData) -> [Finding] {
        var findings: [Finding] = []
        for r in data.observations {
            guard let n = r.numerator, let d = r.denominator, let measure = data.measure(of: r.indicator) else { continue }
            switch measure {
            case .percent:
                guard d > 0 else { continue }
                findings.append(rate(r, numerator: n, denominator: d))
            case .rank, .count:
                // "56/63" and "15/18 Sở" store n as both value and numerator.
                if abs(r.value - n) > Rounding.epsilon {
                    findings.append(Finding(.error, .rateVsFraction, about: [r], message:
                        "value \(Rounding.text(r.value)) but numerator \(Rounding.text(n)) of \(Rounding.text(n))/\(Rounding.text(d)): a \(measure.rawValue) written n/N stores n as its value"))
                }
            case .score, .ratio, .amount, .indexPoints, .rankChange, .pointsChange, .percentagePointChange:
                continue
            }
        }
        return findings
    }

    private static func rate(_ r: ObservationRecord, numerator n: Double, denominator d: Double) -> Finding {
        let computed = 100 * n / d
        let tolerance = Rounding.halfUnit(r.value) + Rounding.epsilon
        let places = max(2, Rounding.decimals(r.value))
        let fraction = "\(Rounding.text(n))/\(Rounding.text(d)) = \(Rounding.text(computed, places: places))%"
        let diff = computed - r.value
        if abs(diff) <= tolerance {
            return Finding(.info, .rateVsFraction, about: [r], message: "\(fraction) ✓")
        }
        if let q = r.qualifier, q.admits(computed, stated: r.value, tolerance: tolerance) {
            return Finding(.info, .rateVsFraction, about: [r], message: "\(fraction), reported as \(q.english) \(Rounding.text(r.value))% ✓")
        }
        let stated = (r.qualifier.map { "\($0.english) " } ?? "") + Rounding.text(r.value) + "%"
        return Finding(r.qualifier == nil ? .error : .warning, .rateVsFraction, about: [r], message:
            "\(fraction), but \(stated) is reported (off by \(Rounding.difference(diff, comparedWith: r.value)) points; "
            + "\(allowance(r.value)))")
    }

    /// "the 1 decimal shown allows ±0.05".
    static func allowance(_ value: Double) -> String {
        let places = Rounding.decimals(value)
        let what = places == 0 ? "a whole number" : "\(places) decimal\(places == 1 ? "" : "s")"
        return "rounding to \(what) allows ±\(Rounding.text(Rounding.halfUnit(value)))"
    }
}
