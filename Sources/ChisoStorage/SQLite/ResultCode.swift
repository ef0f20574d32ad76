internal import CSQLite

/// SQLite's result codes by name, from the C header itself (https://sqlite.org/rescode.html),
/// so no code of ours compares against a bare number.
package enum ResultCode {
    package static let permission = SQLITE_PERM
    package static let busy = SQLITE_BUSY
    package static let locked = SQLITE_LOCKED
    package static let readOnly = SQLITE_READONLY
    package static let ioError = SQLITE_IOERR
    package static let corrupt = SQLITE_CORRUPT
    package static let full = SQLITE_FULL
    package static let cannotOpen = SQLITE_CANTOPEN
    package static let notADatabase = SQLITE_NOTADB
    /// A hot journal that a read-only connection cannot roll back.
    package static let readOnlyRollback = CHISO_SQLITE_READONLY_ROLLBACK
    /// The file was renamed or deleted while open.
    package static let readOnlyMoved = CHISO_SQLITE_READONLY_DBMOVED
    /// No folder for temporary files could be found (SQLITE_IOERR_GETTEMPPATH, a macro the
    /// importer does not bring in: `SQLITE_IOERR | (25 << 8)` in sqlite3.h).
    package static let noTemporaryFolder = SQLITE_IOERR | (25 << 8)
    /// A UNIQUE index refused a row (the natural key).
    package static let constraintUnique = CHISO_SQLITE_CONSTRAINT_UNIQUE
    /// The INTEGER PRIMARY KEY refused a row.
    package static let constraintPrimaryKey = CHISO_SQLITE_CONSTRAINT_PRIMARYKEY
    /// A FOREIGN KEY refused a change (a row still referred to, or referring to nothing).
    package static let constraintForeignKey = CHISO_SQLITE_CONSTRAINT_FOREIGNKEY
}
