import ChisoTestSupport
import Foundation
import Testing

/// The HTML report opened in a real headless browser (Chromium from the system's packages):
/// it renders with no console error, shows the expected Vietnamese text, and the chart is
/// drawn (pixels of the chart's colours where the chart is).
@Suite(.serialized) struct HTMLReportBrowserTests {
    static let fixture = PackagePaths.root.appendingPathComponent("Tests/Fixtures/reports").path

    static func page(_ arguments: [String], in dir: TemporaryDirectory) throws -> String {
        let db = dir.path("f.db")
        #expect(try Chiso.run(["load", fixture, "--db", db]).exitCode == 0)
        let file = dir.path("page.html")
        let result = try Chiso.run(arguments + ["--db", db, "--format", "html", "--lang", "vi", "-o", file])
        #expect(result.exitCode == 0, "\(result.stderr)")
        return file
    }

    static func chromium() throws -> String {
        let found = SystemTool.path("chromium") ?? SystemTool.path("chromium-browser") ?? SystemTool.path("google-chrome")
        return try #require(found, "Chromium is missing: apt-get install chromium (.ci/run installs it)")
    }

    static let flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                        "--disable-dev-shm-usage", "--allow-file-access-from-files"]

    @Test(.enabled(if: SystemTool.runs("chromium"), "Chromium is not installed (apt-get install chromium)"),
          arguments: [["report", "08"], ["rank", "qd766_score"]])
    func thePageRendersInABrowserWithItsChart(arguments: [String]) throws {
        let browser = try Self.chromium()
        let dir = TemporaryDirectory()
        let file = try Self.page(arguments, in: dir)
        let html = try String(contentsOfFile: file, encoding: .utf8)
        for loader in ["src=", "<link", "url(http", "@import"] {
            #expect(!html.contains(loader), "self-contained: nothing is fetched (\(loader))")
        }
        #expect(!html.contains("<script"), "no script")

        // The DOM as the browser built it, with console messages on stderr.
        let dom = try SystemTool.run(browser, Self.flags + ["--enable-logging=stderr", "--v=0", "--dump-dom", "file://\(file)"])
        #expect(dom.status == 0, "\(dom.stderr.suffix(400))")
        let consoleErrors = dom.stderr.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Uncaught") }
        #expect(consoleErrors.isEmpty, "\(consoleErrors)")
        #expect(dom.stdout.contains("<svg"), "the chart is inline SVG")
        let expected = arguments[0] == "report" ? ["Bảng chỉ số", "Tuyên Quang", "Nguồn và trích dẫn"] : ["Bảng xếp hạng", "2024-H1", "Lào Cai"]
        for text in expected { #expect(dom.stdout.contains(text), "the page shows «\(text)»") }

        // A screenshot: the chart's colours are on the page.
        let shot = dir.path("shot.png")
        let screenshot = try SystemTool.run(browser, Self.flags + ["--window-size=1000,1600", "--screenshot=\(shot)", "file://\(file)"])
        #expect(screenshot.status == 0, "\(screenshot.stderr.suffix(400))")
        let counts = try PNGColours.count(shot, colours: ["1f4e79", "2a6f97", "e08214", "1b9e77", "c8553d"])
        #expect(counts.total > 10_000, "the page is not blank")
        #expect(counts.matching > 200, "the chart was drawn: \(counts.matching) pixels in the chart colours")
    }

    /// `--lang vi` is Vietnamese throughout the page: the notes of its charts and the areas
    /// without a figure too, with dates as d/m/yyyy (no browser needed to read the file).
    @Test func aVietnamesePageSaysItsNotesInVietnamese() throws {
        let dir = TemporaryDirectory()
        let card = try String(contentsOfFile: try Self.page(["report", "Nghệ An"], in: dir), encoding: .utf8)
        #expect(card.contains("số liệu đến ngày 31/10/2024"))
        #expect(card.contains("đã sáp nhập vào Nghệ An (p34-40) từ ngày 1/7/2025"))
        #expect(!card.contains("became part of") && !card.contains("as of"))
        let other = TemporaryDirectory()
        let league = try String(contentsOfFile: try Self.page(["rank", "qd766_score"], in: other), encoding: .utf8)
        #expect(league.contains("Không có số liệu kỳ 2024-H1: Hà Giang (mới nhất 2023-10-13)"))
        #expect(!league.contains("latest"))
    }
}

/// Counts a PNG's pixels and those close to given colours, decoded by Python's zlib (no
/// imaging library needed).
enum PNGColours {
    static func count(_ path: String, colours: [String]) throws -> (total: Int, matching: Int) {
        let script = """
            import sys, zlib, struct
            data = open(sys.argv[1], 'rb').read()
            assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
            pos, idat, width, height, ctype = 8, b'', 0, 0, 0
            while pos < len(data):
                n, kind = struct.unpack('>I4s', data[pos:pos+8]); body = data[pos+8:pos+8+n]; pos += 12 + n
                if kind == b'IHDR': width, height, depth, ctype = struct.unpack('>IIBB', body[:10])
                elif kind == b'IDAT': idat += body
            bpp = {2: 3, 6: 4}[ctype]; raw = zlib.decompress(idat); stride = width * bpp
            prev = bytearray(stride); rows = []; i = 0
            for y in range(height):
                f = raw[i]; line = bytearray(raw[i+1:i+1+stride]); i += 1 + stride
                for x in range(stride):
                    a = line[x-bpp] if x >= bpp else 0; b = prev[x]; c = prev[x-bpp] if x >= bpp else 0
                    if f == 1: line[x] = (line[x] + a) & 255
                    elif f == 2: line[x] = (line[x] + b) & 255
                    elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
                    elif f == 4:
                        p = a + b - c; pa, pb, pc = abs(p-a), abs(p-b), abs(p-c)
                        line[x] = (line[x] + (a if pa <= pb and pa <= pc else (b if pb <= pc else c))) & 255
                rows.append(line); prev = line
            targets = [tuple(int(h[k:k+2], 16) for k in (0, 2, 4)) for h in sys.argv[2].split(',')]
            total = match = 0
            for line in rows:
                for x in range(0, stride, bpp):
                    r, g, b = line[x], line[x+1], line[x+2]
                    if (r, g, b) != (255, 255, 255): total += 1
                    if any(abs(r-t[0]) + abs(g-t[1]) + abs(b-t[2]) < 30 for t in targets): match += 1
            print(total, match)
            """
        let dir = TemporaryDirectory()
        let scriptPath = try dir.write("png.py", script)
        let python = try #require(SystemTool.path("python3"), "python3 is missing")
        let result = try SystemTool.run(python, [scriptPath, path, colours.joined(separator: ",")])
        let numbers = result.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard result.status == 0, numbers.count == 2 else {
            Issue.record("could not read \(path): \(result.stderr.suffix(300))")
            return (0, 0)
        }
        return (numbers[0], numbers[1])
    }
}
