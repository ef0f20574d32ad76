import ChisoTestSupport
import Foundation
import Testing

/// Datasette, the generic browser of SQLite files, on a chiso database with the metadata
/// `chiso datasette-metadata` prints: scripts/datasette-check serves it on 127.0.0.1 for a
/// few seconds and checks the JSON a user gets. Skipped where datasette is not installed,
/// except in CI (CI=true), where .ci/run installs it and a missing datasette fails.
@Suite struct DatasetteTests {
    static let hasDatasette: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["datasette", "--version"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test func metadataIsKeyedByTheDatabaseFileName() throws {
        let result = try Chiso.run(["datasette-metadata", "--db", "/somewhere/figures.db"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let databases = json?["databases"] as? [String: Any]
        #expect(databases?.keys.sorted() == ["figures"])
        let tables = (databases?["figures"] as? [String: Any])?["tables"] as? [String: Any]
        #expect((tables?["indicators"] as? [String: Any])?["label_column"] as? String == "name_vi")
        #expect((tables?["periods"] as? [String: Any])?["label_column"] as? String == "label_vi")
    }

    @Test func theSqliteShellFindsDatAndĐạtInThePassages() throws {
        let dir = TemporaryDirectory("chiso-fts")
        let db = dir.path("chiso.db")
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        try #require(load.exitCode == 0, "\(load.stderr)")
        let count = "SELECT count(*) FROM source_passages WHERE source_passages MATCH "
        let plain = try Chiso.sqlite3(db, count + "'dat'")
        let marked = try Chiso.sqlite3(db, count + "'đạt'")
        #expect(plain != "0\n")
        #expect(marked != "0\n")
        #expect(try Chiso.sqlite3(db, "SELECT period_label FROM observations_view WHERE period = '2023-09' LIMIT 1") == "Tháng 9/2023\n")
    }

    @Test(.enabled(if: hasDatasette || inCI, "datasette is not installed (pip install datasette)"))
    func datasetteShowsLabelsAndFindsĐạtFromDat() throws {
        let dir = TemporaryDirectory("chiso-datasette")
        let db = dir.path("chiso.db")
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        try #require(load.exitCode == 0, "\(load.stderr)")
        let metadata = try Chiso.run(["datasette-metadata", "--db", db])
        try #require(metadata.exitCode == 0, "\(metadata.stderr)")
        try metadata.stdout.write(toFile: dir.path("metadata.json"), atomically: true, encoding: .utf8)
        let result = try SpreadsheetTests.roundtripScript("datasette-check", [db, dir.path("metadata.json")])
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("FAIL"), "\(result.output)")
        #expect(result.output.contains("ok 'dat' finds passages with 'đạt'"), "\(result.output)")
    }
}
