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

    /// `json_extract(?1, '$.indicator'), …`: the columns read back from a JSON parameter.
    func extracting(parameter: Int) -> [String] {
        columns.map { "json_extract(?\(parameter), '$.\($0)')" }
    }

    /// The id as the log keeps it: a text, since sources have text ids.
    var idExpression: String { self == .sources ? "id" : "CAST(id AS TEXT)" }
}
