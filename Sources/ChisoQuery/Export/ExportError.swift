import Foundation

/// An export that could not be written: which file, and why, as one line.
package struct ExportError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    package let message: String

    package init(_ message: String) { self.message = message }

    package var description: String { message }
    package var errorDescription: String? { message }
}
