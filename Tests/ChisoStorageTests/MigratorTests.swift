import Foundation
import Testing
@testable import ChisoStorage
import ChisoTestSupport

@Suite struct MigratorTests {
    @Test func freshFileIsCreatedAtTheLatestVersionWithReferenceData() throws {
        let dir = TemporaryDirectory()
        let db = try Database(path: dir.path("a.db"), access: .create)
        #expect(db.migration.fromVersion == 0)
        #expect(db.migration.toVersion == Migrator.embedded.latestVersion)
        #expect(db.migration.applied == EmbeddedSchema.files.map(\.name))
        // 63 units until 2025-06-30, Huế's half year as a city, and the 34 units from 2025-07-01.
        #expect(try db.connection.scalar("SELECT count(*) FROM areas WHERE level = 'province'") == .integer(63 + 1 + 34))
        #expect(try db.connection.scalar("SELECT name FROM areas WHERE id = 'VN'") == .text("Việt Nam"))
    }

    @Test func secondRunChangesNothing() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("a.db")
        _ = try Database(path: path, access: .create)
        let before = try Chiso.dump(path)
        let again = try Database(path: path, access: .create)
        #expect(again.migration.changedNothing)
        #expect(try Chiso.dump(path) == before)
    }

    @Test func olderDatabaseIsMigratedForward() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("old.db")
        let first = Migrator(migrations: Array(Migrator.embedded.migrations.prefix(1)))
        let connection = try Connection(path: path)
        try first.migrate(connection)
        #expect(try Migrator.version(of: connection) == 1)
        let report = try Migrator.embedded.migrate(connection)
        #expect(report.fromVersion == 1)
        #expect(report.toVersion == Migrator.embedded.latestVersion)
    }

    @Test func dryRunAccessNeverMigratesAnOlderFile() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("old.db")
        try Migrator(migrations: Array(Migrator.embedded.migrations.prefix(1))).migrate(Connection(path: path))
        let before = try Chiso.dump(path)
        #expect {
            _ = try Database(path: path, access: .dryRun)
        } throws: { error in
            "\(error)".contains("has schema version 1") && "\(error)".contains("run `chiso init --db")
        }
        #expect(try Chiso.dump(path) == before)
        // A current file opens for writing, so the dry run can write and roll back its rows.
        _ = try Database(path: path, access: .write)
        let current = try Database(path: path, access: .dryRun)
        #expect(current.connection.mode == .readWrite)
    }

    @Test func newerDatabaseIsRefusedAndLeftAlone() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("new.db")
        let connection = try Connection(path: path)
        try connection.execute("PRAGMA user_version = 999")
        #expect {
            _ = try Database(path: path, access: .write)
        } throws: { error in
            guard let e = error as? StorageError else { return false }
            return e.kind == .incompatible && e.message.contains("newer chiso") && e.message.contains("999")
        }
        #expect(try Migrator.version(of: connection) == 999)
    }

    @Test func foreignSQLiteFileIsRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("other.db")
        let connection = try Connection(path: path)
        try connection.execute("CREATE TABLE t(x)")
        #expect(throws: StorageError.self) { _ = try Database(path: path, access: .write) }
        #expect(try connection.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'areas'") == .integer(0))
    }

    @Test func aFileThatIsNotSQLiteIsRefusedByNameAndLeftAlone() throws {
        let dir = TemporaryDirectory()
        let path = try dir.write("notes.db", "ghi chú, not a database\n")
        #expect {
            _ = try Database(path: path, access: .write)
        } throws: { error in
            "\(error)" == "'\(path)' is not a SQLite database; choose another file with --db"
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "ghi chú, not a database\n")
    }

    @Test func failingMigrationLeavesTheFileAsItWas() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("a.db")
        let broken = Migrator(migrations: Migrator.embedded.migrations + [
            .init(version: Migrator.embedded.latestVersion + 1, name: "999_broken.sql", sql: "CREATE TABLE ok_so_far(x); SELECT no_such_function();"),
        ])
        _ = try Database(path: path, access: .create)
        let before = try Chiso.dump(path)
        #expect(throws: StorageError.self) { _ = try Database(path: path, access: .write, migrator: broken) }
        #expect(try Chiso.dump(path) == before)
    }

    @Test func readingAMissingFileSaysHowToCreateIt() {
        #expect {
            _ = try Database(path: "/nonexistent/chiso.db", access: .read)
        } throws: { error in
            "\(error)".contains("chiso init")
        }
    }

    @Test func initialisedFilePassesIntegrityAndForeignKeyChecks() throws {
        let dir = TemporaryDirectory()
        let db = try Database(path: dir.path("a.db"), access: .create)
        #expect(try db.connection.scalar("PRAGMA integrity_check") == .text("ok"))
        #expect(try db.connection.query("PRAGMA foreign_key_check").isEmpty)
    }
}
