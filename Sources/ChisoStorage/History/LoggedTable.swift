/// The tables whose rows the change log records, each with the one list of columns its row
/// JSON is built from (the log's triggers, the bulk load's INSERT … SELECT, undo and the
/// comparison before an undo all use this list, so a new column is one edit here).
package enum LoggedTable: String, Sendable, CaseIterable {
    case sources, observations, targets, rollouts

    /// The columns other than the id, in the order the JSON object names them.
    package var columns: [String] {
        switch self {
        case .observations: ObservationColumns.written
        case .targets: TargetTable.written
        case .rollouts: RolloutTable.written
        case .sources: SourceTable.written
        }
    }

    /// The singular noun for messages ("observation 61").
    package var noun: String { String(rawValue.dropLast()) }

    /// `json_object('indicator', NEW.indicator, …)` for the row named `alias`.
    func json(_ alias: String) -> String {
        "json_object(" + columns.map { "'\($0)', \(alias).\($0)" }.joined(separator: ", ") + ")"
    }

    /// The columns a bulk import logs of each new row: its key and value, marked `"compact"`.
    /// The rest of the row is the row itself until a later operation changes it (and that
    /// operation logs the whole row as its old value), so a million-row import does not write
    /// every quote and note a second time; undo checks the key and value before it deletes.
    static let compactColumns = ["indicator", "area", "agency", "period", "level", "channel", "dossier_status", "source", "value"]

    /// The compact JSON of the row named `alias` (observations; other tables log whole rows).
    func compactJSON(_ alias: String) -> String {
        guard self == .observations else { return json(alias) }
        return "json_object(" + Self.compactColumns.map { "'\($0)', \(alias).\($0)" }.joined(separator: ", ") + ", 'compact', 1)"
    }

    /// `json_extract(?1, '$.indicator'), …`: the columns read back from a JSON parameter.
    func extracting(parameter: Int) -> [String] {
        columns.map { "json_extract(?\(parameter), '$.\($0)')" }
    }

    /// The id as the log keeps it: a text, since sources have text ids.
    var idExpression: String { self == .sources ? "id" : "CAST(id AS TEXT)" }
}
