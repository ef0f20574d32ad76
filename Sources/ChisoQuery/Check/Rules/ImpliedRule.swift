import ChisoStorage

/// `implied`: the level a change implies for its baseline period, compared with the figure
/// stored for that period when there is one ("774.45 − 76.9 = 697.55" against the stored
/// 2022 score), else reported as what the data implies (and `--derive` may store).
enum ImpliedRule {
    static func findings(_ data: CheckData) -> [Finding] {
        let figures = data.byFigure()
        var findings: [Finding] = []
        for r in data.observations {
            guard let measure = data.measure(of: r.indicator), let implied = ImpliedValue(r, measure: measure) else { continue }
            let key = FigureKey(indicator: r.indicator, area: r.area, agency: r.agency, period: implied.baselinePeriod,
                                breakdown: r.breakdown)
            let stored = figures[key] ?? []
            let lead = implied.phrase.map { "'\($0)': " } ?? ""
            func finding(_ severity: Severity, _ message: String, _ rows: [ObservationRecord] = []) -> Finding {
                var f = Finding(severity, .implied, about: [r] + rows, message: lead + message)
                f.period = implied.baselinePeriod
                return f
            }
            if implied.isImpossibleRank, let v = implied.value {
                findings.append(finding(.error, "\(implied.arithmetic), a rank outside 1..\(r.denominator.map(Rounding.text) ?? "N") in \(implied.baselinePeriod): \(implied.describe(v)) cannot be"))
                continue
            }
            if let reported = stored.filter({ $0.status != .derived }).preferring(sourceOf: r) {
                findings.append(compare(implied, with: reported, finding))
                continue
            }
            switch implied.reading {
            case .exact(let v):
                let derived = stored.first { $0.status == .derived && $0.source == r.source && abs($0.value - v) <= Rounding.epsilon }
                let storage = derived?.id.map { "stored as derived obs \($0)" } ?? "not stored; `chiso check --derive` stores it"
                findings.append(finding(.info, "\(implied.arithmetic) implies \(implied.describe(v)) in \(implied.baselinePeriod) (\(storage))",
                                        derived.map { [$0] } ?? []))
            case .ambiguous:
                findings.append(finding(.info, "\(implied.arithmetic) in \(implied.baselinePeriod); the text does not say which, so --derive leaves it"))
            }
        }
        return findings
    }

    private static func compare(_ implied: ImpliedValue, with stored: ObservationRecord,
                                _ finding: (Severity, String, [ObservationRecord]) -> Finding) -> Finding {
        let r = implied.origin
        let change = r.change ?? 0
        let exact = [r.value, change, stored.value].allSatisfy { $0 == $0.rounded() }
        // Each of the three printed figures may be off by half its last unit.
        let tolerance = exact ? Rounding.epsilon
            : Rounding.halfUnit(r.value) + Rounding.halfUnit(change) + Rounding.halfUnit(stored.value) + Rounding.epsilon
        let storedText = "\(implied.describe(stored.value)) stored for \(implied.baselinePeriod)"
        let severity: Severity = [r, stored].contains { $0.qualifier != nil } ? .warning : .error
        switch implied.reading {
        case .exact(let v):
            if abs(v - stored.value) <= tolerance {
                return finding(.info, "\(implied.arithmetic) = the \(storedText) ✓", [stored])
            }
            return finding(severity, "\(implied.arithmetic), but \(storedText) (off by \(Rounding.difference(v - stored.value, comparedWith: v, stored.value)))", [stored])
        case .ambiguous(let points, let relative):
            if abs(points - stored.value) <= tolerance {
                return finding(.info, "\(implied.arithmetic): the \(storedText) fits percentage points ✓", [stored])
            }
            if abs(relative - stored.value) <= tolerance + Rounding.halfUnit(relative) {
                return finding(.info, "\(implied.arithmetic): the \(storedText) fits a relative change ✓", [stored])
            }
            return finding(severity, "\(implied.arithmetic), but \(storedText) fits neither reading", [stored])
        }
    }
}
