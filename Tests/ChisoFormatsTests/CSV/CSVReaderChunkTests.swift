import ChisoFormats
import Foundation
import Testing

/// Files larger than the reader's 64 KiB chunk, with the interesting bytes placed across the
/// boundary at every nearby offset.
@Suite struct CSVReaderChunkTests {
    static let chunk = 1 << 16

    private func withFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("chiso-csv-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    private func readAll(_ path: String) throws -> [CSVRecord] {
        var reader = try CSVReader(fileAtPath: path)
        var result: [CSVRecord] = []
        while let record = try reader.next() { result.append(record) }
        #expect(reader.bytesRead == reader.totalBytes)
        return result
    }

    /// A first line padding the file so that `tail` starts `shift` bytes before the boundary.
    private func padded(_ tail: String, shift: Int) -> [UInt8] {
        let header = Array("pad,value\n".utf8)
        let padLength = Self.chunk - shift - header.count - 3   // header + padding + ",1\n" = chunk - shift
        return header + Array(String(repeating: "p", count: padLength).utf8) + Array(",1\n".utf8) + Array(tail.utf8)
    }

    @Test(arguments: -4...4)
    func readsQuotedFieldAcrossBoundary(shift: Int) throws {
        let tail = "\"Thành phố \"\"Huế\"\"\nmới\",\"a,b\"\r\nend,Tuye\u{0302}n\n"
        let records = try withFile(padded(tail, shift: shift)) { try readAll($0) }
        #expect(records.count == 4)
        #expect(records[2] == CSVRecord(fields: ["Thành phố \"Huế\"\nmới", "a,b"], line: 3))
        #expect(records[3] == CSVRecord(fields: ["end", "Tuyên"], line: 5))
    }

    @Test(arguments: -3...3)
    func readsCRLFAndMultibyteAcrossBoundary(shift: Int) throws {
        let tail = "ế\r\nđ\r\n"
        let records = try withFile(padded(tail, shift: shift)) { try readAll($0) }
        #expect(records.map(\.fields).suffix(2) == [["ế"], ["đ"]])
        #expect(records.last?.line == 4)
    }

    @Test func reportsErrorsBeyondFirstChunkWithCharacterColumns() throws {
        let bytes = padded("Hà,ab\"c\n", shift: 2)
        let error = try withFile(bytes) { path -> InputError? in
            do { _ = try readAll(path); return nil } catch let e as InputError { return e }
        }
        #expect(error?.line == 3)
        #expect(error?.column == 6)
    }

    @Test func reportsUnterminatedQuoteOpenedInEarlierChunk() throws {
        let bytes = Array("a,b\nx,\"".utf8) + Array(repeating: UInt8(ascii: "z"), count: 3 * Self.chunk)
        let error = try withFile(bytes) { path -> InputError? in
            do { _ = try readAll(path); return nil } catch let e as InputError { return e }
        }
        #expect(error?.line == 2)
        #expect(error?.column == 3)
    }
}
