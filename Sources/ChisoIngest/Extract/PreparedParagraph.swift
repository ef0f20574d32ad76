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
