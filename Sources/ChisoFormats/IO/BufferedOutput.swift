#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way chiso writes bytes to a file descriptor: standard output, an export's
/// temporary file, a rejects file, a workbook copied to a pipe.
///
/// Text goes through a 64 KiB buffer, one `write(2)` per buffer rather than per row; a chunk
/// at least that large (what the row sinks hand over) goes straight to the descriptor with no
/// second copy. Interrupted writes are retried, short writes continued; a closed pipe
/// (`chiso export | head -1`) throws `OutputClosed` so the command ends quietly, any other
/// failure an `OutputError` that names the output.
package final class BufferedOutput {
    private let descriptor: Int32
    /// How the output is named in messages ("standard output", a file path).
    private let name: String
    private var buffer: [UInt8] = []
    private static let capacity = 1 << 16

    package init(descriptor: Int32, name: String = "the output") {
        self.descriptor = descriptor
        self.name = name
        buffer.reserveCapacity(Self.capacity)
    }

    package static func standardOutput() -> BufferedOutput { BufferedOutput(descriptor: 1, name: "standard output") }

    /// Writes into `file`'s temporary descriptor; `commit` the file after `flush`.
    package convenience init(file: AtomicFile) {
        self.init(descriptor: file.descriptor, name: file.path)
    }

    package func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.capacity { try flush() }
    }

    package func write(bytes: [UInt8]) throws {
        if buffer.isEmpty, bytes.count >= Self.capacity {
            try bytes.withUnsafeBytes { try writeAll($0) }
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.capacity { try flush() }
    }

    package func flush() throws {
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { try writeAll($0) }
    }

    /// Writes every byte, retrying after EINTR and continuing after a short write.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                // A closed pipe (`chiso export | head`) is not an error worth a message.
                if errno == EPIPE { throw OutputClosed() }
                throw OutputError(message: "cannot write \(name): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// True when the descriptor is a terminal: tables and progress lines are for people.
    package var isTerminal: Bool { isatty(descriptor) != 0 }

    deinit { try? flush() }
}

/// `write(2)` of the platform's C library: the package builds on Linux and macOS.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}

/// The reader went away (a pipe closed early): stop quietly.
package struct OutputClosed: Error, Sendable {}

/// An output that could not be written or created: which one, and why, as one line.
package struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    package let message: String
    package init(message: String) { self.message = message }
    package var description: String { message }
}
