import ChisoTestSupport
import Foundation
import Testing

/// `chiso extract REPORT -o DIR`: everything a report holds, in one bundle folder that
/// `chiso import DIR` reads in one step, with the report registered as the figures' source.
@Suite struct ExtractBundleTests {
    static let nghean = PackagePaths.seeds.appendingPathComponent("sources/002_cebfade25a3fb6d3.txt").path

    @Test func bundleImportsInOneStepWithItsSourceAndPassesTheQuoteCheck() throws {
        let dir = TemporaryDirectory()
        let made = try Chiso.run(["extract", Self.nghean, "-o", "bundle", "--source", "nghean-2024", "--area", "Nghệ An"], in: dir.url)
        #expect(made.exitCode == 0, "\(made.stderr)")
        #expect(made.stdout == "")
        // Counts as the files hold them (the extraction rules decide how many there are).
        let rows = { (name: String) throws -> Int in
            try String(contentsOfFile: dir.path("bundle/\(name).csv"), encoding: .utf8).split(separator: "\n").count - 1
        }
        let (observationCount, targetCount, rolloutCount) = (try rows("observations"), try rows("targets"), try rows("rollouts"))
        #expect(observationCount > 10 && targetCount > 0 && rolloutCount == 1)
        #expect(made.stderr.hasPrefix("wrote bundle: source nghean-2024 (text, 35 paragraphs), \(observationCount) observations, \(targetCount) targets, 1 rollouts; "))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path("bundle")).sorted()
        #expect(files == ["observations.csv", "rollouts.csv", "sources", "sources.csv", "targets.csv"])
        // The report opens with a photo caption ("Quang cảnh hội nghị"): the title is the first
        // heading-like line after it.
        #expect(try String(contentsOfFile: dir.path("bundle/sources.csv"), encoding: .utf8)
            == "id,file,title,publisher,url,published_on,area,period\nnghean-2024,sources/nghean-2024.txt,Đại diện Công an tỉnh báo cáo kết quả thực hiện Đề án 06/CP thời gian qua,,,,40,\n")
        // "16/38 mô hình; 21/38 … đang triển khai … 01 mô hình chưa triển khai": one rollout, not three figures.
        #expect(try String(contentsOfFile: dir.path("bundle/rollouts.csv"), encoding: .utf8).split(separator: "\n").last
            == "de_an_06,40,Nghệ An,2024-10-31,38,16,21,1,nghean-2024,toàn tỉnh đã hoàn thành 16/38 mô hình; 21/38 còn lại đang triển khai thực hiện và 01 mô hình chưa triển khai thực hiện,,Ngày 31/10/2024")
        let observations = try String(contentsOfFile: dir.path("bundle/observations.csv"), encoding: .utf8)
        #expect(!observations.contains("de_an_06_models_"))
        #expect(observations.split(separator: "\n").dropFirst().allSatisfy { CSVLine.split(String($0)).dropLast().last?.isEmpty == false },
                "every row carries its indicator's Vietnamese name")
        #expect(observations.split(separator: "\n").dropFirst().allSatisfy { !$0.hasPrefix(",") }, "a row without an indicator")
        let targets = try String(contentsOfFile: dir.path("bundle/targets.csv"), encoding: .utf8)
        #expect(targets.contains("social_payment_accounts_rate,40,Nghệ An,Sở Lao động - Thương binh và Xã hội,2024-01/2024-10,between,90,100,nghean-2024,"))

        let db = dir.path("fresh.db")
        let imported = try Chiso.run(["import", "bundle", "--db", db], in: dir.url)
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("sources: 1 new"))
        #expect(imported.stderr.contains("observations: \(observationCount) new"))
        #expect(imported.stderr.contains("targets: \(targetCount) new"))
        #expect(imported.stderr.contains("rollouts: 1 new"))
        let sources = try Chiso.run(["sources", "--db", db, "--format", "csv"])
        #expect(sources.exitCode == 0)
        #expect(sources.lines.contains { $0.hasPrefix("nghean-2024,Đại diện Công an tỉnh báo cáo kết quả thực hiện Đề án 06/CP thời gian qua,") })
        // `check` has no quote rule of its own: import refuses a quote not in its source's
        // text (it imported), and check finds no error in what came in.
        let check = try Chiso.run(["check", "--db", db, "--format", "csv"])
        #expect(check.exitCode == 0, "\(check.stderr)")
        #expect(check.stderr.contains(" 0 errors"), "\(check.stdout)")
        // Every quote is in the stored text.
        let body = try Chiso.sqlite3(db, "SELECT body FROM sources WHERE id = 'nghean-2024'")
        for quote in try Chiso.sqlite3(db, "SELECT quote FROM observations UNION ALL SELECT quote FROM targets UNION ALL SELECT quote FROM rollouts")
            .split(separator: "\n") {
            #expect(body.contains(quote), "\(quote)")
        }
    }

    /// The source id comes from the file name when --source is not given.
    @Test func derivesTheSourceIdFromTheFileName() throws {
        let dir = TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.nghean, toPath: dir.path("Báo cáo Đề án 06 Nghệ An.txt"))
        let made = try Chiso.run(["extract", "Báo cáo Đề án 06 Nghệ An.txt", "-o", "out"], in: dir.url)
        #expect(made.exitCode == 0, "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path("out/sources/bao-cao-de-an-06-nghe-an.txt")))
        #expect(try String(contentsOfFile: dir.path("out/observations.csv"), encoding: .utf8).contains(",bao-cao-de-an-06-nghe-an,"))
    }

    @Test func refusesANonEmptyFolderUnlessForcedAndNeverHalfWrites() throws {
        let dir = TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir.path("out"), withIntermediateDirectories: false)
        try dir.write("out/keep.txt", "mine\n")
        let refused = try Chiso.run(["extract", Self.nghean, "-o", "out"], in: dir.url)
        #expect(refused.exitCode == 1)
        #expect(refused.stderr == "Error: out: the folder is not empty (1 entry); give a new or empty folder, or --force to replace it\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("out")) == ["keep.txt"])

        let forced = try Chiso.run(["extract", Self.nghean, "-o", "out", "--force"], in: dir.url)
        #expect(forced.exitCode == 0, "\(forced.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("out/keep.txt")))
        #expect(FileManager.default.fileExists(atPath: dir.path("out/observations.csv")))

        // A report that cannot be read leaves no folder, and no hidden one beside it.
        try dir.write("broken.docx", bytes: Array("PK\u{03}\u{04}garbage".utf8))
        let failed = try Chiso.run(["extract", "broken.docx", "-o", "new"], in: dir.url)
        #expect(failed.exitCode == 1)
        #expect(failed.stderr.hasPrefix("Error: broken.docx: not a readable .docx"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("")).sorted() == ["broken.docx", "out"])
        // An empty existing folder is filled.
        try FileManager.default.createDirectory(atPath: dir.path("empty"), withIntermediateDirectories: false)
        #expect(try Chiso.run(["extract", Self.nghean, "-o", "empty"], in: dir.url).exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: dir.path("empty/sources.csv")))
    }

    @Test(arguments: [
        (["-o", "out", "--review"], "Error: -o writes what imports; --review rows are for a person: leave out one of them"),
        (["-o", "out", "--format", "jsonl"], "Error: -o writes a bundle of CSV files; leave out --format"),
        (["--force"], "Error: --force applies to -o DIR"),
    ])
    func refusesOptionsThatDoNotGoWithABundle(_ options: [String], _ message: String) throws {
        let dir = TemporaryDirectory()
        let result = try Chiso.run(["extract", Self.nghean] + options, in: dir.url)
        #expect(result.exitCode == 64)
        #expect(result.stderr.hasPrefix(message + "\n"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("out")))
    }

    @Test func standardInputNeedsASourceIdForABundle() throws {
        let dir = TemporaryDirectory()
        let result = try Chiso.run(["extract", "-", "-o", "out"], stdin: "Năm 2023 đạt 5%.\n", in: dir.url)
        #expect(result.exitCode == 64)
        #expect(result.stderr.hasPrefix("Error: with standard input and -o, give the source id: --source ID\n"))
    }

    @Test func theTitleIsTheFirstHeadingAfterCaptionsAndDatelines() throws {
        let dir = TemporaryDirectory()
        let report = """
        Ảnh: Trung tâm Phục vụ hành chính công tỉnh Sóc Trăng
        Thứ Hai, 06/01/2025 08:30
        Toàn cảnh buổi làm việc.
        Sóc Trăng: tỷ lệ hồ sơ trực tuyến năm 2024 đạt 62,4%
        Năm 2024, tỷ lệ hồ sơ tiếp nhận trực tuyến của tỉnh Sóc Trăng đạt 62,4%.

        """
        let input = try dir.write("soc-trang.txt", report)
        let made = try Chiso.run(["extract", input, "-o", "bundle"], in: dir.url)
        #expect(made.exitCode == 0, "\(made.stderr)")
        #expect(try String(contentsOfFile: dir.path("bundle/sources.csv"), encoding: .utf8).split(separator: "\n").last
            == "soc-trang,sources/soc-trang.txt,\"Sóc Trăng: tỷ lệ hồ sơ trực tuyến năm 2024 đạt 62,4%\",,,,,")
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedBundleLeavesNoHiddenFolder(_ signal: Int32) throws {
        let dir = TemporaryDirectory()
        var text = ""
        for i in 0..<60_000 { text += "Năm 2024, huyện \(i) của tỉnh Long An tiếp nhận \(1000 + i) hồ sơ, đạt \(i % 100),5%.\n" }
        let input = try dir.write("long.txt", text)
        let process = try Chiso.start(["extract", input, "-o", dir.path("bundle"), "--source", "long"])
        let hidden = { (try? FileManager.default.contentsOfDirectory(atPath: dir.path("")))?.filter { $0.hasPrefix(".bundle.chiso-") } ?? [] }
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, hidden().isEmpty, Date() < deadline { usleep(10_000) }
        usleep(200_000)
        try #require(process.isRunning, "the extraction ended before it could be stopped")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        // It exits as the signal would have: 128 + the signal from the handler, or the signal itself
        // when it arrives before the handler is in place.
        #expect(process.terminationStatus == 128 + signal
                || (process.terminationReason == .uncaughtSignal && process.terminationStatus == signal))
        #expect(hidden().isEmpty, "the hidden folder was left behind")
        #expect(!FileManager.default.fileExists(atPath: dir.path("bundle")))
    }
}
