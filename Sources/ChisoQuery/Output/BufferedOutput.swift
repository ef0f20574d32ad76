#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes text to a file descriptor through a 64 KiB buffer: one `write(2)` per buffer rather
/// than per row, which matters when exporting a million rows.
public final class BufferedOutput {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16

    public init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(capacity)
    }

    public static func standardOutput() -> BufferedOutput { BufferedOutput(descriptor: 1) }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    public func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    public func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                // A closed pipe (`chiso export | head`) is not an error worth a message.
                if errno == EPIPE { buffer.removeAll(keepingCapacity: true); throw OutputClosed() }
                throw OutputError(message: "cannot write output: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// True when the descriptor is a terminal: tables and progress lines are for people.
    public var isTerminal: Bool { isatty(descriptor) != 0 }

    deinit { try? flush() }
}

/// The reader went away (a pipe closed early): stop quietly.
public struct OutputClosed: Error, Sendable {}

public struct OutputError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
