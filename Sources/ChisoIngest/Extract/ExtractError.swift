import Foundation

/// Why a report could not be read for extraction: one line naming the file, what was wrong
/// and what was expected.
package struct ExtractError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    package let file: String
    package let message: String

    package init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    package var description: String { "\(file): \(message)" }
    package var errorDescription: String? { description }
}
