import ChisoStorage
import Foundation

/// Time a run spent blocked handing its output to the reader (a pager the user is reading,
/// a slow pipe): the reader's time, not the query's, so it does not count against --timeout.
package final class OutputWait: @unchecked Sendable {
    private let lock = NSLock()
    private var waited = 0.0
    private var since: Double?

    package init() {}

    /// Runs `body` (one write to the output) and counts its time as waiting.
    package func measure<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        since = Self.now()
        lock.unlock()
        defer {
            lock.lock()
            if let since { waited += Self.now() - since }
            since = nil
            lock.unlock()
        }
        return try body()
    }

    /// Seconds waited so far, including a wait still going on.
    var total: Double {
        lock.lock()
        defer { lock.unlock() }
        return waited + (since.map { Self.now() - $0 } ?? 0)
    }

    /// True while a write is blocked on the reader.
    var isWaiting: Bool {
        lock.lock()
        defer { lock.unlock() }
        return since != nil
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}

/// The time limit of one `chiso sql` run, kept by a watchdog on another thread.
///
/// SQLite's progress handler only runs between virtual-machine steps on the connection's own
/// thread, so it cannot stop one long function call (`hex(randomblob(4e8))`) or a slow
/// rendering of the rows. At the deadline the watchdog therefore (1) marks the run expired,
/// which the row loop checks before each row it writes, and (2) interrupts the connection,
/// which fails the running statement at its next step. If the run is still inside one call
/// `grace` seconds later, it calls `whenStuck`, which ends the process: `chiso sql` only
/// reads, so stopping it cannot leave anything half-written.
///
/// The clock is chiso's own work: time blocked writing to a reader (`chiso sql … | less`
/// while the user reads) is added to the deadline, so a pager is never cut off.
final class SQLDeadline: @unchecked Sendable {
    private let lock = NSLock()
    private var isExpired = false
    private var isFinished = false
    private let seconds: Double
    private let grace: Double
    private let start = OutputWait.now()
    private let outputWait: OutputWait
    private let interrupter: Interrupter
    private let whenStuck: (@Sendable () -> Void)?
    private let queue = DispatchQueue.global(qos: .userInitiated)

    /// Starts the watchdog; call `finish()` when the run ends, however it ends.
    init(seconds: Double, grace: Double, interrupter: Interrupter, outputWait: OutputWait = OutputWait(),
         whenStuck: (@Sendable () -> Void)?) {
        self.seconds = seconds
        self.grace = grace
        self.interrupter = interrupter
        self.outputWait = outputWait
        self.whenStuck = whenStuck
        schedule(after: seconds)
    }

    /// Seconds of chiso's own work so far: wall time less the time spent waiting on the reader.
    private var worked: Double { OutputWait.now() - start - outputWait.total }

    private func schedule(after delay: Double) {
        queue.asyncAfter(deadline: .now() + max(delay, 0.01)) { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard !isFinished else { return }
            let left = seconds - worked
            // Blocked on the reader, or time given back by earlier waits: look again later.
            if outputWait.isWaiting || left > 0 {
                schedule(after: outputWait.isWaiting ? max(left, 0.25) : left)
                return
            }
            isExpired = true
            interrupter.interrupt()
            guard whenStuck != nil else { return }
            queue.asyncAfter(deadline: .now() + grace) { [self] in
                lock.lock()
                defer { lock.unlock() }
                // Under the lock: a run that finishes meanwhile waits here and never returns.
                if !isFinished, !outputWait.isWaiting { whenStuck?() }
            }
        }
    }

    /// True once the time is up: the run stops at its next row.
    var expired: Bool {
        lock.lock()
        defer { lock.unlock() }
        return isExpired
    }

    /// The run is over: the watchdog does nothing more.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        isFinished = true
    }
}
