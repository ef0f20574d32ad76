import Foundation
import Testing
@testable import ChisoFormats

/// Files saved as UTF-16/UTF-32 (with a byte-order mark), Windows-1258 or Windows-1252 reach
/// the readers as UTF-8 through the system iconv, with their lines intact; a file that is
/// plainly UTF-16 without a mark, or bytes that are not the declared encoding, are refused in
/// one line that says what to pass.
@Suite struct InputTranscoderTests {
    let text = "indicator,area_name,period,value\nonline_dossier_rate,Thừa Thiên Huế,2023,\"42,06\"\r\nsipas_index,Đắk Lắk,2024,88.5\n"

    func file(_ bytes: [UInt8]) throws -> String {
        let path = temporaryPath(".csv")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    static func utf16(_ text: String, bigEndian: Bool, mark: Bool) -> [UInt8] {
        var bytes: [UInt8] = mark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += bigEndian ? pair.reversed() : pair
        }
        return bytes
    }

    static func utf32(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0, 0, 0xFE, 0xFF] : [0xFF, 0xFE, 0, 0]
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let le = [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
            bytes += bigEndian ? le.reversed() : le
        }
        return bytes
    }

    @Test(arguments: [(false, true), (true, true)])
    func utf16WithAByteOrderMarkIsReadWithoutBeingAsked(bigEndian: Bool, mark: Bool) throws {
        let path = try file(Self.utf16(text, bigEndian: bigEndian, mark: mark))
        let (utf8, cleanup) = try InputTranscoder.utf8Path(for: path, shownAs: "sheet.csv", declared: nil)
        defer { cleanup() }
        #expect(utf8 != path)
        #expect(try read(utf8) == text)
    }

    @Test(arguments: [false, true])
    func utf32WithAByteOrderMarkIsRead(bigEndian: Bool) throws {
        let path = try file(Self.utf32(text, bigEndian: bigEndian))
        let (utf8, cleanup) = try InputTranscoder.utf8Path(for: path, shownAs: "sheet.csv", declared: nil)
        defer { cleanup() }
        #expect(try read(utf8) == text)
    }

    @Test func utf16WithoutAMarkIsNamedWithTheOptionToPass() throws {
        let path = try file(Self.utf16(text, bigEndian: false, mark: false))
        #expect(throws: InputError(file: "sheet.csv", line: 0, message: "the file looks like UTF-16LE text without a byte-order mark (NUL bytes beside every letter); pass --encoding utf-16le, or save it as UTF-8")) {
            _ = try InputTranscoder.utf8Path(for: path, shownAs: "sheet.csv", declared: nil)
        }
        let (utf8, cleanup) = try InputTranscoder.utf8Path(for: path, shownAs: "sheet.csv", declared: InputEncoding(name: "utf-16"))
        defer { cleanup() }
        #expect(try read(utf8) == text)
    }

    /// Windows-1258 writes most Vietnamese letters as a base letter and a combining tone mark
    /// (0xD2 = hook above, 0xEC = acute…); the copy is UTF-8, and the readers make it NFC.
    @Test func windows1258IsConvertedWithItsToneMarks() throws {
        // "Hoà Bình" and "Tuyên Quang" in Windows-1258: à = a + 0xCC (grave), ì = i + 0xCC.
        let bytes: [UInt8] = Array("area_name\nHoa".utf8) + [0xCC] + Array(" Bi".utf8) + [0xCC] + Array("nh\nTuy".utf8) + [0xEA] + Array("n Quang".utf8)
        let path = try file(bytes)
        let (utf8, cleanup) = try InputTranscoder.utf8Path(for: path, shownAs: "old.csv", declared: .windows1258)
        defer { cleanup() }
        let lines = try read(utf8).split(separator: "\n").map { String($0).precomposedStringWithCanonicalMapping }
        #expect(lines == ["area_name", "Hoà Bình", "Tuyên Quang"])
    }

    @Test func windows1252IsConverted() throws {
        let path = try file(Array("note\nCaf".utf8) + [0xE9])
        let (utf8, cleanup) = try InputTranscoder.utf8Path(for: path, shownAs: "old.csv", declared: InputEncoding(name: "cp1252"))
        defer { cleanup() }
        #expect(try read(utf8) == "note\nCafé")
    }

    @Test func bytesThatAreNotTheDeclaredEncodingAreNamedWithTheirLine() throws {
        // 0xD8 0x00 starts a UTF-16LE surrogate pair that never ends: not UTF-16.
        var bytes = Self.utf16("a\nb\n", bigEndian: false, mark: true)
        bytes += [0x00, 0xD8, 0x41, 0x00]
        let path = try file(bytes)
        do {
            _ = try InputTranscoder.utf8Path(for: path, shownAs: "bad.csv", declared: nil)
            Issue.record("a broken surrogate pair was accepted")
        } catch {
            #expect(error.file == "bad.csv")
            #expect(error.line == 3, "\(error)")
            #expect(error.message.contains("is not valid utf-16le"), "\(error)")
        }
    }

    @Test func utf8IsReadInPlace() throws {
        for bytes in [Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8)] {
            let path = try file(bytes)
            let (utf8, _) = try InputTranscoder.utf8Path(for: path, shownAs: "a.csv", declared: nil)
            #expect(utf8 == path)
        }
    }

    @Test func encodingNamesAcceptTheCommonSpellings() {
        #expect(InputEncoding(name: "UTF-16") == .utf16le)
        #expect(InputEncoding(name: "cp1258") == .windows1258)
        #expect(InputEncoding(name: "Windows_1258") == .windows1258)
        #expect(InputEncoding(name: "latin1") == .windows1252)
        #expect(InputEncoding(name: "ebcdic") == nil)
    }
}
