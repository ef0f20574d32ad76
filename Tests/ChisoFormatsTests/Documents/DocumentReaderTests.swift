import Foundation
import Testing
@testable import ChisoFormats

/// The readers behind `chiso extract`'s real report files: the kind told by content, the zip
/// of a .docx read back (ZIP64 included) and refused when damaged, paragraphs built as a
/// reader sees them, a web page's article without its furniture.
@Suite struct DocumentReaderTests {
    @Test(arguments: [
        (Array("%PDF-1.7\n%âãÏÓ".utf8), DocumentKind.pdf),
        (Array("\u{FEFF}\n<!DOCTYPE html><html>".utf8), .html),
        (Array("  <html><body><p>Năm 2023</p>".utf8), .html),
        (Array("<p>Năm 2023 đạt 5%</p>".utf8), .html),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], .docx),
        (Array("Năm 2023, tỉnh Hà Giang đạt 71,40 điểm".utf8), .text),
        (Array("<5% hồ sơ quá hạn".utf8), .text),
        (Array("junk before the header %PDF-1.4".utf8), .pdf),
    ])
    func tellsTheKindByTheFirstBytes(_ prefix: [UInt8], _ kind: DocumentKind) throws {
        #expect(try DocumentKind.of(prefix: prefix, name: "f") == kind)
    }

    @Test func refusesAnOLEFileNamingWhatToDo() {
        #expect(throws: DocumentError(file: "a.docx", message: "a password-protected .docx or an old Word .doc (an OLE file): save it as .docx without a password, or as text")) {
            try DocumentKind.of(prefix: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], name: "a.docx")
        }
    }

    func zip(_ entries: [(String, String)], zip64Limit: UInt64 = 0xFFFF_FFFF) throws -> String {
        let path = temporaryPath(".zip")
        let writer = try ZipWriter(path: path, zip64Limit: zip64Limit)
        for (name, text) in entries {
            try writer.beginEntry(name)
            try writer.write(text)
            try writer.endEntry()
        }
        try writer.close()
        return path
    }

    func contents(_ reader: ZipReader, _ name: String) throws -> String {
        var bytes: [UInt8] = []
        try reader.read(try #require(reader.entry(named: name))) { bytes.append(contentsOf: $0.bindMemory(to: UInt8.self)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [0xFFFF_FFFF, 100] as [UInt64])
    func readsBackWhatTheZipWriterWrites(zip64Limit: UInt64) throws {
        let big = String(repeating: "Tỷ lệ hồ sơ trực tuyến đạt 42,06%. ", count: 20_000)
        let path = try zip([("word/document.xml", big), ("a.txt", "Hà Giang")], zip64Limit: zip64Limit)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try ZipReader(path: path, name: "x.docx")
        #expect(reader.entries.map(\.name) == ["word/document.xml", "a.txt"])
        #expect(try contents(reader, "word/document.xml") == big)
        #expect(try contents(reader, "a.txt") == "Hà Giang")
    }

    @Test func refusesAnEntryThatFailsItsChecksum() throws {
        let path = try zip([("a.txt", String(repeating: "abc", count: 1000))])
        defer { try? FileManager.default.removeItem(atPath: path) }
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        // The local header is 30 bytes + the name + the 20-byte padding field; then the data.
        bytes[30 + 5 + 20 + 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let reader = try ZipReader(path: path, name: "x.docx")
        #expect(throws: DocumentError.self) { try contents(reader, "a.txt") }
    }

    @Test func buildsParagraphsAsAReaderSeesThem() {
        var builder = ParagraphBuilder()
        builder.append("  Năm 2023,\n tỉnh\u{00A0}Hà   Giang ")
        builder.append("đạt 71,40 điểm")
        #expect(builder.take().map { String(decoding: $0, as: UTF8.self) } == "Năm 2023, tỉnh Hà Giang đạt 71,40 điểm")
        #expect(builder.take() == nil)
        builder.append(" Hà Giang ")
        builder.endCell()
        builder.append(" 71,40 ")
        builder.endCell()
        #expect(builder.take().map { String(decoding: $0, as: UTF8.self) } == "Hà Giang\t71,40")
    }

    func article(_ html: String) throws -> [String] {
        var paragraphs: [String] = []
        try HTMLText.paragraphs(of: Array(html.utf8), name: "page.html") { paragraphs.append(String(decoding: $0, as: UTF8.self)) }
        return paragraphs
    }

    @Test func readsTheArticleWithItsHeadlineAndLeadAndEntities() throws {
        let page = """
            <html><head><title>T</title><script>var a = "1%";</script></head><body>
            <div id="menu"><a>Trang chủ</a><a>Tin 24h</a></div>
            <h1>Ti&ecirc;u đề &amp; năm 2023</h1><p class="sapo">Lời dẫn của bài viết, đủ dài để là một đoạn.</p>
            <div class="box-content"><p>Đoạn một của bài viết có hơn hai mươi ký tự.</p><p>Đoạn hai<br>dòng hai, &#7889; cũng dài.</p>
            <table><tr><td>Hà Giang</td><td><p>71,40</p></td></tr></table></div>
            <div class="footer">Bản quyền 2024</div></body></html>
            """
        #expect(try article(page) == ["Tiêu đề & năm 2023", "Lời dẫn của bài viết, đủ dài để là một đoạn.",
                                      "Đoạn một của bài viết có hơn hai mươi ký tự.", "Đoạn hai", "dòng hai, ố cũng dài.",
                                      "Hà Giang\t71,40"])
    }

    @Test func readsAPageWithoutParagraphsAsItsBodyText() throws {
        #expect(try article("<html><body><nav>Menu 1</nav><div>Năm 2023 đạt 5%</div></body></html>") == ["Năm 2023 đạt 5%"])
    }
}
