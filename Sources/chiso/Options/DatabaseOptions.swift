import ArgumentParser
import Foundation

/// `--db PATH`, shared by every command that opens the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The database file (default: $CHISO_DB, else ./chiso.db).", valueName: "path"))
    var explicitPath: String?

    /// The path in force: the option, else `$CHISO_DB`, else `./chiso.db`.
    var path: String {
        if let explicitPath { return explicitPath }
        if let env = ProcessInfo.processInfo.environment["CHISO_DB"], !env.isEmpty { return env }
        return "chiso.db"
    }
}
