import ChisoTestSupport
import Foundation
import Testing

/// `chiso search` end to end over the loaded seeds.
@Suite struct SearchTests {
    let directory = TemporaryDirectory("cli-search")
    var db: String { directory.path("chiso.db") }

    init() throws {
        let run = try Chiso.run(["load", PackagePaths.seeds.path, "--db", directory.path("chiso.db")])
        precondition(run.exitCode == 0, run.stderr)
    }

    @Test(arguments: ["so hoa ho so", "đạt", "dat", "Tuyên Quang", "tuyen quang"])
    func findsHits(query: String) throws {
        let run = try Chiso.run(["search", query, "--db", db, "--format", "csv"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.lines.first == "source,title,passage,snippet")
        #expect(run.lines.count > 1)
        #expect(run.stdout.contains("«"))
    }

    @Test func marksTheAccentedWords() throws {
        let run = try Chiso.run(["search", "so hoa ho so", "--db", db, "--format", "csv", "--limit", "1"])
        #expect(run.exitCode == 0)
        #expect(run.lines.count == 2)
        #expect(run.lines[1].contains("«Số hóa hồ sơ»") || run.lines[1].contains("«số hóa hồ sơ»"))
    }

    @Test func dAndĐFindTheSame() throws {
        let plain = try Chiso.run(["search", "dat", "--db", db, "--format", "csv", "--limit", "100"])
        let accented = try Chiso.run(["search", "đạt", "--db", db, "--format", "csv", "--limit", "100"])
        #expect(plain.stdout == accented.stdout)
    }

    @Test func writesJSON() throws {
        let run = try Chiso.run(["search", "774", "--db", db, "--format", "json"])
        #expect(run.exitCode == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [[String: Any]]
        #expect(rows?.first?["source"] as? String == "thuathienhue-2023")
        #expect((rows?.first?["snippet"] as? String)?.contains("«774»") == true)
    }

    @Test func explainsAQueryWithNoWords() throws {
        let run = try Chiso.run(["search", "\"(*", "--db", db])
        #expect(run.exitCode == 1)
        #expect(run.stderr == "Error: nothing to search for in '\"(*'; give one or more words, e.g. chiso search \"số hóa hồ sơ\"\n")
    }

    @Test func saysWhenNothingMatches() throws {
        let run = try Chiso.run(["search", "xyzzy", "--db", db, "--format", "csv"])
        #expect(run.exitCode == 0)
        #expect(run.stdout == "source,title,passage,snippet\n")
        #expect(run.stderr == "no passage matches 'xyzzy'\n")
    }

    @Test func rejectsAZeroLimit() throws {
        let run = try Chiso.run(["search", "dat", "--db", db, "--limit", "0"])
        #expect(run.exitCode == 64)
    }
}
