import Foundation

/// An xlsx file that could not be written, printed as one `path: message` line.
public struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
    public var errorDescription: String? { description }
}
