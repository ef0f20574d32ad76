import ChisoStorage

/// What every reader of one `chiso check` shares, read once inside the first reader's read
/// transaction: the catalogue and areas (`whole`), the first part, the targets by area code and
/// the references the scan has to test (`unscanned`). The stages of reading are
/// functions of it, so one connection can run them all in turn (`CheckData.forEachPart`) or
/// two can share them (`PartReader`) and hand over the same parts.
///
/// The stages: the candidate rows with their area codes (`candidates`, over one range of row
/// ids per connection), sorted by code and id into `jobs` here in Swift, each job read by id
/// into a part (`part`), the dangling references found through the indexes (`danglingReferences`,
/// ≈ 0.15 s at 1M rows: a second connection does it once its share of the scan is done, instead
/// of before anyone can start), and the last part with them (`last`).
struct CheckSnapshot: Sendable {
    /// The snapshot without figures, targets, rollouts or dangling references: every part starts from it.
    let whole: CheckData
    /// The first part: every rollout and no figures.
    let first: CheckData
    /// Targets by their area's code (the area id when it has none).
    let targets: [String: [TargetRecord]]
    let periodCodes: [String]
    /// The references of `observations` no index leads to, which the scan tests.
    let unscanned: [UnscannedReference]
    /// The first and last id of `observations` (nil when it is empty).
    let rowIDs: ClosedRange<Int64>?

    /// One part to read, in output order.
    enum Job: Sendable, Equatable {
        /// An area code's candidate rows, their ids ascending.
        case rows(code: String, ids: [Int64])
        /// An area code with targets and no candidate rows.
        case targetsOnly(code: String)
    }

    /// Reads the snapshot; call inside a read transaction that lasts as long as the parts are read.
    static func read(from database: Database) throws -> CheckSnapshot {
        var whole = try CheckData.load(from: database, observations: [], targets: [], rollouts: try database.rollouts.all(),
                                       dangling: [])
        var first = whole
        first.danglingReferences = []
        whole.rollouts = []
        whole.danglingReferences = []
        var targets: [String: [TargetRecord]] = [:]
        for target in try database.targets.all() {
            targets[whole.areas[target.area]?.code ?? target.area, default: []].append(target)
        }
        let periodCodes = try database.connection.query("SELECT code FROM periods").compactMap { $0[0].stringValue }
        let bounds = try database.connection.query("SELECT min(id), max(id) FROM observations").first
        let rowIDs = bounds.flatMap { row in row[0].intValue.flatMap { low in row[1].intValue.map { low...$0 } } }
        return CheckSnapshot(whole: whole, first: first, targets: targets, periodCodes: periodCodes,
                             unscanned: try database.connection.unscannedReferences(of: "observations"), rowIDs: rowIDs)
    }

    /// The ids of the rows `lane` of `lanes` (one or two) scans: every id, or the lower or
    /// upper half of them (nil: there are no rows, or none in that half).
    func scannedIDs(lane: Int, of lanes: Int) -> ClosedRange<Int64>? {
        rowIDs.flatMap { Self.scannedIDs(of: $0, lane: lane, of: lanes) }
    }

    /// `ids` cut into `lanes` (one or two) ranges, the first ending at the midpoint, worked out
    /// without overflow whatever ids another tool wrote.
    static func scannedIDs(of ids: ClosedRange<Int64>, lane: Int, of lanes: Int) -> ClosedRange<Int64>? {
        precondition(lanes == 1 || lanes == 2, "a check reads with one or two lanes")
        guard lanes == 2 else { return ids }
        let low = ids.lowerBound, high = ids.upperBound
        let middle = low / 2 + high / 2 + (low % 2 + high % 2) / 2
        if lane == 0 { return low...middle }
        return middle < high ? (middle + 1)...high : nil
    }

    /// The candidate rows (`CheckCandidates`) of `lane` of `lanes`, with their area codes: the
    /// scan of its range of ids, and, for lane 0, the branches that start elsewhere. A row may
    /// come more than once.
    func candidates(lane: Int, of lanes: Int, on database: Database) throws -> [(code: String, id: Int64)] {
        // No rows at all (or none in this lane's range): no branch can name one.
        guard let rows = scannedIDs(lane: lane, of: lanes) else { return [] }
        let candidates = CheckCandidates(whole, periodCodes: periodCodes, unscanned: unscanned,
                                         scanning: lanes == 1 ? nil : rows, withLookups: lane == 0)
        let connection = database.connection
        try connection.withScratchTables {
            for statement in candidates.setup { try connection.execute(statement.sql, statement.values) }
        }
        defer { try? connection.withScratchTables { try connection.execute("DROP TABLE IF EXISTS \(CheckCandidates.boundsTable)") } }
        return try database.observations.areaCodes(of: candidates.sql, candidates.values)
    }

    /// The parts to read, in the order `check` has always handed them over: by area code
    /// (SQLite's byte order), a code's rows by id, each row once; a code with targets and no
    /// candidate rows gets a part of its own where its code falls among the others (compared
    /// as Swift orders strings, as before), or at the end.
    func jobs(_ found: [[(code: String, id: Int64)]]) -> [Job] {
        Self.jobs(found, targetCodes: Array(targets.keys))
    }

    /// `jobs(_:)` with the codes that have targets.
    static func jobs(_ found: [[(code: String, id: Int64)]], targetCodes: [String]) -> [Job] {
        // The few distinct codes ranked once in byte order; then (rank, id) pairs are sorted.
        var ranks: [String: Int] = [:]
        for pair in found.joined() where ranks[pair.code] == nil { ranks[pair.code] = 0 }
        let codes = ranks.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (rank, code) in codes.enumerated() { ranks[code] = rank }
        var all = found.joined().map { (rank: ranks[$0.code] ?? 0, id: $0.id) }
        all.sort { $0.rank != $1.rank ? $0.rank < $1.rank : $0.id < $1.id }
        let targetCodes = targetCodes.sorted()
        var nextTarget = 0
        var jobs: [Job] = []
        var index = 0
        while index < all.count {
            let rank = all[index].rank, code = codes[rank]
            var ids: [Int64] = []
            while index < all.count, all[index].rank == rank {
                if ids.last != all[index].id { ids.append(all[index].id) }
                index += 1
            }
            while nextTarget < targetCodes.count, targetCodes[nextTarget] <= code {
                if targetCodes[nextTarget] < code { jobs.append(.targetsOnly(code: targetCodes[nextTarget])) }
                nextTarget += 1
            }
            jobs.append(.rows(code: code, ids: ids))
        }
        jobs += targetCodes[nextTarget...].map { .targetsOnly(code: $0) }
        return jobs
    }

    /// The tests `fetcher` asks of each row: whether its unindexed references name nothing.
    func fetcher(on database: Database) throws -> ObservationTable.Fetcher {
        try database.observations.fetcher(asking: unscanned.map { $0.isMissing(inRow: "o") })
    }

    /// `job`'s part: its rows read through `fetcher`, and its code's targets. Its figures are
    /// not grouped yet (`groupFigures`).
    func part(_ job: Job, with fetcher: ObservationTable.Fetcher) throws -> CheckData {
        var part = whole
        switch job {
        case .rows(let code, let ids):
            part.observations = try fetcher.rows(ids)
            part.targets = targets[code] ?? []
        case .targetsOnly(let code):
            part.targets = targets[code] ?? []
        }
        return part
    }

    /// Every dangling reference but those of the references the scan tests, in the pragma's order.
    func danglingReferences(on database: Database) throws -> PendingDanglingReferences {
        let pending = try database.connection.danglingReferences(leavingScanOf: "observations")
        guard pending.unscanned == unscanned else {
            throw StorageError(.mismatch, "the references of observations changed while `check` read them; run it again")
        }
        return pending
    }

    /// The rows of `observations` among `pending`'s dangling references (their indicator, area
    /// or period names nothing), with their area codes: the rules treat them as they come, so
    /// they are candidates like the scan's (the candidate query is built before the references
    /// are searched, so it cannot name them itself).
    func danglingRows(_ pending: PendingDanglingReferences, on database: Database) throws -> [(code: String, id: Int64)] {
        let ids = Set(pending.found.filter { $0.table == "observations" }.map(\.rowID)).sorted()
        guard !ids.isEmpty else { return [] }
        return try database.observations.areaCodes(of: "SELECT o.id, o.area FROM observations o WHERE o.id IN (SELECT value FROM json_each(?))",
                                                   ["[" + ids.map(String.init).joined(separator: ",") + "]"])
    }

    /// The last part: only the dangling references, `pending` and the rows the fetchers' tests
    /// flagged (`missing`, from every connection).
    func last(_ pending: PendingDanglingReferences, missing: [(rowID: Int64, test: Int)], in database: Database) throws -> CheckData {
        var last = whole
        last.danglingReferences = try pending.completed(with: missing.map { ($0.rowID, $0.test) }, in: database.connection)
        return last
    }
}
