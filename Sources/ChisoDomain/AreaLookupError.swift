import Foundation

/// An area name or code that did not resolve, with close spellings to offer.
public struct AreaLookupError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    public let input: String
    public let message: String
    public let suggestions: [String]

    public init(input: String, message: String, suggestions: [String] = []) {
        self.input = input
        self.message = message
        self.suggestions = suggestions
    }

    /// "unknown area 'Tuyen Quag'; did you mean Tuyên Quang?"
    public var description: String {
        guard let last = suggestions.last else { return message }
        let list = suggestions.count == 1 ? last : suggestions.dropLast().joined(separator: ", ") + " or " + last
        return "\(message); did you mean \(list)?"
    }

    public var errorDescription: String? { description }
}
