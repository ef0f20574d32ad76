import ChisoDomain
import ChisoStorage

/// `parts_sum`: parts that should add up to their total (procedures by level, the six QĐ 766
/// groups, a programme's models completed + in progress + not started).
enum PartsSumRule {
    static func findings(_ data: CheckData) -> [Finding] {
        let figures = data.byFigure()
        var findings: [Finding] = []
        for (totalCode, partCodes) in data.parts.sorted(by: { $0.key < $1.key }) {
            for total in data.observations where total.indicator == totalCode {
                let parts = partCodes.map { code in
                    (code, figures[FigureKey(indicator: code, area: total.area, agency: total.agency, period: total.period,
                                      breakdown: total.breakdown)]?
                        .preferring(sourceOf: total))
                }
                let present = parts.compactMap { code, row in row.map { (code, $0) } }
                guard !present.isEmpty else { continue }
                if let finding = compare(total, present, missing: parts.filter { $0.1 == nil }.map(\.0)) {
                    findings.append(finding)
                }
            }
        }
        findings += levelFindings(data, figures)
        for rollout in data.rollouts {
            findings.append(rolloutFinding(rollout))
        }
        return findings
    }

    /// A whole figure against its parts by level ("cấp tỉnh … cấp huyện … cấp xã"), where both
    /// are stored: the levels there were in the period (tỉnh, huyện, xã before 2025-07-01; tỉnh
    /// and xã from then) must add up to it, and fewer must not exceed it.
    private static func levelFindings(_ data: CheckData, _ figures: [FigureKey: [ObservationRecord]]) -> [Finding] {
        var findings: [Finding] = []
        for total in data.observations where total.breakdown.level.isEmpty
            && data.indicators[total.indicator]?.breakdowns.contains(.level) == true
            && data.indicators[total.indicator]?.measure == .count {
            let start = (try? Period(code: total.period))?.start
            let levels = start.map { $0 < ValueRules.reorganisation } ?? true ? ["tinh", "huyen", "xa"] : ["tinh", "xa"]
            let parts = levels.map { level -> (String, ObservationRecord?) in
                var breakdown = total.breakdown
                breakdown.level = level
                return (level, figures[FigureKey(indicator: total.indicator, area: total.area, agency: total.agency,
                                                 period: total.period, breakdown: breakdown)]?.preferring(sourceOf: total))
            }
            let present = parts.compactMap { level, row in row.map { (code: level, row: $0) } }
            guard !present.isEmpty else { continue }
            if let finding = compare(total, present, missing: parts.filter { $0.1 == nil }.map(\.0)) {
                findings.append(finding)
            }
        }
        return findings
    }

    private static func compare(_ total: ObservationRecord, _ parts: [(code: String, row: ObservationRecord)],
                                missing: [String]) -> Finding? {
        let sum = parts.reduce(0) { $0 + $1.row.value }
        let terms = parts.map { "\(shortName($0.code, total: total.indicator)) \(Rounding.text($0.row.value))" }.joined(separator: " + ")
        let rows = [total] + parts.map(\.row)
        let exact = rows.allSatisfy { $0.value == $0.value.rounded() }
        // Each printed figure may be off by half its last unit; whole counts must add up exactly.
        let tolerance = exact ? Rounding.epsilon : rows.reduce(Rounding.epsilon) { $0 + Rounding.halfUnit($1.value) }
        let places = rows.map { Rounding.decimals($0.value) }.max() ?? 0
        let sumText = Rounding.text(sum, places: places)
        let qualified = rows.contains { $0.qualifier != nil }
        if !missing.isEmpty {
            // Some parts are not reported: only parts that already exceed the total are wrong.
            guard sum > total.value + tolerance else { return nil }
            return Finding(qualified ? .warning : .error, .partsSum, about: rows, message:
                "\(terms) = \(sumText) already exceeds the total \(Rounding.text(total.value)) "
                + "without \(missing.map { shortName($0, total: total.indicator) }.joined(separator: ", "))")
        }
        let diff = sum - total.value
        if abs(diff) <= tolerance {
            return Finding(.info, .partsSum, about: rows, message: "\(terms) = \(sumText) = total ✓")
        }
        // Parts adding to more than the whole cannot be true (unless a word like "trên" makes a
        // figure approximate); parts adding to less only disagree: the text may count more
        // kinds than it lists, so that is a warning for a person to judge.
        let impossible = diff > 0 && !qualified
        return Finding(impossible ? .error : .warning, .partsSum, about: rows, message:
            "\(terms) = \(sumText), but the total is \(Rounding.text(total.value)) (off by \(Rounding.difference(diff, comparedWith: total.value)))")
    }

    private static func rolloutFinding(_ r: RolloutRecord) -> Finding {
        let sum = r.completed + r.inProgress + r.notStarted
        let terms = "completed \(r.completed) + in progress \(r.inProgress) + not started \(r.notStarted) = \(sum)"
        let ok = sum == r.total
        return Finding(ok ? .info : .error, .partsSum, area: r.area, indicator: r.programme, period: r.period,
                       message: ok ? "\(terms) = total ✓" : "\(terms), but the total is \(r.total) (off by \(abs(sum - r.total)))",
                       rows: r.id.map { [.rollout($0)] } ?? [], sources: r.source.map { [$0] } ?? [],
                       quotes: r.quote.map { [$0] } ?? [])
    }

    /// A part's code without what it shares with the total: `tthc_published_district` under
    /// `tthc_published_total` reads "district".
    static func shortName(_ part: String, total: String) -> String {
        let a = part.split(separator: "_"), b = total.split(separator: "_")
        var shared = 0
        while shared < min(a.count, b.count) - 1, a[shared] == b[shared] { shared += 1 }
        let rest = a.dropFirst(shared)
        return rest.isEmpty ? part : rest.joined(separator: "_")
    }
}
