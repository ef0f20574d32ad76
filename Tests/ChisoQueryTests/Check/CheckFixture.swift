import ChisoDomain
import ChisoFormats
import ChisoQuery
import ChisoStorage
import ChisoTestSupport
import Foundation

/// A fresh database for one test, with the indicators, periods and sources check tests use,
/// and helpers to add figures by area code.
final class CheckFixture {
    let directory = TemporaryDirectory("chiso-check")
    let database: Database

    init() throws {
        database = try Database(path: directory.path("check.db"), access: .create)
        try database.connection.execute("INSERT INTO sources (id, title) VALUES ('s1', 'Báo cáo 1'), ('s2', 'Báo cáo 2')")
    }

    /// Adds a figure for area `code` (resolved on the period's last day) and returns its id.
    @discardableResult
    func add(_ indicator: String, _ code: String, _ period: String, _ value: Double, numerator: Double? = nil,
             denominator: Double? = nil, qualifier: Qualifier? = nil, status: ObservationStatus = .reported,
             agency: String = "", baseline: String? = nil, change: Double? = nil, source: String? = "s1",
             quote: String? = nil) throws -> Int64 {
        let p = try Period(code: period)
        try database.periods.ensure(p)
        if let baseline { try database.periods.ensure(try Period(code: baseline)) }
        let area = try database.areas.directory().resolve(code, on: p.end).id
        return try database.observations.writer().insert(ObservationRecord(
            indicator: indicator, area: area, agency: agency, period: period, value: value, numerator: numerator,
            denominator: denominator, qualifier: qualifier, status: status, baselinePeriod: baseline, change: change,
            source: source, quote: quote))
    }

    func addTarget(_ indicator: String, _ code: String, _ period: String, _ comparator: ChisoDomain.Comparator, _ value: Double,
                   high: Double? = nil, agency: String = "", source: String? = "s1") throws {
        let p = try Period(code: period)
        try database.periods.ensure(p)
        let area = try database.areas.directory().resolve(code, on: p.end).id
        _ = try database.targets.upsert(TargetRecord(indicator: indicator, area: area, agency: agency, period: period,
                                                     comparator: comparator, value: value, valueHigh: high, source: source))
    }

    func addRollout(_ code: String, _ period: String, total: Int, completed: Int, inProgress: Int, notStarted: Int,
                    source: String? = "s1") throws {
        let p = try Period(code: period)
        try database.periods.ensure(p)
        let area = try database.areas.directory().resolve(code, on: p.end).id
        _ = try database.rollouts.upsert(RolloutRecord(area: area, period: period, total: total, completed: completed,
                                                       inProgress: inProgress, notStarted: notStarted, source: source))
    }

    /// Lets a test store what the schema's triggers refuse today, as an older chiso or raw SQL might have.
    func dropRangeTriggers() throws {
        try database.connection.execute("DROP TRIGGER observations_value_rules_insert")
        try database.connection.execute("DROP TRIGGER observations_value_rules_update")
    }

    func check(area: String? = nil) throws -> [Finding] {
        let filter = try area.map { try AreaFilter($0, directory: try database.areas.directory()) }
        return try DataCheck(area: filter).run(database).findings
    }

    func findings(_ rule: CheckRule, area: String? = nil) throws -> [Finding] {
        try check(area: area).filter { $0.rule == rule }
    }

    /// Loads Seeds/ (sources, observations, targets, rollouts) the way `chiso load` does, so the
    /// acceptance tests run on the real figures.
    func loadSeeds() throws {
        let seeds = PackagePaths.seeds.path
        try database.connection.execute("DELETE FROM sources")
        try database.connection.write {
            for row in try Self.rows("\(seeds)/sources.csv") {
                _ = try database.sources.upsert(SourceRecord(id: row["id"]!, title: row["title"]!))
            }
            for row in try Self.rows("\(seeds)/observations.csv") {
                _ = try add(row["indicator"]!, row["area"]!, row["period"]!, Double(row["value"]!)!,
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

    /// A CSV file as dictionaries; empty fields are absent.
    static func rows(_ path: String) throws -> [[String: String]] {
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
