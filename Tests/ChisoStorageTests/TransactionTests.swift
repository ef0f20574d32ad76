import Testing
@testable import ChisoStorage
import ChisoTestSupport

@Suite struct TransactionTests {
    struct Boom: Error {}

    private func scratch() throws -> (TemporaryDirectory, Connection) {
        let dir = TemporaryDirectory()
        let connection = try Connection(path: dir.path("t.db"))
        try connection.execute("CREATE TABLE t(x INTEGER)")
        return (dir, connection)
    }

    @Test func writeCommitsWhenTheBodyReturns() throws {
        let (dir, c) = try scratch()
        defer { withExtendedLifetime(dir) {} }
        try c.write { try c.execute("INSERT INTO t VALUES (1)") }
        #expect(try c.scalar("SELECT count(*) FROM t") == .integer(1))
    }

    @Test func writeRollsBackEverythingWhenTheBodyThrows() throws {
        let (dir, c) = try scratch()
        defer { withExtendedLifetime(dir) {} }
        #expect(throws: Boom.self) {
            try c.write {
                try c.execute("INSERT INTO t VALUES (1)")
                try c.execute("INSERT INTO t VALUES (2)")
                throw Boom()
            }
        }
        #expect(try c.scalar("SELECT count(*) FROM t") == .integer(0))
        #expect(!c.isInTransaction)
    }

    @Test func nestedWriteRollsBackOnlyItsOwnPart() throws {
        let (dir, c) = try scratch()
        defer { withExtendedLifetime(dir) {} }
        try c.write {
            try c.execute("INSERT INTO t VALUES (1)")
            try? c.write {
                try c.execute("INSERT INTO t VALUES (2)")
                throw Boom()
            }
        }
        #expect(try c.query("SELECT x FROM t") == [[.integer(1)]])
    }

    @Test func failedStatementInsideWriteRollsBackEarlierRows() throws {
        let (dir, c) = try scratch()
        defer { withExtendedLifetime(dir) {} }
        try c.execute("CREATE UNIQUE INDEX tx ON t(x)")
        #expect(throws: StorageError.self) {
            try c.write {
                try c.execute("INSERT INTO t VALUES (1)")
                try c.execute("INSERT INTO t VALUES (1)")
            }
        }
        #expect(try c.scalar("SELECT count(*) FROM t") == .integer(0))
    }
}
