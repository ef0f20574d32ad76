import Foundation

/// A problem with an input, with where it is: one `file:line:column: message` line, the form
/// editors and terminals jump to. The one located error for every reader and rule of input —
/// the CSV and JSON Lines readers, the row decoders, load, import and extract.
package struct InputError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The path as the user gave it, or a name such as `<stdin>`.
    package let file: String
    /// 1-based line where the record starts; 0 when the problem is the file itself (cannot
    /// open or read).
    package let line: Int
    /// 1-based field index in the file as written (the message names the column too), or
    /// character column for a reader's problem; nil when the whole row is at fault.
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

    package func error(_ message: String, column: Int? = nil) -> InputError {
        InputError(file: file, line: line, column: column, message: message)
    }
}
