import ChisoFormats
import ChisoDomain
import ChisoStorage

/// What `chiso add` wrote (or, in a dry run, would write): the outcome and the row in the
/// export layout, so the user sees exactly the figure as chiso stored it.
package struct AddResult: Sendable {
    /// inserted, updated (with --replace) or unchanged (the same figure was already there).
    package var outcome: WriteOutcome
    /// The row in the CSV layout of its table (`CSVLayout.observations`, …).
    package var row: ResultSet
    /// The id of the row written or found; nil in a dry run of a new row.
    package var id: Int64?
    package var dryRun: Bool
    /// The unit the row named, when this add created it (or, in a dry run, would).
    package var newUnit: UnitRecord?

    /// "added observation 61", "would replace target 3", "unchanged: rollout 1 already holds this".
    package func line(kind: String) -> String {
        let name = id.map { "\(kind) \($0)" } ?? kind
        switch (outcome, dryRun) {
        case (.inserted, false): return "added \(name)"
        case (.inserted, true): return "would add \(name) (dry run: nothing written)"
        case (.updated, false): return "replaced \(name)"
        case (.updated, true): return "would replace \(name) (dry run: nothing written)"
        case (.unchanged, _): return "unchanged: \(name) already holds this figure"
        }
    }
}
