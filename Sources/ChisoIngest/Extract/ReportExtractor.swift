import ChisoDomain

/// Proposes the figures of a report: one candidate row per figure with its value, period,
/// area and a best-guess indicator, for a person to review and import.
///
/// Rules follow the grammar of Vietnamese reports rather than particular sentences: a period
/// comes from the figure's own sentence, else (for a change) from its paragraph, else from the
/// last phrase that opened a sentence ("Tính đến tháng 9/2023, …"), else from the latest date
/// the report names; a change ("tăng 3 bậc so với …") joins the level it modifies.
public struct ReportExtractor: Sendable {
    public struct Options: Sendable {
        /// The area for figures whose sentence and paragraph name none (`--area`).
        public var defaultArea: AreaRecord?
        /// The period for undated figures and the date "đến nay" means (`--period`).
        public var defaultPeriod: Period?
        public var source: String?

        public init(defaultArea: AreaRecord? = nil, defaultPeriod: Period? = nil, source: String? = nil) {
            self.defaultArea = defaultArea
            self.defaultPeriod = defaultPeriod
            self.source = source
        }
    }

    public let areas: AreaDirectory
    public let indicatorCodes: Set<String>

    public init(areas: AreaDirectory, indicatorCodes: Set<String>) {
        self.areas = areas
        self.indicatorCodes = indicatorCodes
    }

    public func extract(_ body: String, options: Options = Options()) -> [ExtractedRow] {
        let text = ReportText(body)
        let times = TimePhraseScanner(text: text).scan(defaultAsOf: options.defaultPeriod?.end)
        let timeTokens = Set(times.phrases.flatMap { Array($0.tokens) })
        let scanner = FigureScanner(text: text, timeTokens: timeTokens)
        let mentions = AreaMentions(text: text, directory: areas, on: times.asOf)
        let documentArea = options.defaultArea ?? mentions.mostNamedProvince
        let guesser = IndicatorGuesser(text: text, known: indicatorCodes)

        var rows: [ExtractedRow] = []
        var previousHead: (code: String, shape: ScannedFigure.Shape)?
        for sentence in text.sentences {
            var figures = scanner.scan(sentence)
            guard !figures.isEmpty else { continue }
            var drafts = figures.map { Draft(figure: $0) }
            // Periods and baselines.
            for i in drafts.indices {
                resolvePeriod(&drafts[i], sentence: sentence, times: times, options: options)
            }
            // Indicators.
            let continues = opensAsContinuation(sentence, text: text)
            for i in drafts.indices {
                if let g = guesser.guess(drafts[i].figure, in: sentence, others: figures) {
                    drafts[i].indicator = g.code
                    drafts[i].indicatorScore = g.score
                } else if continues, let head = previousHead, head.shape == drafts[i].figure.shape {
                    drafts[i].indicator = head.code
                    drafts[i].indicatorScore = 2
                    drafts[i].notes.append("indicator taken from the sentence before ('Trong đó …')")
                }
            }
            attachChanges(&drafts, sentence: sentence, text: text)
            figures = drafts.map(\.figure)
            if let head = drafts.first(where: { !$0.absorbed && $0.indicator != nil && !$0.figure.isTarget && $0.figure.change == nil }),
               let code = head.indicator {
                previousHead = (code, head.figure.shape)
            }
            for d in drafts where !d.absorbed {
                let area = mentions.area(forToken: d.figure.tokens.lowerBound, sentence: sentence.index,
                                         paragraph: sentence.paragraph, own: documentArea)
                rows.append(row(d, area: area.record, areaNamed: area.named, sentence: sentence,
                                text: text, scanner: scanner, options: options))
            }
        }
        return rows
    }

    // MARK: - Drafts

    /// A figure on its way to a row.
    struct Draft {
        var figure: ScannedFigure
        var period: Period?
        var periodHow: PeriodSource = .none
        var baseline: Period?
        var indicator: String?
        var indicatorScore = 0.0
        var change: Double?
        var changeUnit: ScannedFigure.ChangeUnit?
        var isBaselineLevel = false
        /// A change merged into the level it modifies: not a row of its own.
        var absorbed = false
        var notes: [String] = []
    }

    enum PeriodSource { case none, sentence, paragraph, framing, document, option }

    private func resolvePeriod(_ d: inout Draft, sentence: ReportText.Sentence, times: TimePhraseScanner.Result,
                               options: Options) {
        let f = d.figure
        let inSentence = times.phrases.filter { $0.sentence == sentence.index }
        // Baseline: "so với …" after the figure, else anywhere in the sentence.
        let baselines = inSentence.filter(\.isBaseline)
        let baselinePhrase = baselines.first { $0.tokens.lowerBound > f.tokens.upperBound }
            ?? baselines.last { $0.tokens.upperBound < f.tokens.lowerBound }
        if f.change != nil { d.baseline = baselinePhrase?.period }
        // "so với năm 2022 (697.55 điểm)": the level the change started from.
        if f.parenthesised, f.change == nil, let b = baselines.last(where: { $0.tokens.upperBound == f.tokens.lowerBound - 2 }) {
            d.period = b.period
            d.periodHow = .sentence
            d.isBaselineLevel = true
            return
        }
        let own = inSentence.filter { !$0.isBaseline }
        if let p = own.last(where: { $0.tokens.upperBound < f.tokens.lowerBound }) ?? own.first(where: { $0.tokens.lowerBound > f.tokens.upperBound }) {
            d.period = p.period
            d.periodHow = .sentence
            if f.isTarget, p.period.kind == .day, p.period.end.month == 12, p.period.end.day == 31,
               let year = try? Period.year(p.period.end.year) {
                d.period = year  // "Phấn đấu đến năm 2025": a goal for the year.
            }
            return
        }
        let earlier = times.phrases.filter { !$0.isBaseline && $0.sentence < sentence.index }
        if f.change != nil, let p = earlier.last(where: { $0.paragraph == sentence.paragraph }) {
            d.period = p.period
            d.periodHow = .paragraph
            d.notes.append("period inferred: '\(p.text)' earlier in the paragraph")
            return
        }
        if let p = earlier.last(where: \.isFraming) {
            d.period = p.period
            d.periodHow = .framing
            d.notes.append("period inferred: '\(p.text)' opens an earlier sentence")
            return
        }
        if let given = options.defaultPeriod {
            d.period = given
            d.periodHow = .option
            d.notes.append("period from --period")
        } else if let asOf = times.asOf {
            d.period = Period(day: asOf)
            d.periodHow = .document
            d.notes.append("period inferred: no date in the sentence; the latest date the report names is \(asOf)")
        }
    }

    /// "Trong đó, …", "Riêng …", "Tính riêng …": the sentence breaks down the one before.
    private func opensAsContinuation(_ sentence: ReportText.Sentence, text: ReportText) -> Bool {
        let t = sentence.tokens.lowerBound
        return text.matches(["trong", "do"], at: t) || text.matches(["trong", "so", "do"], at: t)
            || text.word(t) == "rieng" || text.matches(["tinh", "rieng"], at: t)
    }

    /// Joins each change to the level it modifies: the nearest earlier figure of the same clause
    /// whose unit fits ("bậc" a rank, "điểm" a score, "%" a percent).
    private func attachChanges(_ drafts: inout [Draft], sentence: ReportText.Sentence, text: ReportText) {
        for i in drafts.indices where !drafts[i].figure.isTarget {
            guard let unit = drafts[i].figure.change else { continue }
            var j = i - 1
            while j >= 0 {
                let level = drafts[j].figure
                let between = (level.tokens.upperBound + 1)..<drafts[i].figure.tokens.lowerBound
                if between.contains(where: { text.symbol($0) == ";" }) { break }
                if level.change == nil, !level.isTarget, !drafts[j].absorbed, drafts[j].change == nil, fits(unit, level.shape) {
                    drafts[j].change = drafts[i].figure.value
                    drafts[j].changeUnit = unit
                    if let b = drafts[i].baseline { drafts[j].baseline = b }
                    drafts[j].figure.tokens = level.tokens.lowerBound...drafts[i].figure.tokens.upperBound
                    drafts[i].absorbed = true
                    break
                }
                j -= 1
            }
        }
        // The level a change started from takes the indicator of the level compared with it.
        for i in drafts.indices where drafts[i].isBaselineLevel {
            if let j = drafts[..<i].lastIndex(where: { $0.change != nil && $0.figure.shape == drafts[i].figure.shape }) {
                drafts[i].indicator = drafts[j].indicator
                drafts[i].indicatorScore = drafts[j].indicatorScore
                drafts[i].notes.append("the level of the baseline period, quoted with the change")
            }
        }
    }

    private func fits(_ unit: ScannedFigure.ChangeUnit, _ shape: ScannedFigure.Shape) -> Bool {
        switch unit {
        case .places: return shape == .rank
        case .points: return shape == .score
        case .percent: return shape == .percent || shape == .score
        case .plain: return shape == .count || shape == .fraction
        }
    }
}

