import Foundation

/// A number or figure that could not be read, with the text and what was expected instead.
package struct NumberError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    package let input: String
    package let message: String

    package init(input: String, message: String) {
        self.input = input
        self.message = message
    }

    package var description: String { "cannot read number '\(input)': \(message)" }
    package var errorDescription: String? { description }
}
