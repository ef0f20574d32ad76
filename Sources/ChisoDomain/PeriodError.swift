import Foundation

/// A period (or date) that could not be read, with the text and what was expected instead.
public struct PeriodError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    public let input: String
    public let message: String

    public init(input: String, message: String) {
        self.input = input
        self.message = message
    }

    public var description: String { "cannot read period '\(input.escapingControlCharacters)': \(message.escapingControlCharacters)" }
    public var errorDescription: String? { description }
}
