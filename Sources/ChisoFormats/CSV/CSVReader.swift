import ChisoDomain
import Foundation

/// A streaming RFC 4180 reader for `chiso import`: flat memory whatever the file size.
///
/// Reads 64 KiB chunks and scans bytes for the delimiter, quote and line ends, building a
/// `String` only per field (ASCII fields skip validation and normalisation). Accepts UTF-8
/// with or without a BOM, LF, CRLF and lone CR line ends, quoted fields holding delimiters,
/// `""` and line breaks. Fields come back in NFC. Blank lines are skipped wherever they are
/// (so a one-column file cannot carry an empty value on its own line: quote it as `""`).
/// Ragged rows are the caller's call: `nextRow(expecting:)` enforces a field count.
/// Malformed input throws a `InputError` naming the line and column: invalid UTF-8, a NUL
/// byte, an unterminated quote (where it opened), a quote inside an unquoted field, or text
/// after a closing quote.
package struct CSVReader {
    /// The field separator: given, or sniffed from the header line (`,`, `;` or tab).
    package private(set) var delimiter: Character
    /// Bytes consumed so far, for progress.
    package var bytesRead: Int { bufferStart + pos }
    /// The input size when known (a regular file or data), for progress.
    package let totalBytes: Int?

    static let chunkSize = 1 << 16

    private let name: String
    private let handle: FileHandle?
    private var atEOF: Bool
    private var buffer: [UInt8]
    private var pos = 0
    private var bufferStart = 0               // absolute offset of buffer[0]
    private var delimiterByte: UInt8 = 0x2C

    private var line = 1
    private var lineStart = 0                 // absolute offset where the current line starts
    private var lineContinuations = 0         // UTF-8 continuation bytes on this line before `field[fieldLineBase...]`
    private var field: [UInt8] = []
    private var fieldLineBase = 0             // index in `field` where the current line's bytes begin
    private var fieldWidth = 8                // capacity hint for the next record

    /// Reads the file at `path`; the path names it in errors.
    package init(fileAtPath path: String, delimiter: Character? = nil) throws(InputError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot open for reading" : "no such file"
            throw InputError(file: path, line: 0, message: reason)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
        try self.init(handle: handle, name: path, totalBytes: size, delimiter: delimiter)
    }

    /// Reads an open handle such as stdin (`-`) to its end; `name` names it in errors.
    package init(fileHandle: FileHandle, name: String, delimiter: Character? = nil) throws(InputError) {
        try self.init(handle: fileHandle, name: name, totalBytes: nil, delimiter: delimiter)
    }

    /// Reads bytes already in memory (tests, small inputs); `name` names them in errors.
    package init(data: Data, delimiter: Character? = nil, name: String = "<data>") throws(InputError) {
        self.name = name
        self.handle = nil
        self.atEOF = true
        self.buffer = [UInt8](data)
        self.totalBytes = data.count
        self.delimiter = ","
        try start(delimiter: delimiter)
    }

    private init(handle: FileHandle, name: String, totalBytes: Int?, delimiter: Character?) throws(InputError) {
        self.name = name
        self.handle = handle
        self.atEOF = false
        self.buffer = []
        self.totalBytes = totalBytes
        self.delimiter = ","
        buffer.reserveCapacity(Self.chunkSize)
        _ = try refill()
        try start(delimiter: delimiter)
    }

    /// Strips a BOM and settles the delimiter.
    private mutating func start(delimiter given: Character?) throws(InputError) {
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            pos = 3
            lineStart = 3
        }
        let chosen = given ?? sniffDelimiter()
        guard let byte = chosen.asciiValue, chosen != "\"", chosen != "\n", chosen != "\r" else {
            throw InputError(file: name, line: 0, message: "delimiter \(String(reflecting: String(chosen))) is not usable; give one ASCII character such as , ; or a tab")
        }
        delimiter = chosen
        delimiterByte = byte
    }

    /// The most frequent of `,` `;` tab outside quotes on the first line; `,` on a tie.
    private func sniffDelimiter() -> Character {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        var i = pos
        while i < buffer.count {
            let b = buffer[i]
            if b == 0x22 { quoted.toggle() }
            if !quoted {
                if b == 0x0A || b == 0x0D { break }
                if counts[b] != nil { counts[b, default: 0] += 1 }
            }
            i += 1
        }
        let comma = counts[0x2C] ?? 0, semicolon = counts[0x3B] ?? 0, tab = counts[0x09] ?? 0
        if semicolon > comma, semicolon >= tab { return ";" }
        if tab > comma, tab > semicolon { return "\t" }
        return ","
    }

    /// The next record, or nil at the end of the input.
    package mutating func next() throws(InputError) -> CSVRecord? {
        while let b = try peek(), b == Byte.lf || b == Byte.cr {
            pos += 1
            try endLine(after: b)
        }
        guard try peek() != nil else { return nil }
        let recordLine = line
        var fields: [String] = []
        fields.reserveCapacity(fieldWidth)
        while true {
            let end = try readField(into: &fields)
            if end != .delimiter { break }
        }
        fieldWidth = fields.count
        return CSVRecord(fields: fields, line: recordLine)
    }

    /// The next record, which must have exactly `count` fields.
    package mutating func nextRow(expecting count: Int) throws(InputError) -> CSVRecord? {
        guard let record = try next() else { return nil }
        guard record.fields.count == count else {
            throw InputError(file: name, line: record.line, message: "expected \(count) fields, found \(record.fields.count)")
        }
        return record
    }

    // MARK: - Fields

    private enum Byte {
        static let lf: UInt8 = 0x0A, cr: UInt8 = 0x0D, quote: UInt8 = 0x22, nul: UInt8 = 0
    }

    private enum FieldEnd { case delimiter, lineEnd, endOfInput }

    /// Where a field starts, kept cheap: its column is computed only for an error message.
    private struct FieldStart {
        var offset: Int, line: Int, lineStart: Int, lineContinuations: Int
        var column: Int { offset - lineStart - lineContinuations + 1 }
    }

    private mutating func readField(into fields: inout [String]) throws(InputError) -> FieldEnd {
        if !field.isEmpty { field.removeAll(keepingCapacity: true) }
        fieldLineBase = 0
        let start = FieldStart(offset: bytesRead, line: line, lineStart: lineStart, lineContinuations: lineContinuations)
        if try peek() == Byte.quote {
            pos += 1
            return try readQuotedField(into: &fields, start: start)
        }
        var seen: UInt8 = 0
        while true {
            let run = scanRun(stoppingAtDelimiter: true, seen: &seen)
            guard pos < buffer.count else {
                field.append(contentsOf: buffer[run])
                if try refill() { continue }
                try finishField(into: &fields, run: nil, seen: seen, start: start, quoted: false)
                return .endOfInput
            }
            let b = buffer[pos]
            switch b {
            case delimiterByte:
                try finishField(into: &fields, run: run, seen: seen, start: start, quoted: false)
                pos += 1
                return .delimiter
            case Byte.lf, Byte.cr:
                try finishField(into: &fields, run: run, seen: seen, start: start, quoted: false)
                pos += 1
                try endLine(after: b)
                return .lineEnd
            case Byte.quote:
                field.append(contentsOf: buffer[run])
                throw failure("quote inside an unquoted field; quote the whole field and double inner quotes (\"a \"\"b\"\"\")")
            default:
                field.append(contentsOf: buffer[run])
                throw failure("NUL byte in the input; a UTF-16 file (LibreOffice's and Notepad's \"Unicode\") needs --encoding utf-16, else is this a CSV text file?")
            }
        }
    }

    private mutating func readQuotedField(into fields: inout [String], start: FieldStart) throws(InputError) -> FieldEnd {
        var seen: UInt8 = 0
        while true {
            let run = scanRun(stoppingAtDelimiter: false, seen: &seen)
            // Fast path: a closing quote followed, in this chunk, by what ends the field.
            if pos + 1 < buffer.count, buffer[pos] == Byte.quote {
                let after = buffer[pos + 1]
                if after == delimiterByte || after == Byte.lf || after == Byte.cr {
                    try finishField(into: &fields, run: run, seen: seen, start: start, quoted: true)
                    pos += 2
                    if after == delimiterByte { return .delimiter }
                    try endLine(after: after)
                    return .lineEnd
                }
            }
            field.append(contentsOf: buffer[run])
            guard let b = try peek() else {
                throw InputError(file: name, line: start.line, column: start.column,
                               message: "unterminated quoted field (opened here); close it with \"")
            }
            pos += 1
            switch b {
            case Byte.quote:
                if try peek() == Byte.quote {
                    pos += 1
                    field.append(Byte.quote)
                    continue
                }
                guard let after = try peek() else {
                    try finishField(into: &fields, run: nil, seen: seen, start: start, quoted: true)
                    return .endOfInput
                }
                switch after {
                case delimiterByte:
                    pos += 1
                    try finishField(into: &fields, run: nil, seen: seen, start: start, quoted: true)
                    return .delimiter
                case Byte.lf, Byte.cr:
                    try finishField(into: &fields, run: nil, seen: seen, start: start, quoted: true)
                    pos += 1
                    try endLine(after: after)
                    return .lineEnd
                default:
                    throw failure("text after the closing quote; put the whole field inside the quotes")
                }
            case Byte.lf, Byte.cr:
                field.append(b)
                if b == Byte.cr, try peek() == Byte.lf {
                    field.append(Byte.lf)
                    pos += 1
                }
                line += 1
                lineStart = bytesRead
                lineContinuations = 0
                fieldLineBase = field.count
            case Byte.nul:
                pos -= 1
                throw failure("NUL byte in the input; a UTF-16 file (LibreOffice's and Notepad's \"Unicode\") needs --encoding utf-16, else is this a CSV text file?")
            default:
                pos -= 1        // the run stopped at the end of a chunk
            }
        }
    }

    /// Advances over the bytes up to the next special byte in the buffer and returns them;
    /// the caller copies them to `field` unless the whole field lies in the buffer.
    @inline(__always)
    private mutating func scanRun(stoppingAtDelimiter: Bool, seen: inout UInt8) -> Range<Int> {
        let d = stoppingAtDelimiter ? delimiterByte : Byte.quote
        let start = pos
        var acc = seen
        let stop = buffer.withUnsafeBufferPointer { bytes in
            var i = start
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b == d || b == Byte.quote || b == Byte.lf || b == Byte.cr || b == Byte.nul { break }
                acc |= b
                i += 1
            }
            return i
        }
        seen = acc
        pos = stop
        return start..<stop
    }

    /// Turns the field into a String: `field` followed by the buffer bytes in `run`.
    private mutating func finishField(
        into fields: inout [String], run: Range<Int>?, seen: UInt8, start: FieldStart, quoted: Bool
    ) throws(InputError) {
        if seen & 0x80 == 0 {
            if let run, field.isEmpty {
                fields.append(buffer.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[run]), as: UTF8.self) })
                return
            }
            if let run { field.append(contentsOf: buffer[run]) }
            fields.append(String(decoding: field, as: UTF8.self))
            return
        }
        if let run { field.append(contentsOf: buffer[run]) }
        // One pass validates and builds the string; the slow scan for where the bad byte is
        // runs only on failure.
        guard let text = String(validating: field, as: UTF8.self) else {
            throw invalidUTF8(at: UTF8Check.firstInvalidIndex(field) ?? 0, start: start, quoted: quoted)
        }
        contInsideField()
        fields.append(VietnameseText.nfc(text))
    }

    /// Counts the current line's continuation bytes gathered in `field`, so columns stay
    /// in characters without rescanning the line.
    private mutating func contInsideField() {
        lineContinuations += UTF8Check.continuationCount(field[fieldLineBase...])
        fieldLineBase = field.count
    }

    private func invalidUTF8(at index: Int, start: FieldStart, quoted: Bool) -> InputError {
        let before = field[..<index]
        let doubledQuotes = before.reduce(0) { $0 + ($1 == Byte.quote ? 1 : 0) }
        let offset = start.offset + (quoted ? 1 : 0) + index + doubledQuotes
        var line = start.line
        var column = start.column + (quoted ? 1 : 0)
        var lastBreak: Int?
        var i = before.startIndex
        while i < before.endIndex {
            let b = before[i]
            if b == Byte.lf || (b == Byte.cr && (i + 1 == before.endIndex || before[i + 1] != Byte.lf)) {
                line += 1
                lastBreak = i
            }
            i += 1
        }
        let lineBytes = before[((lastBreak ?? -1) + 1)...]
        column = (lastBreak == nil ? column : 1) + lineBytes.count - UTF8Check.continuationCount(lineBytes)
        let hex = String(field[index], radix: 16, uppercase: true)
        return InputError(file: name, line: line, column: column,
                        message: "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" : "")\(hex) at byte offset \(offset)); save the file as UTF-8, or say what it is with --encoding windows-1258 (Vietnamese Windows) or windows-1252")
    }

    // MARK: - Buffer and position

    @inline(__always)
    private mutating func peek() throws(InputError) -> UInt8? {
        if pos == buffer.count {
            guard try refill() else { return nil }
        }
        return buffer[pos]
    }

    /// Replaces the consumed buffer with the next chunk; false at the end of the input.
    private mutating func refill() throws(InputError) -> Bool {
        guard !atEOF, let handle else { return false }
        precondition(pos == buffer.count, "refill before the buffer is consumed")
        let data: Data?
        do {
            data = try handle.read(upToCount: Self.chunkSize)
        } catch {
            throw InputError(file: name, line: line, message: "cannot read: \(error.localizedDescription)")
        }
        guard let data, !data.isEmpty else {
            atEOF = true
            return false
        }
        bufferStart += buffer.count
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: data)
        pos = 0
        return true
    }

    /// After a consumed CR or LF: swallows the LF of a CRLF and starts a new line.
    private mutating func endLine(after b: UInt8) throws(InputError) {
        if b == Byte.cr, try peek() == Byte.lf { pos += 1 }
        line += 1
        lineStart = bytesRead
        lineContinuations = 0
    }

    /// The 1-based character column of the current position; the current field's bytes
    /// so far are in `field`.
    private func column() -> Int {
        bytesRead - lineStart - lineContinuations - UTF8Check.continuationCount(field[fieldLineBase...]) + 1
    }

    private func failure(_ message: String) -> InputError {
        InputError(file: name, line: line, column: column(), message: message)
    }
}

@available(*, unavailable, message: "a reader owns a file position; give each task its own")
extension CSVReader: Sendable {}
