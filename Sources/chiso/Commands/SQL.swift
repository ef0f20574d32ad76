import ArgumentParser
import ChisoFormats
import ChisoQuery
import ChisoStorage
import Foundation

struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQLite statement (SELECT, WITH, VALUES, EXPLAIN, read-only PRAGMA).",
        discussion: """
            The database is opened read-only; statements that would write, ATTACH/DETACH, PRAGMA assignments and VACUUM are refused. --param NAME=VALUE binds :NAME; a whole number binds as an integer, a decimal such as 42.06 as a real, anything else as text. Useful views: observations_view, targets_view, rollouts_view.

            Rows stream as SQLite returns them, so memory stays flat for any result size; a table takes its column widths from the first \(ReadOnlySQL.tableWidthRows) rows. --timeout (default 5 s) bounds the whole command: the query, every function call in it, and rendering the rows; time spent waiting for a slow reader (a pager) does not count.

            Examples:
              chiso sql "SELECT area_name, value FROM observations_view WHERE indicator = 'qd766_score'"
              chiso sql "SELECT * FROM observations_view WHERE area_code = :code" --param code=08
              chiso sql "SELECT indicator, count(*) FROM observations GROUP BY 1" --format json
              chiso sql "SELECT * FROM observations_view" --format csv --timeout 60 > observations.csv
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "One SQL statement.")
    var sql: String

    @Option(name: .customLong("param"), help: ArgumentHelp("Bind :NAME to VALUE (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: ArgumentHelp("Stop the command (query and rendering) after this many seconds of work.", valueName: "seconds"))
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
        var query = ReadOnlySQL(sql: sql, parameters: parsed, timeout: timeout)
        query.whenStuck = exitStuck
        var options = output.renderOptions
        options.tableWidthRows = ReadOnlySQL.tableWidthRows
        // Each 64 KiB chunk is written at once: rows reach a pipe while the query still runs.
        let out = BufferedOutput.standardOutput()
        let wait = query.outputWait
        var sink = makeSink(output.format, options: options, bytes: { bytes in try wait.measure { try out.write(bytes: bytes); try out.flush() } })
        do {
            try query.run(on: db, into: &sink)
        } catch is OutputClosed {
            // `chiso sql … | head`: the reader has what it wanted.
        }
    }
}

/// Ends a `chiso sql` that is still inside one call after its deadline: one line on standard
/// error, exit 1. Nothing is half-written, since the command only reads.
private func exitStuck(_ error: QueryError) {
    let line = Array("Error: \(error)\n".utf8)
    line.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
    _exit(1)
}
