internal import CZlib
import Foundation

/// Reads the entries of a zip archive (a .docx) through its central directory, inflating an
/// entry chunk by chunk through the system zlib (`Inflater`), so an entry is never held whole
/// unless its reader asks for it. ZIP64 sizes and offsets are read; encrypted entries, other
/// compression methods and a bad CRC are refused in words.
///
/// The layout is APPNOTE.TXT (https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT):
/// the end-of-central-directory record (4.3.16) lies in the last 64 KiB + 22 bytes; each
/// central header (4.3.12) gives an entry's method, sizes, CRC and local header offset.
package final class ZipReader {
    package struct Entry: Sendable, Equatable {
        package var name: String
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: UInt64
        package var size: UInt64
        var localHeaderOffset: UInt64
    }

    private let handle: FileHandle
    private let name: String
    private let fileSize: UInt64
    package private(set) var entries: [Entry] = []
    private static let chunkSize = 1 << 16

    /// Opens `path` and reads its central directory; `name` is the file as the user wrote it.
    package init(path: String, name: String) throws(DocumentError) {
        self.name = name
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DocumentError(file: name, message: "cannot read the file (check its permissions)")
        }
        self.handle = handle
        do { fileSize = try handle.seekToEnd() } catch {
            throw DocumentError(file: name, message: "cannot read the file: \(error.localizedDescription)")
        }
        entries = try readCentralDirectory()
    }

    deinit {
        try? handle.close()
    }

    package func entry(named entryName: String) -> Entry? {
        entries.first { $0.name == entryName }
    }

    /// Hands the entry's bytes to `body`, a chunk at a time, then checks its size and CRC.
    package func read(_ entry: Entry, into body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard entry.flags & 1 == 0 else {
            throw corrupt("\(entry.name) is encrypted; save the document again without a password")
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw corrupt("\(entry.name) uses zip compression method \(entry.method); expected deflate (8) or stored (0) — save it again from Word or LibreOffice")
        }
        let local = try bytes(at: entry.localHeaderOffset, count: 30)
        guard local.u32(0) == 0x0403_4B50 else { throw corrupt("no local header for \(entry.name) at byte \(entry.localHeaderOffset)") }
        var position = entry.localHeaderOffset + 30 + UInt64(local.u16(26)) + UInt64(local.u16(28))
        var remaining = entry.compressedSize
        guard position + remaining <= fileSize else { throw corrupt("\(entry.name) runs past the end of the file (a truncated download?)") }
        var crc = CRC32()
        var produced: UInt64 = 0
        func emit(_ chunk: UnsafeRawBufferPointer) throws {
            crc.update(chunk)
            produced += UInt64(chunk.count)
            guard produced <= entry.size else { throw corrupt("\(entry.name) inflates past its stated size of \(entry.size) bytes") }
            try body(chunk)
        }
        let inflater = entry.method == 8 ? try Inflater(file: name) : nil
        while remaining > 0 {
            let count = Int(min(remaining, UInt64(Self.chunkSize)))
            let chunk = try bytes(at: position, count: count)
            position += UInt64(count)
            remaining -= UInt64(count)
            if let inflater {
                try chunk.withUnsafeBytes { raw in try inflater.inflate(raw, emit: emit) }
            } else {
                try chunk.withUnsafeBytes { raw in try emit(raw) }
            }
        }
        if let inflater, !inflater.ended { throw corrupt("\(entry.name) ends before its compressed data does (a truncated download?)") }
        guard produced == entry.size, crc.value == entry.crc else {
            throw corrupt("\(entry.name) fails its checksum (a damaged or truncated file)")
        }
    }

    // MARK: - Central directory

    private func readCentralDirectory() throws(DocumentError) -> [Entry] {
        let tailSize = min(fileSize, 65_535 + 22)
        let tail = try bytes(at: fileSize - tailSize, count: Int(tailSize))
        guard tail.count >= 22, let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: { tail.u32($0) == 0x0605_4B50 }) else {
            throw corrupt("no zip directory at its end (a damaged or truncated file)")
        }
        var count = UInt64(tail.u16(end + 10))
        var size = UInt64(tail.u32(end + 12))
        var offset = UInt64(tail.u32(end + 16))
        // ZIP64: the locator just before the end record points at the ZIP64 end record.
        if end >= 20, tail.u32(end - 20) == 0x0706_4B50 {
            let record = try bytes(at: tail.u64(end - 20 + 8), count: 56)
            guard record.u32(0) == 0x0606_4B50 else { throw corrupt("a ZIP64 locator points at no ZIP64 directory") }
            count = record.u64(32)
            size = record.u64(40)
            offset = record.u64(48)
        }
        guard offset + size <= fileSize, count <= size / 46 + 1 else { throw corrupt("its zip directory lies outside the file") }
        let directory = try bytes(at: offset, count: Int(size))
        var entries: [Entry] = []
        var at = 0
        for _ in 0..<count {
            guard at + 46 <= directory.count, directory.u32(at) == 0x0201_4B50 else { throw corrupt("a damaged zip directory entry") }
            let nameLength = Int(directory.u16(at + 28)), extraLength = Int(directory.u16(at + 30))
            let commentLength = Int(directory.u16(at + 32))
            guard at + 46 + nameLength + extraLength + commentLength <= directory.count else { throw corrupt("a damaged zip directory entry") }
            var entry = Entry(
                name: String(decoding: directory[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                method: directory.u16(at + 10), flags: directory.u16(at + 8), crc: directory.u32(at + 16),
                compressedSize: UInt64(directory.u32(at + 20)), size: UInt64(directory.u32(at + 24)),
                localHeaderOffset: UInt64(directory.u32(at + 42)))
            // The ZIP64 extra field holds, in order, each value whose 32-bit field is all ones.
            var extra = at + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = directory.u16(extra), length = Int(directory.u16(extra + 2))
                if id == 0x0001 {
                    var field = extra + 4
                    for key in [\Entry.size, \Entry.compressedSize, \Entry.localHeaderOffset]
                    where entry[keyPath: key] == 0xFFFF_FFFF && field + 8 <= extra + 4 + length {
                        entry[keyPath: key] = directory.u64(field)
                        field += 8
                    }
                }
                extra += 4 + length
            }
            entries.append(entry)
            at += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    private func bytes(at offset: UInt64, count: Int) throws(DocumentError) -> [UInt8] {
        guard offset + UInt64(count) <= fileSize else { throw corrupt("a zip record runs past the end of the file (a truncated download?)") }
        do {
            try handle.seek(toOffset: offset)
            let data = try handle.read(upToCount: count) ?? Data()
            guard data.count == count else { throw corrupt("the file ended early") }
            return [UInt8](data)
        } catch let error as DocumentError {
            throw error
        } catch {
            throw DocumentError(file: name, message: "cannot read the file: \(error.localizedDescription)")
        }
    }

    private func corrupt(_ what: String) -> DocumentError {
        DocumentError(file: name, message: "not a readable .docx: \(what)")
    }
}

@available(*, unavailable, message: "a zip reader owns one file handle and its position")
extension ZipReader: Sendable {}

/// A raw inflate stream (RFC 1951) through the system zlib: the reverse of `Deflater`.
final class Inflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private var output = [UInt8](repeating: 0, count: 1 << 16)
    private let file: String
    private(set) var ended = false

    init(file: String) throws(DocumentError) {
        self.file = file
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = chiso_inflate_init_raw(stream)
        guard status == Z_OK else {
            stream.deallocate()
            throw DocumentError(file: file, message: "zlib could not start an inflate stream (code \(status))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Inflates `input`, handing every chunk of output to `emit`.
    func inflate(_ input: UnsafeRawBufferPointer, emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard !ended else { return }
        stream.pointee.next_in = input.baseAddress.map { UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: Bytef.self)) }
        stream.pointee.avail_in = uInt(input.count)
        defer { stream.pointee.next_in = nil }
        while true {
            var produced = 0
            let status: Int32 = output.withUnsafeMutableBufferPointer { buffer in
                stream.pointee.next_out = buffer.baseAddress
                stream.pointee.avail_out = uInt(buffer.count)
                let status = CZlib.inflate(stream, Z_NO_FLUSH)
                produced = buffer.count - Int(stream.pointee.avail_out)
                return status
            }
            guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                throw DocumentError(file: file, message: "not a readable .docx: its compressed data is damaged (zlib code \(status))")
            }
            if produced > 0 {
                try output.withUnsafeBytes { bytes in try emit(UnsafeRawBufferPointer(rebasing: bytes[0..<produced])) }
            }
            if status == Z_STREAM_END { ended = true; return }
            if stream.pointee.avail_in == 0 && stream.pointee.avail_out != 0 { return }
            if status == Z_BUF_ERROR && produced == 0 { return }
        }
    }
}

@available(*, unavailable, message: "an inflate stream belongs to one zip entry")
extension Inflater: Sendable {}

extension [UInt8] {
    func u16(_ at: Int) -> UInt16 { UInt16(self[at]) | UInt16(self[at + 1]) << 8 }
    func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
    func u64(_ at: Int) -> UInt64 { UInt64(u32(at)) | UInt64(u32(at + 4)) << 32 }
}
