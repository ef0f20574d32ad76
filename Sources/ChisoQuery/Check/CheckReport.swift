import ChisoFormats

/// The findings of one `chiso check`, ready to print.
package struct CheckReport: Sendable {
    package var findings: [Finding]
    /// Area id → name, for people.
    package var areaNames: [String: String]
    /// Area id → code ('08', 'VN'), for machines.
    package var areaCodes: [String: String]

    package init(findings: [Finding], areaNames: [String: String] = [:], areaCodes: [String: String] = [:]) {
        self.findings = findings
        self.areaNames = areaNames
        self.areaCodes = areaCodes
    }

    package var hasErrors: Bool { findings.contains { $0.severity == .error } }

    package func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// "12 findings: 2 errors, 3 warnings, 7 info".
    package var summary: String {
        let e = count(.error), w = count(.warning), i = count(.info)
        return "\(findings.count) finding\(findings.count == 1 ? "" : "s"): \(e) error\(e == 1 ? "" : "s"), "
            + "\(w) warning\(w == 1 ? "" : "s"), \(i) info"
    }

    /// For people (`detailed: false`): severity, rule, area_name (with the agency; `area` is a
    /// code in every output, so a column of names is not called `area`), indicator, period,
    /// rows, message. For machines every field in its own column, lists joined by "; ".
    package func resultSet(detailed: Bool) -> ResultSet {
        if !detailed {
            var result = ResultSet(columns: ["severity", "rule", "area_name", "indicator", "period", "rows", "message"].map { Column($0) })
            for f in findings {
                let name = areaNames[f.area] ?? f.area
                let area = f.agency.isEmpty ? name : "\(name) · \(f.agency)"
                result.rows.append([.text(f.severity.rawValue), .text(f.rule.rawValue), .text(area), .text(f.indicator),
                                    .text(f.period), .text(f.rows.map(\.description).joined(separator: " ")), .text(f.message)])
            }
            return result
        }
        var result = ResultSet(columns: [
            Column("severity"), Column("rule"), Column("area_id"), Column("area_name"), Column("agency"),
            Column("indicator"), Column("period"), Column("message"), Column("rows"), Column("sources"), Column("quotes"),
        ])
        for f in findings {
            result.rows.append([
                .text(f.severity.rawValue), .text(f.rule.rawValue), .text(f.area), .text(areaNames[f.area]), .text(f.agency),
                .text(f.indicator), .text(f.period), .text(f.message), .text(f.rows.map(\.description).joined(separator: "; ")),
                .text(f.sources.joined(separator: "; ")), .text(f.quotes.joined(separator: "; ")),
            ])
        }
        return result
    }
}
