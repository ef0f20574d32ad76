import ChisoDomain
@testable import ChisoIngest
import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing

/// The decoding thread on its own: messages in file order, a fatal read error after the rows
/// before it, and a consumer that stops early never leaves the producer waiting.
@Suite struct DecodingProducerTests {
    let dir = TemporaryDirectory("chiso-producer")

    /// A producer with an empty catalogue: every row is rejected as an unknown indicator, which
    /// is enough to see rows, lines and order.
    func producer(_ text: String) throws -> DecodingProducer {
        let path = try dir.write("in.csv", text)
        return DecodingProducer(input: .file(path), format: .csv, delimiter: nil,
                                indicators: [], areas: AreaDirectory([]), sources: [])
    }

    static func rows(_ count: Int) -> String {
        "indicator,area,period,value\n" + (0..<count).map { "x\($0),08,2023,1\n" }.joined()
    }

    @Test func sendsTheHeaderThenFullBatchesInFileOrder() throws {
        let running = try producer(Self.rows(2500)).start()
        defer { running.stop() }
        guard case .header(let columns)? = running.queue.pop() else { Issue.record("no header first"); return }
        #expect(columns == ["indicator", "area", "period", "value"])
        var sizes: [Int] = []
        var messages: [String] = []
        while let message = running.queue.pop() {
            guard case .batch(let batch) = message else { Issue.record("unexpected \(message)"); return }
            sizes.append(batch.rows.count)
            for row in batch.rows {
                guard case .rejected(_, let text) = row else { Issue.record("row decoded without a catalogue"); return }
                messages.append(text)
            }
        }
        #expect(sizes == [1024, 1024, 452])
        #expect(messages.count == 2500)
        #expect(messages.first?.contains("in.csv:2:1: indicator 'x0'") == true)
        #expect(messages.last?.contains("in.csv:2501:1: indicator 'x2499'") == true)
    }

    @Test func aBrokenQuoteComesAfterTheRowsBeforeIt() throws {
        let running = try producer(Self.rows(1500) + "x,08,2023,\"1\n").start()
        defer { running.stop() }
        var rows = 0
        var last: DecodingMessage?
        while let message = running.queue.pop() {
            if case .batch(let batch) = message { rows += batch.rows.count }
            last = message
        }
        #expect(rows == 1500)
        guard case .fatal(let error)? = last else { Issue.record("no fatal error last"); return }
        #expect(error.line == 1502)
        #expect(error.message.hasPrefix("unterminated quoted field"))
    }

    @Test func aMissingFileIsTheOnlyMessage() {
        let running = DecodingProducer(input: .file(dir.path("absent.csv")), format: .csv, delimiter: nil,
                                       indicators: [], areas: AreaDirectory([]), sources: []).start()
        defer { running.stop() }
        guard case .fatal? = running.queue.pop() else { Issue.record("no fatal error"); return }
        #expect(running.queue.pop() == nil)
    }

    @Test func stoppingEarlyEndsTheProducerWithoutDraining() throws {
        // 20 batches: far more than the queue holds, so the producer is waiting on a full
        // queue when the consumer stops; `stop()` returning proves it was woken and joined.
        let running = try producer(Self.rows(20 * DecodingProducer.batchSize)).start()
        _ = running.queue.pop()
        _ = running.queue.pop()
        running.stop()
        #expect(running.queue.pop() == nil)
    }
}
