/// A row sink's byte builder: collects output bytes and hands them on in chunks of about
/// 64 KiB (to `BufferedOutput`, the one writer, or to a collecting closure), so streaming a
/// million rows does not mean a million writes. Bytes rather than a String: the CSV writer
/// appends field bytes straight in, with no per-field String to build.
///
/// It never touches a descriptor. It stays a struct held inside each sink, not a class,
/// because the hot appends (several per field) then carry no dynamic exclusivity checks:
/// building the sinks' bytes in the `BufferedOutput` class made a 200k-row export ~10% slower.
struct ChunkedOutput {
    private var pending: [UInt8] = []
    private let output: ([UInt8]) throws -> Void
    private static let chunkSize = 1 << 16

    /// Chunks handed out as bytes: no String is built (and validated) per chunk.
    init(bytes output: @escaping ([UInt8]) throws -> Void) {
        self.output = output
        pending.reserveCapacity(Self.chunkSize + 4096)
    }

    /// Chunks handed out as text, for callers that collect or print Strings.
    init(_ output: @escaping (String) throws -> Void) {
        self.init(bytes: { try output(String(decoding: $0, as: UTF8.self)) })
    }

    mutating func append(_ text: String) throws {
        appendBytes(text)
        try flushIfFull()
    }

    /// Appends without the size check; call `flushIfFull` at a row's end.
    mutating func appendBytes(_ text: String) {
        pending.append(contentsOf: text.utf8)
    }

    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        pending.append(contentsOf: bytes)
    }

    mutating func appendByte(_ byte: UInt8) {
        pending.append(byte)
    }

    mutating func flushIfFull() throws {
        if pending.count >= Self.chunkSize { try flush() }
    }

    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        defer { pending.removeAll(keepingCapacity: true) }
        try output(pending)
    }
}
