import ChisoStorage

/// `rate_vs_parts`: a rate against the counts of the same area, agency and period that
/// `indicator_relations` names as its numerator and denominator ("388 TTHC … đạt tỷ lệ 21,6%"
/// next to "có 1.824 TTHC": 388/1824 = 21.27%).
enum RatePartsRule {
    static func findings(_ data: CheckData) -> [Finding] {
        let figures = data.byFigure()
        var findings: [Finding] = []
        for relation in data.relations {
            for r in data.observations where r.indicator == relation.rate {
                func match(_ code: String) -> ObservationRecord? {
                    figures[FigureKey(indicator: code, area: r.area, agency: r.agency, period: r.period, breakdown: r.breakdown)]?.preferring(sourceOf: r)
                }
                guard let num = match(relation.numerator), let den = match(relation.denominator), den.value > 0 else { continue }
                findings.append(compare(r, num, den))
            }
        }
        return findings
    }

    private static func compare(_ r: ObservationRecord, _ num: ObservationRecord, _ den: ObservationRecord) -> Finding {
        let computed = 100 * num.value / den.value
        let tolerance = Rounding.halfUnit(r.value) + Rounding.epsilon
        let places = max(2, Rounding.decimals(r.value))
        let fraction = "\(Rounding.text(num.value)) / \(Rounding.text(den.value)) = \(Rounding.text(computed, places: places))%"
        let names = "(\(num.indicator) / \(den.indicator))"
        let rows = [r, num, den]
        let diff = computed - r.value
        if abs(diff) <= tolerance {
            return Finding(.info, .rateVsParts, about: rows, message: "\(fraction) \(names) ✓")
        }
        // A qualified figure ("trên 60 văn bản", "khoảng 21%") is not exact: judge it by its word.
        if let q = r.qualifier, num.qualifier == nil, den.qualifier == nil, q.admits(computed, stated: r.value, tolerance: tolerance) {
            return Finding(.info, .rateVsParts, about: rows, message: "\(fraction) \(names), reported as \(q.english) \(Rounding.text(r.value))% ✓")
        }
        // The counts are the report's own, but the text does not say they are this rate's
        // numerator and denominator: a disagreement is inconsistent (a warning), not impossible.
        // Only a share above 100% (the part counted larger than its whole) cannot be true.
        if computed > 100 + tolerance, num.qualifier == nil, den.qualifier == nil {
            return Finding(.error, .rateVsParts, about: rows, message:
                "\(fraction) \(names): \(Rounding.text(num.value)) is more than the whole \(Rounding.text(den.value)), a share above 100% cannot be true")
        }
        return Finding(.warning, .rateVsParts, about: rows, message:
            "\(fraction) \(names), but \(Rounding.text(r.value))% is reported (off by \(Rounding.difference(diff, comparedWith: r.value)) points; "
            + "\(RateFractionRule.allowance(r.value)))")
    }
}
