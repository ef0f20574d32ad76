import Foundation

/// An xlsx file that could not be written, printed as one `path: message` line.
package struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    package let path: String
    package let message: String

    package init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    package var description: String { "\(path): \(message)" }
    package var errorDescription: String? { description }
}
