import Foundation

/// How a write operation is named in the change log: the command and the words it was given.
/// Set on a connection (`Connection.changeOperation`), it makes every write transaction of
/// that connection one logged operation.
package struct ChangeOperation: Sendable, Equatable {
    package var command: String
    package var arguments: [String]
    /// The operation this one reverses (`chiso undo`).
    package var undoes: Int64?

    package init(command: String, arguments: [String], undoes: Int64? = nil) {
        self.command = command
        self.arguments = arguments
        self.undoes = undoes
    }

    /// This process's command line: `chiso add observation --value 80,5` is command "add"
    /// with the arguments after it.
    package static var commandLine: ChangeOperation {
        let words = Array(CommandLine.arguments.dropFirst())
        return ChangeOperation(command: words.first ?? "chiso", arguments: Array(words.dropFirst()))
    }

    /// The arguments as a JSON array (the column `change_log.arguments`).
    var argumentsJSON: String {
        let data = (try? JSONSerialization.data(withJSONObject: arguments, options: [.withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// One logged operation, as `chiso history` lists it.
package struct ChangeEntry: Sendable, Equatable {
    package var id: Int64
    package var at: String
    package var command: String
    package var arguments: [String]
    package var summary: String
    package var undoes: Int64?

    /// The command as typed: `add observation --value '80,5'`.
    package var commandLine: String {
        ([command] + arguments).map { word in
            word.isEmpty || word.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" }) ? "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" : word
        }.joined(separator: " ")
    }
}

/// One row an operation changed: its values before (nil: inserted) and after (nil: deleted).
package struct ChangeRow: Sendable, Equatable {
    package var changeID: Int64
    package var table: LoggedTable
    package var rowID: String
    package var old: String?
    package var new: String?
    /// The rows this entry stands for: 1, or a bulk import's range of ids (`ChangeRange`).
    package var count: Int = 1

    package var action: String { old == nil ? "insert" : new == nil ? "delete" : "update" }
}

/// `chiso undo` or `chiso history` could not do what was asked; the reason in one line.
package struct ChangeLogError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
    package var errorDescription: String? { message }
}
