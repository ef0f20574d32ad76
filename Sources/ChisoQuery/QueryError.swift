import Foundation

/// A user error in a query, report or listing: one line saying what was wrong and what was expected.
package struct QueryError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    package let message: String

    package init(_ message: String) { self.message = message }

    package var description: String { message }
    package var errorDescription: String? { message }
}
