import ChisoIngest
import Foundation
import Testing

@Suite struct ReportDecoderTests {
    @Test func normalisesBOMNFDAndCRLF() throws {
        let nfd = "Tỷ lệ đạt 42,06%\r\nHà Giang".decomposedStringWithCanonicalMapping
        let text = try ReportDecoder.decode([0xEF, 0xBB, 0xBF] + Array(nfd.utf8), file: "r.txt")
        #expect(text == "Tỷ lệ đạt 42,06%\nHà Giang")
        #expect(text.unicodeScalars.count == "Tỷ lệ đạt 42,06%\nHà Giang".precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }

    @Test func rejectsEmpty() {
        #expect(throws: ExtractError(file: "e.txt", message: "the report is empty (expected Vietnamese text, UTF-8)")) {
            try ReportDecoder.decode([0xEF, 0xBB, 0xBF], file: "e.txt")
        }
        #expect(throws: ExtractError(file: "w.txt", message: "the report has only whitespace (expected Vietnamese text)")) {
            try ReportDecoder.decode(Array(" \n\t\n".utf8), file: "w.txt")
        }
    }

    @Test func rejectsBinary() {
        #expect(throws: ExtractError(file: "a.pdf", message: "binary data at byte 5 (a NUL byte); expected a UTF-8 text report — convert PDF or .docx files to text first")) {
            try ReportDecoder.decode([0x25, 0x50, 0x44, 0x46, 0x00, 0x01], file: "a.pdf")
        }
    }

    @Test func rejectsInvalidUTF8WithItsOffset() {
        #expect(throws: ExtractError(file: "l.txt", message: "invalid UTF-8 at byte 4; expected UTF-8 text (re-save the file as UTF-8)")) {
            try ReportDecoder.decode([0x54, 0x79, 0x20, 0xE1, 0x20], file: "l.txt")
        }
    }
}
