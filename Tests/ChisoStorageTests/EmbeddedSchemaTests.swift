import Foundation
import Testing
@testable import ChisoStorage
import ChisoTestSupport

@Suite struct EmbeddedSchemaTests {
    @Test func embeddedSchemaMatchesTheSchemaFolderFileForFile() throws {
        let folder = PackagePaths.schema
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        #expect(names == EmbeddedSchema.files.map(\.name), "run scripts/embed-schema after editing Schema/")
        for (name, sql) in EmbeddedSchema.files {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(onDisk == sql, "Schema/\(name) differs from the embedded copy: run scripts/embed-schema")
        }
    }

    @Test func schemaFilesAreNumberedWithoutGaps() {
        let numbers = EmbeddedSchema.files.compactMap { Int($0.name.prefix(3)) }
        #expect(numbers == Array(1...EmbeddedSchema.files.count))
    }
}
