/// Decides which statements `chiso sql` runs: reads only.
///
/// The connection is already read-only with `query_only` on, so nothing can reach the file;
/// this guard refuses, with a message naming the statement, what would change the connection
/// instead (ATTACH, `PRAGMA query_only = OFF`), write a new file (VACUUM INTO), or write at all.
enum SQLGuard {
    /// Statement kinds that can only read.
    private static let readKinds: Set<String> = ["SELECT", "WITH", "VALUES", "EXPLAIN", "PRAGMA"]

    /// Pragmas that take an argument yet only read (https://sqlite.org/pragma.html).
    private static let readPragmasWithArgument: Set<String> = [
        "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check", "table_list",
    ]

    /// Pragmas that act even without an argument.
    private static let actingPragmas: Set<String> = [
        "optimize", "shrink_memory", "wal_checkpoint", "incremental_vacuum",
    ]

    /// The first keyword of `sql`, upper-cased, after whitespace and comments ("SELECT").
    static func kind(of sql: String) -> String {
        words(of: sql).first?.uppercased() ?? ""
    }

    /// Refuses what is not a read, before SQLite prepares it.
    static func check(_ sql: String) throws(QueryError) {
        let words = words(of: sql)
        guard let first = words.first?.uppercased() else {
            throw QueryError("no SQL statement given: expected a SELECT, such as \"SELECT * FROM observations_view LIMIT 5\"")
        }
        guard readKinds.contains(first) else {
            throw QueryError("refused: \(first) statements are not allowed; chiso sql only reads (SELECT, WITH … SELECT, VALUES, EXPLAIN, read-only PRAGMA)")
        }
        if first == "PRAGMA" {
            var name = words.count > 1 ? words[1].lowercased() : ""
            if let dot = name.lastIndex(of: ".") { name = String(name[name.index(after: dot)...]) }
            // `PRAGMA name(value)` is the other way to set one; a few read-only pragmas take an argument.
            let hasArgument = sql.contains("(")
            if sql.contains("=") {
                throw QueryError("refused: PRAGMA \(name) with '=' sets a value; chiso sql only reads (write PRAGMA \(name) to read it)")
            }
            if actingPragmas.contains(name) || (hasArgument && !readPragmasWithArgument.contains(name)) {
                throw QueryError("refused: PRAGMA \(name) changes the database or the connection; chiso sql only reads")
            }
        }
    }

    /// Refuses a prepared statement SQLite says would write (a WITH … DELETE, say).
    static func checkPrepared(kind: String, isReadOnly: Bool) throws(QueryError) {
        if !isReadOnly {
            throw QueryError("refused: this \(kind) statement would write to the database; chiso sql only reads")
        }
    }

    /// Words of the SQL outside comments and string literals, enough to see its first keywords.
    static func words(of sql: String) -> [String] {
        var words: [String] = []
        var word = ""
        let chars = Array(sql)
        var i = 0
        func flush() { if !word.isEmpty { words.append(word); word = "" } }
        while i < chars.count {
            let c = chars[i]
            if c == "-", i + 1 < chars.count, chars[i + 1] == "-" {
                flush()
                while i < chars.count, chars[i] != "\n" { i += 1 }
            } else if c == "/", i + 1 < chars.count, chars[i + 1] == "*" {
                flush()
                i += 2
                while i + 1 < chars.count, !(chars[i] == "*" && chars[i + 1] == "/") { i += 1 }
                i += 2
            } else if c == "'" || c == "\"" || c == "`" || c == "[" {
                flush()
                let close: Character = c == "[" ? "]" : c
                i += 1
                while i < chars.count, chars[i] != close { i += 1 }
                i += 1
            } else if c.isLetter || c.isNumber || c == "_" || c == "." {
                word.append(c)
                i += 1
            } else {
                flush()
                i += 1
            }
        }
        flush()
        return words
    }
}
