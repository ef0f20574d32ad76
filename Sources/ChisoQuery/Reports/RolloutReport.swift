import ChisoFormats
import ChisoStorage

/// `chiso rollout`: Đề án 06 model status, completed / in progress / not started of total.
///
/// Without an area, each area's latest status (one row per area); with one, that area's
/// history, oldest first. The table draws a 20-cell bar with the rounded percentage in place
/// of the exact `completed_percent` column that data formats carry.
package struct RolloutReport {
    package var area: String?
    package var programme: String
    package var layout: ReportLayout

    package init(area: String? = nil, programme: String = "de_an_06", layout: ReportLayout = .data) {
        self.area = area
        self.programme = programme
        self.layout = layout
    }

    package var columns: [Column] {
        [Column("area"), Column("area_name"), Column("period"), Column("completed", .integer),
         Column("in_progress", .integer), Column("not_started", .integer), Column("total", .integer),
         layout == .table ? Column("progress") : Column("completed_percent", .real), Column("source")]
    }

    package func run(_ database: Database) throws -> ResultSet {
        let unit = try area.map { try AreaChoice.resolve($0, asOf: nil, in: database) }
        let rows = try database.connection.query("""
            SELECT area_id, area_code, area_name, period, completed, in_progress, not_started, total, source
            FROM rollouts_view
            WHERE programme = ?1 AND (?2 IS NULL OR area_id = ?2)
            ORDER BY area_code, area_id, period_start, period_end, coalesce(source, '')
            """, [programme, unit?.id])
        var picked: [[SQLiteValue]] = []
        for row in rows {
            // Rows come oldest first within an area: without an area, a later row replaces.
            if unit == nil, let last = picked.last, last[0] == row[0] {
                picked[picked.count - 1] = row
            } else {
                picked.append(row)
            }
        }
        var result = ResultSet(columns: columns)
        for row in picked {
            let completed = Int(row[4].intValue ?? 0), total = Int(row[7].intValue ?? 0)
            let percent = total > 0 ? Double(completed) * 100 / Double(total) : 0
            let last: Cell = layout == .table
                ? .text(Self.bar(percent: percent))
                : .real((percent * 100).rounded() / 100)
            result.rows.append([
                .text(row[1].stringValue), .text(row[2].stringValue), .text(row[3].stringValue),
                .integer(completed), .integer(row[5].intValue.map(Int.init)), .integer(row[6].intValue.map(Int.init)),
                .integer(total), last, .text(row[8].stringValue),
            ])
        }
        return result
    }

    /// "████████░░░░░░░░░░░░ 42%": `width` cells, each 100/width percent, rounded to nearest.
    package static func bar(percent: Double, width: Int = 20) -> String {
        let clamped = min(max(percent, 0), 100)
        let filled = Int((clamped * Double(width) / 100).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            + " \(Int(clamped.rounded()))%"
    }
}
