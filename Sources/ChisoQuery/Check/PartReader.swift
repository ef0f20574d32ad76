import ChisoStorage
import Foundation

/// The reading half of `chiso check`, on a second thread with its own connection: SQLite finds
/// the candidate rows, sorts them by area code and decodes them there (≈ 55 % of a check's CPU
/// at 1M rows) while the calling thread runs the rules over the part before and spools their
/// findings, so on the 2-core machine the two overlap instead of adding up (issue 18).
///
/// Only the file's path crosses to the thread: it opens, reads and closes its own `Database`
/// (a connection belongs to the code that opened it), and its parts are `Sendable` values
/// handed over a bounded queue, in the order `CheckData.forEachPart` gives them, so the
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
        let queue = PartQueue(capacity: Self.capacity)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            read(into: queue)
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
    private func read(into queue: PartQueue) {
        defer { queue.close() }
        do {
            let database = try Database(path: path, access: .read, operation: nil, note: { _ in })
            try CheckData.forEachPart(of: database) { part in
                guard queue.push(.part(part)) else { throw Stopped() }
            }
        } catch is Stopped {
            // The checking side stopped first and throws its own error.
        } catch {
            queue.push(.failed(error))
        }
    }

    private struct Stopped: Error {}
}

/// What the reader hands over: a part to check, or the error that ended its reading.
enum PartMessage: Sendable {
    case part(CheckData)
    case failed(any Error)
}

/// A bounded FIFO between the reader and the checking thread. `close()` (the reader is done)
/// lets the checker drain what is queued and then get nil; `cancel()` (the checker stopped
/// early) drops what is queued and makes every `push` return false at once, so neither thread
/// is ever left waiting.
///
/// `@unchecked Sendable` because every stored property is read and written only while
/// `condition`'s lock is held.
final class PartQueue: @unchecked Sendable {
    private let capacity: Int
    private let condition = NSCondition()
    private var messages: [PartMessage] = []
    private var closed = false
    private var cancelled = false

    init(capacity: Int) {
        precondition(capacity > 0, "a queue holds at least one part")
        self.capacity = capacity
    }

    /// Appends `message`, waiting while the queue is full; false when the queue was cancelled.
    @discardableResult
    func push(_ message: PartMessage) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while messages.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        messages.append(message)
        condition.broadcast()
        return true
    }

    /// The oldest message, waiting while the queue is empty; nil once it is closed and
    /// drained, or cancelled.
    func pop() -> PartMessage? {
        condition.lock()
        defer { condition.unlock() }
        while messages.isEmpty && !closed && !cancelled { condition.wait() }
        guard !cancelled, !messages.isEmpty else { return nil }
        let message = messages.removeFirst()
        condition.broadcast()
        return message
    }

    func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }

    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        messages.removeAll()
        condition.broadcast()
    }
}
