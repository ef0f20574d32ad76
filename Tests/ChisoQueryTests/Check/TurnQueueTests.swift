import Foundation
import Testing
@testable import ChisoQuery

/// The order `check`'s two readers hand their parts over in, and a failure that reaches the
/// consumer even when the turns before it never come.
@Suite struct TurnQueueTests {
    @Test func elementsComeOutInTurnOrderWhateverOrderTheyArePushedIn() {
        let turns = TurnQueue<Int>(capacity: 8, producers: 1)
        let done = DispatchSemaphore(value: 0)
        let late = Thread { turns.push(2, turn: 2); turns.push(3, turn: 3); done.signal() }
        late.start()
        turns.push(0, turn: 0)
        turns.push(1, turn: 1)
        done.wait()
        turns.leave()
        var got: [Int] = []
        while let x = turns.queue.pop() { got.append(x) }
        #expect(got == [0, 1, 2, 3])
    }

    /// One producer gives up before its turn 1 (the other released what it waited for); the
    /// other's failure, at turn 2, still reaches the consumer and the queue closes.
    @Test func aFailureAheadOfATurnThatNeverComesReachesTheConsumer() {
        let turns = TurnQueue<Int>(capacity: 8, producers: 2)
        turns.push(0, turn: 0)
        turns.leave()
        turns.fail(99)
        turns.leave()
        var got: [Int] = []
        while let x = turns.queue.pop() { got.append(x) }
        #expect(got == [0, 99])
        #expect(!turns.push(5, turn: 1))
    }
}
