import ArgumentParser
import ChisoStorage

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a database file, or migrate an older one to this chiso's schema.",
        discussion: """
            Running it again on a current database changes nothing and says so.

            Examples:
              chiso init
              chiso init --db data/tuyenquang.db
            """)

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try removingNewDatabaseOnFailure(database.path) {
            let db = try Database(path: database.path, access: .create)
            let report = db.migration
            if report.changedNothing {
                print("\(database.path): already at schema version \(report.toVersion); nothing changed")
            } else if report.fromVersion == 0 {
                print("\(database.path): created at schema version \(report.toVersion) (\(report.applied.joined(separator: ", ")))")
            } else {
                print("\(database.path): migrated from schema version \(report.fromVersion) to \(report.toVersion) (\(report.applied.joined(separator: ", ")))")
            }
            let counts = try db.counts().filter { ["areas", "indicators"].contains($0.table) }
            print(counts.map { "\($0.rows) \($0.table)" }.joined(separator: ", "))
        }
    }
}
