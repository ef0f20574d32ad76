import ChisoDomain
import ChisoFormats
import ChisoQuery
import ChisoStorage
import ChisoTestSupport
import Foundation

/// The check tests' database: the shared test builder with the two sources check tests cite
/// (`s1`, `s2`). `CheckFixture()` reads as what it is in the tests.
func CheckFixture() throws -> TestDatabase {
    let database = try TestDatabase(TemporaryDirectory("chiso-check"), name: "check.db")
    try database.source(id: "s1", title: "Báo cáo 1")
    try database.source(id: "s2", title: "Báo cáo 2")
    return database
}

extension TestDatabase {
    /// Lets a test store what the schema's triggers refuse today, as an older chiso or raw SQL might have.
    func dropRangeTriggers() throws {
        try database.connection.execute("DROP TRIGGER observations_value_rules_insert")
        try database.connection.execute("DROP TRIGGER observations_value_rules_update")
    }

    func check(area: String? = nil) throws -> [Finding] {
        let filter = try area.map { try AreaFilter($0, directory: try database.areas.directory()) }
        return try DataCheck(area: filter).run(database).findings
    }

    func findings(_ rule: CheckRule, area: String? = nil) throws -> [Finding] {
        try check(area: area).filter { $0.rule == rule }
    }
}
