import ChisoDomain
import ChisoStorage

/// `target`: each goal against the latest figure of the same indicator, area and agency of
/// the goal's own period ("chỉ đạt 65,16% không đạt chỉ tiêu 90-100%"), the rule the reports
/// use (`TargetJudgement`): a figure covering the period to its end has met or missed it; a
/// figure of an earlier part (a half year against the year's goal) is on track or behind; a
/// figure of another period (2020 against a 2025 goal) is never judged against it. A miss is a
/// warning, not an error: the figures are right, the province is behind.
enum TargetRule {
    static func findings(_ data: CheckData) -> [Finding] {
        var findings: [Finding] = []
        for t in data.targets {
            guard let targetPeriod = try? Period(code: t.period) else { continue }
            let measure = data.measure(of: t.indicator) ?? .ratio
            let goal = describe(t, measure)
            let candidates = data.observations.compactMap { r -> (ObservationRecord, Period)? in
                guard r.indicator == t.indicator, r.agency == t.agency, data.area(r.area, isOrPrecedes: t.area),
                      let p = try? Period(code: r.period), p.start >= targetPeriod.start, p.end <= targetPeriod.end else { return nil }
                return (r, p)
            }
            let latest = candidates.max { a, b in
                // Latest end, then the shorter period (a snapshot over a cumulative one), then a
                // reported figure over a derived one, then the last stored.
                (a.1.end, a.1.start, a.0.status != .derived ? 1 : 0, a.0.id ?? 0)
                    < (b.1.end, b.1.start, b.0.status != .derived ? 1 : 0, b.0.id ?? 0)
            }
            var rows: [RowReference] = t.id.map { [.target($0)] } ?? []
            var sources = t.source.map { [$0] } ?? []
            var quotes = t.quote.map { [$0] } ?? []
            guard let (r, _) = latest else {
                findings.append(Finding(.info, .target, area: t.area, agency: t.agency, indicator: t.indicator, period: t.period,
                                        message: "no figure of \(t.period) to compare with the target \(goal)",
                                        rows: rows, sources: sources, quotes: quotes))
                continue
            }
            if let id = r.id { rows.append(.observation(id)) }
            if let s = r.source, !sources.contains(s) { sources.append(s) }
            if let q = r.quote { quotes.append(q) }
            let predecessor = r.area == t.area ? "" : ", \(r.area) before it became \(t.area)"
            let value = "\(Rounding.text(r.value))\(measure.suffix) (\(r.period)\(predecessor))"
            let met = t.comparator.isMet(by: r.value, low: t.value, high: t.valueHigh)
            // A figure ending before the goal's period does is a part of it: on track or behind.
            let final = latest.map { $0.1.end >= targetPeriod.end } ?? true
            let message: String
            if met {
                message = final ? "met: \(value) against \(goal) for \(t.period) ✓"
                    : "on track: \(value), an earlier part of \(t.period), against \(goal)"
            } else {
                let gap = shortfall(r.value, t)
                let amount = "\(Rounding.difference(gap, comparedWith: r.value, t.value))\(measure.differenceUnit)"
                message = final ? "missed by \(amount): \(value) against \(goal) for \(t.period)"
                    : "behind by \(amount): \(value), an earlier part of \(t.period), against \(goal)"
            }
            findings.append(Finding(met ? .info : .warning, .target, area: t.area, agency: t.agency, indicator: t.indicator,
                                    period: t.period, message: message, rows: rows, sources: sources, quotes: quotes))
        }
        return findings
    }

    /// "≥ 86%", "90–100%".
    static func describe(_ t: TargetRecord, _ measure: Measure) -> String {
        let low = Rounding.text(t.value) + measure.suffix
        switch t.comparator {
        case .atLeast: return "≥ \(low)"
        case .atMost: return "≤ \(low)"
        case .equal: return "= \(low)"
        case .between: return "\(Rounding.text(t.value))–\(Rounding.text(t.valueHigh ?? t.value))\(measure.suffix)"
        }
    }

    /// How far `value` is from the nearest value that meets the target.
    private static func shortfall(_ value: Double, _ t: TargetRecord) -> Double {
        switch t.comparator {
        case .atLeast: t.value - value
        case .atMost: value - t.value
        case .equal: abs(value - t.value)
        case .between: value < t.value ? t.value - value : value - (t.valueHigh ?? t.value)
        }
    }
}
