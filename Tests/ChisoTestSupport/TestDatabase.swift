import ChisoDomain
import ChisoFormats
import ChisoStorage

/// The one way tests build a database: a fresh file, written through the typed tables, with
/// the periods each row needs ensured on the way, areas given by code, id or name (resolved on
/// the period's last day, as import does), and the real seeds one call away.
///
/// Every suite's fixture (reports, export, check) is a few lines over this builder, so a
/// schema change is followed in one place, not four.
package final class TestDatabase {
    package let directory: TemporaryDirectory
    package let path: String
    package let database: Database

    /// A new database `name` in `directory` (a fresh temporary directory by default).
    package init(_ directory: TemporaryDirectory = TemporaryDirectory("chiso-test"), name: String = "test.db") throws {
        self.directory = directory
        path = directory.path(name)
        database = try Database(path: path, access: .create)
    }

    /// A new database at `path`; the caller owns the folder.
    package init(path: String) throws {
        directory = TemporaryDirectory("chiso-test-unused")
        self.path = path
        database = try Database(path: path, access: .create)
    }

    /// Runs `body` in one write transaction: a fixture of many rows commits once.
    package func write(_ body: () throws -> Void) throws {
        try database.connection.write { try body() }
    }

    /// Ensures the periods `codes` exist (rows ensure their own; this is for bare periods).
    package func periods(_ codes: [String]) throws {
        for code in codes { try database.periods.ensure(try Period(code: code)) }
    }

    @discardableResult
    package func source(_ record: SourceRecord) throws -> WriteOutcome {
        if let period = record.period { try periods([period]) }
        return try database.sources.upsert(record)
    }

    package func source(id: String, title: String) throws {
        try source(SourceRecord(id: id, title: title))
    }

    /// Inserts a figure whose area is already an id; returns its row id.
    @discardableResult
    package func add(_ record: ObservationRecord) throws -> Int64 {
        try periods([record.period] + [record.baselinePeriod].compactMap { $0 })
        return try database.observations.writer().insert(record)
    }

    /// Inserts a figure for area `area` (code, id or name, resolved on the period's last day).
    @discardableResult
    package func add(_ indicator: String, _ area: String, _ period: String, _ value: Double, numerator: Double? = nil,
                    denominator: Double? = nil, qualifier: Qualifier? = nil, status: ObservationStatus = .reported,
                    agency: String = "", baseline: String? = nil, change: Double? = nil, source: String? = "s1",
                    quote: String? = nil, note: String? = nil) throws -> Int64 {
        try add(ObservationRecord(
            indicator: indicator, area: try areaID(area, period), agency: agency, period: period, value: value,
            numerator: numerator, denominator: denominator, qualifier: qualifier, status: status,
            baselinePeriod: baseline, change: change, source: source, quote: quote, note: note))
    }

    package func target(_ record: TargetRecord) throws {
        try periods([record.period])
        _ = try database.targets.upsert(record)
    }

    package func addTarget(_ indicator: String, _ area: String, _ period: String, _ comparator: ChisoDomain.Comparator,
                          _ value: Double, high: Double? = nil, agency: String = "", source: String? = "s1",
                          quote: String? = nil) throws {
        try target(TargetRecord(indicator: indicator, area: try areaID(area, period), agency: agency, period: period,
                                comparator: comparator, value: value, valueHigh: high, source: source, quote: quote))
    }

    package func rollout(_ record: RolloutRecord) throws {
        try periods([record.period])
        _ = try database.rollouts.upsert(record)
    }

    package func addRollout(_ area: String, _ period: String, total: Int, completed: Int, inProgress: Int, notStarted: Int,
                           source: String? = "s1", quote: String? = nil) throws {
        try rollout(RolloutRecord(area: try areaID(area, period), period: period, total: total, completed: completed,
                                  inProgress: inProgress, notStarted: notStarted, source: source, quote: quote))
    }

    /// Loads the figures of `Seeds/` (sources by id and title, observations, targets, rollouts)
    /// through the same builder, so suites can run their rules on the real figures. Sources
    /// no figure cites yet (a fixture's placeholders) make way for the seeds' own.
    package func loadSeeds() throws {
        let seeds = PackagePaths.seeds.path
        try write {
            try database.connection.execute("""
                DELETE FROM sources WHERE id NOT IN (SELECT source FROM observations WHERE source IS NOT NULL
                    UNION SELECT source FROM targets WHERE source IS NOT NULL UNION SELECT source FROM rollouts WHERE source IS NOT NULL)
                """)
            for row in try Self.rows("\(seeds)/sources.csv") {
                try source(id: row["id"]!, title: row["title"]!)
            }
            for row in try Self.rows("\(seeds)/observations.csv") {
                try add(row["indicator"]!, row["area"]!, row["period"]!, Double(row["value"]!)!,
                        numerator: row["numerator"].flatMap(Double.init), denominator: row["denominator"].flatMap(Double.init),
                        qualifier: row["qualifier"].flatMap(Qualifier.init(rawValue:)),
                        status: ObservationStatus(rawValue: row["status"] ?? "reported") ?? .reported,
                        agency: row["agency"] ?? "", baseline: row["baseline_period"], change: row["change"].flatMap(Double.init),
                        source: row["source"], quote: row["quote"])
            }
            for row in try Self.rows("\(seeds)/targets.csv") {
                try addTarget(row["indicator"]!, row["area"]!, row["period"]!, ChisoDomain.Comparator(rawValue: row["comparator"]!)!,
                              Double(row["value"]!)!, high: row["value_high"].flatMap(Double.init), agency: row["agency"] ?? "",
                              source: row["source"])
            }
            for row in try Self.rows("\(seeds)/rollouts.csv") {
                try addRollout(row["area"]!, row["period"]!, total: Int(row["total"]!)!, completed: Int(row["completed"]!)!,
                               inProgress: Int(row["in_progress"]!)!, notStarted: Int(row["not_started"]!)!, source: row["source"])
            }
        }
    }

    /// The id of `area` (code, id or name) for the last day of `period`.
    package func areaID(_ area: String, _ period: String) throws -> String {
        try database.areas.directory().resolve(area, on: try Period(code: period).end).id
    }

    /// A CSV file as dictionaries; empty fields are absent.
    package static func rows(_ path: String) throws -> [[String: String]] {
        var reader = try CSVReader(fileAtPath: path)
        guard let header = try reader.next()?.fields else { return [] }
        var rows: [[String: String]] = []
        while let record = try reader.next() {
            var row: [String: String] = [:]
            for (name, field) in zip(header, record.fields) where !field.isEmpty { row[name] = field }
            rows.append(row)
        }
        return rows
    }
}

@available(*, unavailable, message: "a test database belongs to the test that made it")
extension TestDatabase: Sendable {}
