import ChisoDomain
import ChisoStorage

/// `chiso check`: runs every rule over one snapshot of the database and returns the findings,
/// errors first.
package struct DataCheck {
    package var area: AreaFilter?
    /// Hears what the check is doing ("reading the figures", "checking 200000 figures"), for
    /// a progress line on a terminal.
    package var progress: ((String) -> Void)?

    /// Whether a database in a file is read on threads of its own (`PartReader`); off,
    /// everything runs on the calling thread, as for an in-memory database. The findings are the same.
    package var readsOnSecondThread = true

    package init(area: AreaFilter? = nil) { self.area = area }

    /// Runs the rules one area code at a time (`CheckData.forEachPart`), so memory holds one
    /// part's rows; the findings go to a `FindingSpool` on disk, which gives them back sorted
    /// as `sorted` would (issue 18: held in memory for the sort they took 132 MB at 1M rows).
    /// A database in a file is read by a `PartReader` on two threads of their own, which find
    /// the candidate rows side by side, then take turns reading the parts, grouping each and
    /// running the costlier rules over it (`readingRules`), while this thread runs the others
    /// over the part before and spools the findings (issue 18). The parts arrive in the same
    /// order either way, and a rule's findings in the order it found them, so the output is
    /// the same: findings of two rules never tie in the output order.
    package func run(_ database: Database) throws -> CheckReport {
        let spool = try FindingSpool()
        var parts = 0
        var areas: [String: AreaRecord]?
        progress?("check: reading the figures one area at a time")
        let area = self.area
        let keeps = { @Sendable (f: Finding) in area?.matches(area: f.area, period: f.period) ?? true }
        let check = { @Sendable (part: CheckData) -> CheckedPart in
            var part = part
            part.groupFigures()
            return CheckedPart(part: part, findings: Self.readingRules(part).filter(keeps))
        }
        let keep = { (checked: CheckedPart) throws in
            if areas == nil { areas = checked.part.areas }
            for finding in checked.findings { try spool.append(finding) }
            for finding in Self.otherRules(checked.part) where keeps(finding) { try spool.append(finding) }
            parts += 1
            progress?("check: \(parts) area\(parts == 1 ? "" : "s") checked")
        }
        if readsOnSecondThread, PartReader.canRead(database) {
            try PartReader(path: database.path).forEachPart(working: check, keep)
        } else {
            try CheckData.forEachPart(of: database) { try keep(check($0)) }
        }
        let records = areas.map { Array($0.values) } ?? []
        let names = Dictionary(records.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let codes = Dictionary(records.map { ($0.id, $0.code) }, uniquingKeysWith: { a, _ in a })
        return CheckReport(spool: spool, areaNames: names, areaCodes: codes)
    }

    /// A part, its figures grouped, with the findings of `readingRules` over it (those `area` keeps).
    struct CheckedPart: Sendable {
        var part: CheckData
        var findings: [Finding]
    }

    /// The rules the reading threads run over each part: the costlier ones (at 1M rows ≈ 12 %
    /// of a check's samples against ≈ 5 % for `otherRules`), since the calling thread spools
    /// the findings.
    static func readingRules(_ data: CheckData) -> [Finding] {
        RateFractionRule.findings(data) + PartsSumRule.findings(data) + ImpliedRule.findings(data)
    }

    /// The rules `readingRules` leaves.
    static func otherRules(_ data: CheckData) -> [Finding] {
        RatePartsRule.findings(data) + RangeRule.findings(data) + TargetRule.findings(data) + ConflictRule.findings(data)
            + ReferenceRule.findings(data)
    }

    /// Every rule's findings, sorted by severity, rule, area, indicator, period.
    package static func findings(in data: CheckData) -> [Finding] {
        sorted(unsortedFindings(in: data))
    }

    /// Every rule's findings, rule after rule.
    static func unsortedFindings(in data: CheckData) -> [Finding] {
        RateFractionRule.findings(data) + RatePartsRule.findings(data) + PartsSumRule.findings(data)
            + RangeRule.findings(data) + TargetRule.findings(data) + ConflictRule.findings(data) + ImpliedRule.findings(data) + ReferenceRule.findings(data)
    }

    /// Sorted by severity, rule, area, indicator, period; ties keep the order they were found in.
    static func sorted(_ all: [Finding]) -> [Finding] {
        all.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            return (x.severity, x.rule, x.area, x.indicator, x.period, a.offset) < (y.severity, y.rule, y.area, y.indicator, y.period, b.offset)
        }.map(\.element)
    }
}
