import ArgumentParser
import ChisoQuery
import ChisoStorage

struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQLite statement (SELECT, WITH, VALUES, EXPLAIN, read-only PRAGMA).",
        discussion: """
            The database is opened read-only; statements that would write, ATTACH/DETACH, PRAGMA assignments and VACUUM are refused. --param NAME=VALUE binds :NAME; a whole number binds as an integer, a decimal such as 42.06 as a real, anything else as text. Useful views: observations_view, targets_view, rollouts_view.

            Examples:
              chiso sql "SELECT area_name, value FROM observations_view WHERE indicator = 'qd766_score'"
              chiso sql "SELECT * FROM observations_view WHERE area_code = :code" --param code=08
              chiso sql "SELECT indicator, count(*) FROM observations GROUP BY 1" --format json
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "One SQL statement.")
    var sql: String

    @Option(name: .customLong("param"), help: ArgumentHelp("Bind :NAME to VALUE (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: ArgumentHelp("Stop the statement after this many seconds.", valueName: "seconds"))
    var timeout: Double = ReadOnlySQL.defaultTimeout

    func validate() throws {
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout must be a positive number of seconds, not \(timeout)")
        }
        for parameter in parameters {
            do { _ = try SQLParameter(parsing: parameter) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        let parsed = try parameters.map { (p: String) throws -> SQLParameter in try SQLParameter(parsing: p) }
        let db = try Database(path: database.path, access: .read)
        try printResult(try ReadOnlySQL(sql: sql, parameters: parsed, timeout: timeout).run(on: db), output)
    }
}
