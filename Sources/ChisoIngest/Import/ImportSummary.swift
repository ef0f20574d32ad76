import ChisoDomain

/// What an import did (or, in a dry run, would do), and the problems it found.
package struct ImportSummary: Sendable, Equatable {
    /// Data records read (the header excluded).
    package var rows = 0
    package var new = 0
    package var changed = 0
    package var unchanged = 0
    /// Conflicting rows left as they were under `--on-conflict skip`.
    package var skipped = 0
    /// Rows whose key exists with other content, under `--on-conflict fail`.
    package var conflicting = 0
    /// Bad rows left out (counted whether or not they were imported around).
    package var rejected = 0
    /// The first problems as `file:line:column: message` lines.
    package var problems: [String] = []
    /// Every problem, including those beyond the kept ones.
    package var problemCount = 0
    /// Reading stopped at `problemLimit` problems (no `--skip-bad`): nothing was going to be
    /// written, so the rest of the file was not read.
    package var stoppedEarly = false
    /// True when the rows were written and committed.
    package var committed = false
    package var dryRun = false
    /// One line per kind of spreadsheet repair the file needed, naming its first row.
    package var notices: [String] = []
    private var repaired: [SpreadsheetRepair.Kind] = []
    /// Units (districts, communes, departments…) the rows named that were not known before,
    /// created on first use: one line each, not one per row.
    package var newUnits: [UnitRecord] = []

    package init() {}

    /// Notes the repairs of the row on `line` of `file`: the first of each kind only.
    mutating func noteRepairs(_ repairs: [SpreadsheetRepair], file: String, line: Int) {
        for repair in repairs where !repaired.contains(repair.kind) {
            repaired.append(repair.kind)
            notices.append(repair.notice(file: file, line: line))
        }
    }

    /// "imported: 3 new, 1 changed, 0 unchanged, 0 skipped"; "would import" for a dry run, and
    /// "not imported (rolled back)" when problems kept anything from being written, so the
    /// line never claims rows that are not in the database.
    package var line: String {
        let verb = dryRun ? "would import" : (committed || problemCount == 0 ? "imported" : "not imported (rolled back)")
        var text = "\(verb): \(new) new, \(changed) changed, \(unchanged) unchanged, \(skipped) skipped"
        if conflicting > 0 || dryRun { text += ", \(conflicting) conflicting" }
        if rejected > 0 { text += ", \(rejected) rejected" }
        return text
    }

    /// The kept problems, then "… and N more" when some were only counted, or the line that
    /// says reading stopped.
    package var problemLines: [String] {
        if stoppedEarly {
            return problems + ["stopped after \(problemCount) problems; fix these and run again (or --skip-bad to import the good rows)"]
        }
        return problems + (problemCount > problems.count ? ["… and \(problemCount - problems.count) more"] : [])
    }
}

/// An import that found problems and therefore wrote nothing: one line for `Error:`; the
/// problems themselves are in `summary`.
package struct ImportFailed: Error, Sendable, CustomStringConvertible {
    package let input: String
    package let summary: ImportSummary
    /// A dry run "fails" too, so scripts can check a file before importing it.
    package let dryRun: Bool

    package init(input: String, summary: ImportSummary, dryRun: Bool = false) {
        self.input = input
        self.summary = summary
        self.dryRun = dryRun
    }

    package var description: String {
        let count = summary.problemCount
        let problems = (summary.stoppedEarly ? "stopped after " : "") + "\(count) problem\(count == 1 ? "" : "s")"
        if dryRun { return "\(input) has \(problems) (listed above); nothing was written (dry run)" }
        return "nothing imported from \(input): \(problems) (listed above); fix them, or pass --skip-bad to import the good rows"
    }
}

import Foundation

extension ImportFailed: LocalizedError {
    package var errorDescription: String? { description }
}
