import ChisoStorage

/// `reference`: rows whose indicator, area, period or source names nothing. chiso never
/// writes them (its connections enforce foreign keys), but another tool may; the views and
/// reports leave them out, so without this rule they would be invisible yet exported.
enum ReferenceRule {
    static func findings(_ data: CheckData) -> [Finding] {
        data.danglingReferences.map { dangling in
            let row: [RowReference] = switch dangling.table {
            case "observations": [.observation(dangling.rowID)]
            case "targets": [.target(dangling.rowID)]
            case "rollouts": [.rollout(dangling.rowID)]
            default: []
            }
            let what = dangling.table.hasSuffix("s") ? String(dangling.table.dropLast()) : dangling.table
            return Finding(.error, .reference, area: dangling.area, indicator: dangling.column == "indicator" ? dangling.value : "",
                           period: dangling.period,
                           message: "\(what) row \(dangling.rowID) has \(dangling.column) '\(dangling.value)', which is not in \(dangling.parent) (written by another tool?); fix it with the sqlite3 shell or delete the row",
                           rows: row)
        }
    }
}
