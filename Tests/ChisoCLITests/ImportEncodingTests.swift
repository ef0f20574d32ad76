import ChisoTestSupport
import Foundation
import Testing

/// Sheets saved as "Unicode text" by LibreOffice or Notepad (UTF-16 with a byte-order mark) and
/// files from old Vietnamese Windows tools (Windows-1258) import with their Vietnamese intact.
@Suite struct ImportEncodingTests {
    let dir = TemporaryDirectory("chiso-encoding")
    var db: String { dir.path("t.db") }
    static let csv = "indicator,area,area_name,period,value,note\nonline_dossier_rate,01,Hà Nội,2023,50,ghi chú đầy đủ\n"

    func exportedNote() throws -> String? {
        let export = try Chiso.run(["export", "observations", "--format", "jsonl", "--db", db])
        guard let line = export.lines.first,
              let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        return object["note"] as? String
    }

    @Test(arguments: [false, true])
    func utf16WithAByteOrderMarkImportsWithoutBeingAsked(bigEndian: Bool) throws {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in Self.csv.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += bigEndian ? pair.reversed() : pair
        }
        let path = try dir.write("unicode.csv", bytes: bytes)
        let result = try Chiso.run(["import", path, "--db", db])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try exportedNote() == "ghi chú đầy đủ")
    }

    @Test func windows1258ImportsWithTheOptionSaid() throws {
        // "Hà Nội" and "ghi chú đầy đủ" as Windows-1258 writes them: à = E0, ô = F4 + dot below F2,
        // ú = FA, đ = F0, â = E2 + grave CC, y, ủ = u + hook above D2.
        var bytes = Array("indicator,area,area_name,period,value,note\nonline_dossier_rate,01,H".utf8)
        bytes += [0xE0] + Array(" N".utf8) + [0xF4, 0xF2] + Array("i,2023,50,ghi ch".utf8) + [0xFA]
        bytes += Array(" ".utf8) + [0xF0, 0xE2, 0xCC] + Array("y ".utf8) + [0xF0] + Array("u".utf8) + [0xD2] + Array("\n".utf8)
        let path = try dir.write("old.csv", bytes: bytes)
        let refused = try Chiso.run(["import", path, "--db", db])
        #expect(refused.exitCode != 0)
        #expect(refused.stderr.contains("--encoding windows-1258"), "\(refused.stderr)")
        let result = try Chiso.run(["import", path, "--encoding", "windows-1258", "--db", db])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try exportedNote() == "ghi chú đầy đủ")
    }

    @Test func utf16WithoutAMarkIsNamedWithTheOptionToPass() throws {
        let bytes = Self.csv.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let path = try dir.write("nomark.csv", bytes: bytes)
        let result = try Chiso.run(["import", path, "--db", db])
        #expect(result.exitCode != 0)
        #expect(result.stderr == "Error: \(path): the file looks like UTF-16LE text without a byte-order mark (NUL bytes beside every letter); pass --encoding utf-16le, or save it as UTF-8\n")
        let declared = try Chiso.run(["import", path, "--encoding", "utf-16", "--db", db])
        #expect(declared.exitCode == 0, "\(declared.stderr)")
    }

    @Test func anUnknownEncodingIsAUsageError() throws {
        let path = try dir.write("a.csv", Self.csv)
        let result = try Chiso.run(["import", path, "--encoding", "ebcdic", "--db", db])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("unknown encoding 'ebcdic'; expected one of utf-8, utf-16le"), "\(result.stderr)")
    }
}
