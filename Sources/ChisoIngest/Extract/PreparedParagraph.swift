import ChisoDomain
import Foundation

/// One paragraph with the readings that depend on nothing but the paragraph (and, for the
/// second reading, the report's times from the survey): its `ReportText`, time phrase spans,
/// place and unit words for the survey; the periods and each sentence's figures for the
/// extraction. `ParagraphPipeline` makes them on a second thread while the first applies the
/// rules, in order; made in line (`survey(_:into:)`, `Reading.extract(_:)` on a String) they
/// are the same values.
package struct PreparedParagraph: @unchecked Sendable {
    package let paragraph: String
    let text: ReportText
    /// The survey's: time phrase spans, place cues and ministries named (`UnitMentions`).
    var spans: [TimePhraseScanner.Span] = []
    var cues: [(token: Int, sentence: ReportText.Sentence, cue: AreaMentions.Cue)] = []
    var units: [(end: Int, mention: UnitMentions.Mention)] = []
    /// The extraction's: the paragraph's period phrases, the tokens they cover, and each
    /// sentence's figures (by sentence index).
    var phrases: [TimePhrase] = []
    var timeTokens: Set<Int> = []
    var figures: [[ScannedFigure]] = []

    /// What the survey reads of a paragraph.
    static func survey(_ paragraph: String, foldedOf: inout [Character: Character]) -> PreparedParagraph {
        var p = PreparedParagraph(paragraph: paragraph, text: ReportText(paragraph, foldedOf: &foldedOf))
        p.spans = TimePhraseScanner(text: p.text).spans()
        p.cues = AreaMentions.cues(in: p.text)
        p.units = UnitMentions.all(in: p.text.chars[...])
        return p
    }

    /// What the extraction reads of a paragraph before its rules: `periods` remembers each
    /// phrase's reading across paragraphs (as `Reading` does).
    static func reading(_ paragraph: String, times: TimePhraseScanner.Times, foldedOf: inout [Character: Character],
                        periods: inout [String: Period?]) -> PreparedParagraph {
        var p = PreparedParagraph(paragraph: paragraph, text: ReportText(paragraph, foldedOf: &foldedOf))
        let timeScanner = TimePhraseScanner(text: p.text)
        p.phrases = timeScanner.phrases(timeScanner.spans(), times: times, cache: &periods)
        p.timeTokens = Set(p.phrases.flatMap { Array($0.tokens) })
        let scanner = FigureScanner(text: p.text, timeTokens: p.timeTokens)
        p.figures = p.text.sentences.map { scanner.scan($0) }
        return p
    }
}

/// The paragraphs of a report read and prepared (`PreparedParagraph`) on a second thread,
/// handed over in order through a queue bounded by the text it holds (so memory stays a few
/// paragraphs' worth whatever the file's size): the rules of one paragraph run while the next
/// ones are read, folded, tokenised and scanned. Errors of the reader come out where they
/// happened, in order.
package final class ParagraphPipeline: @unchecked Sendable {
    private enum Mode { case survey, reading(TimePhraseScanner.Times) }
    /// Text bytes queued at most (more only when one paragraph is longer).
    static let queuedBytesLimit = 256 * 1024

    private let condition = NSCondition()
    private var queue: [Result<PreparedParagraph, ExtractError>] = []
    private var head = 0
    private var queuedBytes = 0
    private var finished = false
    private var cancelled = false
    private let reader: ReportReader

    /// The survey's reading of `reader`'s paragraphs.
    package convenience init(surveying reader: ReportReader) {
        self.init(reader: reader, mode: .survey)
    }

    /// The extraction's reading of `reader`'s paragraphs for `reading`.
    package convenience init(reader: ReportReader, for reading: ReportExtractor.Reading) {
        self.init(reader: reader, mode: .reading(reading.times))
    }

    private init(reader: ReportReader, mode: Mode) {
        self.reader = reader
        let thread = Thread { [self] in produce(mode) }
        thread.stackSize = 8 << 20
        thread.start()
    }

    deinit {
        cancel()
    }

    /// Stops the reading thread (it ends at its next paragraph).
    package func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next paragraph, or nil at the end of the file.
    package func next() throws(ExtractError) -> PreparedParagraph? {
        condition.lock()
        defer { condition.unlock() }
        while head == queue.count && !finished { condition.wait() }
        guard head < queue.count else { return nil }
        let item = queue[head]
        head += 1
        if head == queue.count || head >= 1024 {
            queue.removeFirst(head)
            head = 0
        }
        if case .success(let p) = item { queuedBytes -= p.paragraph.utf8.count }
        condition.broadcast()
        return try item.get()
    }

    /// The reader's checks over the whole file (`ReportReader.finish()`), once `next()` gave nil.
    package func finish() throws(ExtractError) {
        try reader.finish()
    }

    package var cutLines: [Int] { reader.cutLines }
    package var cutLineCount: Int { reader.cutLineCount }

    private func produce(_ mode: Mode) {
        var foldedOf: [Character: Character] = [:]
        var periods: [String: Period?] = [:]
        while true {
            let item: Result<PreparedParagraph, ExtractError>
            do throws(ExtractError) {
                guard let paragraph = try reader.next() else { break }
                switch mode {
                case .survey: item = .success(.survey(paragraph, foldedOf: &foldedOf))
                case .reading(let times): item = .success(.reading(paragraph, times: times, foldedOf: &foldedOf, periods: &periods))
                }
            } catch {
                item = .failure(error)
            }
            let bytes = (try? item.get())?.paragraph.utf8.count ?? 0
            condition.lock()
            while !cancelled && queuedBytes > 0 && queuedBytes + bytes > Self.queuedBytesLimit { condition.wait() }
            if cancelled { condition.unlock(); return }
            queue.append(item)
            queuedBytes += bytes
            condition.broadcast()
            condition.unlock()
            if case .failure = item { break }
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}
