import Foundation

/// A CSV input problem, with where it is: printed as one `file:line:column: message` line,
/// the form editors and terminals jump to.
package struct CSVError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The path given, or a name such as `<stdin>`.
    package let file: String
    /// 1-based line; 0 when the problem is the file itself (cannot open or read).
    package let line: Int
    /// 1-based column in characters, when the problem has one.
    package let column: Int?
    /// What is wrong and, where it helps, how to fix it.
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
