import Foundation

/// A zip archive written front to back, entry by entry, each entry deflated as it streams
/// (`Deflater`, the system zlib), with ZIP64 records where a size or an offset passes 4 GiB.
///
/// Sizes and CRC are patched into each local header after its data (a seek back) rather
/// than written as data descriptors, which some readers mishandle. A local header cannot
/// grow after its data is written, so every entry reserves room for a ZIP64 extra field up
/// front (20 bytes; a workbook has a handful of entries): a padding field with our own id (0x7063, which
/// readers skip, as APPNOTE 4.5.2 asks of unknown ids), turned into the ZIP64 field (0x0001)
/// only when the entry does pass the limit. The central directory and the end records take
/// ZIP64 forms only where a value does not fit, so an ordinary workbook is a plain zip.
final class ZipWriter {
    private struct Entry {
        var name: [UInt8], offset: UInt64, crc: UInt32, compressed: UInt64, size: UInt64
    }

    private let path: String
    private let handle: FileHandle
    private var pending: [UInt8] = []
    private var offset: UInt64 = 0            // bytes written or pending so far
    private var entries: [Entry] = []
    private var current: (name: [UInt8], headerOffset: UInt64, dataOffset: UInt64, crc: CRC32,
                          size: UInt64, deflater: Deflater)?
    private let dosTime: UInt16, dosDate: UInt16
    private static let flushSize = 1 << 18
    /// The largest value a 32-bit zip field holds; at or past it, ZIP64. Lowered by tests to
    /// prove the ZIP64 forms without writing 4 GiB.
    private let limit: UInt64
    static let paddingID: UInt16 = 0x7063, zip64ID: UInt16 = 0x0001

    init(path: String, zip64Limit: UInt64 = 0xFFFF_FFFF) throws(XLSXError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else { throw XLSXError(path: path, message: "cannot create the file") }
        self.path = path
        self.handle = handle
        self.limit = zip64Limit
        (dosTime, dosDate) = Self.dosTimestamp(Date())
        pending.reserveCapacity(Self.flushSize + (1 << 16))
    }

    deinit {
        try? handle.close()
    }

    /// Starts an entry, with room for a ZIP64 field in its local header.
    func beginEntry(_ name: String) throws(XLSXError) {
        precondition(current == nil, "zip entry \(name) begun inside another")
        let nameBytes = Array(name.utf8)
        let headerOffset = offset
        var header: [UInt8] = []
        header.le32(0x0403_4B50)
        header.le16(20)                        // version needed: 2.0 (4.5 if it turns ZIP64)
        header.le16(0x0800)                    // names are UTF-8
        header.le16(8)                         // deflate
        header.le16(dosTime)
        header.le16(dosDate)
        header.le32(0)                         // crc, sizes: patched in endEntry
        header.le32(0)
        header.le32(0)
        header.le16(UInt16(nameBytes.count))
        header.le16(20)
        header += nameBytes
        header.le16(Self.paddingID)
        header.le16(16)
        header += [UInt8](repeating: 0, count: 16)
        try append(header)
        current = (nameBytes, headerOffset, offset, CRC32(), 0, try Deflater())
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
        guard current != nil else { preconditionFailure("zip data written outside an entry") }
        current!.crc.update(bytes)
        current!.size += UInt64(bytes.count)
        try current!.deflater.compress(bytes, finish: false) { compressed throws(XLSXError) in
            try appendCompressed(compressed)
        }
    }

    func endEntry() throws(XLSXError) {
        guard let entry = current else { preconditionFailure("zip entry ended without beginning") }
        try entry.deflater.compress(UnsafeRawBufferPointer(start: nil, count: 0), finish: true) { compressed throws(XLSXError) in
            try appendCompressed(compressed)
        }
        current = nil
        let compressed = offset - entry.dataOffset
        let large = compressed >= limit || entry.size >= limit
        try flush()
        do {
            var version: [UInt8] = []
            version.le16(large ? 45 : 20)
            try handle.seek(toOffset: entry.headerOffset + 4)
            try handle.write(contentsOf: version)
            var fields: [UInt8] = []
            fields.le32(entry.crc.value)
            fields.le32(large ? 0xFFFF_FFFF : UInt32(compressed))
            fields.le32(large ? 0xFFFF_FFFF : UInt32(entry.size))
            try handle.seek(toOffset: entry.headerOffset + 14)
            try handle.write(contentsOf: fields)
            if large {
                var extra: [UInt8] = []
                extra.le16(Self.zip64ID)
                extra.le16(16)
                extra.le64(entry.size)
                extra.le64(compressed)
                try handle.seek(toOffset: entry.headerOffset + 30 + UInt64(entry.name.count))
                try handle.write(contentsOf: extra)
            }
            try handle.seekToEnd()
        } catch {
            throw XLSXError(path: path, message: "cannot write: \(error.localizedDescription)")
        }
        entries.append(Entry(name: entry.name, offset: entry.headerOffset, crc: entry.crc.value,
                             compressed: compressed, size: entry.size))
    }

    /// Writes the central directory (and the ZIP64 end records where needed) and closes the file.
    func close() throws(XLSXError) {
        precondition(current == nil, "zip closed inside an entry")
        let directoryOffset = offset
        var directory: [UInt8] = []
        for entry in entries {
            // APPNOTE 4.5.3: only the values that do not fit go in the ZIP64 field, in this order.
            var zip64: [UInt8] = []
            if entry.size >= limit { zip64.le64(entry.size) }
            if entry.compressed >= limit { zip64.le64(entry.compressed) }
            if entry.offset >= limit { zip64.le64(entry.offset) }
            directory.le32(0x0201_4B50)
            directory.le16(zip64.isEmpty ? 20 : 45)    // made by
            directory.le16(zip64.isEmpty ? 20 : 45)    // needed
            directory.le16(0x0800)
            directory.le16(8)
            directory.le16(dosTime)
            directory.le16(dosDate)
            directory.le32(entry.crc)
            directory.le32(entry.compressed >= limit ? 0xFFFF_FFFF : UInt32(entry.compressed))
            directory.le32(entry.size >= limit ? 0xFFFF_FFFF : UInt32(entry.size))
            directory.le16(UInt16(entry.name.count))
            directory.le16(zip64.isEmpty ? 0 : UInt16(4 + zip64.count))
            directory.le16(0)                  // comment
            directory.le16(0)                  // disk
            directory.le16(0)                  // internal attributes
            directory.le32(0)                  // external attributes
            directory.le32(entry.offset >= limit ? 0xFFFF_FFFF : UInt32(entry.offset))
            directory += entry.name
            if !zip64.isEmpty {
                directory.le16(Self.zip64ID)
                directory.le16(UInt16(zip64.count))
                directory += zip64
            }
        }
        let directorySize = UInt64(directory.count)
        let count = UInt64(entries.count)
        let needsZip64 = count >= 0xFFFF || directorySize >= limit || directoryOffset >= limit
        var end: [UInt8] = []
        if needsZip64 {
            let recordOffset = directoryOffset + directorySize
            end.le32(0x0606_4B50)              // ZIP64 end of central directory record
            end.le64(44)
            end.le16(45)
            end.le16(45)
            end.le32(0)
            end.le32(0)
            end.le64(count)
            end.le64(count)
            end.le64(directorySize)
            end.le64(directoryOffset)
            end.le32(0x0706_4B50)              // its locator
            end.le32(0)
            end.le64(recordOffset)
            end.le32(1)
        }
        end.le32(0x0605_4B50)
        end.le16(0)
        end.le16(0)
        end.le16(needsZip64 ? 0xFFFF : UInt16(count))
        end.le16(needsZip64 ? 0xFFFF : UInt16(count))
        end.le32(needsZip64 ? 0xFFFF_FFFF : UInt32(directorySize))
        end.le32(needsZip64 ? 0xFFFF_FFFF : UInt32(directoryOffset))
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

    private func appendCompressed(_ bytes: UnsafeRawBufferPointer) throws(XLSXError) {
        pending.append(contentsOf: bytes)
        offset += UInt64(bytes.count)
        if pending.count >= Self.flushSize { try flush() }
    }

    private func append(_ bytes: [UInt8]) throws(XLSXError) {
        pending += bytes
        offset += UInt64(bytes.count)
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

    mutating func le64(_ v: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { append(UInt8((v >> UInt64(shift)) & 0xFF)) }
    }
}
