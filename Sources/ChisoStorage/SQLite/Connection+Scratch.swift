extension Connection {
    /// Runs `body` with the connection's own TEMP schema writable, even on a read-only
    /// connection: a read may build a scratch table (SQLite keeps TEMP tables apart from the
    /// file, https://sqlite.org/lang_createtable.html#temp), which `PRAGMA query_only` would
    /// refuse. The file itself stays read-only: it is opened so.
    package func withScratchTables<T>(_ body: () throws -> T) throws -> T {
        let queryOnly = try scalar("PRAGMA query_only").intValue == 1
        guard queryOnly else { return try body() }
        try execute("PRAGMA query_only = OFF")
        defer { try? execute("PRAGMA query_only = ON") }
        return try body()
    }
}
