#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one buffered writer of chiso: every row sink builds its bytes here, and every byte that
/// leaves the program (standard output, an export's temporary file, a rejects file, a
/// workbook copied to a pipe) leaves through here.
///
/// Bytes gather in a 64 KiB buffer, so streaming a million rows means one `write(2)` per
/// buffer, not per row; the CSV writer appends field bytes straight in, with no String per
/// field. The buffer goes either to a file descriptor — interrupted writes retried, short
/// writes continued, a closed pipe (`chiso export | head -1`) thrown as `OutputClosed` so the
/// command ends quietly, any other failure an `OutputError` naming the output — or, for
/// callers that collect output (tests, `chiso sql`'s timed writes), to a closure, a chunk
/// at a time.
package final class BufferedOutput {
    private enum Destination {
        case descriptor(Int32, name: String)
        case chunks(([UInt8]) throws -> Void)
    }

    private let destination: Destination
    private var buffer: [UInt8] = []
    private static let capacity = 1 << 16

    private init(_ destination: Destination) {
        self.destination = destination
        buffer.reserveCapacity(Self.capacity + 4096)
    }

    /// Writes to `descriptor`; `name` names it in messages ("standard output", a path).
    package convenience init(descriptor: Int32, name: String = "the output") {
        self.init(.descriptor(descriptor, name: name))
    }

    /// Hands the bytes to `output` in chunks of about 64 KiB.
    package convenience init(chunks output: @escaping ([UInt8]) throws -> Void) {
        self.init(.chunks(output))
    }

    /// Hands the text to `output` in chunks of about 64 KiB, for callers that collect Strings.
    package convenience init(text output: @escaping (String) throws -> Void) {
        self.init(.chunks({ try output(String(decoding: $0, as: UTF8.self)) }))
    }

    package static func standardOutput() -> BufferedOutput { BufferedOutput(descriptor: 1, name: "standard output") }

    /// Writes into `file`'s temporary descriptor; `commit` the file after `flush`.
    package convenience init(file: AtomicFile) {
        self.init(descriptor: file.descriptor, name: file.path)
    }

    // MARK: - Appending

    package func write(_ text: String) throws {
        appendBytes(text)
        try flushIfFull()
    }

    /// Appends `bytes`; a chunk at least a buffer long (a sink's, a workbook's) goes straight
    /// to the destination with no second copy.
    package func write(bytes: [UInt8]) throws {
        if buffer.isEmpty, bytes.count >= Self.capacity {
            try send(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        try flushIfFull()
    }

    /// `write(_:)` under the name the row sinks use.
    package func append(_ text: String) throws { try write(text) }

    /// Appends without the size check; call `flushIfFull` at a row's end.
    package func appendBytes(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    package func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    package func appendByte(_ byte: UInt8) {
        buffer.append(byte)
    }

    package func flushIfFull() throws {
        if buffer.count >= Self.capacity { try flush() }
    }

    /// Sends what is buffered.
    package func flush() throws {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try send(buffer)
    }

    // MARK: - Sending

    private func send(_ bytes: [UInt8]) throws {
        switch destination {
        case .chunks(let output):
            try output(bytes)
        case .descriptor(let descriptor, let name):
            try bytes.withUnsafeBytes { try Self.writeAll($0, to: descriptor, name: name) }
        }
    }

    /// Writes every byte, retrying after EINTR and continuing after a short write.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, name: String) throws {
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

    /// True when the output is a terminal: tables and progress lines are for people.
    package var isTerminal: Bool {
        if case .descriptor(let descriptor, _) = destination { return isatty(descriptor) != 0 }
        return false
    }

    deinit {
        // A descriptor gets what is left (a command that returns without a final flush);
        // a closure's owner has finished with it.
        if case .descriptor = destination { try? flush() }
    }
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
