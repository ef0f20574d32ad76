import ChisoDomain
import Foundation

/// Reads a report file one paragraph (line) at a time, decoded as `ReportDecoder` decodes a
/// whole text: UTF-8, NFC, no BOM, CRLF and CR read as line ends.
///
/// `chiso extract` reads a report twice this way (a survey, then the extraction), so memory
/// is one block and one paragraph whatever the file's size. A line longer than
/// `paragraphLimit` bytes is cut at the last sentence end before the limit (else the last
/// space, else anywhere between characters) and read as several paragraphs; `cutLines` says
/// where. The checks of `ReportDecoder` (empty, binary, invalid UTF-8, control characters,
/// whitespace only) are made over the whole file: `finish()` throws what reading found.
package final class ReportReader {
    /// The longest paragraph read as one: far longer than any real paragraph, short enough
    /// that the per-paragraph work (a few arrays of characters and tokens) stays small.
    package static let paragraphLimit = 64 * 1024
    private static let blockSize = 64 * 1024

    private let handle: FileHandle
    private let name: String
    private let spool: FileHandle?
    private var buffer: [UInt8] = []
    private var start = 0
    /// File offset of `buffer[0]`.
    private var bufferOffset = 0
    private var ended = false
    private var atStart = true
    private var skipLineFeed = false
    private var line = 1
    private var bytes = 0
    private var sawText = false
    private var firstInvalid: Int?
    private var controls = 0
    private var scalars = 0
    /// Lines read in pieces (the first ones), and how many there were.
    package private(set) var cutLines: [Int] = []
    package private(set) var cutLineCount = 0

    /// Opens `path` (nil: standard input); `spool`, when given, receives a copy of every
    /// byte read, so standard input can be read a second time from it.
    package init(path: String?, name: String, spool: String? = nil) throws(ExtractError) {
        self.name = name
        if let path {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw ExtractError(file: name, message: "no such file (expected a UTF-8 text report, or - for standard input)")
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw ExtractError(file: name, message: "cannot read the file (check its permissions)")
            }
            self.handle = handle
        } else {
            handle = FileHandle.standardInput
        }
        if let spool {
            guard FileManager.default.createFile(atPath: spool, contents: nil), let out = FileHandle(forWritingAtPath: spool) else {
                throw ExtractError(file: name, message: "cannot keep standard input in a temporary file at \(spool)")
            }
            self.spool = out
        } else {
            self.spool = nil
        }
    }

    deinit {
        try? spool?.close()
    }

    /// The next paragraph (without its line end), or nil at the end of the file.
    package func next() throws(ExtractError) -> String? {
        while true {
            guard let (piece, offset) = try nextPiece() else { return nil }
            if let nul = piece.firstIndex(of: 0) {
                throw ExtractError(file: name, message: "binary data at byte \(offset + (nul - piece.startIndex) + 1) (a NUL byte); expected a report as text, a saved web page, a .docx or a PDF")
            }
            guard let text = String(validating: piece, as: UTF8.self) else {
                if firstInvalid == nil { firstInvalid = offset + ReportDecoder.firstInvalidUTF8(in: Array(piece)) }
                continue
            }
            for scalar in text.unicodeScalars {
                scalars += 1
                if scalar.value < 0x20, scalar != "\t", scalar != "\u{0C}" { controls += 1 }
            }
            let normalised = VietnameseText.nfc(text)
            if !sawText, normalised.contains(where: { !$0.isWhitespace }) { sawText = true }
            return normalised
        }
    }

    /// The checks that need the whole file, after the last paragraph.
    package func finish() throws(ExtractError) {
        try? spool?.synchronize()
        guard bytes > 0 else {
            throw ExtractError(file: name, message: "the report is empty (expected Vietnamese text, UTF-8)")
        }
        if let firstInvalid {
            throw ExtractError(file: name, message: "invalid UTF-8 at byte \(firstInvalid + 1); expected UTF-8 text (re-save the file as UTF-8)")
        }
        if controls > 0, controls * 100 > scalars {
            throw ExtractError(file: name, message: "\(controls) control characters: this looks like binary data, not a text report")
        }
        guard sawText else {
            throw ExtractError(file: name, message: "the report has only whitespace (expected Vietnamese text)")
        }
    }

    // MARK: - Bytes

    /// The bytes of the next line or piece of a line, with the file offset of its first byte.
    private func nextPiece() throws(ExtractError) -> (ArraySlice<UInt8>, Int)? {
        while atStart, !ended, buffer.count < 3 { try fill() }
        if ended { atStart = false }
        var scan = start
        while true {
            if skipLineFeed, start < buffer.count {
                skipLineFeed = false
                if buffer[start] == 0x0A {
                    start += 1
                    scan = start
                    scalars += 1
                }
            }
            while scan < buffer.count, buffer[scan] != 0x0A, buffer[scan] != 0x0D { scan += 1 }
            if scan - start > Self.paragraphLimit {
                let cut = cutPoint()
                if lastCutLine != line {
                    lastCutLine = line
                    cutLineCount += 1
                    if cutLines.count < 5 { cutLines.append(line) }
                }
                let piece = buffer[start..<cut]
                let offset = bufferOffset + start
                start = cut
                return (piece, offset)
            }
            if scan < buffer.count {
                let piece = buffer[start..<scan]
                let offset = bufferOffset + start
                skipLineFeed = buffer[scan] == 0x0D
                start = scan + 1
                scalars += 1  // the line end, as the whole-text check counts it
                line += 1
                return (piece, offset)
            }
            if ended {
                guard start < buffer.count else { return nil }
                let piece = buffer[start..<buffer.count]
                let offset = bufferOffset + start
                start = buffer.count
                return (piece, offset)
            }
            try fill()
            scan = start
        }
    }

    private var lastCutLine = 0

    /// Where to cut an over-long line: after the last sentence end within the limit, else
    /// after the last space, else before the last character that starts within it.
    private func cutPoint() -> Int {
        let limit = start + Self.paragraphLimit
        var k = limit - 1
        var space: Int?
        while k > start {
            if buffer[k] == 0x20 {
                // '.', '!', '?' or the last byte of '…' (E2 80 A6) before the space.
                if [0x2E, 0x21, 0x3F, 0xA6].contains(buffer[k - 1]) { return k + 1 }
                if space == nil { space = k + 1 }
            }
            k -= 1
        }
        if let space { return space }
        var cut = limit
        while cut > start + 1, buffer[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    /// Reads the next block, dropping the bytes already handed out.
    private func fill() throws(ExtractError) {
        if start > 0 {
            buffer.removeFirst(start)
            bufferOffset += start
            start = 0
        }
        let data: Data?
        do { data = try handle.read(upToCount: Self.blockSize) } catch {
            throw ExtractError(file: name, message: "cannot read the file: \(error.localizedDescription)")
        }
        guard let data, !data.isEmpty else {
            ended = true
            return
        }
        do { try spool?.write(contentsOf: data) } catch {
            throw ExtractError(file: name, message: "cannot keep standard input in a temporary file: \(error.localizedDescription)")
        }
        buffer.append(contentsOf: data)
        bytes += data.count
        // The BOM, once its three bytes are in (a pipe may hand out fewer at a time).
        if atStart, buffer.count >= 3 {
            atStart = false
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
                buffer.removeFirst(3)
                bufferOffset += 3
                bytes -= 3
            }
        }
    }
}
