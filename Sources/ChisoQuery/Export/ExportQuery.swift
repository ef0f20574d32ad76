import ChisoStorage

/// Turns `chiso export --query "…"` into the ids of the observations to export.
public enum ExportQuery {
    /// The observations `text` selects, in the `chiso query` language: the compiled query
    /// with its select list swapped for the observation id, so conditions, `latest`,
    /// `order by … limit` keep their meaning while the export keeps its own layout and order.
    public static func filter(_ text: String, database: Database) throws -> ObservationFilter {
        var query = try ObservationQuery.parse(text)
        // One known field gives a known prefix to replace; the view's id is not a query field.
        query.selection = [.indicator]
        let compiled = try query.compile(for: database)
        let prefix = #"SELECT indicator AS "indicator" FROM "#
        guard compiled.sql.hasPrefix(prefix) else {
            preconditionFailure("the query compiler's SQL no longer starts with \(prefix)")
        }
        // `~` compares folded text through the fold() function.
        try database.connection.registerFold()
        return ObservationFilter(idsSQL: "SELECT id FROM " + compiled.sql.dropFirst(prefix.count), bindings: compiled.bindings)
    }
}
