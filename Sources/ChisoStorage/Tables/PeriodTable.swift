import ChisoDomain

/// Typed access to `periods`. A period row is created the first time its code is used, so
/// users never maintain this table by hand.
package struct PeriodTable {
    let connection: Connection

    package init(_ connection: Connection) { self.connection = connection }

    /// Makes sure `period` has its row (dates and Vietnamese label); a no-op when it exists.
    package func ensure(_ period: Period) throws(StorageError) {
        try connection.execute(
            "INSERT INTO periods (code, kind, start_date, end_date, label_vi) VALUES (?, ?, ?, ?, ?) ON CONFLICT(code) DO NOTHING",
            [period.code, period.kind.rawValue, period.start.iso, period.end.iso, period.labelVi])
    }

    /// The same for a statement prepared once, for bulk loads.
    package func ensureStatement() throws(StorageError) -> (Period) throws(StorageError) -> Void {
        let statement = try connection.prepare(
            "INSERT INTO periods (code, kind, start_date, end_date, label_vi) VALUES (?, ?, ?, ?, ?) ON CONFLICT(code) DO NOTHING")
        var seen: Set<String> = []
        return { (period: Period) throws(StorageError) in
            guard !seen.contains(period.code) else { return }
            try statement.run([period.code, period.kind.rawValue, period.start.iso, period.end.iso, period.labelVi])
            seen.insert(period.code)
        }
    }
}
