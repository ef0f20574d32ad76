import ChisoTestSupport
import Foundation
import Testing

/// Shell completion offers the database's indicator codes and area names: the scripts
/// `chiso --generate-completion-script` prints call back `chiso ---completion …`.
@Suite struct CompletionTests {
    let dir = TemporaryDirectory("chiso-completion")
    var db: String { dir.path("t.db") }

    init() throws {
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", dir.path("t.db")])
        precondition(load.exitCode == 0, load.stderr)
    }

    @Test func rankCompletesIndicatorCodesFromTheDatabase() throws {
        let result = try Chiso.run(["---completion", "rank", "--", "positional@0", "4", "3", "chiso", "rank", "--db", db, "onl"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let words = result.stdout.split(separator: "\n").map(String.init)
        #expect(words.contains("online_dossier_rate"), "\(words)")
        #expect(words.allSatisfy { $0.hasPrefix("onl") }, "\(words)")
    }

    @Test func reportCompletesAreaNamesWithOrWithoutDiacritics() throws {
        let result = try Chiso.run(["---completion", "report", "--", "positional@0", "4", "4", "chiso", "report", "--db", db, "tuye"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == "Tuyên Quang\n")
    }

    @Test func trendCompletesTheAreaOption() throws {
        let result = try Chiso.run(["---completion", "trend", "--", "--area", "5", "2", "chiso", "trend", "--db", db, "online_dossier_rate", "Ng"])
        #expect(result.stdout.split(separator: "\n").contains("Nghệ An"), "\(result.stdout)")
    }

    @Test func aMissingDatabaseCompletesNothingAndPrintsNoError() throws {
        let result = try Chiso.run(["---completion", "rank", "--", "positional@0", "4", "1", "chiso", "rank", "--db", dir.path("none.db"), "o"])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "" && result.stderr == "")
        #expect(!FileManager.default.fileExists(atPath: dir.path("none.db")))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func theScriptsAskChisoForTheValues(shell: String) throws {
        let result = try Chiso.run(["--generate-completion-script", shell])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("---completion"), "\(shell)")
        if shell == "bash" {
            #expect(result.stdout.contains("---completion rank -- positional@0"))
            #expect(result.stdout.contains("---completion report -- positional@0"))
        }
    }
}
