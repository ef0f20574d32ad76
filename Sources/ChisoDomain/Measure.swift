/// How an indicator's values read. Mirrors the CHECK on `indicators.measure`.
package enum Measure: String, Sendable, CaseIterable, Codable {
    case percent, count, score, rank, ratio, amount
    /// Points of an index (a component's points): read like a score.
    case indexPoints = "index_points"
    /// A change given without its level: places in a ranking, points, percentage points.
    case rankChange = "rank_change"
    case pointsChange = "points_change"
    case percentagePointChange = "percentage_point_change"

    /// A change without the level it starts from: it may be negative and has no range.
    package var isChange: Bool {
        switch self {
        case .rankChange, .pointsChange, .percentagePointChange: true
        default: false
        }
    }

    /// Read against the indicator's scale: 0 to `scale_max`.
    package var isScoreLike: Bool { self == .score || self == .indexPoints }
}
