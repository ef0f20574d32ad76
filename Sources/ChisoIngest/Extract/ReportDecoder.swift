import ChisoDomain
import Foundation

/// Turns the bytes of a report into the one text every later step quotes from: UTF-8, NFC,
/// LF line ends, no BOM.
///
/// Reports arrive as NFD from some portals and with CRLF from Windows editors; quotes must be
/// exact substrings of what a reader sees, so normalising once here is what keeps them checkable.
/// Anything that is not text (a PDF, a .docx, an image) is refused rather than mined for digits.
/// `ReportReader` applies the same rules to a file read a paragraph at a time.
package enum ReportDecoder {
    package static func decode(_ bytes: [UInt8], file: String) throws(ExtractError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard !body.isEmpty else {
            throw ExtractError(file: file, message: "the report is empty (expected Vietnamese text, UTF-8)")
        }
        if let nul = body.firstIndex(of: 0) {
            throw ExtractError(file: file, message: "binary data at byte \(nul + 1) (a NUL byte); expected a UTF-8 text report — convert PDF or .docx files to text first")
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            let offset = firstInvalidUTF8(in: Array(body)) + (bytes.count - body.count)
            throw ExtractError(file: file, message: "invalid UTF-8 at byte \(offset + 1); expected UTF-8 text (re-save the file as UTF-8)")
        }
        let controls = text.unicodeScalars.filter { $0.value < 0x20 && !["\n", "\r", "\t", "\u{0C}"].contains($0) }.count
        if controls > 0, controls * 100 > text.unicodeScalars.count {
            throw ExtractError(file: file, message: "\(controls) control characters: this looks like binary data, not a text report")
        }
        let normalised = VietnameseText.nfc(text)
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
        guard normalised.contains(where: { !$0.isWhitespace }) else {
            throw ExtractError(file: file, message: "the report has only whitespace (expected Vietnamese text)")
        }
        return normalised
    }

    /// The offset of the first byte that breaks UTF-8, for the error message.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            for j in 1..<length where bytes[i + j] & 0xC0 != 0x80 { return i }
            if length > 1, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return i }
            i += length
        }
        return max(0, bytes.count - 1)
    }
}
