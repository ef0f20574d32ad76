import Testing
import ChisoDomain
import ChisoStorage
@testable import ChisoQuery
import ChisoTestSupport

/// Which units share targets across the 2025 reorganisation, on the real reference data.
@Suite struct AreaLineageTests {
    static func lineage(_ id: String) throws -> Set<String> {
        let dir = TemporaryDirectory()
        let directory = try Database(path: dir.path("l.db"), access: .create).areas.directory()
        let record = try #require(directory.record(id: id))
        return AreaChoice.lineage(of: record, in: directory)
    }

    @Test func mergedTuyenQuangContinuesTheOldProvinceButNotHaGiang() throws {
        #expect(try Self.lineage("p34-08") == ["p34-08", "p63-08"])
    }

    @Test func hueContinuesThuaThienHueThroughItsRename() throws {
        #expect(try Self.lineage("p34-46") == ["p34-46", "p63-46h", "p63-46"])
    }

    @Test func mergedLaoCaiDoesNotInheritYenBaiThoughItTookCode15() throws {
        #expect(try Self.lineage("p34-15") == ["p34-15"])
        #expect(try Self.lineage("p63-15") == ["p63-15"])
    }
}
