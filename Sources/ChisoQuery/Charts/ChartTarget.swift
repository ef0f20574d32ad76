import ChisoDomain
import ChisoFormats
import ChisoStorage

/// The goal a chart of one period draws as a line across its bars.
///
/// A target is judged against figures of its own period (a 2025 goal holds the figures of
/// 2025 and of its parts, never a 2024 figure), so a league table of one period gets the
/// target whose period holds that period: the country's own (`VN`), which is every province's
/// bar to reach, else the one target every province drawn shares. Provinces with different
/// goals for the period get no common line — a line would say one goal — and the footnote
/// names each one's instead.
enum ChartTarget {
    enum Choice: Equatable {
        /// One line: the target and how it reads ("mục tiêu cả nước 2025: ≥ 70").
        case line(value: Double, label: String)
        /// Each drawn area's own goal: "Nghệ An ≥ 70 (2024)".
        case differing([String])
        case none
    }

    /// - Parameters:
    ///   - names: the areas drawn, by name (as the league table prints them).
    ///   - period: the one period ranked; nil (periods mixed) draws no target.
    static func choose(indicator: String, names: Set<String>, period: String?, in database: Database) throws -> Choice {
        guard let period, let ranked = try? Period.parse(period) else { return .none }
        let directory = try database.areas.directory()
        let holding = try database.targets.all().filter { target in
            guard target.indicator == indicator, target.agency.isEmpty, let own = try? Period.parse(target.period) else { return false }
            return own.start <= ranked.start && ranked.end <= own.end
        }
        // The most specific goal first: the shortest period that holds the ranked one.
        let ordered = holding.sorted { a, b in
            let ea = (try? Period.parse(a.period).end.iso) ?? "", eb = (try? Period.parse(b.period).end.iso) ?? ""
            return ea != eb ? ea < eb : a.period < b.period
        }
        let text = { (t: TargetRecord) in ReportText.target(t.comparator, t.value, t.valueHigh) }
        if let country = ordered.first(where: { directory.record(id: $0.area)?.level == "country" }) {
            return .line(value: country.value, label: "mục tiêu cả nước \(country.period): \(text(country))")
        }
        var own: [String: TargetRecord] = [:]
        for target in ordered {
            guard let name = directory.record(id: target.area)?.name, names.contains(name), own[name] == nil else { continue }
            own[name] = target
        }
        guard let first = own.values.first else { return .none }
        let shared = own.values.allSatisfy { $0.comparator == first.comparator && $0.value == first.value && $0.valueHigh == first.valueHigh }
        if shared, own.count == names.count {
            return .line(value: first.value, label: "mục tiêu \(first.period): \(text(first))")
        }
        return .differing(own.sorted { $0.key < $1.key }.map { "\($0.key) \(text($0.value)) (\($0.value.period))" })
    }
}
