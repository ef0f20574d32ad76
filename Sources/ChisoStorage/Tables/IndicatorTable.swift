import ChisoDomain

/// Typed access to `indicators`.
package struct IndicatorTable {
    let connection: Connection

    package init(_ connection: Connection) { self.connection = connection }

    private static let columns = "code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description"

    /// The catalogue, optionally one framework's, ordered by framework then code.
    package func all(framework: String? = nil) throws(StorageError) -> [Indicator] {
        let statement = try connection.prepare("""
            SELECT \(Self.columns) FROM indicators
            WHERE ?1 IS NULL OR framework = ?1
            ORDER BY framework, code
            """)
        try statement.bind([framework])
        var result: [Indicator] = []
        while try statement.step() { result.append(try Self.decode(statement)) }
        return result
    }

    package func find(_ code: String) throws(StorageError) -> Indicator? {
        let statement = try connection.prepare("SELECT \(Self.columns) FROM indicators WHERE code = ?")
        try statement.bind([code])
        return try statement.step() ? try Self.decode(statement) : nil
    }

    /// The frameworks in use, for suggestions and `--framework` validation.
    package func frameworks() throws(StorageError) -> [String] {
        try connection.query("SELECT DISTINCT framework FROM indicators ORDER BY 1").compactMap { $0[0].stringValue }
    }

    static func decode(_ s: Statement) throws(StorageError) -> Indicator {
        let raw = s.string(at: 3) ?? ""
        guard let measure = Measure(rawValue: raw) else {
            throw StorageError(.mismatch, "indicator \(s.string(at: 0) ?? "?") has unknown measure '\(raw)'")
        }
        return Indicator(code: s.string(at: 0) ?? "", nameVi: s.string(at: 1) ?? "", nameEn: s.string(at: 2) ?? "",
                         measure: measure, framework: s.string(at: 4) ?? "", higherIsBetter: s.int(at: 5) == 1,
                         scaleMax: s.double(at: 6), description: s.string(at: 7))
    }
}
