import Foundation

/// A zip archive written front to back, entry by entry, with the STORE method.
///
/// No compression (we have no zlib binding, and Excel reads stored parts). Sizes and CRC
/// are patched into each local header after its data (a seek back) rather than written
/// as data descriptors, which some readers mishandle for stored entries. No ZIP64: an
/// archive reaching 4 GiB is refused with a clear error.
final class ZipWriter {
    private struct Entry {
        var name: [UInt8], offset: UInt32, crc: UInt32, size: UInt32
    }

    private let path: String
    private let handle: FileHandle
    private var pending: [UInt8] = []
    private var offset = 0                    // bytes written or pending so far
    private var entries: [Entry] = []
    private var current: (name: [UInt8], headerOffset: Int, dataOffset: Int, crc: CRC32)?
    private let dosTime: UInt16, dosDate: UInt16
    private static let flushSize = 1 << 18
    private static let limit = Int(UInt32.max)

    init(path: String) throws(XLSXError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else { throw XLSXError(path: path, message: "cannot create the file") }
        self.path = path
        self.handle = handle
        (dosTime, dosDate) = Self.dosTimestamp(Date())
        pending.reserveCapacity(Self.flushSize + 4096)
    }

    deinit {
        try? handle.close()
    }

    func beginEntry(_ name: String) throws(XLSXError) {
        precondition(current == nil, "zip entry \(name) begun inside another")
        guard entries.count < 0xFFFF else { throw XLSXError(path: path, message: "too many parts for a zip without ZIP64") }
        let nameBytes = Array(name.utf8)
        let headerOffset = offset
        var header: [UInt8] = []
        header.le32(0x0403_4B50)
        header.le16(20)                        // version needed: 2.0
        header.le16(0x0800)                    // names are UTF-8
        header.le16(0)                         // STORE
        header.le16(dosTime)
        header.le16(dosDate)
        header.le32(0)                         // crc, sizes: patched in endEntry
        header.le32(0)
        header.le32(0)
        header.le16(UInt16(nameBytes.count))
        header.le16(0)
        header += nameBytes
        try append(header)
        current = (nameBytes, headerOffset, offset, CRC32())
    }

    func write(_ text: String) throws(XLSXError) {
        var text = text
        var failure: XLSXError?
        text.withUTF8 { bytes in
            do throws(XLSXError) { try write(UnsafeRawBufferPointer(bytes)) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(XLSXError) {
        precondition(current != nil, "zip data written outside an entry")
        current?.crc.update(bytes)
        pending.append(contentsOf: bytes)
        offset += bytes.count
        if pending.count >= Self.flushSize { try flush() }
        if offset > Self.limit { throw tooLarge() }
    }

    func endEntry() throws(XLSXError) {
        guard let entry = current else { preconditionFailure("zip entry ended without beginning") }
        current = nil
        let size = offset - entry.dataOffset
        var fields: [UInt8] = []
        fields.le32(entry.crc.value)
        fields.le32(UInt32(size))
        fields.le32(UInt32(size))
        try flush()
        do {
            try handle.seek(toOffset: UInt64(entry.headerOffset + 14))
            try handle.write(contentsOf: fields)
            try handle.seekToEnd()
        } catch {
            throw XLSXError(path: path, message: "cannot write: \(error.localizedDescription)")
        }
        entries.append(Entry(name: entry.name, offset: UInt32(entry.headerOffset), crc: entry.crc.value, size: UInt32(size)))
    }

    /// Writes the central directory and closes the file.
    func close() throws(XLSXError) {
        precondition(current == nil, "zip closed inside an entry")
        let directoryOffset = offset
        var directory: [UInt8] = []
        for entry in entries {
            directory.le32(0x0201_4B50)
            directory.le16(20)                 // made by: 2.0
            directory.le16(20)
            directory.le16(0x0800)
            directory.le16(0)
            directory.le16(dosTime)
            directory.le16(dosDate)
            directory.le32(entry.crc)
            directory.le32(entry.size)
            directory.le32(entry.size)
            directory.le16(UInt16(entry.name.count))
            directory.le16(0)                  // extra
            directory.le16(0)                  // comment
            directory.le16(0)                  // disk
            directory.le16(0)                  // internal attributes
            directory.le32(0)                  // external attributes
            directory.le32(entry.offset)
            directory += entry.name
        }
        var end: [UInt8] = []
        end.le32(0x0605_4B50)
        end.le16(0)
        end.le16(0)
        end.le16(UInt16(entries.count))
        end.le16(UInt16(entries.count))
        end.le32(UInt32(directory.count))
        end.le32(UInt32(directoryOffset))
        end.le16(0)
        try append(directory)
        try append(end)
        try flush()
        do {
            try handle.close()
        } catch {
            throw XLSXError(path: path, message: "cannot close: \(error.localizedDescription)")
        }
    }

    private func append(_ bytes: [UInt8]) throws(XLSXError) {
        pending += bytes
        offset += bytes.count
        if offset > Self.limit { throw tooLarge() }
    }

    private func flush() throws(XLSXError) {
        guard !pending.isEmpty else { return }
        do {
            try handle.write(contentsOf: pending)
        } catch {
            throw XLSXError(path: path, message: "cannot write: \(error.localizedDescription)")
        }
        pending.removeAll(keepingCapacity: true)
    }

    private func tooLarge() -> XLSXError {
        XLSXError(path: path, message: "the workbook passes 4 GiB, the limit of a zip without ZIP64; export fewer rows or use csv")
    }

    /// MS-DOS time and date fields, in local time as zip tools expect.
    private static func dosTimestamp(_ date: Date) -> (UInt16, UInt16) {
        let c = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let year = max((c.year ?? 1980) - 1980, 0)
        let time = UInt16((c.hour ?? 0) << 11 | (c.minute ?? 0) << 5 | (c.second ?? 0) / 2)
        let day = UInt16(year << 9 | (c.month ?? 1) << 5 | (c.day ?? 1))
        return (time, day)
    }
}

@available(*, unavailable, message: "a zip writer owns a file position")
extension ZipWriter: Sendable {}

extension [UInt8] {
    mutating func le16(_ v: UInt16) {
        append(UInt8(v & 0xFF))
        append(UInt8(v >> 8))
    }

    mutating func le32(_ v: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((v >> UInt32(shift)) & 0xFF)) }
    }
}
