import Foundation

/// An export that could not be written: which file, and why, as one line.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
    public var errorDescription: String? { message }
}
