import Foundation

/// A user error in a query, report or listing: one line saying what was wrong and what was expected.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
    public var errorDescription: String? { message }
}
