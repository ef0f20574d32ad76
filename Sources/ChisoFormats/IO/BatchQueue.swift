import Foundation

/// A small bounded FIFO between one producer thread and one consumer thread, so an import can
/// decode on one core while the other writes to SQLite, and `check` can read its parts from
/// SQLite on one core while the rules run on the other. Bounded so memory stays flat: the
/// producer waits while `capacity` elements are queued, whatever the file size.
///
/// Ending it either way never leaves a thread waiting: `close()` (the producer is done) lets
/// the consumer drain what is queued and then get nil; `cancel()` (the consumer stopped early,
/// say on a full disk) drops what is queued and makes every `push` return false at once, so the
/// producer stops at its next batch and can be joined.
///
/// `@unchecked Sendable` because every stored property is read and written only while
/// `condition`'s lock is held.
package final class BatchQueue<Element: Sendable>: @unchecked Sendable {
    package let capacity: Int
    private let condition = NSCondition()
    private var elements: [Element] = []
    private var closed = false
    private var cancelled = false

    package init(capacity: Int) {
        precondition(capacity > 0, "a queue holds at least one element")
        self.capacity = capacity
        elements.reserveCapacity(capacity)
    }

    /// Appends `element`, waiting while the queue is full. False when the queue was cancelled:
    /// the producer should stop.
    @discardableResult
    package func push(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while elements.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        precondition(!closed, "push after close")
        elements.append(element)
        condition.broadcast()
        return true
    }

    /// Appends `element` if there is room now, without waiting; false when full or cancelled.
    package func offer(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !cancelled, !closed, elements.count < capacity else { return false }
        elements.append(element)
        condition.broadcast()
        return true
    }

    /// The oldest element if one is queued, without waiting.
    package func poll() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        guard !cancelled, !elements.isEmpty else { return nil }
        let element = elements.removeFirst()
        condition.broadcast()
        return element
    }

    /// The oldest element, waiting while the queue is empty; nil once it is closed and drained,
    /// or cancelled.
    package func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while elements.isEmpty && !closed && !cancelled { condition.wait() }
        guard !cancelled, !elements.isEmpty else { return nil }
        let element = elements.removeFirst()
        condition.broadcast()
        return element
    }

    /// The producer has pushed its last element.
    package func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
    }

    /// The consumer wants no more: drops what is queued and wakes a waiting producer.
    package func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        elements.removeAll()
        condition.broadcast()
    }

    package var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }
}
