/// Brings a database file to the schema this chiso embeds. Migrations are the numbered files
/// of `Schema/`: forward-only, tracked with `PRAGMA user_version`, and all pending ones are
/// applied inside one transaction with a foreign-key check before commit, so a failure leaves
/// the file exactly as it was. Foreign keys are off while the files run, as SQLite's procedure
/// for rebuilding a table asks (https://sqlite.org/lang_altertable.html#otheralter): a
/// migration may drop and recreate a table others point at; the check before commit stands in
/// for the enforcement.
package struct Migrator: Sendable {
    /// One schema file: version N is the N-th file of `Schema/`.
    package struct Migration: Sendable {
        package let version: Int
        package let name: String
        package let sql: String
    }

    /// What `migrate` did, for `chiso init` to print.
    package struct Report: Sendable, Equatable {
        package let fromVersion: Int
        package let toVersion: Int
        package let applied: [String]
        package var changedNothing: Bool { applied.isEmpty }
    }

    package let migrations: [Migration]

    package init(migrations: [Migration]) {
        self.migrations = migrations
    }

    /// The migrations compiled into this binary.
    package static let embedded = Migrator(migrations: EmbeddedSchema.files.enumerated().map {
        Migration(version: $0.offset + 1, name: $0.element.name, sql: $0.element.sql)
    })

    package var latestVersion: Int { migrations.last?.version ?? 0 }

    /// The schema version stored in the file.
    package static func version(of connection: Connection) throws(StorageError) -> Int {
        Int(try connection.scalar("PRAGMA user_version").intValue ?? 0)
    }

    /// Refuses files this chiso cannot use: a newer schema, or a SQLite file that is not ours.
    package func checkCompatible(_ connection: Connection) throws(StorageError) {
        let version = try Migrator.version(of: connection)
        if version > latestVersion {
            throw StorageError(.incompatible, "database '\(connection.path)' was written by a newer chiso (schema version \(version); this chiso knows up to \(latestVersion)); upgrade chiso to use it")
        }
        if version == 0 {
            let foreign = try connection.scalar("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").intValue ?? 0
            if foreign > 0 {
                throw StorageError(.incompatible, "'\(connection.path)' is a SQLite database but not a chiso one (it has \(foreign) tables and no chiso schema version); choose another file with --db")
            }
        }
    }

    /// Applies every migration newer than the file's version.
    @discardableResult
    package func migrate(_ connection: Connection) throws -> Report {
        try checkCompatible(connection)
        let from = try Migrator.version(of: connection)
        let pending = migrations.filter { $0.version > from }
        guard !pending.isEmpty else {
            return Report(fromVersion: from, toVersion: from, applied: [])
        }
        // Migrations may fold names as chiso does (009_units files existing agencies as units).
        try connection.registerFold()
        // The pragma is a no-op inside a transaction, so it is set before the write begins.
        try connection.execute("PRAGMA foreign_keys = OFF")
        defer { try? connection.execute("PRAGMA foreign_keys = ON") }
        try connection.write {
            for migration in pending {
                do {
                    try connection.executeScript(migration.sql)
                } catch let error as StorageError {
                    throw StorageError(error.kind, "migration \(migration.name) failed: \(error.message)", explanation: error.explanation)
                }
                // PRAGMA takes no bound values; the version is our own integer.
                try connection.execute("PRAGMA user_version = \(migration.version)")
            }
            let problems = try connection.query("PRAGMA foreign_key_check")
            if let first = problems.first {
                throw StorageError(.constraint, "migration left \(problems.count) foreign-key violations, first in table \(first[0].stringValue ?? "?")")
            }
        }
        return Report(fromVersion: from, toVersion: pending.last!.version, applied: pending.map(\.name))
    }
}
