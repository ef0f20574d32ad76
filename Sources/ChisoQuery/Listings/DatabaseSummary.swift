import ChisoStorage

/// A few lines on what a database holds after a load: how many rows, which areas have
/// figures, and which stretch of time they cover. The README's first command prints it, so
/// a new user sees at once that the load did something useful.
package struct DatabaseSummary: Sendable, Equatable {
    package var counts: [(table: String, rows: Int)]
    /// Area names with how many figures (observations, targets, rollouts) each has, most first.
    package var areas: [(name: String, figures: Int)]
    package var firstDay: String?
    package var lastDay: String?
    package var periodCount: Int

    package static func == (a: DatabaseSummary, b: DatabaseSummary) -> Bool {
        a.lines(path: "") == b.lines(path: "")
    }

    package init(_ database: Database) throws(StorageError) {
        counts = try database.counts().filter { ["sources", "observations", "targets", "rollouts"].contains($0.table) }
        // Two units can share a name across the 2025 merger (p63-08 and p34-08 are both
        // Tuyên Quang): the id tells them apart only where that happens.
        let perUnit = try database.connection.query("""
            SELECT a.name, a.id, count(*) FROM (
                SELECT area FROM observations UNION ALL SELECT area FROM targets UNION ALL SELECT area FROM rollouts
            ) x JOIN areas a ON a.id = x.area
            GROUP BY a.id ORDER BY count(*) DESC, a.name
            """).map { (name: $0[0].stringValue ?? "", id: $0[1].stringValue ?? "", figures: Int($0[2].intValue ?? 0)) }
        let shared = Set(Dictionary(grouping: perUnit, by: \.name).filter { $0.value.count > 1 }.keys)
        areas = perUnit.map { (shared.contains($0.name) ? "\($0.name) [\($0.id)]" : $0.name, $0.figures) }
        let span = try database.connection.query("""
            SELECT min(start_date), max(end_date), count(*) FROM periods
            WHERE code IN (SELECT period FROM observations UNION SELECT period FROM targets UNION SELECT period FROM rollouts)
            """)
        firstDay = span.first?[0].stringValue
        lastDay = span.first?[1].stringValue
        periodCount = Int(span.first?[2].intValue ?? 0)
    }

    /// "chiso.db holds 5 sources, 59 observations, 5 targets, 1 rollouts", then areas and periods.
    package func lines(path: String) -> [String] {
        var lines = ["\(path) holds " + counts.map { "\($0.rows) \($0.table)" }.joined(separator: ", ")]
        if !areas.isEmpty {
            lines.append("areas with figures: " + areas.map { "\($0.name) (\($0.figures))" }.joined(separator: ", "))
        }
        if let firstDay, let lastDay {
            lines.append("periods: \(periodCount), from \(firstDay) to \(lastDay)")
        }
        return lines
    }
}
