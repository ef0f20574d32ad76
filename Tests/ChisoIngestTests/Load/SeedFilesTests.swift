import ChisoDomain
import ChisoFormats
import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing
@testable import ChisoIngest

/// The seeds as data: every quote is in its document, and every row loads.
@Suite struct SeedFilesTests {
    static func records(_ name: String) throws -> (header: [String], rows: [CSVRecord]) {
        var reader = try CSVReader(fileAtPath: PackagePaths.seeds.appendingPathComponent(name).path)
        let header = try #require(try reader.next()).fields
        var rows: [CSVRecord] = []
        while let record = try reader.next() { rows.append(record) }
        return (header, rows)
    }

    static func documents() throws -> [String: String] {
        let (header, rows) = try records("sources.csv")
        let id = try #require(header.firstIndex(of: "id")), file = try #require(header.firstIndex(of: "file"))
        var bodies: [String: String] = [:]
        for row in rows {
            let url = PackagePaths.seeds.appendingPathComponent(row.fields[file])
            bodies[row.fields[id]] = try String(contentsOf: url, encoding: .utf8)
        }
        return bodies
    }

    @Test(arguments: ["observations.csv", "targets.csv", "rollouts.csv"])
    func everyQuoteIsInItsDocument(file: String) throws {
        let bodies = try Self.documents()
        let (header, rows) = try Self.records(file)
        let source = try #require(header.firstIndex(of: "source")), quote = try #require(header.firstIndex(of: "quote"))
        #expect(!rows.isEmpty)
        for row in rows where !row.fields[quote].isEmpty {
            let body = try #require(bodies[row.fields[source]], "\(file):\(row.line): unknown source")
            #expect(VietnameseText.nfc(body).contains(row.fields[quote]), "\(file):\(row.line): \(row.fields[quote])")
        }
    }

    @Test func everySeedRowLoads() throws {
        let directory = TemporaryDirectory("ingest-seeds")
        let database = try Database(path: directory.path("seeds.db"), access: .create)
        let report = try SeedLoader(directory: PackagePaths.seeds.path).load(into: database)
        let expected = try ["sources.csv", "observations.csv", "targets.csv", "rollouts.csv"].map { try Self.records($0).rows.count }
        #expect(report.tables.map(\.inserted) == expected)
        #expect(report.tables.map(\.table) == ["sources", "observations", "targets", "rollouts"])
        let again = try SeedLoader(directory: PackagePaths.seeds.path).load(into: database)
        #expect(again.tables.map(\.unchanged) == expected)
        #expect(again.tables.map { $0.inserted + $0.updated + $0.notInSeeds } == [0, 0, 0, 0])
    }

    @Test func storesEachDocumentWithItsHash() throws {
        let directory = TemporaryDirectory("ingest-seeds")
        let database = try Database(path: directory.path("seeds.db"), access: .create)
        _ = try SeedLoader(directory: PackagePaths.seeds.path).load(into: database)
        let source = try #require(try database.sources.find("tuyenquang-2023-9m"))
        let data = try Data(contentsOf: PackagePaths.seeds.appendingPathComponent("sources/000_0bd6600ae98c564a.txt"))
        #expect(source.sha256 == SHA256.hex(data))
        #expect(source.body == String(decoding: data, as: UTF8.self))
        #expect(source.area == "p63-08")
        #expect(source.period == "2023-01/2023-09")
    }
}
