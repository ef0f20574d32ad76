import ChisoFormats
import ChisoStorage
import Foundation

/// The reading half of `chiso check`, on two threads of its own, each with its own connection
/// to the file (issue 18): they find the candidate rows side by side (each scans half of the
/// table's ids), then read and check the parts taking turns, part by part, while the calling
/// thread runs the other rules and spools the findings.
///
/// Why two: the candidate scan and reading the parts were one statement sorted by area code,
/// which gave its first row only once every candidate row was found and sorted, so at 1M rows
/// the calling thread waited ≈ 2 s for its first part and nothing overlapped the scan. Now the
/// candidates come as (area code, id) pairs, sorted in Swift (`CheckSnapshot.jobs`), and each
/// part is read by id, so the first part follows the scan at once, and on two idle cores the
/// scan and the reading each take about half the time.
///
/// The two connections must read one snapshot. The first thread reads the catalogue inside its
/// read transaction and hands it to the second, which begins its own after that: in the
/// rollback-journal mode chiso leaves files in, the first one's shared lock keeps any writer
/// from committing until both are done, so both see the same rows. A file in WAL mode (another
/// chiso writing it right now) lets a writer commit between the two, so there the first
/// thread reads alone.
///
/// Lane 0 reads the snapshot and hands it over at once; lane 1, which asks none of the
/// lookups, also searches the dangling references through the indexes after its share of the
/// scan, while lane 0 is still at its own.
///
/// Only the file's path crosses to the threads: each opens, reads and closes its own
/// `Database` (a connection belongs to the code that opened it), and what they hand over are
/// `Sendable` values: the snapshot and the jobs (`OneShot`) and, in the order of
/// `CheckData.forEachPart`, the parts (`TurnQueue`), so the findings, and so the output, are
/// the same whatever the threads' timing. Bounded so memory stays flat: at most `capacity`
/// parts wait while one is checked and each thread reads one.
struct PartReader: Sendable {
    /// Parts queued at most (a part is one area code's candidate rows, ~2,000 at 1M rows).
    static let capacity = 4

    let path: String
    /// Whether a second thread shares the reading (off: one thread reads everything, in order).
    var twoLanes = true

    init(path: String, twoLanes: Bool = true) {
        self.path = path
        self.twoLanes = twoLanes
    }

    /// A database the reader can open again by path (an in-memory one cannot).
    static func canRead(_ database: Database) -> Bool {
        database.path != ":memory:" && !database.path.isEmpty
    }

    /// Runs `forEachPart` over the file on new threads and calls `body` here with each part,
    /// in order. A failure on any side ends all: a reader's error is thrown here once the parts
    /// before it are checked; an error thrown by `body` stops the readers (their next hand-off
    /// fails, their read transactions roll back) and is rethrown once their threads are done.
    func forEachPart(_ body: (CheckData) throws -> Void) throws {
        try forEachPart(working: { $0 }, body)
    }

    /// `forEachPart(_:)`, with `work` done to each part on the reading threads, and `body`
    /// called here with what it made of each, in order.
    func forEachPart<Work: Sendable>(working work: @escaping @Sendable (CheckData) -> Work, _ body: (Work) throws -> Void) throws {
        let lanes = twoLanes ? 2 : 1
        let turns = TurnQueue<PartMessage<Work>>(capacity: Self.capacity, producers: lanes)
        let exchange = LaneExchange()
        let finished = DispatchSemaphore(value: 0)
        for lane in 0..<lanes {
            let thread = Thread { [self] in
                read(lane: lane, exchange, into: turns, working: work)
                turns.leave()
                finished.signal()
            }
            thread.name = "chiso check reading \(lane + 1)"
            thread.start()
        }
        func join() { for _ in 0..<lanes { finished.wait() } }
        do {
            while let message = turns.queue.pop() {
                switch message {
                case .part(let part): try body(part)
                case .failed(let error): throw error
                }
            }
        } catch {
            turns.queue.cancel()
            turns.stop()
            join()
            throw error
        }
        join()
    }

    /// One reading thread's whole life. Lane 0 reads the snapshot, the first part, the jobs and
    /// the last part, and the parts at even positions; lane 1 the parts at odd positions. On a
    /// failure a lane first releases whatever the other waits for from it, then hands over its
    /// error at once (`TurnQueue.fail`: the other lane may stop before the turns in between).
    private func read<Work: Sendable>(lane: Int, _ exchange: LaneExchange, into turns: TurnQueue<PartMessage<Work>>,
                                      working work: @Sendable (CheckData) -> Work) {
        var turn = lane == 0 ? 0 : 1
        do {
            defer { exchange.release(lane) }
            let database = try Database(path: path, access: .read, operation: nil, note: { _ in })
            try database.connection.read {
                func hand(_ part: CheckData) throws {
                    guard turns.push(.part(work(part)), turn: turn) else { throw Stopped() }
                }
                if lane == 0 {
                    let snapshot = try CheckSnapshot.read(from: database)
                    let journal = try database.connection.scalar("PRAGMA journal_mode").stringValue?.lowercased()
                    let alone = !twoLanes || journal == "wal"
                    exchange.snapshot.put(.success(alone ? nil : snapshot))
                    try hand(snapshot.first)
                    turn = 1
                    var found = [try snapshot.candidates(lane: 0, of: alone ? 1 : 2, on: database)]
                    let pending: PendingDanglingReferences
                    if alone {
                        pending = try snapshot.danglingReferences(on: database)
                    } else {
                        let other = try exchange.candidates.take()
                        found.append(other.rows)
                        pending = other.dangling
                    }
                    found.append(try snapshot.danglingRows(pending, on: database))
                    let jobs = snapshot.jobs(found)
                    exchange.jobs.put(.success(jobs))
                    let fetcher = try snapshot.fetcher(on: database)
                    for (index, job) in jobs.enumerated() where alone || index % 2 == 0 {
                        turn = index + 1
                        try hand(try snapshot.part(job, with: fetcher))
                    }
                    turn = jobs.count + 1
                    var missing = fetcher.flagged
                    if !alone { missing += try exchange.flagged.take().rows }
                    try hand(try snapshot.last(pending, missing: missing, in: database))
                } else {
                    guard let snapshot = try exchange.snapshot.take() else { return }
                    let rows = try snapshot.candidates(lane: 1, of: 2, on: database)
                    exchange.candidates.put(.success(Candidates(rows: rows, dangling: try snapshot.danglingReferences(on: database))))
                    let jobs = try exchange.jobs.take()
                    turn = 2
                    let fetcher = try snapshot.fetcher(on: database)
                    for (index, job) in jobs.enumerated() where index % 2 == 1 {
                        turn = index + 1
                        try hand(try snapshot.part(job, with: fetcher))
                    }
                    exchange.flagged.put(.success(Flagged(rows: fetcher.flagged)))
                }
            }
        } catch is Stopped {
            // Another side stopped first and hands over its own error (or none: the checker's).
        } catch {
            turns.fail(.failed(error))
        }
    }

    /// What the two lanes hand each other, each once.
    private final class LaneExchange: Sendable {
        /// Lane 0 → lane 1: the snapshot, or nil when lane 0 reads alone.
        let snapshot = OneShot<CheckSnapshot?>()
        /// Lane 1 → lane 0: the candidate rows of the upper half of the ids, and the dangling
        /// references found through the indexes (lane 1 has less to scan).
        let candidates = OneShot<Candidates>()
        /// Lane 0 → lane 1: every part to read, in order.
        let jobs = OneShot<[CheckSnapshot.Job]>()
        /// Lane 1 → lane 0: the rows its fetcher's tests flagged.
        let flagged = OneShot<Flagged>()

        /// Whatever `lane` has not handed over yet becomes "stopped", so the other lane stops
        /// instead of waiting for it (a value already handed over stays).
        func release(_ lane: Int) {
            if lane == 0 {
                snapshot.put(.failure(Stopped()))
                jobs.put(.failure(Stopped()))
            } else {
                candidates.put(.failure(Stopped()))
                flagged.put(.failure(Stopped()))
            }
        }
    }

    private struct Candidates: Sendable {
        var rows: [(code: String, id: Int64)]
        var dangling: PendingDanglingReferences
    }
    private struct Flagged: Sendable { var rows: [(rowID: Int64, test: Int)] }

    private struct Stopped: Error {}
}

/// What a reader hands over: what it made of a part, or the error that ended its reading.
enum PartMessage<Work: Sendable>: Sendable {
    case part(Work)
    case failed(any Error)
}
