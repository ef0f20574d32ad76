import Foundation

/// Why a report file (a web page, a .docx, a .pdf) could not be read as text: one line naming
/// the file, what was wrong and what to do.
package struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    package let file: String
    package let message: String

    package init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    package var description: String { "\(file): \(message)" }
    package var errorDescription: String? { description }
}
