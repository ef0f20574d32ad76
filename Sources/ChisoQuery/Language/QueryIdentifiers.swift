import ChisoStorage

/// The ids of the observations a condition of the query language selects (`chiso delete
/// --where "source = x"`): the compiler's id projection, as `export --query` uses it.
package enum QueryIdentifiers {
    /// `condition` is what follows `where` in a query; a whole query (starting with
    /// `select` or `where`) is taken as it is.
    package static func ids(where condition: String, database: Database) throws -> [Int64] {
        let trimmed = condition.trimmingCharacters(in: .whitespaces)
        let lowered = trimmed.lowercased()
        let text = lowered.hasPrefix("where ") || lowered.hasPrefix("select ") ? trimmed : "where " + trimmed
        let compiled = try ObservationQuery.parse(text).compileIdentifiers(for: database)
        try database.connection.registerFold()
        return try database.connection.query(compiled.sql, compiled.bindings.map { $0 as any SQLiteBindable }).compactMap { $0[0].intValue }
    }
}
