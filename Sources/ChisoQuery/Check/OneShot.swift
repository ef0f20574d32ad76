import Foundation

/// One value handed from one thread to another: `take` waits until `put` has run. Only the
/// first `put` counts, so a thread can put its failure on every way out (`defer`) without
/// overwriting what it put before; a thread waiting for a value whose maker failed gets the
/// failure instead of waiting for ever.
///
/// `@unchecked Sendable` because `value` is read and written only while `condition`'s lock is held.
final class OneShot<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Result<Value, any Error>?

    func put(_ result: Result<Value, any Error>) {
        condition.lock()
        defer { condition.unlock() }
        guard value == nil else { return }
        value = result
        condition.broadcast()
    }

    func take() throws -> Value {
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return try value!.get()
    }
}
