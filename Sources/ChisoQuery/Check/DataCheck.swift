import ChisoDomain
import ChisoStorage

/// `chiso check`: runs every rule over one snapshot of the database and returns the findings,
/// errors first.
package struct DataCheck {
    package var area: AreaFilter?
    /// Hears what the check is doing ("reading the figures", "checking 200000 figures"), for
    /// a progress line on a terminal.
    package var progress: ((String) -> Void)?

    package init(area: AreaFilter? = nil) { self.area = area }

    package func run(_ database: Database) throws -> CheckReport {
        progress?("check: reading the figures")
        let data = try CheckData.load(from: database)
        progress?("check: checking \(data.observations.count) figures against the rules")
        var findings = Self.findings(in: data)
        if let area { findings = findings.filter { area.matches(area: $0.area, period: $0.period) } }
        let areas = try database.areas.all()
        let names = Dictionary(areas.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let codes = Dictionary(areas.map { ($0.id, $0.code) }, uniquingKeysWith: { a, _ in a })
        return CheckReport(findings: findings, areaNames: names, areaCodes: codes)
    }

    /// Every rule's findings, sorted by severity, rule, area, indicator, period.
    package static func findings(in data: CheckData) -> [Finding] {
        let all = RateFractionRule.findings(data) + RatePartsRule.findings(data) + PartsSumRule.findings(data)
            + RangeRule.findings(data) + TargetRule.findings(data) + ConflictRule.findings(data) + ImpliedRule.findings(data) + ReferenceRule.findings(data)
        return all.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            return (x.severity, x.rule, x.area, x.indicator, x.period, a.offset) < (y.severity, y.rule, y.area, y.indicator, y.period, b.offset)
        }.map(\.element)
    }
}
