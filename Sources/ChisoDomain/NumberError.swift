import Foundation

/// A number or figure that could not be read, with the text and what was expected instead.
public struct NumberError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    public let input: String
    public let message: String

    public init(input: String, message: String) {
        self.input = input
        self.message = message
    }

    public var description: String { "cannot read number '\(input)': \(message)" }
    public var errorDescription: String? { description }
}
