import ArgumentParser
import ChisoDomain
import ChisoIngest
import ChisoQuery
import ChisoStorage
import Foundation

struct Load: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load a seeds folder (sources, observations, targets, rollouts) into the database, idempotently.",
        discussion: """
            Creates the database if needed. Rows are matched by natural key (indicator, area, agency, period, source), so loading again changes nothing and an edited figure updates its row; rows no longer in the files are kept. The first bad row stops the load with file:line:column and the database is left exactly as it was.

            Examples:
              chiso load                              # ./Seeds into ./chiso.db
              chiso load Seeds --db data/seeds.db
            """)

    @Argument(help: ArgumentHelp("The seeds folder (sources.csv, observations.csv, targets.csv, rollouts.csv, sources/).", valueName: "dir"))
    var directory = "Seeds"

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let path = database.path
        try removingNewDatabaseOnFailure(path) {
            let db = try Database(path: path, access: .create)
            let report = try SeedLoader(directory: directory).load(into: db)
            report.lines.forEach { print($0) }
            UnitRecord.createdLines(report.newUnits).forEach(note)
            try DatabaseSummary(db).lines(path: path).forEach { print($0) }
        }
    }
}
