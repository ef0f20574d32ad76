import Foundation

/// Why a report could not be read for extraction: one line naming the file, what was wrong
/// and what was expected.
public struct ExtractError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    public let file: String
    public let message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
    public var errorDescription: String? { description }
}
