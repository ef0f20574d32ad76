import ChisoStorage

/// `conflict`: the same figure (indicator × area × agency × period) given by several sources.
/// Two values agree when the coarser one could be the finer one rounded ("42,1%" and "42,06%").
enum ConflictRule {
    static func findings(_ data: CheckData) -> [Finding] {
        var findings: [Finding] = []
        // Most figures have one row: they are passed over without building a set of sources.
        let groups = data.byFigure().filter { group in
            guard let first = group.value.first?.source ?? "" as String?, group.value.count > 1 else { return false }
            return group.value.contains { ($0.source ?? "") != first }
        }
        for (_, rows) in groups.sorted(by: { ($0.value.first?.id ?? 0) < ($1.value.first?.id ?? 0) }) {
            let sorted = rows.sorted { ($0.id ?? 0) < ($1.id ?? 0) }
            let agree = sorted.allSatisfy { a in
                sorted.allSatisfy { b in
                    abs(a.value - b.value) <= max(Rounding.halfUnit(a.value), Rounding.halfUnit(b.value)) + Rounding.epsilon
                        && a.denominator == b.denominator
                }
            }
            let list = sorted.map { r in
                let fraction = r.denominator.map { "/\(Rounding.text($0))" } ?? ""
                let derived = r.status == .derived ? ", derived" : ""
                return "\(Rounding.text(r.value))\(fraction) (\(r.source ?? "no source")\(derived))"
            }.joined(separator: ", ")
            findings.append(agree
                ? Finding(.info, .conflict, about: sorted, message: "\(sorted.count) sources agree: \(list) ✓")
                : Finding(.warning, .conflict, about: sorted, message: "sources disagree: \(list)"))
        }
        return findings
    }
}
