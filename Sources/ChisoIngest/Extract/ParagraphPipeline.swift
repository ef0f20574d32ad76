import ChisoDomain
import Foundation

/// The paragraphs of a report read on a second thread and prepared (`PreparedParagraph`) by
/// both threads, handed over in order through a queue bounded by the text it holds (so memory
/// stays a few paragraphs' worth whatever the file's size). Errors of the reader come out where
/// they happened, in order.
///
/// The reading thread reads a couple of paragraphs ahead and prepares the oldest one no thread
/// has taken; the caller's thread, in `next()`, takes the next paragraph when it is ready, and
/// while it is not (the reading thread is still preparing it), prepares a later one itself
/// instead of waiting. So the work splits by itself between the two: the survey's rules are
/// light and the caller prepares about half; the extraction's rules are heavy and it prepares
/// what its rules leave it time for. A paragraph's preparation depends on nothing but the
/// paragraph (and the survey's report-wide context), so which thread made it does not matter.
package final class ParagraphPipeline: @unchecked Sendable {
    private enum Mode { case survey, reading(TimePhraseScanner.Times, ReportExtractor, abbreviations: [String: [String]]) }
    /// A paragraph in the queue: read, being prepared by one of the threads, or done.
    private enum Slot { case read(String), taken, prepared(PreparedParagraph), failed(ExtractError) }
    /// Text bytes queued at most (more only when one paragraph is longer).
    static let queuedBytesLimit = 64 * 1024
    /// Paragraphs read and not yet taken that the reading thread keeps ahead, for the caller to
    /// take one while the reading thread prepares another.
    static let readAhead = 2

    /// What the two threads share, under `condition`. The reading thread holds this, not the
    /// pipeline, so a pipeline dropped before the end of the file is freed and its `deinit`
    /// stops the thread (which would otherwise wait for room in the queue for ever).
    private final class Channel: @unchecked Sendable {
        let reader: ReportReader
        let mode: Mode
        init(reader: ReportReader, mode: Mode) { self.reader = reader; self.mode = mode }
        let condition = NSCondition()
        /// Slots in order; `queue[i]` is paragraph number `base + i`.
        var queue: [Slot] = []
        var base = 0
        var head = 0
        /// Text bytes of the slots from `head` on.
        var queuedBytes = 0
        /// Slots in `.read` state.
        var unread = 0
        /// The reader gave its last paragraph (or an error).
        var readerDone = false
        var cancelled = false

        /// The absolute number of the first `.read` slot at or after `from` (a queue index).
        func firstRead(from: Int) -> Int? {
            guard unread > 0 else { return nil }
            var i = from
            while i < queue.count {
                if case .read = queue[i] { return base + i }
                i += 1
            }
            return nil
        }

        /// Takes the `.read` slot numbered `n`: its paragraph.
        func take(_ n: Int) -> String {
            guard case .read(let paragraph) = queue[n - base] else { preconditionFailure("slot \(n) is not a read paragraph") }
            queue[n - base] = .taken
            unread -= 1
            return paragraph
        }

        /// Memos each thread keeps for its own preparations (pure: they change no result).
        struct Memos {
            var foldedOf: [Character: Character] = [:]
            var periods: [String: Period?] = [:]
        }

        func prepare(_ paragraph: String, memos: inout Memos) -> PreparedParagraph {
            switch mode {
            case .survey:
                return .survey(paragraph, foldedOf: &memos.foldedOf)
            case .reading(let times, let extractor, let abbreviations):
                return .reading(paragraph, times: times, extractor: extractor, abbreviations: abbreviations,
                                foldedOf: &memos.foldedOf, periods: &memos.periods)
            }
        }
    }

    private let channel: Channel
    private var reader: ReportReader { channel.reader }
    /// The caller's thread's own memos, for the paragraphs it prepares.
    private var memos = Channel.Memos()
    /// Paragraphs the caller's thread prepared (for tests and measurement).
    package private(set) var preparedByCaller = 0

    /// The survey's reading of `reader`'s paragraphs.
    package convenience init(surveying reader: ReportReader) {
        self.init(reader: reader, mode: .survey)
    }

    /// The extraction's reading of `reader`'s paragraphs for `reading`.
    package convenience init(reader: ReportReader, for reading: ReportExtractor.Reading) {
        self.init(reader: reader, mode: .reading(reading.times, reading.extractor, abbreviations: reading.abbreviations))
    }

    private init(reader: ReportReader, mode: Mode) {
        let channel = Channel(reader: reader, mode: mode)
        self.channel = channel
        let thread = Thread { Self.produce(into: channel) }
        thread.stackSize = 8 << 20
        thread.start()
    }

    deinit {
        cancel()
    }

    /// Stops the reading thread (it ends at its next paragraph).
    package func cancel() {
        channel.condition.lock()
        channel.cancelled = true
        channel.condition.broadcast()
        channel.condition.unlock()
    }

    /// The next paragraph, or nil at the end of the file.
    package func next() throws(ExtractError) -> PreparedParagraph? {
        let c = channel
        c.condition.lock()
        defer { c.condition.unlock() }
        while true {
            if c.head < c.queue.count {
                switch c.queue[c.head] {
                case .prepared(let p):
                    pop(bytes: p.paragraph.utf8.count)
                    return p
                case .failed(let error):
                    pop(bytes: 0)
                    throw error
                case .read:
                    // The next paragraph, not taken yet: this thread prepares it.
                    let paragraph = c.take(c.base + c.head)
                    c.condition.unlock()
                    let p = c.prepare(paragraph, memos: &memos)
                    c.condition.lock()
                    preparedByCaller += 1
                    pop(bytes: paragraph.utf8.count)
                    return p
                case .taken:
                    // The reading thread prepares the next one: prepare a later one meanwhile.
                    if let n = c.firstRead(from: c.head + 1) {
                        let paragraph = c.take(n)
                        c.condition.unlock()
                        let p = c.prepare(paragraph, memos: &memos)
                        c.condition.lock()
                        preparedByCaller += 1
                        c.queue[n - c.base] = .prepared(p)
                        c.condition.broadcast()
                        continue
                    }
                }
            } else if c.readerDone {
                return nil
            }
            c.condition.wait()
        }
    }

    /// Drops the head slot (under the lock), making room for the reading thread.
    private func pop(bytes: Int) {
        let c = channel
        c.queue[c.head] = .taken
        c.head += 1
        c.queuedBytes -= bytes
        if c.head == c.queue.count || c.head >= 1024 {
            c.queue.removeFirst(c.head)
            c.base += c.head
            c.head = 0
        }
        c.condition.broadcast()
    }

    /// The reader's checks over the whole file (`ReportReader.finish()`), once `next()` gave nil.
    package func finish() throws(ExtractError) {
        try reader.finish()
    }

    package var cutLines: [Int] { reader.cutLines }
    package var cutLineCount: Int { reader.cutLineCount }

    /// The reading thread: reads while fewer than `readAhead` paragraphs wait untaken and the
    /// queue has room, else prepares the oldest untaken one, else waits.
    private static func produce(into c: Channel) {
        let reader = c.reader
        var memos = Channel.Memos()
        c.condition.lock()
        defer { c.condition.unlock() }
        while !c.cancelled {
            let room = c.queuedBytes == 0 || c.queuedBytes < queuedBytesLimit
            if !c.readerDone, room, c.unread < readAhead {
                c.condition.unlock()
                let slot: Slot?
                do throws(ExtractError) {
                    slot = try reader.next().map { .read($0) }
                } catch {
                    slot = .failed(error)
                }
                c.condition.lock()
                switch slot {
                case .read(let paragraph)?:
                    c.queue.append(.read(paragraph))
                    c.unread += 1
                    c.queuedBytes += paragraph.utf8.count
                case let failed?:
                    c.queue.append(failed)
                    c.readerDone = true
                case nil:
                    c.readerDone = true
                }
                c.condition.broadcast()
            } else if let n = c.firstRead(from: c.head) {
                let paragraph = c.take(n)
                c.condition.unlock()
                let p = c.prepare(paragraph, memos: &memos)
                c.condition.lock()
                c.queue[n - c.base] = .prepared(p)
                c.condition.broadcast()
            } else if c.readerDone {
                return
            } else {
                c.condition.wait()
            }
        }
    }
}
