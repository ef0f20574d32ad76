import Foundation

/// An area name or code that did not resolve, with close spellings to offer.
package struct AreaLookupError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    package let input: String
    package let message: String
    package let suggestions: [String]

    package init(input: String, message: String, suggestions: [String] = []) {
        self.input = input
        self.message = message
        self.suggestions = suggestions
    }

    /// "unknown area 'Tuyen Quag'; did you mean Tuyên Quang?"
    package var description: String {
        guard let last = suggestions.last else { return message }
        let list = suggestions.count == 1 ? last : suggestions.dropLast().joined(separator: ", ") + " or " + last
        return "\(message); did you mean \(list)?"
    }

    package var errorDescription: String? { description }
}
