import ChisoDomain
import ChisoStorage

/// A rate that is 100 × numerator / denominator of two count indicators (`indicator_relations`).
package struct RateRelation: Sendable, Hashable {
    package var rate: String
    package var numerator: String
    package var denominator: String

    package init(rate: String, numerator: String, denominator: String) {
        self.rate = rate
        self.numerator = numerator
        self.denominator = denominator
    }
}

/// Everything the rules look at, read once in one read transaction so every rule sees the same
/// snapshot. The rules are pure functions of this value, which keeps them testable without a
/// file and lets `--derive` re-run them after writing.
package struct CheckData: Sendable {
    package var observations: [ObservationRecord] { didSet { figures = nil } }
    package var targets: [TargetRecord]
    package var rollouts: [RolloutRecord]
    package var indicators: [String: Indicator]
    package var relations: [RateRelation]
    /// Total indicator → its part indicators, in the order reports list them.
    package var parts: [String: [String]]
    /// Areas by id, for the units a merger continued (`p63-08` → `p34-08`).
    package var areas: [String: AreaRecord] { didSet { directory = Self.directory(of: areas) } }
    /// `areas` as a directory (validity by date), built once per snapshot, not once per rule and part.
    private(set) var directory: AreaDirectory
    /// `byFigure()` once computed (`groupFigures()`); dropped whenever `observations` change.
    private var figures: [FigureKey: [ObservationRecord]]?
    /// Rows whose references name nothing (`PRAGMA foreign_key_check`): written by another tool.
    package var danglingReferences: [DanglingReference] = []

    package init(observations: [ObservationRecord], targets: [TargetRecord] = [], rollouts: [RolloutRecord] = [],
                indicators: [String: Indicator], relations: [RateRelation] = [], parts: [String: [String]] = [:],
                areas: [String: AreaRecord] = [:]) {
        self.observations = observations
        self.targets = targets
        self.rollouts = rollouts
        self.indicators = indicators
        self.relations = relations
        self.parts = parts
        self.areas = areas
        directory = Self.directory(of: areas)
    }

    package static func load(from database: Database) throws -> CheckData {
        try database.connection.read {
            try load(from: database, observations: try database.observations.all(), targets: try database.targets.all(),
                     rollouts: try database.rollouts.all())
        }
    }

    /// With `dangling`, those rows as the dangling references, instead of asking the database.
    static func load(from database: Database, observations: [ObservationRecord], targets: [TargetRecord],
                             rollouts: [RolloutRecord], dangling: [DanglingReference]? = nil) throws -> CheckData {
        let indicators = Dictionary(try database.indicators.all().map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let relations = try database.connection.query(
            "SELECT rate, numerator, denominator FROM indicator_relations ORDER BY rate, numerator, denominator"
        ).compactMap { row -> RateRelation? in
            guard let rate = row[0].stringValue, let n = row[1].stringValue, let d = row[2].stringValue else { return nil }
            return RateRelation(rate: rate, numerator: n, denominator: d)
        }
        var parts: [String: [String]] = [:]
        for row in try database.connection.query("SELECT total, part FROM indicator_parts ORDER BY total, position, part") {
            if let total = row[0].stringValue, let part = row[1].stringValue { parts[total, default: []].append(part) }
        }
        var data = CheckData(observations: observations, targets: targets,
                             rollouts: rollouts, indicators: indicators,
                             relations: relations, parts: parts,
                             areas: Dictionary(try database.areas.all().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
        data.danglingReferences = try dangling ?? database.connection.danglingReferences()
        return data
    }

    /// The same data as `load`, one part at a time, in one read transaction: first a part with
    /// every rollout and no figures, then one part per area code (`08`: p63-08, p34-08 and
    /// whatever else carried the code) with its figures and targets, and last a part with only
    /// the dangling references. No rule looks across area codes (a target reaches back only to
    /// the unit its area continues, which shares the code), so the rules over the parts find
    /// what they find over the whole, while memory holds one part's rows instead of the table
    /// (issue 18: 445 MB over 400,000 rows). The parts hold only the rows some rule can use
    /// (`CheckCandidates`): at 1M rows ~140,000. Their figures are not grouped yet (`groupFigures`).
    ///
    /// The dangling references come last because the scan that selects the candidate rows
    /// also tests the references of `observations` no index leads to (`baseline_period`,
    /// `source`), instead of a scan of the table of their own; only the `reference` rule reads
    /// them, and its findings keep their order among themselves, so the output is the same.
    ///
    /// The parts are read by id (`CheckSnapshot`): the candidate rows' ids and area codes first,
    /// sorted here, then each part's rows, so no statement holds every candidate row in SQLite's
    /// sorter before the first part, and `PartReader` can share the stages among connections.
    package static func forEachPart(of database: Database, _ body: (CheckData) throws -> Void) throws {
        try database.connection.read {
            let snapshot = try CheckSnapshot.read(from: database)
            try body(snapshot.first)
            let found = try snapshot.candidates(lane: 0, of: 1, on: database)
            let pending = try snapshot.danglingReferences(on: database)
            let jobs = snapshot.jobs([found, try snapshot.danglingRows(pending, on: database)])
            let fetcher = try snapshot.fetcher(on: database)
            for job in jobs { try body(try snapshot.part(job, with: fetcher)) }
            try body(try snapshot.last(pending, missing: fetcher.flagged, in: database))
        }
    }

    /// `areas` as a directory, its records in the order of `AreaTable.all()` (the country, then
    /// by code and start), as every other command builds it: a dictionary's order differs from
    /// one process to the next and between two dictionaries of the same areas, and the
    /// predecessors a `range` message lists ("before then it was Hà Giang (p63-02), Tuyên
    /// Quang (p63-08)") followed it.
    private static func directory(of areas: [String: AreaRecord]) -> AreaDirectory {
        AreaDirectory(areas.values.sorted { a, b in
            (a.level == "country" ? 0 : 1, a.code, a.validFrom?.iso ?? "", a.id)
                < (b.level == "country" ? 0 : 1, b.code, b.validFrom?.iso ?? "", b.id)
        })
    }

    func measure(of indicator: String) -> Measure? { indicators[indicator]?.measure }

    /// Whether `area` is `later` or a unit that `later` continues: merged into it and keeping
    /// its code, as Tuyên Quang (p63-08) continues as p34-08 while Hà Giang (p63-02), merged into
    /// the same unit, does not. A 2025 target of p34-08 is then judged by p63-08's 2024 figure.
    func area(_ area: String, isOrPrecedes later: String) -> Bool {
        if area == later { return true }
        guard let target = areas[later] else { return false }
        var current = areas[area]
        for _ in 0..<8 {
            guard let unit = current, unit.code == target.code, let next = unit.mergedInto else { return false }
            if next == later { return true }
            current = areas[next]
        }
        return false
    }

    /// Observations grouped by what they describe, ignoring the source: (indicator, area,
    /// agency, period, breakdown).
    func byFigure() -> [FigureKey: [ObservationRecord]] {
        figures ?? Dictionary(grouping: observations, by: FigureKey.init)
    }

    /// Groups the figures once for the rules that follow (four of them look rows up by figure).
    mutating func groupFigures() {
        figures = Dictionary(grouping: observations, by: FigureKey.init)
    }
}

/// What a figure is about, whoever reported it.
struct FigureKey: Hashable, Sendable {
    var indicator: String
    var area: String
    var agency: String
    var period: String
    /// "cấp xã" and the whole figure are two figures, never compared as one.
    var breakdown: Breakdown

    init(indicator: String, area: String, agency: String, period: String, breakdown: Breakdown = .none) {
        self.indicator = indicator
        self.area = area
        self.agency = agency
        self.period = period
        self.breakdown = breakdown
    }

    init(_ r: ObservationRecord) {
        self.init(indicator: r.indicator, area: r.area, agency: r.agency, period: r.period, breakdown: r.breakdown)
    }
}

extension Array where Element == ObservationRecord {
    /// The row to use alongside `other`: one from the same report when there is one (a report's
    /// figures are meant to agree with each other), else the first stored.
    func preferring(sourceOf other: ObservationRecord) -> ObservationRecord? {
        first { $0.source == other.source } ?? first
    }
}
