import ChisoFormats
import Foundation
import Testing

@Suite struct BatchQueueTests {
    @Test func deliversInOrderAcrossThreadsThenEndsAfterClose() {
        let queue = BatchQueue<Int>(capacity: 2)
        let done = DispatchSemaphore(value: 0)
        Thread {
            for n in 0..<500 { queue.push(n) }
            queue.close()
            done.signal()
        }.start()
        var received: [Int] = []
        while let n = queue.pop() { received.append(n) }
        done.wait()
        #expect(received == Array(0..<500))
        #expect(queue.pop() == nil)
    }

    @Test func cancelWakesAProducerWaitingOnAFullQueue() {
        let queue = BatchQueue<Int>(capacity: 1)
        let results = BatchQueue<Bool>(capacity: 4)
        Thread {
            results.push(queue.push(1))
            results.push(queue.push(2))     // waits: the queue is full
            results.close()
        }.start()
        #expect(results.pop() == true)
        queue.cancel()
        #expect(results.pop() == false)
        #expect(results.pop() == nil)
        #expect(queue.isCancelled)
    }

    @Test func popAfterCancelIsNilEvenWithElementsQueued() {
        let queue = BatchQueue<String>(capacity: 3)
        queue.push("a")
        queue.push("b")
        queue.cancel()
        #expect(queue.pop() == nil)
        #expect(queue.push("c") == false)
    }

    @Test func closedQueueDrainsWhatIsLeft() {
        let queue = BatchQueue<String>(capacity: 3)
        queue.push("a")
        queue.push("b")
        queue.close()
        #expect(queue.pop() == "a")
        #expect(queue.pop() == "b")
        #expect(queue.pop() == nil)
    }

    @Test func offerAndPollNeverWait() {
        let queue = BatchQueue<Int>(capacity: 2)
        #expect(queue.poll() == nil)
        #expect(queue.offer(1))
        #expect(queue.offer(2))
        #expect(queue.offer(3) == false)
        #expect(queue.poll() == 1)
        #expect(queue.offer(3))
        #expect(queue.poll() == 2)
        #expect(queue.poll() == 3)
        #expect(queue.poll() == nil)
    }
}
