import Foundation

/// A name or code that does not denote an area (at the date asked), with the closest names.
public struct AreaLookupError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    public let input: String
    public let message: String
    public let suggestions: [String]

    public init(input: String, message: String, suggestions: [String] = []) {
        self.input = input
        self.message = message
        self.suggestions = suggestions
    }

    public var description: String {
        guard !suggestions.isEmpty else { return message }
        return "\(message); did you mean \(suggestions.joined(separator: ", "))?"
    }

    public var errorDescription: String? { description }
}
