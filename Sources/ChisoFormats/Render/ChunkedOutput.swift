/// Collects small strings and hands them to the output in chunks of about 64 KiB, so
/// streaming a million rows does not mean a million writes.
struct ChunkedOutput {
    private var pending = ""
    private let output: (String) throws -> Void
    private static let chunkSize = 1 << 16

    init(_ output: @escaping (String) throws -> Void) {
        self.output = output
        pending.reserveCapacity(Self.chunkSize + 1024)
    }

    mutating func append(_ text: String) throws {
        pending += text
        if pending.utf8.count >= Self.chunkSize {
            try flush()
        }
    }

    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        let chunk = pending
        pending = ""
        pending.reserveCapacity(Self.chunkSize + 1024)
        try output(chunk)
    }
}
