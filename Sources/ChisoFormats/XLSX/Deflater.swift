internal import CZlib

/// A raw deflate stream (RFC 1951) through the system zlib, fed chunk by chunk as a part of
/// a workbook streams out, so a million-row sheet is compressed without being held.
///
/// Level 1 (zlib's fastest): sheet XML repeats itself so much that it already shrinks about
/// tenfold, and higher levels cost several times the CPU for a few percent more.
final class Deflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private var output = [UInt8](repeating: 0, count: 1 << 16)

    init(level: Int32 = 1) throws(XLSXError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = chiso_deflate_init_raw(stream, level)
        guard status == Z_OK else {
            stream.deallocate()
            throw XLSXError(path: "", message: "zlib could not start a deflate stream (code \(status))")
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses `input`, handing every compressed chunk to `emit`; `finish` ends the stream.
    func compress(_ input: UnsafeRawBufferPointer, finish: Bool,
                  emit: (UnsafeRawBufferPointer) throws(XLSXError) -> Void) throws(XLSXError) {
        let base = input.baseAddress.map { UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: Bytef.self)) }
        stream.pointee.next_in = base
        stream.pointee.avail_in = uInt(input.count)
        let flush = finish ? Z_FINISH : Z_NO_FLUSH
        while true {
            var produced = 0
            let status: Int32 = output.withUnsafeMutableBufferPointer { buffer in
                stream.pointee.next_out = buffer.baseAddress
                stream.pointee.avail_out = uInt(buffer.count)
                let status = deflate(stream, flush)
                produced = buffer.count - Int(stream.pointee.avail_out)
                return status
            }
            guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                throw XLSXError(path: "", message: "zlib failed to compress (code \(status))")
            }
            if produced > 0 {
                var failure: XLSXError?
                output.withUnsafeBytes { bytes in
                    do throws(XLSXError) { try emit(UnsafeRawBufferPointer(rebasing: bytes[0..<produced])) } catch { failure = error }
                }
                if let failure { throw failure }
            }
            if finish {
                if status == Z_STREAM_END { break }
            } else if stream.pointee.avail_in == 0 && stream.pointee.avail_out != 0 {
                break
            }
        }
        stream.pointee.next_in = nil
    }
}

@available(*, unavailable, message: "a deflate stream belongs to one zip entry")
extension Deflater: Sendable {}

/// CRC-32 (IEEE 802.3, the zip checksum) through zlib, updated chunk by chunk.
struct CRC32 {
    private(set) var value: UInt32 = 0

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        value = UInt32(crc32_z(uLong(value), base.assumingMemoryBound(to: Bytef.self), z_size_t(bytes.count)))
    }

    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }
}
