import ChisoStorage
import Foundation

/// The time limit of one `chiso sql` run, kept by a watchdog on another thread.
///
/// SQLite's progress handler only runs between virtual-machine steps on the connection's own
/// thread, so it cannot stop one long function call (`hex(randomblob(4e8))`) or a slow
/// rendering of the rows. At the deadline the watchdog therefore (1) marks the run expired,
/// which the row loop checks before each row it writes, and (2) interrupts the connection,
/// which fails the running statement at its next step. If the run is still inside one call
/// `grace` seconds later, it calls `whenStuck`, which ends the process: `chiso sql` only
/// reads, so stopping it cannot leave anything half-written.
final class SQLDeadline: @unchecked Sendable {
    private let lock = NSLock()
    private var isExpired = false
    private var isFinished = false

    /// Starts the watchdog; call `finish()` when the run ends, however it ends.
    init(seconds: Double, grace: Double, interrupter: Interrupter, whenStuck: (@Sendable () -> Void)?) {
        let queue = DispatchQueue.global(qos: .userInitiated)
        queue.asyncAfter(deadline: .now() + seconds) { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard !isFinished else { return }
            isExpired = true
            interrupter.interrupt()
            guard let whenStuck else { return }
            queue.asyncAfter(deadline: .now() + grace) { [self] in
                lock.lock()
                defer { lock.unlock() }
                // Under the lock: a run that finishes meanwhile waits here and never returns.
                if !isFinished { whenStuck() }
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
