@testable import ChisoStorage
import Dispatch
import ChisoTestSupport
import Testing

@Suite struct ConnectionTests {
    /// Foreign keys on; WAL only while a command writes (entered after migration), and the
    /// file back in rollback-journal mode once the writer closes it.
    @Test func openingConfiguresForeignKeysAndWALOnlyForWriting() throws {
        let dir = TemporaryDirectory()
        do {
            let c = try Connection(path: dir.path("c.db"))
            #expect(try c.scalar("PRAGMA foreign_keys") == .integer(1))
            #expect(try c.scalar("PRAGMA journal_mode") == .text("delete"))
            try c.enterWALForWriting()
            #expect(try c.scalar("PRAGMA journal_mode") == .text("wal"))
            #expect(c.enteredWAL)
        }
        let after = try Connection(path: dir.path("c.db"), mode: .readOnly)
        #expect(try after.scalar("PRAGMA journal_mode") == .text("delete"))
    }

    @Test func errorsCarryTheExtendedCodeMessageAndSQL() throws {
        let dir = TemporaryDirectory()
        let c = try Connection(path: dir.path("c.db"))
        try c.execute("CREATE TABLE t(x UNIQUE)")
        try c.execute("INSERT INTO t VALUES (1)")
        #expect {
            try c.execute("INSERT INTO t VALUES (?)", [1])
        } throws: { error in
            guard let e = error as? StorageError else { return false }
            return e.extendedCode == ResultCode.constraintUnique && e.message.contains("UNIQUE") && e.sql == "INSERT INTO t VALUES (?)"
                && e.description.contains("SQLite code 2067")
        }
    }

    @Test func valuesAreBoundNeverSpliced() throws {
        let dir = TemporaryDirectory()
        let c = try Connection(path: dir.path("c.db"))
        try c.execute("CREATE TABLE t(x TEXT)")
        let hostile = "x'); DROP TABLE t; --"
        try c.execute("INSERT INTO t VALUES (?)", [hostile])
        #expect(try c.query("SELECT x FROM t") == [[.text(hostile)]])
    }

    @Test func textRoundTripsIncludingEmptyAndVietnamese() throws {
        let dir = TemporaryDirectory()
        let c = try Connection(path: dir.path("c.db"))
        for text in ["", "Tuyên Quang", "Thừa Thiên Huế", "a\u{0}b"] {
            #expect(try c.scalar("SELECT ?", [text]) == .text(text))
        }
        #expect(try c.scalar("SELECT ?", [Optional<String>.none]) == .null)
    }

    @Test func namedParametersBind() throws {
        let dir = TemporaryDirectory()
        let c = try Connection(path: dir.path("c.db"))
        let s = try c.prepare("SELECT :a + :b")
        try s.bind(.integer(2), named: ":a")
        try s.bind(.integer(40), named: ":b")
        #expect(try s.step())
        #expect(s.value(at: 0) == .integer(42))
    }

    @Test func moreThanOneStatementIsRefused() throws {
        let dir = TemporaryDirectory()
        let c = try Connection(path: dir.path("c.db"))
        #expect(throws: StorageError.self) { _ = try c.prepare("SELECT 1; DROP TABLE x") }
        _ = try c.prepare("SELECT 1; -- trailing comment")
    }

    @Test func readOnlyConnectionCannotWrite() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("c.db")
        try Connection(path: path).execute("CREATE TABLE t(x)")
        let ro = try Connection(path: path, mode: .readOnly)
        #expect(throws: StorageError.self) { try ro.execute("INSERT INTO t VALUES (1)") }
    }

    @Test func runawayQueryIsStoppedByTheInterrupterFromAnotherThread() throws {
        let dir = TemporaryDirectory()
        let c = try Connection(path: dir.path("c.db"))
        let interrupter = c.interrupter
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { interrupter.interrupt() }
        #expect {
            _ = try c.query("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r")
        } throws: { error in
            (error as? StorageError)?.kind == .interrupted
        }
        // The connection is usable afterwards.
        #expect(try c.scalar("SELECT 1") == .integer(1))
    }

    @Test func preparedStatementIsReusedAcrossRuns() throws {
        let dir = TemporaryDirectory()
        let c = try Connection(path: dir.path("c.db"))
        try c.execute("CREATE TABLE t(x)")
        let insert = try c.prepare("INSERT INTO t VALUES (?)")
        for i in 0..<100 { try insert.run([i]) }
        #expect(try c.scalar("SELECT sum(x) FROM t") == .integer(4950))
    }
}
