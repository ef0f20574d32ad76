import ChisoFormats
import Foundation

/// A `BatchQueue` several producer threads fill in a fixed order: each element has a turn
/// (0, 1, 2, …) and is pushed only once every earlier turn's element is, so the consumer gets
/// them in turn order whichever thread finished its work first. `check`'s readers take turns
/// by part (`PartReader`), each reading and checking its parts while the other does the same.
///
/// Ending it never leaves a thread waiting: `stop()` (a producer failed and pushed its error,
/// or the consumer stopped) makes every wait for a turn return false; the queue is closed when
/// the last producer leaves (`leave()`).
///
/// `@unchecked Sendable` because `next`, `stopped` and `producers` are read and written only
/// while `condition`'s lock is held.
final class TurnQueue<Element: Sendable>: @unchecked Sendable {
    let queue: BatchQueue<Element>
    private let condition = NSCondition()
    private var next = 0
    private var stopped = false
    private var producers: Int

    init(capacity: Int, producers: Int) {
        queue = BatchQueue(capacity: capacity)
        self.producers = producers
    }

    /// Pushes `element` once every turn before `turn` is pushed; false when stopped (or the
    /// queue cancelled): the producer should stop.
    @discardableResult
    func push(_ element: Element, turn: Int) -> Bool {
        condition.lock()
        while next != turn && !stopped { condition.wait() }
        let go = !stopped
        condition.unlock()
        guard go else { return false }
        let pushed = queue.push(element)
        condition.lock()
        next += 1
        if !pushed { stopped = true }
        condition.broadcast()
        condition.unlock()
        return pushed
    }

    /// A producer's failure: pushed now, whatever the turn, and the turns stopped. It must not
    /// wait for its turn, since the turns before it may never come: the other producer stops,
    /// without pushing, when this one releases what it was waiting for.
    func fail(_ element: Element) {
        stop()
        _ = queue.push(element)
    }

    /// No more turns: every producer waiting for one, or asking for one later, gets false.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// A producer is done (or gave up); the last one closes the queue.
    func leave() {
        condition.lock()
        producers -= 1
        let last = producers == 0
        condition.unlock()
        if last { queue.close() }
    }
}
