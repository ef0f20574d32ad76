import ChisoTestSupport
import Foundation
import Testing

/// `chiso extract` on the files reports really come as: a saved web page, a .docx, a PDF with
/// a text layer, told by content; the same text in any of them gives the same rows, and a file
/// that cannot be read says why in one line.
@Suite struct ExtractDocumentsTests {
    static let seeds = ["000_0bd6600ae98c564a.txt", "001_ec2bc5c6167f27e2.txt", "002_cebfade25a3fb6d3.txt",
                        "003_991e2ef2d8c11d81.txt", "004_5037fe9d1ac25053.txt"]

    /// Makes report.html, report.docx and (with Chromium) report.pdf from `text` with
    /// scripts/report-documents, in `dir`.
    static func documents(from text: String, in dir: TemporaryDirectory, kinds: String = "html,docx,pdf") throws {
        let script = PackagePaths.root.appendingPathComponent("scripts/report-documents").path
        let made = try SystemTool.run(try #require(SystemTool.path("python3")), [script, text, dir.path("docs"), kinds])
        #expect(made.status == 0, "\(made.stderr)")
    }

    @Test(arguments: seeds)
    func htmlDocxAndPdfOfTheSameTextGiveTheRowsOfTheText(_ seed: String) throws {
        let dir = TemporaryDirectory()
        let text = PackagePaths.seeds.appendingPathComponent("sources/\(seed)").path
        try Self.documents(from: text, in: dir)
        let expected = try Chiso.run(["extract", text, "--review", "--source", "s1"])
        #expect(expected.exitCode == 0)
        #expect(expected.lines.count > 4)
        var kinds = ["html", "docx"]
        if SystemTool.runs("chromium") && SystemTool.runs("pdftotext") { kinds.append("pdf") }
        for kind in kinds {
            let result = try Chiso.run(["extract", dir.path("docs/report.\(kind)"), "--review", "--source", "s1"])
            #expect(result.exitCode == 0, "\(kind): \(result.stderr)")
            #expect(result.stdout == expected.stdout, "\(kind) rows differ from the text's")
        }
        // The text itself, as a bundle stores it: the report's paragraphs, none split or joined
        // (a PDF's paragraphs cut by a page end included).
        let lines = try String(contentsOfFile: text, encoding: .utf8).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for kind in kinds {
            let made = try Chiso.run(["extract", dir.path("docs/report.\(kind)"), "-o", dir.path(kind), "--source", "s1"])
            #expect(made.exitCode == 0, "\(made.stderr)")
            let stored = try String(contentsOfFile: dir.path("\(kind)/sources/s1.txt"), encoding: .utf8).split(separator: "\n").map(String.init)
            #expect(stored == lines, "\(kind)")
        }
    }

    /// The name says nothing: a PDF saved as .txt, a .docx as .bin, a web page with no extension.
    @Test func tellsTheKindByContentNotByName() throws {
        let dir = TemporaryDirectory()
        let text = PackagePaths.seeds.appendingPathComponent("sources/002_cebfade25a3fb6d3.txt").path
        try Self.documents(from: text, in: dir)
        let expected = try Chiso.run(["extract", text])
        var renamed = [("docs/report.docx", "report.bin"), ("docs/report.html", "report")]
        if SystemTool.runs("chromium") && SystemTool.runs("pdftotext") { renamed.append(("docs/report.pdf", "report.txt")) }
        for (from, to) in renamed {
            try FileManager.default.copyItem(atPath: dir.path(from), toPath: dir.path(to))
            let result = try Chiso.run(["extract", to], in: dir.url)
            #expect(result.exitCode == 0, "\(to): \(result.stderr)")
            #expect(result.stdout == expected.stdout, "\(to)")
        }
        // Standard input too.
        let piped = try Chiso.run(["extract", "-"], stdin: try String(contentsOfFile: dir.path("docs/report.html"), encoding: .utf8))
        #expect(piped.stdout == expected.stdout)
    }

    /// A news site's page: the article is the headline, the lead and the body; the menus,
    /// the site's header and footer, the related news, scripts, styles, share buttons and
    /// comments are not, though they hold figures of their own.
    @Test func readsTheArticleOfASavedNewsPageNotItsFurniture() throws {
        let dir = TemporaryDirectory()
        let article = """
            Hà Giang: Chỉ số phục vụ người dân, doanh nghiệp năm 2023 tăng 7 bậc
            Năm 2023, tỉnh Hà Giang đạt 71,40 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp, đứng thứ 25/63 tỉnh, thành phố.
            Theo báo cáo của UBND tỉnh, năm 2023 tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Hà Giang đạt 42,06%.
            Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 78,63% & tiếp tục tăng.
            Phấn đấu đến năm 2025 đạt từ 80% trở lên.

            """
        try dir.write("article.txt", article)
        let page = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>Hà Giang tăng 7 bậc - Báo Hà Giang điện tử</title>
            <style>.menu li { width: 25%; } body { margin: 0 }</style>
            <script>var ratio = "99,5%"; window.dataLayer = [{ "rank": "đứng thứ 1/63" }];</script></head>
            <body>
            <header class="site-header"><div class="logo">Báo Hà Giang</div><div class="hotline">Đường dây nóng: 0219 3866 999</div></header>
            <nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/ts">Thời sự</a></li>
            <li><a href="/top">Top 10 tỉnh dẫn đầu năm 2024 với 95,5%</a></li></ul></nav>
            <div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/cchc">Cải cách hành chính</a></div>
            <div class="container">
              <div class="detail-header"><h1 class="detail-title">Hà Giang: Chỉ số phục vụ người dân, doanh nghiệp năm 2023 tăng 7 bậc</h1>
              <div class="meta">Thứ Hai, 15/01/2024 08:30</div></div>
              <h2 class="sapo">Năm 2023, tỉnh Hà Giang đạt 71,40&nbsp;điểm Bộ chỉ số phục vụ người dân, doanh nghiệp, đứng thứ 25/63 tỉnh, thành phố.</h2>
              <div class="share-buttons"><a>Chia sẻ 12</a><a>Thích 345</a></div>
              <div class="detail-content">
                <p>Theo báo cáo của UBND tỉnh, năm 2023 tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Hà Giang đạt 42,06%.</p>
                <div class="related-news"><b>Tin liên quan</b><ul><li><a>Quảng Ninh đạt 92,18% năm 2024</a></li>
                <li><a>Bắc Giang đứng thứ 4 với 91,16%</a></li></ul></div>
                <p>Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính  đạt 78,63% &amp; tiếp
                tục tăng.</p>
                <script>document.write("Tỷ lệ 88,8%");</script>
                <p>Phấn đấu đến năm 2025 đạt từ 80% trở lên.</p>
                <p class="author" style="display: none">Ẩn: đạt 66,6%</p>
              </div>
              <aside class="sidebar"><h3>Đọc nhiều</h3><ol><li>Lạng Sơn đứng thứ 12/63</li><li>Cao Bằng đạt 83,5%</li></ol></aside>
              <div id="comments"><p>Bạn đọc: năm 2023 tỉnh Hà Giang đạt 99% là chưa đúng</p></div>
            </div>
            <footer class="site-footer"><p>© 2024 Báo Hà Giang. Giấy phép số 25/GP-BTTTT cấp ngày 12/3/2021.</p></footer>
            </body></html>

            """
        try dir.write("page.html", page)
        let expected = try Chiso.run(["extract", "article.txt", "--review"], in: dir.url)
        let result = try Chiso.run(["extract", "page.html", "--review"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(expected.lines.count >= 5)
        #expect(result.stdout == expected.stdout)
        for furniture in ["99,5", "95,5", "92,18", "91,16", "88,8", "66,6", "83,5", "12/63", "99%", "3866"] {
            #expect(!result.stdout.contains(furniture), "\(furniture) is not the article's")
        }
    }

    /// A page and a text saved as UTF-16 (with a byte-order mark), and a page without a charset.
    @Test func readsPagesInUTF16AndWithoutACharset() throws {
        let dir = TemporaryDirectory()
        let sentence = "Năm 2023, tỉnh Hà Giang đạt 71,40 điểm Bộ chỉ số phục vụ người dân, đứng thứ 25/63."
        try dir.write("report.txt", sentence + "\n")
        let page = "<html><body><article><p>\(sentence)</p></article></body></html>"
        try dir.write("utf16.htm", bytes: [0xFF, 0xFE] + page.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try dir.write("nocharset.html", page)
        try dir.write("utf16be.txt", bytes: [0xFE, 0xFF] + (sentence + "\n").utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        let expected = try Chiso.run(["extract", "report.txt"], in: dir.url)
        #expect(expected.lines.count == 3)
        for name in ["utf16.htm", "nocharset.html", "utf16be.txt"] {
            let result = try Chiso.run(["extract", name], in: dir.url)
            #expect(result.exitCode == 0, "\(name): \(result.stderr)")
            #expect(result.stdout == expected.stdout, "\(name)")
        }
    }

    /// Word tables: a row is one paragraph, its cells separated by tabs; a deleted run is not text.
    @Test func readsDocxTablesAsOneParagraphPerRow() throws {
        let dir = TemporaryDirectory()
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(w)"><w:body>
            <w:p><w:r><w:t>Năm 2023, tỉnh Hà Giang đạt </w:t></w:r><w:del><w:r><w:delText>99 điểm</w:delText></w:r></w:del><w:r><w:t>71,40 điểm Bộ chỉ số phục vụ người dân, đứng thứ 25/63.</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Tỉnh</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Điểm</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p><w:r><w:t>Hà</w:t></w:r><w:r><w:t xml:space="preserve"> Giang</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>71,40</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            </w:body></w:document>
            """
        let script = "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\nz.writestr('word/document.xml', sys.stdin.read())\nz.close()\n"
        try dir.write("make.py", script)
        let python = try #require(SystemTool.path("python3"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [dir.path("make.py"), dir.path("table.docx")]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(document.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        try dir.write("table.txt", "Năm 2023, tỉnh Hà Giang đạt 71,40 điểm Bộ chỉ số phục vụ người dân, đứng thứ 25/63.\nTỉnh\tĐiểm\nHà Giang\t71,40\n")
        let expected = try Chiso.run(["extract", "table.txt", "--review"], in: dir.url)
        let result = try Chiso.run(["extract", "table.docx", "--review"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == expected.stdout)
        #expect(!result.stdout.contains("99"))
    }

    /// A minimal PDF with one page whose content stream is `content` (no text: a drawn square),
    /// and `trailer` added to its trailer dictionary.
    static func pdf(content: String = "0 0 1 rg 10 10 100 100 re f", trailer: String = "") -> [UInt8] {
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
                       "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream"]
        return assemble(objects, trailer: trailer)
    }

    /// The bytes of a PDF of these objects (numbered from 1, the first the catalogue) with
    /// its cross-reference table and `trailer` added to the trailer dictionary.
    static func assemble(_ objects: [String], trailer: String = "") -> [UInt8] {
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        out += offsets.map { String(repeating: "0", count: 10 - String($0).count) + "\($0) 00000 n \n" }.joined()
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R \(trailer)>>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    /// A PDF whose pages hold `pages` (each a list of lines, in Helvetica), with the page
    /// number alone at each page's foot.
    static func textPDF(_ pages: [[String]]) -> [UInt8] {
        var objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
        var kids: [Int] = []
        for (number, lines) in pages.enumerated() {
            let text = lines.map { "(\($0)) Tj T*" }.joined(separator: " ")
            let content = "BT /F1 12 Tf 14 TL 20 250 Td \(text) ET BT /F1 12 Tf 20 20 Td (\(number + 1)) Tj ET"
            kids.append(objects.count + 1)
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents \(objects.count + 2) 0 R >>")
            objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
        }
        objects[1] = "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>"
        return assemble(objects)
    }

    /// Lines of a PDF paragraph are joined: a word cut at a line end loses its hyphen, a
    /// hyphenated name or span keeps it, a paragraph cut by the page end goes on, and the page
    /// numbers are not text.
    @Test(.enabled(if: SystemTool.runs("pdftotext"), "needs poppler's pdftotext"))
    func joinsAPDFParagraphsLinesAcrossHyphensAndPages() throws {
        let dir = TemporaryDirectory()
        try dir.write("joined.pdf", bytes: Self.textPDF([
            ["The rate of online dos-", "siers: COVID-", "19 and 2021-", "2025 - the plan"],
            ["continues here."],
        ]))
        let result = try Chiso.run(["extract", "joined.pdf", "-o", "out", "--source", "j"], in: dir.url)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: dir.path("out/sources/j.txt"), encoding: .utf8)
            == "The rate of online dossiers: COVID-19 and 2021-2025 - the plan continues here.\n")
    }

    @Test func refusesUnreadableDocumentsInOneLine() throws {
        let dir = TemporaryDirectory()
        let hex = { (byte: String, count: Int) in String(repeating: byte, count: count) }
        let encryption = "/Encrypt << /Filter /Standard /V 1 /R 2 /O <\(hex("11", 32))> /U <\(hex("22", 32))> /P -4 >> /ID [<\(hex("33", 16))> <\(hex("33", 16))>] "
        var cases: [(String, [UInt8], String)] = [
            ("old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
             "Error: old.doc: a password-protected .docx or an old Word .doc (an OLE file): save it as .docx without a password, or as text\n"),
            ("cut.docx", Array("PK\u{03}\u{04}garbage".utf8),
             "Error: cut.docx: not a readable .docx: no zip directory at its end (a damaged or truncated file)\n"),
            ("scan.pdf", [0x25, 0x50, 0x44, 0x46, 0x00], "Error: scan.pdf: binary data at byte 5 (a NUL byte); expected a report as text, a saved web page, a .docx or a PDF\n"),
        ]
        if SystemTool.runs("pdftotext") {
            cases += [
                ("scanned.pdf", Self.pdf(),
                 "Error: scanned.pdf: the PDF has no text layer (a scanned document?): run OCR on it first (e.g. ocrmypdf -l vie), or give the report as text\n"),
                ("locked.pdf", Self.pdf(trailer: encryption),
                 "Error: locked.pdf: the PDF is encrypted (password-protected); open it with its password and save an unprotected copy, or give the report as text\n"),
                ("broken.pdf", Array("%PDF-1.4\ngarbage\n".utf8),
                 "Error: broken.pdf: not a readable PDF (damaged or truncated?): poppler says \"Syntax Error: Couldn't find trailer dictionary\"\n"),
            ]
        }
        for (name, bytes, message) in cases {
            try dir.write(name, bytes: bytes)
            let result = try Chiso.run(["extract", name], in: dir.url)
            #expect(result.exitCode == 1, "\(name)")
            #expect(result.stdout == "")
            #expect(result.stderr == message)
        }
    }

    @Test func namesThePackageWhenPdftotextIsMissing() throws {
        let dir = TemporaryDirectory()
        try dir.write("report.pdf", bytes: Self.pdf())
        let result = try Chiso.run(["extract", "report.pdf"], in: dir.url, environment: ["PATH": dir.path("no-tools")])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "Error: report.pdf: reading a PDF needs poppler's pdftotext, which is not installed: apt-get install poppler-utils (macOS: brew install poppler), or give the report as text\n")
    }

    /// A .docx streams: its XML is inflated and parsed a chunk at a time, so memory stays
    /// near the text file's (a paragraph's worth), and the rows are the text's.
    @Test func aLargeDocxIsReadInTheMemoryOfItsText() throws {
        let dir = TemporaryDirectory("chiso-extract-docx-large")
        let text = try dir.write("large.txt", try ExtractLargeInputTests.largeReport(bytes: 2_000_000))
        try Self.documents(from: text, in: dir, kinds: "docx")
        let plain = try ExtractLargeInputTests.runMeasuringPeakMemory(["extract", text, "--db", dir.path("none.db")], in: dir.url)
        let docx = try ExtractLargeInputTests.runMeasuringPeakMemory(["extract", dir.path("docs/report.docx"), "--db", dir.path("none.db")], in: dir.url)
        #expect(plain.exitCode == 0 && docx.exitCode == 0, "\(docx.stderr)")
        #expect(docx.stdout == plain.stdout)
        #expect(docx.stdout.count > 1_000_000)
        #if os(Linux)
        let (a, b) = (try #require(plain.peakKB), try #require(docx.peakKB))
        #expect(b < a + 20_000, "docx peak \(b) KB, text peak \(a) KB")
        #endif
    }
}
