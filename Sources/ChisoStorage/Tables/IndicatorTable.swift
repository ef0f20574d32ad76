import ChisoDomain

/// Typed access to `indicators`, `indicator_breakdowns` and `indicator_synonyms`.
package struct IndicatorTable {
    let connection: Connection

    package init(_ connection: Connection) { self.connection = connection }

    private static let columns = "code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description, parent, origin, verified, reference"

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
        let breakdowns = try self.breakdowns()
        let synonyms = try self.synonyms()
        for i in result.indices {
            result[i].breakdowns = breakdowns[result[i].code] ?? []
            result[i].synonyms = synonyms[result[i].code] ?? []
        }
        return result
    }

    /// Every indicator's code and Vietnamese name, in the order of `all()` (framework, then
    /// code): what `compare` shows, without the columns, breakdowns and synonyms `all()` also
    /// reads (perf-compare: a few percent of a compare's samples).
    package func names() throws(StorageError) -> [(code: String, nameVi: String)] {
        let statement = try connection.prepare("SELECT code, name_vi FROM indicators ORDER BY framework, code")
        var result: [(code: String, nameVi: String)] = []
        while try statement.step() { result.append((statement.string(at: 0) ?? "", statement.string(at: 1) ?? "")) }
        return result
    }

    package func find(_ code: String) throws(StorageError) -> Indicator? {
        let statement = try connection.prepare("SELECT \(Self.columns) FROM indicators WHERE code = ?")
        try statement.bind([code])
        guard try statement.step() else { return nil }
        var indicator = try Self.decode(statement)
        indicator.breakdowns = try breakdowns(of: code)
        indicator.synonyms = try connection.query("SELECT phrase FROM indicator_synonyms WHERE indicator = ? ORDER BY rowid", [code])
            .compactMap { $0[0].stringValue }
        return indicator
    }

    /// The frameworks in use, for suggestions and `--framework` validation.
    package func frameworks() throws(StorageError) -> [String] {
        try connection.query("SELECT DISTINCT framework FROM indicators ORDER BY 1").compactMap { $0[0].stringValue }
    }

    /// Every indicator's synonyms, each list in catalogue order (row order of the table).
    package func synonyms() throws(StorageError) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for row in try connection.query("SELECT indicator, phrase FROM indicator_synonyms ORDER BY rowid") {
            guard let code = row[0].stringValue, let phrase = row[1].stringValue else { continue }
            result[code, default: []].append(phrase)
        }
        return result
    }

    /// Codes in the order their first synonym was written: extract tries rules in this order,
    /// and an earlier rule wins a tie.
    package func synonymOrder() throws(StorageError) -> [String] {
        try connection.query("SELECT indicator FROM indicator_synonyms GROUP BY indicator ORDER BY min(rowid)")
            .compactMap { $0[0].stringValue }
    }

    private func breakdowns() throws(StorageError) -> [String: Set<BreakdownDimension>] {
        var result: [String: Set<BreakdownDimension>] = [:]
        for row in try connection.query("SELECT indicator, dimension FROM indicator_breakdowns") {
            guard let code = row[0].stringValue, let dimension = row[1].stringValue.flatMap(BreakdownDimension.init(rawValue:)) else { continue }
            result[code, default: []].insert(dimension)
        }
        return result
    }

    private func breakdowns(of code: String) throws(StorageError) -> Set<BreakdownDimension> {
        Set(try connection.query("SELECT dimension FROM indicator_breakdowns WHERE indicator = ?", [code])
            .compactMap { $0[0].stringValue.flatMap(BreakdownDimension.init(rawValue:)) })
    }

    /// Writes a new indicator with its breakdowns and synonyms. The caller has validated it
    /// (`IndicatorCatalogue`); the schema's CHECKs and the parent-cycle trigger are the backstop.
    package func insert(_ indicator: Indicator) throws(StorageError) {
        try connection.execute("""
            INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description,
                                    parent, origin, verified, reference)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [indicator.code, indicator.nameVi, indicator.nameEn, indicator.measure.rawValue, indicator.framework,
                  indicator.higherIsBetter ? 1 : 0, indicator.scaleMax, indicator.description, indicator.parent,
                  indicator.origin.rawValue, indicator.verified ? 1 : 0, indicator.reference])
        for dimension in BreakdownDimension.allCases where indicator.breakdowns.contains(dimension) {
            try connection.execute("INSERT INTO indicator_breakdowns (indicator, dimension) VALUES (?, ?)",
                                   [indicator.code, dimension.rawValue])
        }
        for phrase in indicator.synonyms {
            try connection.execute("INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES (?, ?)", [indicator.code, phrase])
        }
    }

    static func decode(_ s: Statement) throws(StorageError) -> Indicator {
        let raw = s.string(at: 3) ?? ""
        guard let measure = Measure(rawValue: raw) else {
            throw StorageError(.mismatch, "indicator \(s.string(at: 0) ?? "?") has unknown measure '\(raw)'")
        }
        return Indicator(code: s.string(at: 0) ?? "", nameVi: s.string(at: 1) ?? "", nameEn: s.string(at: 2) ?? "",
                         measure: measure, framework: s.string(at: 4) ?? "", higherIsBetter: s.int(at: 5) == 1,
                         scaleMax: s.double(at: 6), description: s.string(at: 7), parent: s.string(at: 8),
                         origin: Indicator.Origin(rawValue: s.string(at: 9) ?? "") ?? .builtin,
                         verified: s.int(at: 10) != 0, reference: s.string(at: 11))
    }
}
