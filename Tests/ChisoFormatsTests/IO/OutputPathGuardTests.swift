@testable import ChisoFormats
import Foundation
import Testing

/// The rule behind every output option: the same file by device and inode, else by resolved path.
@Suite struct OutputPathGuardTests {
    let dir: String

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-guard-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try Data("db".utf8).write(to: URL(fileURLWithPath: dir + "/x.db"))
        try Data("a".utf8).write(to: URL(fileURLWithPath: dir + "/in.csv"))
    }

    func refused(_ output: String, _ protected: [ProtectedFile]) -> String? {
        do {
            try OutputPathGuard.check(output, option: "-o", against: protected)
            return nil
        } catch { return error.message }
    }

    @Test func acceptsAnUnrelatedFileAndStandardOutput() {
        #expect(refused(dir + "/out.csv", [.database(dir + "/x.db"), .input(dir + "/in.csv")]) == nil)
        #expect(refused("-", [.database("-"), .input("-")]) == nil)
        // A file whose name merely starts like the database is not the database.
        #expect(refused(dir + "/x.db.csv", [.database(dir + "/x.db")]) == nil)
    }

    @Test func refusesTheDatabaseByAnyPathSpelling() {
        #expect(refused(dir + "/x.db", [.database(dir + "/x.db")])?.contains("is the database") == true)
        #expect(refused(dir + "/sub/../x.db", [.database(dir + "/./x.db")]) != nil)
    }

    @Test func refusesJournalCompanionsThatDoNotExistYet() {
        for suffix in ["-wal", "-shm", "-journal"] {
            #expect(refused(dir + "/sub/../x.db" + suffix, [.database(dir + "/x.db")]) != nil, "\(suffix)")
        }
        // An input has no companions.
        #expect(refused(dir + "/in.csv-wal", [.input(dir + "/in.csv")]) == nil)
    }

    @Test func refusesHardAndSymbolicLinks() throws {
        try FileManager.default.linkItem(atPath: dir + "/in.csv", toPath: dir + "/hard.csv")
        try FileManager.default.createSymbolicLink(atPath: dir + "/soft.csv", withDestinationPath: "in.csv")
        try FileManager.default.createSymbolicLink(atPath: dir + "/dangling.csv", withDestinationPath: dir + "/x.db-shm")
        #expect(refused(dir + "/hard.csv", [.input(dir + "/in.csv")])?.contains("is the input file") == true)
        #expect(refused(dir + "/soft.csv", [.input(dir + "/in.csv")]) != nil)
        #expect(refused(dir + "/dangling.csv", [.database(dir + "/x.db")])?.contains("shared-memory index") == true)
    }

    @Test func resolvesRelativePathsAgainstTheWorkingDirectory() {
        let cwd = FileManager.default.currentDirectoryPath
        #expect(FileIdentity.resolve("a-file-that-is-not-here.csv").hasPrefix(FileIdentity.resolve(cwd)))
    }
}
