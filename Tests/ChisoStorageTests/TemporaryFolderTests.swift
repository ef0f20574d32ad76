import Foundation
import Testing
@testable import ChisoStorage

/// A temporary file SQLite cannot create (`check`'s finding spool, a sort, a TEMP table) is
/// said as the folder it tried and TMPDIR as the fix, not as SQLite's "unable to open
/// database file" or as a fault of the user's database.
@Suite struct TemporaryFolderTests {
    private let everywhere: (String) -> Bool = { _ in true }

    @Test func choosesTheFolderSQLiteChooses() {
        #expect(TemporaryFolder.chosen(environment: ["TMPDIR": "/scratch"], usable: everywhere) == "/scratch")
        #expect(TemporaryFolder.chosen(environment: ["SQLITE_TMPDIR": "/fast", "TMPDIR": "/scratch"], usable: everywhere) == "/fast")
        #expect(TemporaryFolder.chosen(environment: ["TMPDIR": "/scratch"], usable: { $0 == "/tmp" }) == "/tmp")
        #expect(TemporaryFolder.chosen(environment: [:], usable: { _ in false }) == nil)
    }

    @Test func namesTheFolderAndTMPDIRWhenATemporaryFileCannotBeCreated() {
        #expect(TemporaryFolder.explain(environment: ["TMPDIR": "/scratch"], usable: everywhere)
            == "cannot create a temporary file in /scratch (chiso sorts and spools large results there); set TMPDIR to a writable folder with free space, e.g. TMPDIR=$HOME/tmp")
        #expect(TemporaryFolder.explain(full: true, environment: ["TMPDIR": "/scratch"], usable: everywhere)
            == "the disk holding /scratch is full (chiso sorts and spools large results there); set TMPDIR to a writable folder with free space, e.g. TMPDIR=$HOME/tmp")
    }

    @Test func listsTheFoldersTriedWhenNoneIsWritable() {
        #expect(TemporaryFolder.explain(environment: ["TMPDIR": "/scratch"], usable: { _ in false })
            == "no folder for temporary files is writable (tried /scratch, /var/tmp, /usr/tmp, /tmp, .); set TMPDIR to a writable folder, e.g. TMPDIR=$HOME/tmp")
    }

    /// The spool is a temporary database (an empty path); the main file's own failures keep
    /// their words, and a failed open of it is never blamed on a temporary folder.
    @Test func saysATemporaryFileFailedRatherThanTheDatabase() throws {
        let spool = try #require(StorageError.explaining(code: ResultCode.cannotOpen, extendedCode: ResultCode.cannotOpen, path: "", busyTimeout: 5000))
        #expect(spool.hasPrefix("cannot create a temporary file in ") || spool.hasPrefix("no folder for temporary files"))
        #expect(spool.contains("TMPDIR"))
        let noFolder = try #require(StorageError.explaining(code: ResultCode.ioError, extendedCode: ResultCode.noTemporaryFolder, path: "/data/a.db", busyTimeout: 5000))
        #expect(noFolder.contains("TMPDIR"))
        let directory = FileManager.default.temporaryDirectory.path
        let sort = try #require(StorageError.explaining(code: ResultCode.cannotOpen, extendedCode: ResultCode.cannotOpen, path: "\(directory)/x.db", busyTimeout: 5000))
        #expect(sort.contains("TMPDIR"))
        let open = try #require(StorageError.explaining(code: ResultCode.cannotOpen, extendedCode: ResultCode.cannotOpen, path: "\(directory)/x.db", busyTimeout: 5000, opening: true))
        #expect(open == "cannot open \(directory)/x.db: the file or its folder cannot be opened (check permissions)")
        let missing = try #require(StorageError.explaining(code: ResultCode.cannotOpen, extendedCode: ResultCode.cannotOpen, path: "/no/such/folder/x.db", busyTimeout: 5000))
        #expect(missing == "cannot open /no/such/folder/x.db: the folder /no/such/folder does not exist")
    }
}
