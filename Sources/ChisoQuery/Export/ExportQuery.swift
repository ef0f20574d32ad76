import ChisoStorage

/// Turns `chiso export --query "…"` into the ids of the observations to export.
public enum ExportQuery {
    /// The observations `text` selects, in the `chiso query` language.
    public static func filter(_ text: String, database: Database) throws -> ObservationFilter {
        // Wired to the query language's compiler once it is on main.
        throw QueryError("--query needs the query language, which this build does not have yet")
    }
}
