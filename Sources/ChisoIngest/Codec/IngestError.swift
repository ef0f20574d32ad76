import Foundation

/// A row or file that cannot be ingested, with where it is: one `file:line:column: message`
/// line, the form editors and terminals jump to. `column` is the 1-based field index in the
/// file as written (the message names the column too), nil when the whole row is at fault.
package struct IngestError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The path as the user gave it, or a name such as `<stdin>`.
    package let file: String
    /// 1-based line where the record starts; 0 when the problem is the file itself.
    package let line: Int
    package let column: Int?
    /// What is wrong, the value, what was expected, and a suggestion where one exists.
    package let message: String

    package init(file: String, line: Int, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    package var description: String {
        guard line > 0 else { return "\(file): \(message)" }
        guard let column else { return "\(file):\(line): \(message)" }
        return "\(file):\(line):\(column): \(message)"
    }

    package var errorDescription: String? { description }
}

/// Where a record came from, so every rule can say `file:line:column`.
package struct RecordLocation: Sendable, Equatable {
    package var file: String
    package var line: Int

    package init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    func error(_ message: String, column: Int? = nil) -> IngestError {
        IngestError(file: file, line: line, column: column, message: message)
    }
}

/// " did you mean a, b or c?" for a list of suggestions, "" for none.
func didYouMean(_ suggestions: [String]) -> String {
    guard let last = suggestions.last else { return "" }
    let list = suggestions.count == 1 ? last : suggestions.dropLast().joined(separator: ", ") + " or " + last
    return "; did you mean \(list)?"
}
