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
    /// Each sentence's words for the indicator guesser, and the indices it names.
    var words: [IndicatorGuesser.Sentence] = []
    var indexMentions: [[(position: Int, family: Int)]] = []
    /// The units each sentence with figures names (`UnitMentions.all` over its characters).
    var sentenceUnits: [[(end: Int, mention: UnitMentions.Mention)]] = []
    /// Each sentence's figures with the indicator `IndicatorGuesser.guess` gives them, made
    /// here so the rules' thread only looks them up (`guess(_:at:in:guesser:words:)`).
    var guesses: [[(figure: ScannedFigure, guess: IndicatorGuesser.Guess?)]] = []

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
    static func reading(_ paragraph: String, times: TimePhraseScanner.Times, extractor: ReportExtractor,
                        abbreviations: [String: [String]], foldedOf: inout [Character: Character],
                        periods: inout [String: Period?]) -> PreparedParagraph {
        var p = PreparedParagraph(paragraph: paragraph, text: ReportText(paragraph, foldedOf: &foldedOf))
        let timeScanner = TimePhraseScanner(text: p.text)
        p.phrases = timeScanner.phrases(timeScanner.spans(), times: times, cache: &periods)
        p.timeTokens = Set(p.phrases.flatMap { Array($0.tokens) })
        let scanner = FigureScanner(text: p.text, timeTokens: p.timeTokens)
        p.figures = p.text.sentences.map { scanner.scan($0) }
        p.words = p.text.sentences.map { IndicatorGuesser.Sentence($0, figures: p.figures[$0.index], text: p.text, abbreviations: abbreviations) }
        p.indexMentions = p.words.map { extractor.indexMentions(in: $0) }
        let guesser = IndicatorGuesser(text: p.text, rules: extractor.indicators)
        p.guesses = p.text.sentences.map { sentence in
            p.figures[sentence.index].map { ($0, guesser.guess($0, in: p.words[sentence.index])) }
        }
        p.sentenceUnits = p.text.sentences.map { sentence in
            guard !p.figures[sentence.index].isEmpty else { return [] }
            let text = p.text
            let chars = text.tokens[sentence.tokens.lowerBound].range.lowerBound..<text.tokens[sentence.tokens.upperBound - 1].range.upperBound
            return UnitMentions.all(in: text.chars[chars])
        }
        return p
    }
}

/// The paragraphs of a report read and prepared (`PreparedParagraph`) on a second thread,
/// handed over in order through a queue bounded by the text it holds (so memory stays a few
/// paragraphs' worth whatever the file's size): the rules of one paragraph run while the next
/// ones are read, folded, tokenised and scanned. Errors of the reader come out where they
/// happened, in order. The survey's rules are light, so there every other paragraph is left
/// for the caller's thread to prepare (in `next()`): both cores prepare.
package final class ParagraphPipeline: @unchecked Sendable {
    private enum Mode { case survey, reading(TimePhraseScanner.Times, ReportExtractor, abbreviations: [String: [String]]) }
    private enum Item { case prepared(PreparedParagraph), survey(String) }
    /// Text bytes queued at most (more only when one paragraph is longer).
    static let queuedBytesLimit = 64 * 1024

    /// What the two threads share. The reading thread holds this, not the pipeline, so a
    /// pipeline dropped before the end of the file is freed and its `deinit` stops the thread
    /// (which would otherwise wait for room in the queue for ever).
    private final class Channel: @unchecked Sendable {
        let reader: ReportReader
        let mode: Mode
        init(reader: ReportReader, mode: Mode) { self.reader = reader; self.mode = mode }
        let condition = NSCondition()
        var queue: [Result<Item, ExtractError>] = []
        var head = 0
        var queuedBytes = 0
        var finished = false
        var cancelled = false
    }

    private let channel: Channel
    private var reader: ReportReader { channel.reader }
    /// The caller's thread's own memo of folded characters (for the paragraphs it prepares).
    private var foldedOf: [Character: Character] = [:]

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
        while c.head == c.queue.count && !c.finished { c.condition.wait() }
        guard c.head < c.queue.count else { c.condition.unlock(); return nil }
        let item = c.queue[c.head]
        c.head += 1
        if c.head == c.queue.count || c.head >= 1024 {
            c.queue.removeFirst(c.head)
            c.head = 0
        }
        if case .success(let p) = item { c.queuedBytes -= Self.bytes(p) }
        c.condition.broadcast()
        c.condition.unlock()
        switch try item.get() {
        case .prepared(let p): return p
        case .survey(let paragraph): return .survey(paragraph, foldedOf: &foldedOf)
        }
    }

    private static func bytes(_ item: Item) -> Int {
        switch item {
        case .prepared(let p): p.paragraph.utf8.count
        case .survey(let paragraph): paragraph.utf8.count
        }
    }

    /// The reader's checks over the whole file (`ReportReader.finish()`), once `next()` gave nil.
    package func finish() throws(ExtractError) {
        try reader.finish()
    }

    package var cutLines: [Int] { reader.cutLines }
    package var cutLineCount: Int { reader.cutLineCount }

    private static func produce(into c: Channel) {
        let reader = c.reader, mode = c.mode
        var foldedOf: [Character: Character] = [:]
        var periods: [String: Period?] = [:]
        var count = 0
        while true {
            let item: Result<Item, ExtractError>
            do throws(ExtractError) {
                guard let paragraph = try reader.next() else { break }
                count += 1
                switch mode {
                case .survey where count % 2 == 0: item = .success(.survey(paragraph))
                case .survey: item = .success(.prepared(.survey(paragraph, foldedOf: &foldedOf)))
                case .reading(let times, let extractor, let abbreviations):
                    item = .success(.prepared(.reading(paragraph, times: times, extractor: extractor, abbreviations: abbreviations,
                                                       foldedOf: &foldedOf, periods: &periods)))
                }
            } catch {
                item = .failure(error)
            }
            let bytes = (try? item.get()).map(Self.bytes) ?? 0
            c.condition.lock()
            while !c.cancelled && c.queuedBytes > 0 && c.queuedBytes + bytes > Self.queuedBytesLimit { c.condition.wait() }
            if c.cancelled { c.condition.unlock(); return }
            c.queue.append(item)
            c.queuedBytes += bytes
            c.condition.broadcast()
            c.condition.unlock()
            if case .failure = item { break }
        }
        c.condition.lock()
        c.finished = true
        c.condition.broadcast()
        c.condition.unlock()
    }
}
