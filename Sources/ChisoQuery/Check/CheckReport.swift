import ChisoFormats

/// The findings of one `chiso check`, ready to print: in memory, or, for a whole database,
/// in a `FindingSpool` read back in order one finding at a time.
package struct CheckReport {
    private enum Store {
        case memory([Finding])
        case spool(FindingSpool)
    }

    private let store: Store
    /// Area id → name, for people.
    package var areaNames: [String: String]
    /// Area id → code ('08', 'VN'), for machines.
    package var areaCodes: [String: String]

    package init(findings: [Finding], areaNames: [String: String] = [:], areaCodes: [String: String] = [:]) {
        store = .memory(findings)
        self.areaNames = areaNames
        self.areaCodes = areaCodes
    }

    init(spool: FindingSpool, areaNames: [String: String], areaCodes: [String: String]) {
        store = .spool(spool)
        self.areaNames = areaNames
        self.areaCodes = areaCodes
    }

    /// Every finding in order, one at a time.
    package func forEach(_ body: (Finding) throws -> Void) throws {
        switch store {
        case .memory(let findings): for f in findings { try body(f) }
        case .spool(let spool): try spool.forEach(body)
        }
    }

    /// Every finding in order, all at once (tests, small databases).
    package var findings: [Finding] {
        get throws {
            var all: [Finding] = []
            try forEach { all.append($0) }
            return all
        }
    }

    package var hasErrors: Bool { count(.error) > 0 }

    package var total: Int {
        switch store {
        case .memory(let findings): findings.count
        case .spool(let spool): spool.total
        }
    }

    package func count(_ severity: Severity) -> Int {
        switch store {
        case .memory(let findings): findings.filter { $0.severity == severity }.count
        case .spool(let spool): spool.counts[severity] ?? 0
        }
    }

    /// "12 findings: 2 errors, 3 warnings, 7 info".
    package var summary: String {
        let e = count(.error), w = count(.warning), i = count(.info)
        return "\(total) finding\(total == 1 ? "" : "s"): \(e) error\(e == 1 ? "" : "s"), "
            + "\(w) warning\(w == 1 ? "" : "s"), \(i) info"
    }

    /// For people (`detailed: false`): severity, rule, area_name (with the agency; `area` is a
    /// code in every output, so a column of names is not called `area`), indicator, period,
    /// rows, message. For machines every field in its own column, lists joined by "; ".
    package func resultSet(detailed: Bool) throws -> ResultSet {
        var result = ResultSet(columns: Self.columns(detailed: detailed))
        try forEach { result.rows.append(row($0, detailed: detailed)) }
        return result
    }

    /// `resultSet(detailed:)` written into `sink` one finding at a time, so the rows of a
    /// million-row check are never all built at once.
    package func render(detailed: Bool, into sink: inout some RowSink) throws {
        try sink.begin(columns: Self.columns(detailed: detailed))
        try forEach { try sink.write(row($0, detailed: detailed)) }
        try sink.finish()
    }

    private static func columns(detailed: Bool) -> [Column] {
        if !detailed { return ["severity", "rule", "area_name", "indicator", "period", "rows", "message"].map { Column($0) } }
        return [
            Column("severity"), Column("rule"), Column("area_id"), Column("area_name"), Column("agency"),
            Column("indicator"), Column("period"), Column("message"), Column("rows"), Column("sources"), Column("quotes"),
        ]
    }

    private func row(_ f: Finding, detailed: Bool) -> [Cell] {
        if !detailed {
            let name = areaNames[f.area] ?? f.area
            let area = f.agency.isEmpty ? name : "\(name) · \(f.agency)"
            return [.text(f.severity.rawValue), .text(f.rule.rawValue), .text(area), .text(f.indicator),
                    .text(f.period), .text(f.rows.map(\.description).joined(separator: " ")), .text(f.message)]
        }
        return [
            .text(f.severity.rawValue), .text(f.rule.rawValue), .text(f.area), .text(areaNames[f.area]), .text(f.agency),
            .text(f.indicator), .text(f.period), .text(f.message), .text(f.rows.map(\.description).joined(separator: "; ")),
            .text(f.sources.joined(separator: "; ")), .text(f.quotes.joined(separator: "; ")),
        ]
    }
}
