import ChisoTestSupport
import Foundation
import Testing

/// Issue 14's acceptance workflow: a new report is extracted, registered as a source,
/// imported and queried, with provenance (source and a quote found in its text) on every row.
@Suite struct SourceWorkflowTests {
    let dir = TemporaryDirectory("chiso-sources")
    var db: String { dir.path("t.db") }

    static let report = """
        BÁO CÁO Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024 của tỉnh Lào Cai

        Tỷ lệ hồ sơ trực tuyến đạt 65,2%. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.

        """

    init() throws {
        let result = try Chiso.run(["init", "--db", dir.path("t.db")])
        precondition(result.exitCode == 0, result.stderr)
    }

    func chiso(_ arguments: [String], stdin: String? = nil) throws -> RunResult {
        try Chiso.run(arguments + ["--db", db], stdin: stdin)
    }

    @Test func extractRegisterImportQueryKeepsProvenanceOnEveryRow() throws {
        let report = try dir.write("laocai.txt", Self.report)
        let unregistered = try chiso(["extract", report, "--source", "laocai-2024-6t", "--area", "Lào Cai", "--period", "2024-H1"])
        #expect(unregistered.stderr.contains("source laocai-2024-6t is not registered in \(db); register it with `chiso add source \(report) --id laocai-2024-6t` before importing these rows"))

        let added = try chiso(["add", "source", report, "--id", "laocai-2024-6t", "--date", "2024-06-20", "--publisher", "UBND tỉnh Lào Cai",
                               "--area", "Lào Cai", "--period", "2024-H1"])
        #expect(added.exitCode == 0)
        #expect(added.stderr.hasPrefix("added source laocai-2024-6t (2 passages, sha256 "))

        let extracted = try chiso(["extract", report, "--source", "laocai-2024-6t", "--area", "Lào Cai", "--period", "2024-H1"])
        #expect(extracted.exitCode == 0)
        #expect(extracted.stderr.hasPrefix("every quote occurs in the text of source laocai-2024-6t\n"))
        let draft = try dir.write("draft.csv", extracted.stdout)
        let imported = try chiso(["import", draft])
        #expect(imported.exitCode == 0)
        #expect(imported.stderr == "imported: 2 new, 0 changed, 0 unchanged, 0 skipped\n")

        let rows = try chiso(["query", "select indicator, value, source, quote where area = lao cai", "--format", "csv"])
        let lines = rows.stdout.split(separator: "\n").dropFirst()
        #expect(lines.count == 2)
        for line in lines {
            #expect(line.contains(",laocai-2024-6t,"))
        }
        #expect(try Chiso.sqlite3(db, "SELECT count(*) FROM observations WHERE source IS NULL OR quote IS NULL") == "0\n")

        let listing = try chiso(["sources", "--format", "csv"])
        #expect(listing.stdout == "id,title,date,publisher,area,area_name,period,figures\nlaocai-2024-6t,BÁO CÁO Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024 của tỉnh Lào Cai,2024-06-20,UBND tỉnh Lào Cai,10,Lào Cai,2024-H1,2\n")
        let search = try chiso(["search", "ho so truc tuyen"])
        #expect(search.stdout.contains("laocai-2024-6t"))
    }

    @Test func theSameTextIsOneSource() throws {
        let report = try dir.write("laocai.txt", Self.report)
        #expect(try chiso(["add", "source", report, "--id", "laocai-2024-6t"]).exitCode == 0)
        let again = try chiso(["add", "source", report, "--id", "laocai-2024-6t"])
        #expect(again.exitCode == 0)
        #expect(again.stderr == "unchanged: source laocai-2024-6t already holds this text\n")
        let before = try Chiso.dump(db)
        let copy = try chiso(["add", "source", report, "--id", "other"])
        #expect(copy.exitCode == 1)
        #expect(copy.stderr == "Error: \(report) holds the same text as source 'laocai-2024-6t'; use that id, or `chiso delete source laocai-2024-6t` first\n")
        let changed = try dir.write("changed.txt", Self.report + "Thêm một câu.\n")
        let other = try chiso(["add", "source", changed, "--id", "laocai-2024-6t"])
        #expect(other.exitCode == 1)
        #expect(other.stderr.hasPrefix("Error: source 'laocai-2024-6t' already holds another text (sha256 "))
        #expect(try Chiso.dump(db) == before)
        #expect(try chiso(["add", "source", changed, "--id", "laocai-2024-6t", "--replace"]).stderr.hasPrefix("replaced source laocai-2024-6t"))
    }

    @Test func theTextIsStoredInNFCWithTheHashOfThatText() throws {
        // "ạ" written decomposed (a + combining dot below) is stored composed.
        let report = try dir.write("nfd.txt", "Tỷ le\u{0323} đạt 50%.\n")
        #expect(try chiso(["add", "source", report, "--id", "nfd", "--title", "NFD"]).exitCode == 0)
        #expect(try Chiso.sqlite3(db, "SELECT body = 'Tỷ lẹ đạt 50%.' || char(10), sha256 FROM sources")
                == "1|\(sha256("Tỷ lẹ đạt 50%.\n"))\n")
        let dry = try chiso(["add", "source", try dir.write("b.txt", "Khác.\n"), "--id", "b", "--dry-run"])
        #expect(dry.stderr.hasPrefix("would add source b"))
        #expect(try Chiso.sqlite3(db, "SELECT count(*) FROM sources") == "1\n")
    }

    @Test func extractWarnsAboutQuotesNotInTheRegisteredText() throws {
        let registered = try dir.write("registered.txt", "Tỷ lệ hồ sơ trực tuyến đạt 10%.\n")
        #expect(try chiso(["add", "source", registered, "--id", "r"]).exitCode == 0)
        let other = try dir.write("other.txt", Self.report)
        let result = try chiso(["extract", other, "--source", "r", "--area", "Lào Cai", "--period", "2024-H1"])
        #expect(result.stderr.contains("warning: 2 quotes not in the text of source r: is \(other) the registered report?"))
    }

    /// SHA-256 of the UTF-8 bytes, from the system's sha256sum (an independent implementation).
    func sha256(_ text: String) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try? process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }
}
