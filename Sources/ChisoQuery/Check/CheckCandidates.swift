import ChisoDomain
import ChisoFormats
import ChisoStorage

/// The observations a check has to look at: one SELECT of ids and areas, so the rules read the
/// rows that can make or inform a finding instead of every row of the table.
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
/// - `range`: every value `ValueRules` could refuse, by measure (bounds by indicator in a
///   scratch table, loosened where a bound depends on more than the row: a rank without a
///   denominator above 34, the fewest provinces a period had),
///   `numerator > denominator`, and the areas used outside their validity, decided in Swift
///   for every period code of `periods`.
/// - rows whose indicator, area or period names nothing (`PRAGMA foreign_key_check`): the
///   rules treat them as they come, so they are all read (added to these by
///   `CheckSnapshot.danglingRows`, since the references are searched after this query is
///   built); and, tested in the scan itself,
///   rows whose `baseline_period` or `source` names nothing (`unscanned`), which the
///   `reference` rule names once the rows are read.
/// - `implied`: rows with a change, and the rows of the figure at their baseline period.
/// - `rate_vs_parts`: a rate whose numerator and denominator are stored for the same figure,
///   and those counts (every source of them, for `preferring(sourceOf:)`).
/// - `parts_sum`: a total with at least one part stored for the same figure, and those parts;
///   a whole figure with parts by level, and every row by level.
/// - `target`: every row of an indicator and agency some target names.
/// - `conflict`: every row of a figure that some row with a source shares with a row of
///   another source (two distinct sources need one that is not empty).
///
/// The SELECT gives each row's id and area, a row once per branch that names it (`UNION ALL`:
/// the reader sorts and drops repeats itself, cheaper than SQLite's set of ids). It can cover
/// one range of row ids of the scan (`scanning`), and leave out the branches that start from
/// the catalogue instead of the scan (`withLookups: false`): two connections then find the
/// candidates of a big table side by side, the second scanning the upper half of the ids
/// (issue 18: the scan was ≈ 0.7 s of a 1M-row check's critical path).
struct CheckCandidates {
    /// The scratch table of the value bounds by indicator, filled by `setup` and read by `sql`.
    static let boundsTable = "temp.check_value_bounds"

    /// Creates and fills `boundsTable`, statement by statement with its values; run before `sql`.
    let setup: [(sql: String, values: [any SQLiteBindable])]
    let sql: String
    let values: [any SQLiteBindable]

    /// The rows' figure as the rules group them (`FigureKey`): indicator aside.
    private static func sameFigure(_ a: String, _ b: String, period: String = "period") -> String {
        "\(a).area = \(b).area AND \(a).agency = \(b).agency AND \(a).level = \(b).level AND \(a).channel = \(b).channel"
            + " AND \(a).dossier_status = \(b).dossier_status AND \(a).period = \(b).\(period)"
    }

    /// What `ValueRules` lets an indicator's values be, loosened to what SQLite can test on the
    /// row alone: `lo`/`hi` (NULL: unbounded), whether values must be whole, whether it is a rank
    /// (capped by its denominator, never for the country) and whether a percent.
    private static func bounds(_ indicator: Indicator) -> String {
        let m = indicator.measure
        var lo: Double?, hi: Double?
        switch m {
        case .percent: lo = 0; hi = 100
        case .score, .indexPoints: lo = 0; hi = indicator.scaleMax
        case .count, .amount: lo = 0
        // The cap is the denominator, else the provinces of the period (`sql` tests it).
        case .rank: lo = 1
        case .ratio, .rankChange, .pointsChange, .percentagePointChange: break
        }
        let number = { (d: Double?) in d.map { $0.isFinite ? "\($0)" : "null" } ?? "null" }
        let whole = m == .count || m == .rank || m == .rankChange
        return "[\(JSONText.quoted(indicator.code)),\(number(lo)),\(number(hi)),\(whole ? 1 : 0),\(m == .rank ? 1 : 0),\(m == .percent ? 1 : 0)]"
    }

    /// - Parameters:
    ///   - whole: the snapshot without figures (`CheckData.forEachPart`'s first part): the
    ///     catalogue, the areas and the dangling references.
    ///   - periodCodes: every code of `periods`.
    ///   - unscanned: the references of `observations` no index leads to, for the scan to test.
    ///   - rows: the ids of the rows to scan (nil: every row).
    ///   - withLookups: whether the branches that do not start from the scan are asked too.
    init(_ whole: CheckData, periodCodes: [String], unscanned: [UnscannedReference] = [],
         scanning rows: ClosedRange<Int64>? = nil, withLookups: Bool = true) {
        let bounds = "[" + whole.indicators.values.sorted { $0.code < $1.code }.map(Self.bounds).joined(separator: ",") + "]"
        setup = [
            ("DROP TABLE IF EXISTS \(Self.boundsTable)", []),
            ("CREATE TABLE \(Self.boundsTable) (code TEXT PRIMARY KEY, lo REAL, hi REAL, whole INTEGER, rank INTEGER, percent INTEGER) WITHOUT ROWID", []),
            ("""
            INSERT INTO \(Self.boundsTable) SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
                json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]') FROM json_each(?)
            """, [bounds]),
        ]

        var values: [any SQLiteBindable] = []
        /// `column` is one of `items` (a JSON array bound once, read by SQLite as a set).
        func member(_ column: String, _ items: [String]) -> String {
            values.append("[" + items.sorted().map(JSONText.quoted).joined(separator: ",") + "]")
            return "\(column) IN (SELECT value FROM json_each(?))"
        }
        func figure(_ a: String, _ b: String, _ period: String = "period") -> String { Self.sameFigure(a, b, period: period) }
        let countries = whole.areas.values.filter { $0.level == "country" }.map(\.id)

        // One pass over the table (its only full scan): the rows the per-row rules test, and the
        // rows with a change, a level or a source, from which the lookups below start. An
        // indicator not in the catalogue is no rule's business (the rows are read as dangling).
        // SQLite writes `tested` out again in the WHERE, so the source comes first there: a
        // row with one is kept without working out `tested` twice.
        let scan = """
            WITH scan AS MATERIALIZED (
                SELECT o.id, o.indicator, o.area, o.agency, o.level, o.channel, o.dossier_status, o.period, o.baseline_period, o.change, o.source,
                    (o.numerator IS NOT NULL AND (o.value <> o.numerator OR o.numerator > o.denominator OR b.percent))
                    OR o.change IS NOT NULL OR o.level <> ''
                    OR o.value IS NULL OR NOT (o.value BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308)
                    OR o.value < b.lo OR o.value > b.hi OR (b.whole AND o.value <> CAST(o.value AS INTEGER))
                    OR (b.rank AND (o.value > o.denominator OR (o.denominator IS NULL AND o.value > 34)
                        OR (o.agency = '' AND \(member("o.area", countries)))))\(unscanned.map { "\n        OR (\($0.isMissing(inRow: "o")))" }.joined()) AS tested
                FROM observations o CROSS JOIN \(Self.boundsTable) b ON b.code = o.indicator
                WHERE \(rows.map { "o.id BETWEEN \($0.lowerBound) AND \($0.upperBound) AND " } ?? "")(o.source IS NOT NULL OR tested))
            SELECT id, area FROM scan WHERE tested
            """
        // CROSS JOIN keeps SQLite's join order: the few rows that drive a lookup first, then
        // the natural-key index (indicator, area, agency, level, channel, dossier_status, period).
        var selects = [
            scan,
            // implied: the baseline figure of every change.
            """
            SELECT b.id, b.area FROM scan c CROSS JOIN observations b
            WHERE c.change IS NOT NULL AND b.indicator = c.indicator AND \(figure("b", "c", "baseline_period"))
            """,
            // parts_sum by level: the whole figure of every row by level.
            """
            SELECT w.id, w.area FROM scan l CROSS JOIN observations w
            WHERE l.level <> '' AND w.indicator = l.indicator AND w.area = l.area AND w.agency = l.agency AND w.level = ''
              AND w.channel = l.channel AND w.dossier_status = l.dossier_status AND w.period = l.period
            """,
            // conflict: every row of a figure two sources give.
            """
            SELECT x.id, x.area FROM scan s CROSS JOIN observations x
            WHERE s.source IS NOT NULL AND x.indicator = s.indicator AND \(figure("x", "s"))
              AND EXISTS (SELECT 1 FROM observations y
                          WHERE y.indicator = s.indicator AND \(figure("y", "s")) AND coalesce(y.source, '') <> s.source)
            """,
        ]
        guard withLookups else {
            sql = selects.joined(separator: "\nUNION ALL\n")
            self.values = values
            return
        }
        selects += [
            // rate_vs_parts: a rate with its numerator and denominator, and those.
            """
            SELECT r.id, r.area FROM indicator_relations rel CROSS JOIN observations r
            WHERE r.indicator = rel.rate
              AND EXISTS (SELECT 1 FROM observations n WHERE n.indicator = rel.numerator AND \(figure("n", "r")))
              AND EXISTS (SELECT 1 FROM observations d WHERE d.indicator = rel.denominator AND \(figure("d", "r")))
            """,
            """
            SELECT x.id, x.area FROM indicator_relations rel CROSS JOIN observations r CROSS JOIN observations x
            WHERE r.indicator = rel.rate AND x.indicator IN (rel.numerator, rel.denominator) AND \(figure("x", "r"))
            """,
            // parts_sum: a total with a part, and the parts.
            """
            SELECT t.id, t.area FROM (SELECT DISTINCT total FROM indicator_parts) ip CROSS JOIN observations t
            WHERE t.indicator = ip.total
              AND EXISTS (SELECT 1 FROM indicator_parts q CROSS JOIN observations x
                          WHERE q.total = ip.total AND x.indicator = q.part AND \(figure("x", "t")))
            """,
            """
            SELECT x.id, x.area FROM indicator_parts ip CROSS JOIN observations t CROSS JOIN observations x
            WHERE t.indicator = ip.total AND x.indicator = ip.part AND \(figure("x", "t"))
            """,
            // target: every row of an indicator and agency a target names (once, however many
            // targets name them: the pairs are held until sorted).
            "SELECT o.id, o.area FROM (SELECT DISTINCT indicator, agency FROM targets) t CROSS JOIN observations o WHERE o.indicator = t.indicator AND o.agency = t.agency",
        ]
        // range: areas used outside their validity, through the (area, period) index: the
        // period codes each bounded area may not hold, decided by the very function the range
        // rule uses; areas with the same codes share a branch.
        let periods = periodCodes.compactMap { try? Period(code: $0) }
        var invalid: [[String]: [String]] = [:]
        for record in whole.areas.values where record.validFrom != nil || record.validTo != nil {
            let bad = periods.filter { whole.directory.validityViolation(of: record, during: $0) != nil }.map(\.code)
            if !bad.isEmpty { invalid[bad.sorted(), default: []].append(record.id) }
        }
        for (bad, areas) in invalid.sorted(by: { $0.value.sorted().lexicographicallyPrecedes($1.value.sorted()) }) {
            selects.append("SELECT o.id, o.area FROM observations o WHERE \(member("o.area", areas)) AND \(member("o.period", bad))")
        }
        sql = selects.joined(separator: "\nUNION ALL\n")
        self.values = values
    }
}
