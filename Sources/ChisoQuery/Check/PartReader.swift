import ChisoFormats
import ChisoStorage
import Foundation

/// The reading half of `chiso check`, on a second thread with its own connection: SQLite finds
/// the candidate rows, sorts them by area code and decodes them there (≈ 55 % of a check's CPU
/// at 1M rows), and the rules run over each part there too (`forEachPart(working:_:)`), while
/// the calling thread spools the findings of the part before (issue 18).
///
/// The sort by area code gives its first row only once every candidate row is found and
/// sorted, so the calling thread waits for most of the reading whatever it is given to do;
/// what overlaps is what comes after: decoding and checking the parts here, spooling their
/// findings there.
///
/// Only the file's path crosses to the thread: it opens, reads and closes its own `Database`
/// (a connection belongs to the code that opened it), and what it hands over are `Sendable`
/// values over a bounded queue, in the order `CheckData.forEachPart` gives the parts, so the
/// findings, and so the output, are the same whatever the threads' timing. Bounded so memory
/// stays flat: at most `capacity` parts wait while one is checked and one is read.
struct PartReader: Sendable {
    /// Parts queued at most (a part is one area code's candidate rows, ~2,000 at 1M rows).
    static let capacity = 4

    let path: String

    /// A database the reader can open again by path (an in-memory one cannot).
    static func canRead(_ database: Database) -> Bool {
        database.path != ":memory:" && !database.path.isEmpty
    }

    /// Runs `forEachPart` over the file on a new thread and calls `body` here with each part,
    /// in order. A failure on either side ends both: the reader's error is thrown here once
    /// the parts before it are checked; an error thrown by `body` stops the reader (its next
    /// hand-off fails, its read transaction rolls back) and is rethrown once its thread is done.
    func forEachPart(_ body: (CheckData) throws -> Void) throws {
        try forEachPart(working: { $0 }, body)
    }

    /// `forEachPart(_:)`, with `work` done to each part on the reading thread, in order, and
    /// `body` called here with what it made of each.
    func forEachPart<Work: Sendable>(working work: @escaping @Sendable (CheckData) -> Work, _ body: (Work) throws -> Void) throws {
        let queue = BatchQueue<PartMessage<Work>>(capacity: Self.capacity)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            read(into: queue, working: work)
            finished.signal()
        }
        thread.name = "chiso check reading"
        thread.start()
        do {
            while let message = queue.pop() {
                switch message {
                case .part(let part): try body(part)
                case .failed(let error): throw error
                }
            }
        } catch {
            queue.cancel()
            finished.wait()
            throw error
        }
        finished.wait()
    }

    /// The reader's whole life; the queue is closed when it returns.
    private func read<Work: Sendable>(into queue: BatchQueue<PartMessage<Work>>, working work: @Sendable (CheckData) -> Work) {
        defer { queue.close() }
        do {
            let database = try Database(path: path, access: .read, operation: nil, note: { _ in })
            try CheckData.forEachPart(of: database) { part in
                guard queue.push(.part(work(part))) else { throw Stopped() }
            }
        } catch is Stopped {
            // The checking side stopped first and throws its own error.
        } catch {
            queue.push(.failed(error))
        }
    }

    private struct Stopped: Error {}
}

/// What the reader hands over: what it made of a part, or the error that ended its reading.
enum PartMessage<Work: Sendable>: Sendable {
    case part(Work)
    case failed(any Error)
}
