import ChisoFormats
import Foundation

/// `chiso add` refused a row: the rule it broke, named by the option the user typed
/// (`--value 120 is outside 0–100 …`), or the existing row it would duplicate.
package struct AddError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    package let message: String

    package init(_ message: String) { self.message = message }

    /// Rewrites a decoder message ("value 120 is outside …", about layout column `column`)
    /// to name the command-line option instead ("--value 120 is outside …").
    package init(_ error: InputError, layout: CSVLayout) {
        var text = error.message
        if let column = error.column, column >= 1, column <= layout.columns.count {
            let name = layout.columns[column - 1]
            let option = "--" + name.replacingOccurrences(of: "_", with: "-")
            text = text.hasPrefix(name + " ") ? option + text.dropFirst(name.count) : "\(option): \(text)"
        }
        message = text
    }

    package var description: String { message }
    package var errorDescription: String? { message }
}
