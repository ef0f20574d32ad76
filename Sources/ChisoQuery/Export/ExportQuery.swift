import ChisoStorage

/// Turns `chiso export --query "…"` into the ids of the observations to export.
package enum ExportQuery {
    /// The observations `text` selects, in the `chiso query` language: the compiler's id
    /// projection of the query, so conditions, `latest`, `order by … limit` keep their
    /// meaning while the export keeps its own layout and order.
    package static func filter(_ text: String, database: Database) throws -> ObservationFilter {
        let compiled = try ObservationQuery.parse(text).compileIdentifiers(for: database)
        // `~` compares folded text through the fold() function.
        try database.connection.registerFold()
        return ObservationFilter(idsSQL: compiled.sql, bindings: compiled.bindings)
    }
}
