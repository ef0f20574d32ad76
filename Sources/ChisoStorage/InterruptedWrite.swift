import Foundation

/// What a killed or interrupted write leaves beside a database file, and how a later command
/// puts it right before reading.
///
/// A bulk import into an empty table writes with a rollback journal (`Database.withBulkSettings`):
/// killed mid-way, it leaves PATH-journal "hot" (https://sqlite.org/atomiccommit.html#hot_rollback_journals).
/// Only a read-write connection may roll it back; a read-only one fails on its first read. So
/// every open first rolls a hot journal back on a short read-write connection, then goes on
/// with the access it asked for. A WAL left by a killed writer is folded in the same way.
enum InterruptedWrite {
    /// True when PATH-journal is hot: non-empty, its header written (SQLite zeroes the first
    /// byte until the journal is synced), and no live process holds the database's RESERVED
    /// lock (a writer at work has a journal that is not hot).
    static func hasHotJournal(_ path: String) -> Bool {
        let journal = path + "-journal"
        guard let handle = FileHandle(forReadingAtPath: journal) else { return false }
        defer { try? handle.close() }
        guard let first = try? handle.read(upToCount: 1), first.first.map({ $0 != 0 }) == true else { return false }
        return !isWriteLocked(path)
    }

    /// True when PATH-wal exists and holds frames.
    static func hasWAL(_ path: String) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? nil
        return (size ?? 0) > 0
    }

    /// Puts an interrupted write right, when there is one, before the caller opens `path`.
    /// Returns true when a hot journal was rolled back (the caller says so); a WAL is folded in
    /// silently, since its committed rows were never lost. Throws, in words, when a hot journal
    /// cannot be rolled back because the file or its folder is read-only.
    static func recover(_ path: String) throws(StorageError) -> Bool {
        let hot = hasHotJournal(path)
        guard hot || hasWAL(path) else { return false }
        guard FileAccess.isWritable(path), FileAccess.isWritable(FileAccess.folder(of: path)) else {
            guard hot else { return false }  // a read-only connection reads a WAL as it is
            let code = StorageError.Code.readOnlyRollback
            throw StorageError(.sqlite(code: StorageError.Code.readOnly, extendedCode: code), "hot journal on a read-only file",
                               explanation: StorageError.explaining(code: StorageError.Code.readOnly, extendedCode: code, path: path, busyTimeout: Connection.busyTimeout))
        }
        try Connection.recoverInterruptedWrite(path: path)
        return hot && !hasHotJournal(path)
    }

    /// The line a command prints after `recover` rolled a write back.
    static func note(_ path: String) -> String {
        "note: \(path): rolled back a write that was stopped before it finished (an import, load or add killed or interrupted); the file is as it was before that write"
    }

    /// Whether another process holds SQLite's RESERVED lock on the database: a POSIX lock on
    /// the byte after PENDING_BYTE (0x40000000), as SQLite's unix VFS takes it
    /// (https://sqlite.org/lockingv3.html). Queried with F_GETLK, which takes no lock itself.
    private static func isWriteLocked(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = 0x4000_0001
        lock.l_len = 1
        guard fcntl(fd, F_GETLK, &lock) == 0 else { return false }
        return lock.l_type != Int16(F_UNLCK)
    }
}
