import ChisoStorage

/// One observation with the names and dates reports need, read from `observations_view`.
/// Dates stay ISO text: they order correctly as strings, and reports only compare and print them.
struct ObservationRow: Sendable, Equatable {
    var indicator: String
    var areaID: String
    var areaCode: String
    var areaName: String
    var areaLevel: String
    var agency: String
    var period: String
    var start: String
    var end: String
    var value: Double
    var numerator: Double?
    var denominator: Double?
    var status: String
    var baselinePeriod: String?
    var change: Double?
    var source: String?

    /// Chronological order: by start, then end, then source, so series and "latest" are stable.
    static func chronological(_ a: ObservationRow, _ b: ObservationRow) -> Bool {
        (a.start, a.end, a.source ?? "") < (b.start, b.end, b.source ?? "")
    }

    /// Most recent first: the latest end wins; on the same end the later start (the shorter,
    /// more specific period: a 2023-09-30 snapshot over the month 2023-09), then source order.
    static func isMoreRecent(_ a: ObservationRow, than b: ObservationRow) -> Bool {
        if a.end != b.end { return a.end > b.end }
        if a.start != b.start { return a.start > b.start }
        return (a.source ?? "") < (b.source ?? "")
    }
}

extension Sequence where Element == ObservationRow {
    /// The most recent observation, by `ObservationRow.isMoreRecent`.
    func mostRecent() -> ObservationRow? {
        self.min(by: ObservationRow.isMoreRecent)
    }
}

/// Reads observations for reports with bound parameters only.
enum ObservationReader {
    private static let columns = """
        indicator, area_id, area_code, area_name, area_level, agency, period, period_start, period_end,
        value, numerator, denominator, status, baseline_period, change, source
        """

    /// Every observation of `indicator`, of `area` (an id), or both, in chronological order.
    static func rows(_ database: Database, indicator: String? = nil, area: String? = nil) throws(StorageError) -> [ObservationRow] {
        // Only the filters given go into the WHERE clause: `?1 IS NULL OR indicator = ?1`
        // would keep SQLite from using the indexes and scan every row of a large table.
        var conditions: [String] = []
        var values: [any SQLiteBindable] = []
        if let indicator {
            conditions.append("indicator = ?")
            values.append(indicator)
        }
        if let area {
            conditions.append("area_id = ?")
            values.append(area)
        }
        let statement = try database.connection.prepare("""
            SELECT \(columns) FROM observations_view
            WHERE \(conditions.isEmpty ? "1" : conditions.joined(separator: " AND "))
            ORDER BY period_start, period_end, coalesce(source, ''), area_id, agency
            """)
        try statement.bind(values)
        var rows: [ObservationRow] = []
        while try statement.step() {
            rows.append(ObservationRow(
                indicator: statement.string(at: 0) ?? "", areaID: statement.string(at: 1) ?? "",
                areaCode: statement.string(at: 2) ?? "", areaName: statement.string(at: 3) ?? "",
                areaLevel: statement.string(at: 4) ?? "", agency: statement.string(at: 5) ?? "",
                period: statement.string(at: 6) ?? "", start: statement.string(at: 7) ?? "",
                end: statement.string(at: 8) ?? "", value: statement.double(at: 9) ?? 0,
                numerator: statement.double(at: 10), denominator: statement.double(at: 11),
                status: statement.string(at: 12) ?? "reported", baselinePeriod: statement.string(at: 13),
                change: statement.double(at: 14), source: statement.string(at: 15)))
        }
        return rows
    }

    /// The last day an area has any figure or rollout for (only figures of `indicator` when
    /// given), or nil when it has none.
    static func latestDataDate(_ database: Database, area: String, indicator: String? = nil) throws(StorageError) -> String? {
        if let indicator {
            return try database.connection.scalar(
                "SELECT max(period_end) FROM observations_view WHERE area_id = ? AND indicator = ?", [area, indicator]).stringValue
        }
        return try database.connection.scalar("""
            SELECT max(d) FROM (
                SELECT max(period_end) AS d FROM observations_view WHERE area_id = ?1
                UNION ALL SELECT max(period_end) FROM rollouts_view WHERE area_id = ?1)
            """, [area]).stringValue
    }
}
