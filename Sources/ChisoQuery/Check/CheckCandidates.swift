import ChisoDomain
import ChisoFormats
import ChisoStorage

/// The observations a check has to look at: one SELECT of ids, so the rules read the rows that
/// can make or inform a finding instead of every row of the table.
///
/// Most figures are tested by no rule at all (a count with no parts, relation, target, change,
/// second source or value out of range), and over a million rows reading and grouping them in
/// Swift was most of `check`'s time (issue 18). Each branch below is a *superset* of the rows
/// one rule reads, written as plain conditions SQLite tests while it scans the table or as
/// lookups through the natural-key index; the rules then run unchanged over these rows, so a row
/// a branch lets through by excess only costs a little time, and no finding can change:
///
/// - `rate_vs_fraction`: rows with a numerator (a percent always; a rank or count when its
///   value is not its numerator).
/// - `range`: every value `ValueRules` could refuse, by measure (bounds loosened where a
///   bound depends on more than the row: a rank above 34), `numerator > denominator`, and the
///   areas used outside their validity, decided in Swift for every period code of `periods`.
/// - rows whose indicator, area or period names nothing (`PRAGMA foreign_key_check`): the
///   rules treat them as they come, so they are all read.
/// - `implied`: rows with a change, and the rows of the figure at their baseline period.
/// - `rate_vs_parts`: a rate whose numerator and denominator are stored for the same figure,
///   and those counts (every source of them, for `preferring(sourceOf:)`).
/// - `parts_sum`: a total with at least one part stored for the same figure, and those parts;
///   a whole figure with parts by level, and every row by level.
/// - `target`: every row of an indicator and agency some target names.
/// - `conflict`: every row of a figure that some row with a source shares with a row of
///   another source (two distinct sources need one that is not empty).
struct CheckCandidates {
    let sql: String
    let values: [any SQLiteBindable]

    /// The rows' figure as the rules group them (`FigureKey`): indicator aside.
    private static func sameFigure(_ a: String, _ b: String, period: String = "period") -> String {
        "\(a).area = \(b).area AND \(a).agency = \(b).agency AND \(a).level = \(b).level AND \(a).channel = \(b).channel"
            + " AND \(a).dossier_status = \(b).dossier_status AND \(a).period = \(b).\(period)"
    }

    /// - Parameters:
    ///   - whole: the snapshot without figures (`CheckData.forEachPart`'s first part): the
    ///     catalogue, the areas and the dangling references.
    ///   - periodCodes: every code of `periods`.
    ///   - hasTargets: whether `targets` holds any row.
    init(_ whole: CheckData, periodCodes: [String], hasTargets: Bool) {
        var values: [any SQLiteBindable] = []
        /// `o.indicator` is one of `codes` (a JSON array bound once, read by SQLite as a set).
        func member(_ column: String, _ items: [String]) -> String {
            values.append("[" + items.sorted().map(JSONText.quoted).joined(separator: ",") + "]")
            return "\(column) IN (SELECT value FROM json_each(?))"
        }
        let indicators = whole.indicators.values
        func codes(_ measures: Set<Measure>) -> [String] {
            indicators.filter { measures.contains($0.measure) }.map(\.code)
        }

        var scan = [
            "o.numerator IS NOT NULL AND (o.value <> o.numerator OR o.numerator > o.denominator OR \(member("o.indicator", codes([.percent]))))",
            "o.change IS NOT NULL",
            "o.level <> ''",
            "o.value IS NULL OR NOT (o.value BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308)",
            "o.value < 0 AND \(member("o.indicator", codes([.percent, .score, .indexPoints, .count, .amount])))",
            "o.value > 100 AND \(member("o.indicator", codes([.percent])))",
            "o.value <> CAST(o.value AS INTEGER) AND \(member("o.indicator", codes([.count, .rankChange, .rank])))",
        ]
        // A rank is capped by its denominator or the provinces of its period (63 or 34): 34 is
        // the lowest cap; the country is never ranked without an agency.
        let countries = whole.areas.values.filter { $0.level == "country" }.map(\.id)
        scan.append("\(member("o.indicator", codes([.rank]))) AND (o.value < 1 OR o.value > 34 OR o.value > o.denominator"
                    + " OR (o.agency = '' AND \(member("o.area", countries))))")
        // Scores above their scale, one branch per scale.
        let scored = Dictionary(grouping: indicators.filter { ($0.measure == .score || $0.measure == .indexPoints) && $0.scaleMax != nil },
                                by: { $0.scaleMax ?? 0 })
        for (scale, group) in scored.sorted(by: { $0.key < $1.key }) {
            values.append(scale)
            scan.append("o.value > ? AND \(member("o.indicator", group.map(\.code)))")
        }
        // Areas used outside their validity: the period codes each bounded area may not hold,
        // decided by the very function the range rule uses; areas with the same codes share a branch.
        let periods = periodCodes.compactMap { try? Period(code: $0) }
        var invalid: [[String]: [String]] = [:]
        for record in whole.areas.values where record.validFrom != nil || record.validTo != nil {
            let bad = periods.filter { whole.directory.validityViolation(of: record, during: $0) != nil }.map(\.code)
            if !bad.isEmpty { invalid[bad.sorted(), default: []].append(record.id) }
        }
        for (bad, areas) in invalid.sorted(by: { $0.value.sorted().lexicographicallyPrecedes($1.value.sorted()) }) {
            scan.append("\(member("o.area", areas)) AND \(member("o.period", bad))")
        }
        let dangling = whole.danglingReferences.filter { $0.table == "observations" }.map { String($0.rowID) }
        if !dangling.isEmpty { scan.append("o.id IN (SELECT value FROM json_each(?))"); values.append("[" + dangling.joined(separator: ",") + "]") }
        if hasTargets { scan.append("(o.indicator, o.agency) IN (SELECT indicator, agency FROM targets)") }

        func figure(_ a: String, _ b: String, _ period: String = "period") -> String { Self.sameFigure(a, b, period: period) }
        // CROSS JOIN keeps SQLite's join order: the few rows that drive a lookup first, then
        // the natural-key index (indicator, area, agency, level, channel, dossier_status, period).
        let selects = [
            "SELECT o.id FROM observations o WHERE " + scan.map { "(\($0))" }.joined(separator: "\n OR "),
            // implied: the baseline figure of every change.
            """
            SELECT b.id FROM observations c CROSS JOIN observations b
            WHERE c.change IS NOT NULL AND b.indicator = c.indicator AND \(figure("b", "c", "baseline_period"))
            """,
            // rate_vs_parts: a rate with its numerator and denominator, and those.
            """
            SELECT r.id FROM indicator_relations rel CROSS JOIN observations r
            WHERE r.indicator = rel.rate
              AND EXISTS (SELECT 1 FROM observations n WHERE n.indicator = rel.numerator AND \(figure("n", "r")))
              AND EXISTS (SELECT 1 FROM observations d WHERE d.indicator = rel.denominator AND \(figure("d", "r")))
            """,
            """
            SELECT x.id FROM indicator_relations rel CROSS JOIN observations r CROSS JOIN observations x
            WHERE r.indicator = rel.rate AND x.indicator IN (rel.numerator, rel.denominator) AND \(figure("x", "r"))
            """,
            // parts_sum: a total with a part, and the parts.
            """
            SELECT t.id FROM (SELECT DISTINCT total FROM indicator_parts) ip CROSS JOIN observations t
            WHERE t.indicator = ip.total
              AND EXISTS (SELECT 1 FROM indicator_parts q CROSS JOIN observations x
                          WHERE q.total = ip.total AND x.indicator = q.part AND \(figure("x", "t")))
            """,
            """
            SELECT x.id FROM indicator_parts ip CROSS JOIN observations t CROSS JOIN observations x
            WHERE t.indicator = ip.total AND x.indicator = ip.part AND \(figure("x", "t"))
            """,
            // parts_sum by level: the whole figure of every row by level.
            """
            SELECT w.id FROM observations l CROSS JOIN observations w
            WHERE l.level <> '' AND w.indicator = l.indicator AND w.area = l.area AND w.agency = l.agency AND w.level = ''
              AND w.channel = l.channel AND w.dossier_status = l.dossier_status AND w.period = l.period
            """,
            // conflict: every row of a figure two sources give.
            """
            SELECT x.id FROM observations s CROSS JOIN observations x
            WHERE s.source IS NOT NULL AND x.indicator = s.indicator AND \(figure("x", "s"))
              AND EXISTS (SELECT 1 FROM observations y
                          WHERE y.indicator = s.indicator AND \(figure("y", "s")) AND coalesce(y.source, '') <> s.source)
            """,
        ]
        sql = selects.joined(separator: "\nUNION\n")
        self.values = values
    }
}
