import ChisoDomain

/// Proposes the figures of a report: one candidate row per figure with its value, period,
/// area and a best-guess indicator, for a person to review and import.
///
/// Rules follow the grammar of Vietnamese reports rather than particular sentences: a period
/// comes from the figure's own sentence, else (for a change) from its paragraph, else from the
/// last phrase that opened a sentence ("Tính đến tháng 9/2023, …"), else from the latest date
/// the report names; a change ("tăng 3 bậc so với …") joins the level it modifies.
package struct ReportExtractor: Sendable {
    package struct Options: Sendable {
        /// The area for figures whose sentence and paragraph name none (`--area`).
        package var defaultArea: AreaRecord?
        /// The period for undated figures and the date "đến nay" means (`--period`).
        package var defaultPeriod: Period?
        package var source: String?
        /// The year of phrases that omit it ("Trong tháng 10, …") when neither the report nor
        /// `--period` gives one: a report read without its date is most likely this year's, and
        /// each such row says the year was assumed.
        package var assumedYear: Int?

        package init(defaultArea: AreaRecord? = nil, defaultPeriod: Period? = nil, source: String? = nil,
                     assumedYear: Int? = CalendarDate.today().year) {
            self.defaultArea = defaultArea
            self.defaultPeriod = defaultPeriod
            self.source = source
            self.assumedYear = assumedYear
        }
    }

    package let areas: AreaDirectory
    /// The catalogue's indicators as extract matches them (`indicator_synonyms`).
    package let indicators: IndicatorRules

    /// The units a sentence may name ("Sở Tư pháp", "huyện Gia Bình", "Bộ Tư pháp").
    package let units: UnitDirectory

    package init(areas: AreaDirectory, indicators: IndicatorRules, units: UnitDirectory = UnitDirectory([])) {
        self.areas = areas
        self.indicators = indicators
        self.units = units
    }

    /// Both readings over a whole text in memory (tests, small reports); `chiso extract`
    /// streams a file through `survey` and `Reading` instead.
    package func extract(_ body: String, options: Options = Options()) -> [ExtractedRow] {
        let paragraphs = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var survey = ReportSurvey()
        for paragraph in paragraphs { Self.survey(paragraph, into: &survey) }
        var reading = Reading(self, survey: survey, options: options)
        return paragraphs.flatMap { reading.extract($0) }
    }

    /// The first reading of one paragraph (a line; no line break inside): what the whole
    /// report says about its year, writing date and province, kept small.
    package static func survey(_ paragraph: String, into survey: inout ReportSurvey) {
        Self.survey(.survey(paragraph, foldedOf: &survey.foldedOf), into: &survey)
    }

    /// `survey(_:into:)` of a paragraph prepared ahead (`ParagraphPipeline`).
    package static func survey(_ prepared: PreparedParagraph, into survey: inout ReportSurvey) {
        let text = prepared.text
        survey.times.add(prepared.spans)
        for (_, _, cue) in prepared.cues {
            guard case .name(let name, let ownIfUnknown) = cue else {
                survey.countryMentions += 1
                continue
            }
            guard !name.candidates.isEmpty else {
                if ownIfUnknown { survey.ownProvinceMentions += 1 }  // "toàn tỉnh", "của tỉnh"
                continue
            }
            if survey.names[name] != nil || survey.names.count < ReportSurvey.namesLimit {
                survey.names[name, default: 0] += 1
                if survey.firstParagraph[name] == nil { survey.firstParagraph[name] = survey.paragraphs }
            }
        }
        // A ministry's report names no province: its figures are the ministry's ("Bộ đạt 84,97%").
        for (_, mention) in prepared.units where mention.kind == .ministry {
            if survey.ministries[mention.name] != nil || survey.ministries.count < ReportSurvey.namesLimit {
                survey.ministries[mention.name, default: 0] += 1
            }
            survey.countryMentions += 1
        }
        for t in text.tokens.indices where text.matches(["chinh", "phu"], at: t) || text.matches(["quoc", "gia"], at: t) {
            survey.governmentMentions += 1
        }
        ReportSurvey.collectAbbreviations(text, into: &survey.abbreviations)
        survey.paragraphs += 1
    }

    /// The second reading: paragraph by paragraph, in order, with the report-level context of
    /// the survey and what earlier paragraphs leave for later ones (the last framing period
    /// phrase, the indicator a "Trong đó …" sentence continues). Memory is one paragraph's.
    package struct Reading {
        let extractor: ReportExtractor
        let options: Options
        let times: TimePhraseScanner.Times
        private(set) var documentArea: AreaRecord?
        /// The ministry a report that names no province speaks for (the one it names most).
        private(set) var documentAgency: String?
        /// The report ranks or compares several provinces (it names three or more): an
        /// "overall" paragraph that names no place ("Xét tổng thể, …") is then the country's.
        private var comparesProvinces = false
        /// The year filled into year-less phrases when the report names none (`Options.assumedYear`).
        private var yearAssumed: Int?
        private var lookup: AreaMentions.Lookup
        private var periods: [String: Period?] = [:]
        /// The first indicator of each shape in the last sentence that had one: what a "Trong đó
        /// …" or "Xếp thứ hai là …" sentence continues.
        private var previousHeads: [ScannedFigure.Shape: String] = [:]
        private var lastFraming: TimePhrase?
        /// The last day any earlier sentence named (a dateline or an event's day): what "Ba
        /// tháng sau, …" counts from.
        private var lastDayInReport: TimePhrase?
        /// The index the report speaks of (see `Topic`), and the running number of sentences read.
        private var topic: Topic?
        /// The index whose rank was stated last: what a ranking sentence that names no index
        /// ("Dẫn đầu khối bộ là …", "… lần lượt đứng thứ 2 và thứ 4") goes on with, even when
        /// another index was named since ("Chỉ số SIPAS của Bộ đạt 84,97%").
        private var rankedTopic: Topic?
        private var sentencesRead = 0
        /// A national or ministries' report (it names the country and central bodies at least
        /// as often as its most named province, and not in its title): the province owns no
        /// figure it is not named with ("Đối với các địa phương, Quảng Ninh …" in the last
        /// paragraph, "Riêng Hà Nội và Quảng Ninh …"); the country owns the unplaced ones.
        private var nationalReport: AreaRecord?
        /// Abbreviations the report spells out (see `ReportSurvey.abbreviations`).
        let abbreviations: [String: [String]]
        private var foldedOf: [Character: Character] = [:]
        /// The keys (indicator, area, agency, period) of rows proposed so far, so a guess by
        /// name never proposes a second figure for one key (import refuses a file that does).
        /// Bounded: a report has far fewer distinct keys.
        private var emittedKeys: Set<String> = []
        /// The keys and values proposed so far, so a figure the report repeats is proposed once.
        private var repeatedFigures: [String: (sentence: Int, quote: String?)] = [:]
        static let emittedKeysLimit = 100_000

        package init(_ extractor: ReportExtractor, survey: ReportSurvey, options: Options) {
            self.extractor = extractor
            self.options = options
            var times = survey.times.times(defaultAsOf: options.defaultPeriod?.end)
            if times.year == nil, let assumed = options.assumedYear {
                times = survey.times.times(defaultAsOf: nil, fallbackYear: assumed)
                yearAssumed = assumed
            }
            self.times = times
            abbreviations = survey.abbreviations
            lookup = AreaMentions.Lookup(directory: extractor.areas, on: times.asOf)
            documentArea = options.defaultArea ?? AreaMentions.mostNamedProvince(survey.names, firstParagraph: survey.firstParagraph, lookup: &lookup)
            comparesProvinces = AreaMentions.namedProvinces(survey.names, lookup: &lookup, atLeast: 3)
            if options.defaultArea == nil, let area = documentArea, let country = extractor.areas.record(id: "VN") {
                var count = 0, first = Int.max
                for (name, n) in survey.names where lookup.record(for: name)?.id == area.id {
                    count += n
                    first = min(first, survey.firstParagraph[name] ?? 0)
                }
                if survey.countryMentions >= count + survey.ownProvinceMentions, first > 0 { nationalReport = country }
                // A summary of a ranking ("Hà Nội dẫn đầu cả nước …", a region's provinces in PCI):
                // no province holds half of the places it names ("toàn tỉnh" counted as its own),
                // so none owns the unplaced figures ("DTI quốc gia đạt …", "Điểm số trung vị đạt
                // …"): the country does.
                let own = count + survey.ownProvinceMentions
                if comparesProvinces,
                   AreaMentions.provinceMentions(survey.names, lookup: &lookup) + survey.ownProvinceMentions > 2 * own { nationalReport = country }
            }
            if documentArea == nil, let (name, _) = survey.ministries.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
               let ministry = extractor.units.ministry(named: name), let country = extractor.areas.record(id: "VN") {
                // A ministry's own report: its unplaced figures are the ministry's (area VN).
                documentArea = country
                documentAgency = ministry.name
            }
            // "họp báo Chính phủ", "Cổng Dịch vụ công quốc gia", "cả nước" in a text that names
            // no province (not even "toàn tỉnh") nor ministry: the Government speaks of the
            // country, and its unplaced figures are the country's.
            if documentArea == nil, survey.ownProvinceMentions == 0, survey.countryMentions + survey.governmentMentions > 0,
               let country = extractor.areas.record(id: "VN") {
                documentArea = country
            }
        }

        /// The candidate rows of the next paragraph.
        package mutating func extract(_ paragraph: String) -> [ExtractedRow] {
            extract(.reading(paragraph, times: times, extractor: extractor, abbreviations: abbreviations, foldedOf: &foldedOf, periods: &periods))
        }

        /// `extract(_:)` of a paragraph prepared ahead (`ParagraphPipeline`).
        package mutating func extract(_ prepared: PreparedParagraph) -> [ExtractedRow] {
            let text = prepared.text
            let phrases = prepared.phrases
            let scanner = FigureScanner(text: text, timeTokens: prepared.timeTokens)
            let mentions = AreaMentions(text: text, lookup: &lookup)
            let guesser = IndicatorGuesser(text: text, rules: extractor.indicators)
            let bySentence = Dictionary(grouping: phrases, by: \.sentence)

            var rows: [ExtractedRow] = []
            /// Each row's draft when its indicator is a guess by name.
            var fromName: [Draft?] = []
            /// Each row's running sentence number.
            var rowSentences: [Int] = []
            var lastInParagraph: TimePhrase?
            var lastBaselineInParagraph: TimePhrase?
            /// The last day an earlier sentence of the paragraph names (a merger's effective day).
            var lastDayInParagraph: TimePhrase?
            var paragraphIndex = -1
            /// The place of figures whose sentence and paragraph name none.
            var own = documentArea
            /// The report's own area (see `nationalReport`).
            func documentOwn(at t: Int) -> AreaRecord? { nationalReport ?? documentArea }
            for sentence in text.sentences {
                if sentence.paragraph != paragraphIndex {
                    paragraphIndex = sentence.paragraph
                    lastInParagraph = nil
                    lastBaselineInParagraph = nil
                    lastDayInParagraph = nil
                    own = documentOwn(at: sentence.tokens.lowerBound)
                    // "Xét tổng thể, dịch vụ công trực tuyến một phần có tỷ lệ 38,29%" after a
                    // ranking of provinces: the whole's figure, not the leader's.
                    if comparesProvinces, extractor.opensOverall(sentence, text: text), let country = extractor.areas.record(id: "VN") {
                        own = country
                    }
                }
                var figures = prepared.figures[sentence.index]
                // "từ mức 90,30% của năm 2021 xuống còn 82,18%": the phrase right after the level a
                // movement started from is that level's period, not the sentence's.
                var sentencePhrases = bySentence[sentence.index] ?? []
                // "Ba tháng sau, … đến nay toàn quốc đã cấp …": months after the last day named
                // frame the sentence, and its "đến nay" is that time, not the report's date.
                if let later = extractor.monthsLater(sentence, text: text, after: lastDayInReport) {
                    sentencePhrases.removeAll { VietnameseText.fold($0.text).contains("nay") }
                    sentencePhrases.insert(later, at: 0)
                }
                defer {
                    if let p = sentencePhrases.last(where: { $0.period.kind == .day && !$0.isBaseline && !$0.isGoal }) { lastDayInReport = p }
                }
                let fromLevelPhrases = Set(figures.filter(\.isFromLevel).compactMap { f -> Int? in
                    let i = sentencePhrases.partitionPoint { $0.tokens.lowerBound > f.tokens.upperBound }
                    guard i < sentencePhrases.count, sentencePhrases[i].tokens.lowerBound - f.tokens.upperBound <= 2 else { return nil }
                    return sentencePhrases[i].tokens.lowerBound
                })
                let runs = extractor.yearRuns(in: sentence, text: text)
                // "(năm 2023 là 18)", "vị trí thứ 5 của năm 2023": a phrase that dates one figure only.
                let bound = extractor.boundPhrases(sentencePhrases, figures: figures, sentence: sentence, text: text, runs: runs)
                let inSentence = sentencePhrases.filter { !fromLevelPhrases.contains($0.tokens.lowerBound) && !bound.taken.contains($0.tokens.lowerBound) }
                let fromLevelOwn = (bySentence[sentence.index] ?? []).filter { fromLevelPhrases.contains($0.tokens.lowerBound) }
                let earlierBaseline = lastBaselineInParagraph
                /// The sentence announces several indices and states no figure (set below).
                var announces = false
                defer {
                    // What this sentence leaves to the sentences after it.
                    if let p = inSentence.last(where: { !$0.isBaseline && !$0.isContrast }) { lastInParagraph = p }
                    if let p = inSentence.last(where: \.isBaseline) { lastBaselineInParagraph = p }
                    if let p = sentencePhrases.last(where: { $0.period.kind == .day && !$0.isBaseline && !$0.isGoal }) { lastDayInParagraph = p }
                    // The report's subject period ("Chỉ số DTI năm 2024", "Trong 9 tháng đầu năm
                    // 2022, …") holds until another time phrase; datelines, goals and a time set
                    // against it ("trong khi năm 2022 …") do not.
                    let subjects = inSentence.filter { !$0.isBaseline && !$0.isDateline && !$0.isGoal && !$0.isContrast }
                    if extractor.opensLater(sentence, text: text) || announces, let p = subjects.last {
                        // "Hai năm sau, Chỉ số PAPI năm 2023 của tỉnh …": a leap in time; "công bố Chỉ
                        // số PCI năm 2022 và Chỉ số PGI năm 2022": what is announced. Its period holds
                        // for the sentences after it, wherever it stands.
                        lastFraming = p
                    } else if let p = subjects.last(where: \.isFraming) {
                        // "So với năm 2022, tỉnh tăng 31 bậc … Năm 2022, PCI của tỉnh chỉ đứng thứ
                        // 62/63": a sentence opened by the baseline just compared with looks back;
                        // the report's later period goes on after it.
                        let looksBack = earlierBaseline?.period == p.period && (lastFraming.map { $0.period.start > p.period.start } ?? false)
                        if !looksBack { lastFraming = p }
                    } else if let p = subjects.last, lastFraming == nil || !lastFraming!.isFraming {
                        lastFraming = p
                    }
                }
                let words = prepared.words[sentence.index]
                let indexMentions = prepared.indexMentions[sentence.index]
                sentencesRead += 1
                /// The whole indices the sentence's figures were read as parts of (set below).
                var figureFamilies: Set<Int> = []
                defer {
                    // A whole index named here holds for the sentences after it. A sentence with no
                    // figure that names several ("công bố Chỉ số CCHC năm 2023 (PAR INDEX) … và Chỉ
                    // số SIPAS năm 2023") announces them in order: "Theo đó, tỉnh đạt 87,32 …" goes on
                    // with the first.
                    let whole = indexMentions.filter { !extractor.indicators.families[$0.family].isComponent }
                    announces = figures.isEmpty && Set(whole.map(\.family)).count >= 2
                    // "Mức độ hài lòng đạt 17,94/18 điểm" in a Decision 766 notice names SIPAS's words,
                    // but its figure was read as a part of Decision 766: an index named only in
                    // words its figures are read as parts of another's does not become the topic;
                    // the figures' index (when one) does.
                    if !figureFamilies.isEmpty, !whole.contains(where: { figureFamilies.contains($0.family) }) {
                        if figureFamilies.count == 1, let f = figureFamilies.first { topic = Topic(family: f, sentence: sentencesRead) }
                    } else if let m = announces ? whole.first : whole.last {
                        topic = Topic(family: m.family, sentence: sentencesRead)
                        // A ranking after the announcement goes on with it, not with a rank before.
                        if announces { rankedTopic = topic }
                    }
                }
                guard !figures.isEmpty else { continue }
                var drafts = figures.map { Draft(figure: $0) }
                let sentenceTopic = indexMentions.isEmpty && extractor.ranks(sentence, text: text) ? rankedTopic ?? topic : topic
                // Periods and baselines.
                var context = PeriodContextOfSentence(phrases: inSentence, lastInParagraph: lastInParagraph, lastFraming: lastFraming)
                context.lastBaselineInParagraph = lastBaselineInParagraph
                if extractor.opensAfterMerger(sentence, text: text) { context.mergerDay = lastDayInParagraph }
                context.fromLevelOwn = fromLevelOwn
                context.bound = bound.byFigure
                context.windows = bound.windows
                for i in drafts.indices {
                    extractor.resolvePeriod(&drafts[i], context: context, times: times, options: options, text: text)
                    // "tăng 12,6% so với cùng kỳ" in a report on "6 tháng đầu năm 2024": 2023-01/2023-06,
                    // not the same time before the writing date.
                    extractor.anchorBaseline(&drafts[i])
                    extractor.previousTerm(&drafts[i], text: text)
                    if drafts[i].baselineIsSameTime, let before = drafts[i].period?.yearBefore {
                        drafts[i].baseline = before
                    }
                    if let year = yearAssumed, drafts[i].period?.end.year == year, drafts[i].periodHow != .option,
                       !(drafts[i].periodPhrase?.contains(String(year)) ?? false) {
                        drafts[i].notes.append("the report names no year: \(year) assumed (give --period)")
                    }
                }
                // ", khi tỉnh đạt 67,38 điểm và xếp thứ 26/63": a level joined by "và" to the
                // baseline's level, in its clause, is the baseline's too.
                for i in drafts.indices.dropFirst() where drafts[i - 1].isBaselineLevel && !drafts[i].isBaselineLevel
                    && drafts[i].figure.change == nil && !drafts[i].figure.isFromLevel {
                    let between = (drafts[i - 1].figure.tokens.upperBound + 1)..<drafts[i].figure.tokens.lowerBound
                    guard between.count <= 5, between.contains(where: { text.word($0) == "va" }),
                          between.allSatisfy({ text.word($0) != nil }) else { continue }
                    drafts[i].period = drafts[i - 1].period
                    drafts[i].periodHow = .sentence
                    drafts[i].periodPhrase = drafts[i - 1].periodPhrase
                    drafts[i].isBaselineLevel = true
                }
                for i in drafts.indices { extractor.stretch(&drafts[i], over: runs, text: text) }
                // Indicators.
                let continues = extractor.opensAsContinuation(sentence, text: text)
                let topicKeywords = sentenceTopic.map { extractor.indicators.familyKeywords[$0.family] } ?? []
                let topicComponents = sentenceTopic.map { extractor.indicators.familyComponents[$0.family] } ?? []
                for i in drafts.indices {
                    if let g = prepared.guess(drafts[i].figure, at: i, in: sentence.index, guesser: guesser, words: words,
                                              topic: topicKeywords, topicComponents: topicComponents) {
                        drafts[i].indicator = extractor.regionalised(g.code, figure: drafts[i].figure, text: text, sentence: sentence)
                        drafts[i].indicatorScore = g.score
                    } else if drafts[i].figure.change != nil, extractor.clauseBefore(drafts[i].figure, text: text, sentence: sentence).refersBack,
                              let j = drafts[..<i].lastIndex(where: { $0.indicator != nil && $0.figure.change == nil && !$0.figure.isTarget
                                  && ($0.figure.shape == drafts[i].figure.shape || drafts[i].figure.change != .places && $0.figure.shape != .rank) }) {
                        // "Tỷ lệ hồ sơ chậm, quá hạn còn 3,45%; so với tháng 7, tỷ lệ này giảm 3,86%": a
                        // change of "tỷ lệ này"/"chỉ số này" past a ';' is of the level stated before it
                        // in its sentence (row() stores it in that level's change twin).
                        drafts[i].indicator = drafts[j].indicator
                        drafts[i].indicatorScore = 2
                        drafts[i].notes.append("the change of 'này', the level stated before it")
                    } else if continues && drafts[i].figure.change == nil
                                || drafts[i].figure.change != nil && extractor.clauseBefore(drafts[i].figure, text: text, sentence: sentence).refersBack,
                              let head = previousHeads[drafts[i].figure.shape] {
                        drafts[i].indicator = head
                        drafts[i].indicatorScore = 2
                        drafts[i].notes.append("indicator taken from the sentence before ('Trong đó …')")
                    } else if drafts[i].figure.change != nil, drafts[i].figure.change != .places,
                              let level = guesser.guess(Self.asLevel(drafts[i].figure), in: words, topic: topicKeywords, topicComponents: topicComponents),
                              let twin = extractor.changeIndicator(of: level.code) {
                        // "nhóm chỉ số công khai minh bạch tăng 0,1 điểm": a change stated without its
                        // level is the change of the level its words name.
                        drafts[i].indicator = twin
                        drafts[i].indicatorScore = level.score
                        drafts[i].notes.append("the change of \(level.code), which its words name")
                    } else if let (code, family) = extractor.topicIndicator(
                        for: drafts[i].figure, mentions: indexMentions, topic: sentenceTopic, sentenceNumber: sentencesRead,
                        words: words, text: text, sentence: sentence) {
                        drafts[i].indicator = code
                        drafts[i].indicatorScore = 6
                        drafts[i].notes.append("indicator from the index the report speaks of (\(family.code))")
                        // A ranking goes on for as long as its sentences keep giving the index's
                        // values ("… đạt 43,96 điểm … Tỉnh Đắk Nông đứng cuối bảng với 38,97 điểm").
                        if let t = topic, extractor.indicators.families[t.family].code == family.code {
                            topic = Topic(family: t.family, sentence: sentencesRead)
                        }
                    } else {
                        // No synonym fits: the indicators whose names are closest.
                        let near = guesser.closest(drafts[i].figure, in: words)
                        if let best = near.first, best.score >= ReportExtractor.nameMatchThreshold {
                            drafts[i].indicator = best.code
                            drafts[i].indicatorScore = 1
                            drafts[i].indicatorFromName = true
                            drafts[i].notes.append("indicator from its name, not a synonym"
                                                   + (near.count > 1 ? " (next closest: \(near[1].code))" : ""))
                        } else if !near.isEmpty {
                            drafts[i].notes.append("closest indicators: " + near.map(\.code).joined(separator: ", "))
                        }
                    }
                }
                // "Gia nhập thị trường đạt 7,34 điểm; Tính minh bạch đạt 6,45 điểm (năm 2022 là 6,05
                // điểm); …": in a list of an index's components, a value is the component named
                // last in its own item (after the last ';', ':' or ',' before it), not the one a
                // whole-sentence guess found in an earlier item.
                for i in drafts.indices where drafts[i].figure.change == nil {
                    guard let code = drafts[i].indicator else { continue }
                    let figureStart = drafts[i].figure.tokens.lowerBound
                    var start = figureStart
                    while start > sentence.tokens.lowerBound, !(text.symbol(start - 1).map { ";:,".contains($0) } ?? false) { start -= 1 }
                    guard let named = extractor.indicators.component(sharingIndexWith: code, namedIn: start..<figureStart, text: text),
                          named != code else { continue }
                    drafts[i].indicator = named
                    drafts[i].notes.append("indicator from the component named in its list item")
                }
                // "Kinh tế số và Xã hội số cùng xếp hạng 58/63, với giá trị lần lượt là 0,1931 và
                // 0,2021": two parts of one index joined by "và" before "lần lượt" take its two
                // values in turn (the first the part named before the "và").
                if let (first, codes) = extractor.partsInTurn(drafts.map(\.figure), sentence: sentence, text: text, words: words, guesser: guesser),
                   drafts[first].indicator == drafts[first + 1].indicator, let code = drafts[first].indicator, codes.contains(code) {
                    for (k, code) in codes.enumerated() {
                        drafts[first + k].indicator = code
                        drafts[first + k].indicatorFromName = false
                        drafts[first + k].notes.append("part \(k + 1) of the two named before 'lần lượt'")
                    }
                }
                extractor.rankMovedFrom(&drafts, text: text)
                extractor.attachChanges(&drafts, sentence: sentence, text: text)
                // "chính quyền số và kinh tế số cùng đứng thứ 3/63": one figure said of two
                // indicators joined by "và" with "cùng"/"đều" before it is a row for each.
                for i in drafts.indices where !drafts[i].absorbed && drafts[i].joinedLevel == nil && drafts[i].figure.change == nil {
                    guard let code = drafts[i].indicator, let va = extractor.sharedBy(drafts[i].figure, text: text, sentence: sentence) else { continue }
                    var there = drafts[i].figure
                    there.tokens = va...va
                    guard var other = guesser.guess(there, in: words), extractor.indicators.codes.contains(other.code) else { continue }
                    if other.code == code {
                        // "Chính quyền số và Kinh tế số của tỉnh … cùng xếp hạng 14/63": the longer
                        // first name won the figure too; the second is the first other guess after
                        // the "và", a word at a time, of the same index.
                        guard let second = extractor.secondName(after: va, before: drafts[i].figure.tokens.lowerBound, first: other,
                                                                 figure: drafts[i].figure, text: text, words: words, guesser: guesser) else { continue }
                        drafts[i].indicator = extractor.regionalised(second.code, figure: drafts[i].figure, text: text, sentence: sentence)
                        drafts[i].indicatorScore = second.score
                        other = IndicatorGuesser.Guess(code: code, score: other.score)
                    }
                    var copy = drafts[i]
                    copy.indicator = extractor.regionalised(other.code, figure: drafts[i].figure, text: text, sentence: sentence)
                    copy.indicatorScore = other.score
                    copy.indicatorFromName = false
                    copy.notes.append("one of the indicators it is said of ('cùng')")
                    drafts.append(copy)
                }
                figureFamilies = Set(drafts.compactMap { $0.indicator.flatMap { extractor.indicators.wholeFamily[$0] } })
                let families = extractor.indicators.families
                for d in drafts {
                    if let code = d.indicator, let f = families.firstIndex(where: { $0.rank == code || $0.regionRank == code }) {
                        rankedTopic = Topic(family: f, sentence: sentencesRead)
                    }
                }
                figures = drafts.map(\.figure)
                let heads = drafts.filter { !$0.absorbed && $0.indicator != nil && !$0.figure.isTarget && $0.figure.change == nil }
                if !heads.isEmpty {
                    previousHeads = [:]
                    for head in heads where previousHeads[head.figure.shape] == nil { previousHeads[head.figure.shape] = head.indicator }
                }
                let sentenceChars = text.tokens[sentence.tokens.lowerBound].range.lowerBound..<text.tokens[sentence.tokens.upperBound - 1].range.upperBound
                let units = prepared.sentenceUnits[sentence.index]
                // "Các huyện Tuy An, Sơn Hòa và Đồng Xuân lần lượt đạt 91,2%, 89,4% và 87,6%".
                let unitsInTurn = extractor.unitsInTurn(units, figures: drafts.filter { !$0.absorbed && $0.joinedLevel == nil }.map(\.figure.tokens.lowerBound),
                                                        sentence: sentence, text: text)
                // "1.702 dịch vụ công …, trong đó cấp tỉnh có 1.310 dịch vụ, cấp huyện 268 …": the
                // parts by level of a total broken down after "trong đó" are the total's indicator.
                for i in drafts.indices where (drafts[i].indicator == nil || drafts[i].indicatorFromName) && drafts[i].figure.change == nil
                    && drafts[i].figure.shape == .count && ReportExtractor.level(before: drafts[i].figure, text: text, sentence: sentence) != nil {
                    let at = drafts[i].figure.tokens.lowerBound
                    guard let j = drafts[..<i].lastIndex(where: { d in
                        guard let code = d.indicator, !d.indicatorFromName, d.figure.shape == .count, d.figure.change == nil,
                              extractor.indicators.byLevel.contains(code) else { return false }
                        return ((d.figure.tokens.upperBound + 1)..<at).contains { text.matches(["trong", "do"], at: $0) }
                    }) else { continue }
                    drafts[i].indicator = drafts[j].indicator
                    drafts[i].indicatorScore = drafts[j].indicatorScore
                    drafts[i].indicatorFromName = false
                    drafts[i].notes.removeAll { $0.hasPrefix("indicator from its name") || $0.hasPrefix("closest indicators") }
                    drafts[i].notes.append("a part by level of the total before 'trong đó'")
                }
                // A guess by name yields to a synonym's figure of the same sentence.
                let bySynonym = Set(drafts.filter { !$0.absorbed && !$0.indicatorFromName }.compactMap(\.indicator))
                for i in drafts.indices where drafts[i].indicatorFromName {
                    if let code = drafts[i].indicator, bySynonym.contains(code) {
                        drafts[i].notes.append("closest indicator by name \(code) is another figure's in this sentence")
                        drafts[i].indicator = nil
                    }
                }
                let enumerated = mentions.distributed(figures: drafts.filter { !$0.absorbed && $0.joinedLevel == nil }.map(\.figure.tokens.lowerBound),
                                                      sentence: sentence, text: text)
                /// The area, agency and whether the area was named, of each draft's row.
                var placed: [Int: (area: AreaRecord?, named: Bool, agency: String?)] = [:]
                for (index, d) in drafts.enumerated() where !d.absorbed {
                    if let j = d.joinedLevel, let level = placed[j] {
                        // A change joined to its level is the level's unit's.
                        fromName.append(d.indicatorFromName ? d : nil)
                        rowSentences.append(sentencesRead)
                        rows.append(extractor.row(d, area: level.area, areaNamed: level.named, agency: level.agency,
                                                  sentence: sentence, text: text, scanner: scanner, options: options))
                        extractor.nationalAverage(&rows[rows.count - 1], sentence: sentence, text: text)
                        continue
                    }
                    let ownHere = own?.id == documentArea?.id ? documentOwn(at: d.figure.tokens.lowerBound) : own
                    var area = mentions.area(forToken: d.figure.tokens.lowerBound, sentence: sentence.index,
                                             paragraph: sentence.paragraph, own: ownHere, province: documentArea)
                    if let listed = enumerated[d.figure.tokens.lowerBound] { area = (listed, true) }
                    // "…: nơi giảm nhiều nhất là 2,94%", "địa phương thấp nhất đạt 81,2%" in a report
                    // that ranks provinces: an unnamed one of the field, so the field's (the
                    // country's) figure, not the province an earlier sentence named.
                    if comparesProvinces, enumerated[d.figure.tokens.lowerBound] == nil,
                       !mentions.inSentence(sentence.index).contains(where: { $0.token < d.figure.tokens.lowerBound && !$0.isCountry }),
                       ReportExtractor.unnamedSubject(before: d.figure.tokens.lowerBound, text: text, sentence: sentence),
                       let country = extractor.areas.record(id: "VN") {
                        area = (country, true)
                    }
                    // "53 địa phương có chỉ số tăng" in a national report, or in one that names no
                    // province: the country's count (in a province's report its communes' count).
                    // "là một trong 13 địa phương có chỉ số trên 90%", "thuộc nhóm 7 địa phương đạt
                    // 100%": the field's group the province is one of, in a province's report too.
                    let unitNoun = ["tinh", "bo"].contains(text.word(d.figure.tokens.upperBound + 1) ?? "")
                        || text.matches(["dia", "phuong"], at: d.figure.tokens.upperBound + 1)
                            && (nationalReport != nil || documentArea == nil || ReportExtractor.isGroupOfField(d.figure, text: text))
                    if unitNoun, ReportExtractor.countsUnits(d.figure, text: text),
                       let country = extractor.areas.record(id: "VN") {
                        area = (country, true)  // "53 tỉnh bị giảm điểm", "trong tổng số 34 tỉnh", "17 bộ".
                    }
                    // "có 19.536 người dân … tham gia khảo sát PAPI trên cả nước": a count whose own
                    // clause names the whole country after it, and no place before it, is the country's.
                    if d.figure.shape == .count, enumerated[d.figure.tokens.lowerBound] == nil,
                       !mentions.inSentence(sentence.index).contains(where: { $0.token < d.figure.tokens.lowerBound }),
                       let later = mentions.inSentence(sentence.index).first(where: { $0.token > d.figure.tokens.upperBound }),
                       later.isCountry, later.token - d.figure.tokens.upperBound <= 16,
                       !((d.figure.tokens.upperBound + 1)..<later.token).contains(where: { text.symbol($0).map { ",;:(".contains($0) } ?? text.isNumber($0) }) {
                        area = (later.record, true)
                    }
                    // "Không có tỉnh nào có chỉ số dưới 70%", "13 địa phương có chỉ số trên 90%":
                    // the bound that defines a group of the field, the country's, not the province's.
                    if ReportExtractor.boundsGroupOfUnits(d.figure, text: text, sentence: sentence),
                       let country = extractor.areas.record(id: "VN") {
                        area = (country, true)
                    }
                    // "đứng thứ 2 là tỉnh Thái Nguyên với 90,29%": a rank whose place follows it
                    // after "là" is that place's, not the one named before it.
                    if d.figure.shape == .rank, d.figure.change == nil, enumerated[d.figure.tokens.lowerBound] == nil,
                       text.word(d.figure.tokens.upperBound + 1) == "la",
                       let after = mentions.inSentence(sentence.index).first(where: { $0.token > d.figure.tokens.upperBound + 1 }),
                       after.token - d.figure.tokens.upperBound <= 4, !after.isCountry, let record = after.record {
                        area = (record, true)
                    }
                    // "giá trị trung bình DTI cấp tỉnh … là 0,6783", "34/63 tỉnh, thành phố" in a
                    // city's report: the field of provinces, the country's.
                    if !area.named, enumerated[d.figure.tokens.lowerBound] == nil,
                       !mentions.inSentence(sentence.index).contains(where: { $0.token < d.figure.tokens.lowerBound && !$0.isCountry }),
                       ReportExtractor.isFieldOfProvinces(d.figure, text: text, sentence: sentence),
                       let country = extractor.areas.record(id: "VN") {
                        area = (country, true)
                    }
                    let start = d.figure.tokens.lowerBound
                    // The nearest unit named before the figure.
                    let prefixEnd = start > sentence.tokens.lowerBound ? text.tokens[start - 1].range.upperBound : sentenceChars.lowerBound
                    let u = units.partitionPoint { $0.end > prefixEnd }
                    var named = u > 0 ? units[u - 1].mention : nil
                    if let listed = unitsInTurn[start] { named = listed }
                    // "… đã cam kết với lãnh đạo Bộ Công an, và sớm hơn 70 ngày …": a unit that is the
                    // object of "với" in an earlier clause is not whose the figure is.
                    if named != nil, ReportExtractor.isObjectOfVoi(endingAt: units[u - 1].end, before: start, text: text, sentence: sentence) {
                        named = nil
                    }
                    // "Theo báo cáo DTI năm 2023 của Bộ Thông tin và Truyền thông, giá trị DTI của Đà
                    // Nẵng đạt …": the unit of an opening "Theo …," clause tells where the figure
                    // comes from, not whose it is.
                    if named != nil, ReportExtractor.isSourceOfReport(endingAt: units[u - 1].end, before: start, text: text, sentence: sentence) {
                        named = nil
                    }
                    // "cao nhất là 98,63 điểm, thuộc về Sở Công Thương": the unit after "thuộc về" owns it
                    // (none that the grammar knows, "thuộc về Ban Quản lý …": not the one before).
                    if let owner = ReportExtractor.ownerAfter(d.figure, text: text, sentence: sentence) {
                        let startsThere = ["so", "bo", "huyen", "quan", "thi", "xa", "phuong"].contains(text.word(owner) ?? "")
                        named = startsThere ? UnitMentions.all(in: text.chars[text.tokens[owner].range.lowerBound..<sentenceChars.upperBound]).first?.mention : nil
                    }
                    // "Với 89,95%, Bộ Tư pháp đứng đầu": an opening "Với …," gives its figure
                    // to the subject after it.
                    if named == nil, text.word(sentence.tokens.lowerBound) == "voi",
                       start - sentence.tokens.lowerBound <= 3, u < units.count {
                        named = units[u].mention
                    }
                    var (unitArea, agency) = extractor.unit(named: named, area: area.record)
                    if agency == nil, !area.named, let own = documentAgency, unitArea?.id == documentArea?.id { agency = own }
                    // "nhóm 5 địa phương dẫn đầu thuộc về A, B và C": the figure is each place's.
                    let next = drafts[(index + 1)...].first { !$0.absorbed }?.figure.tokens.lowerBound
                    let sharing = enumerated[start] == nil && named == nil
                        ? mentions.shared(after: d.figure.tokens.upperBound, before: next, sentence: sentence, text: text) : []
                    for (k, place) in (sharing.isEmpty ? [unitArea] : sharing.map { Optional($0) }).enumerated() {
                        var shared = d
                        if k > 0 || !sharing.isEmpty { shared.notes.append("one of the places it is said of") }
                        if k == 0 { placed[index] = (place, area.named || place?.id != area.record?.id || !sharing.isEmpty, agency) }
                        fromName.append(d.indicatorFromName ? shared : nil)
                        rowSentences.append(sentencesRead)
                        rows.append(extractor.row(shared, area: place, areaNamed: area.named || place?.id != area.record?.id || !sharing.isEmpty,
                                                  agency: sharing.isEmpty ? agency : nil,
                                                  sentence: sentence, text: text, scanner: scanner, options: options))
                        extractor.refine(&rows[rows.count - 1], figure: d.figure, unitNamed: agency != nil || mentions.inSentence(sentence.index).contains { !$0.isCountry && $0.record != nil && $0.token < start }, others: figures, sentence: sentence, text: text)
                    }
                }
            }
            return yieldingKeys(rows, fromName: fromName, sentences: rowSentences)
        }

        /// A change figure read as the level it moves ("tăng 0,1 điểm" as "0,1 điểm").
        static func asLevel(_ f: ScannedFigure) -> ScannedFigure {
            var level = f
            level.change = nil
            return level
        }

        /// A guess by name never proposes a second figure for a key (indicator, area, agency,
        /// period) another row of the report holds, since import refuses a file that does: its
        /// indicator is left for review. Synonym rows of the paragraph go first.
        private mutating func yieldingKeys(_ allRows: [ExtractedRow], fromName: [Draft?], sentences: [Int]) -> [ExtractedRow] {
            func key(_ r: ExtractedRow) -> String? {
                guard let code = r.indicator, r.kind == .observation else { return nil }
                // A breakdown ("cấp tỉnh", "trực tuyến", "quá hạn") is a key of its own, as import keys it.
                return [code, r.area ?? "", r.agency ?? "", r.period ?? "", r.breakdown.level, r.breakdown.channel,
                        r.breakdown.dossierStatus].joined(separator: "|")
            }
            // A figure a report restates in other words ("tương ứng tỷ lệ 96,6%", a caption
            // restating the lead) is one figure: the same indicator, area, agency, period and
            // value in another sentence, quoted differently, is proposed once. The same value
            // twice in one sentence ("lần lượt 5, 5") is two figures, and a sentence repeated word
            // for word is left as it is.
            var rows: [ExtractedRow] = []
            var fromName = fromName
            var kept: [Draft?] = []
            for (i, r) in allRows.enumerated() {
                if let k = key(r) {
                    let figure = k + "|" + VietnameseNumber.format(r.value)
                    if let first = repeatedFigures[figure] {
                        if first.sentence != sentences[i], first.quote != r.quote { continue }
                    } else if repeatedFigures.count < Self.emittedKeysLimit {
                        repeatedFigures[figure] = (sentences[i], r.quote)
                    }
                }
                rows.append(r)
                kept.append(fromName[i])
            }
            fromName = kept
            for (i, r) in rows.enumerated() where fromName[i] == nil {
                if let k = key(r), emittedKeys.count < Self.emittedKeysLimit { emittedKeys.insert(k) }
            }
            for i in rows.indices where fromName[i] != nil {
                guard let k = key(rows[i]) else { continue }
                if emittedKeys.contains(k) {
                    let code = rows[i].indicator ?? ""
                    rows[i].indicator = nil
                    let note = "closest indicator by name \(code) is another figure's here; indicator unknown: choose one from `chiso indicators`"
                    rows[i].note = rows[i].note.map { note + "; " + $0 } ?? note
                } else if emittedKeys.count < Self.emittedKeysLimit {
                    emittedKeys.insert(k)
                }
            }
            return rows
        }
    }

    // MARK: - Drafts

    /// A figure on its way to a row.
    struct Draft {
        var figure: ScannedFigure
        var period: Period?
        var periodHow: PeriodSource = .none
        /// The phrase the period was read from, if any.
        var periodPhrase: String?
        /// The baseline is a bare "cùng kỳ": the same span of the year before the figure's.
        var baselineIsSameTime = false
        /// The "so với …" phrase the baseline was read from.
        var baselinePhrase: String?
        var baseline: Period?
        var indicator: String?
        var indicatorScore = 0.0
        /// The indicator came from the closest name, not a synonym: given up when another row
        /// of the report already holds its key.
        var indicatorFromName = false
        var change: Double?
        var changeUnit: ScannedFigure.ChangeUnit?
        var isBaselineLevel = false
        /// A change merged into the level it modifies: not a row of its own.
        var absorbed = false
        /// A change joined to the level at this index of the sentence's drafts: the level's row
        /// carries it in its change column (what `check` reads) and it is also a row of its own,
        /// the level indicator's change, with the level's period, area and agency.
        var joinedLevel: Int?
        var notes: [String] = []

        /// Dates the figure by the phrase `p`, read as `how` says (its sentence, its
        /// paragraph, a framing sentence before it), with an optional note saying why.
        mutating func date(by p: TimePhrase, how: PeriodSource, note: String? = nil) {
            period = p.period
            periodPhrase = p.text
            periodHow = how
            if let note { notes.append(note) }
        }
    }

    /// How well an indicator's name must match a figure's clause to be proposed without a
    /// synonym: a name word or two near the figure.
    static let nameMatchThreshold = 0.5

    /// A unit whose name ends at character `end`, named after "với" ("cam kết với lãnh đạo Bộ
    /// Công an", "so với Bộ Tài chính") in a clause before the figure's first token `figure`.
    static func isObjectOfVoi(endingAt end: Int, before figure: Int, text: ReportText, sentence: ReportText.Sentence) -> Bool {
        // The name's last word (its end may hold the ',' after it).
        var last = text.tokens.partitionPoint { $0.range.upperBound > end } - 1
        while last > sentence.tokens.lowerBound, text.word(last) == nil { last -= 1 }
        guard last < figure, text.hasCommaOrSemicolon(in: (last + 1)..<figure) else { return false }
        // Back from the name to its first word ("Bộ", "Sở", "huyện" …), then to "với" at most
        // three words before it ("với lãnh đạo Bộ …").
        let kindWords: Set<String> = ["bo", "so", "huyen", "quan", "xa", "phuong", "thi"]
        var k = last
        while k > max(sentence.tokens.lowerBound, last - 12), !(kindWords.contains(text.word(k) ?? "") && text.tokens[k].capitalised || text.word(k) == "huyen") {
            guard text.word(k) != nil else { return false }
            k -= 1
        }
        for j in stride(from: k - 1, through: max(sentence.tokens.lowerBound, k - 3), by: -1) {
            guard let w = text.word(j) else { return false }
            if w == "voi" { return true }
        }
        return false
    }

    /// A unit whose name ends at character `end` inside the opening "Theo …," of the sentence
    /// ("Theo báo cáo … của Bộ Thông tin và Truyền thông, …"), the figure after that comma.
    static func isSourceOfReport(endingAt end: Int, before figure: Int, text: ReportText, sentence: ReportText.Sentence) -> Bool {
        let first = sentence.tokens.lowerBound
        guard text.word(first) == "theo" else { return false }
        var last = text.tokens.partitionPoint { $0.range.upperBound > end } - 1
        while last > first, text.word(last) == nil { last -= 1 }
        return last < figure && !text.hasCommaOrSemicolon(in: first..<(last + 1)) && text.hasCommaOrSemicolon(in: (last + 1)..<figure)
    }

    /// "lần lượt" gives the figures after it to the units named before it in its clause, in order
    /// (the last as many units as there are figures), when there are two or more of each.
    func unitsInTurn(_ units: [(end: Int, mention: UnitMentions.Mention)], figures: [Int], sentence: ReportText.Sentence,
                     text: ReportText) -> [Int: UnitMentions.Mention] {
        guard units.count >= 2, let k = sentence.tokens.first(where: { text.matches(["lan", "luot"], at: $0) }) else { return [:] }
        var lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        for t in sentence.tokens where text.symbol(t) == ";" {
            if t < k { lo = t + 1 } else if t < hi { hi = t; break }
        }
        let before = units.filter { $0.end <= text.tokens[k].range.lowerBound && $0.end > text.tokens[lo].range.lowerBound }
        let after = figures.filter { $0 > k && $0 < hi }
        guard after.count >= 2, before.count >= after.count else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(after, before.suffix(after.count).map(\.mention)))
    }

    /// The guess for a figure standing after "và" (token `va`), a word at a time up to `end` or
    /// the next non-word: the first that differs from `first`'s and is of the same whole index.
    func secondName(after va: Int, before end: Int, first: IndicatorGuesser.Guess, figure: ScannedFigure,
                    text: ReportText, words: IndicatorGuesser.Sentence, guesser: IndicatorGuesser) -> IndicatorGuesser.Guess? {
        guard let family = indicators.wholeFamily[first.code] else { return nil }
        var there = figure
        var p = va + 1
        while p < min(end, va + 9), text.word(p) != nil {
            there.tokens = p...p
            if let b = guesser.guess(there, in: words), b.code != first.code {
                return indicators.wholeFamily[b.code] == family ? b : nil
            }
            p += 1
        }
        return nil
    }

    /// "A và B … lần lượt (là) X và Y" with A and B parts of one index: the index of X among
    /// `figures` and the codes of A and B. A's is the guess for a figure standing at the "và"
    /// (the words before it are A's), B's the first other guess for one standing after it, a
    /// word at a time (past B's words).
    func partsInTurn(_ figures: [ScannedFigure], sentence: ReportText.Sentence, text: ReportText,
                     words: IndicatorGuesser.Sentence, guesser: IndicatorGuesser) -> (Int, [String])? {
        guard let k = sentence.tokens.first(where: { text.matches(["lan", "luot"], at: $0) }) else { return nil }
        var lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        for t in sentence.tokens where text.symbol(t) == ";" {
            if t < k { lo = t + 1 } else { hi = t; break }
        }
        let after = figures.indices.filter { figures[$0].tokens.lowerBound > k && figures[$0].tokens.upperBound < hi && figures[$0].change == nil }
        guard after.count == 2, after[1] == after[0] + 1, figures[after[0]].shape == figures[after[1]].shape,
              let va = (lo..<k).last(where: { text.word($0) == "va" }), va > lo, text.word(va - 1) != nil,
              !figures.contains(where: { $0.tokens.lowerBound > va - 3 && $0.tokens.upperBound < va }) else { return nil }
        var there = figures[after[0]]
        there.tokens = va...va
        guard let a = guesser.guess(there, in: words),
              let b = secondName(after: va, before: k, first: a, figure: figures[after[0]], text: text, words: words, guesser: guesser) else { return nil }
        return (after[0], [a.code, b.code])
    }

    /// The clause before a figure (back to ':', ';', ',' or the sentence start, a dozen tokens)
    /// opens with an unnamed place, "nơi" or "địa phương" not followed by a name.
    static func unnamedSubject(before t: Int, text: ReportText, sentence: ReportText.Sentence) -> Bool {
        var k = t - 1
        var opener: Int?
        while k >= sentence.tokens.lowerBound, t - k <= 14 {
            if let s = text.symbol(k) {
                // "nơi giảm nhiều nhất là 2,94% và ít nhất là 0,21%": the clause goes on over the
                // figure before.
                if s == "%" { k -= 1; continue }
                guard ":;,".contains(s) else { return false }
                break
            }
            if text.word(k) != nil { opener = k }
            k -= 1
        }
        // The clause's first word, not a word somewhere inside a longer one.
        guard let o = opener, k < sentence.tokens.lowerBound || text.symbol(k) != nil else { return false }
        let named = text.tokens.indices.contains(o + 1) && text.tokens[o + 1].kind == .word && text.tokens[o + 1].capitalised
        if text.word(o) == "noi" { return !named }
        if text.matches(["dia", "phuong"], at: o) {
            return !(text.tokens.indices.contains(o + 2) && text.tokens[o + 2].kind == .word && text.tokens[o + 2].capitalised)
        }
        return false
    }

    /// "A và B cùng đứng thứ 3/63", "A và B đều đạt 100%": the "và" joining what the figure is
    /// said of, when "cùng"/"đều" (and a verb) lead to the figure in its clause; else nil.
    func sharedBy(_ f: ScannedFigure, text: ReportText, sentence: ReportText.Sentence) -> Int? {
        var k = f.tokens.lowerBound - 1
        var cue: Int?
        while k >= max(sentence.tokens.lowerBound, f.tokens.lowerBound - 4), let w = text.word(k) {
            if w == "cung" || w == "deu" { cue = k; break }
            k -= 1
        }
        guard let cue else { return nil }
        // Back from the cue to "và", over words only (no figure, no punctuation), eight words.
        var j = cue - 1
        while j >= max(sentence.tokens.lowerBound, cue - 8), let w = text.word(j) {
            if w == "va" { return j > sentence.tokens.lowerBound && text.word(j - 1) != nil ? j : nil }
            j -= 1
        }
        return nil
    }

    /// The first token after "thuộc về" right after a figure (its measure word and a ',' between:
    /// "98,63 điểm, thuộc về Sở Công Thương"), or nil.
    static func ownerAfter(_ f: ScannedFigure, text: ReportText, sentence: ReportText.Sentence) -> Int? {
        var k = f.tokens.upperBound + 1
        if ["diem", "bac"].contains(text.word(k) ?? "") { k += 1 }
        if text.symbol(k) == "," { k += 1 }
        guard text.matches(["thuoc", "ve"], at: k), k + 2 < sentence.tokens.upperBound else { return nil }
        return k + 2
    }

    /// "Trong đó, …", "Riêng …", "Tính riêng …": the sentence breaks down the one before; "Các
    /// vị trí tiếp theo …", "Xếp thứ hai là …", "Tiếp đến …", "Kế đến …": it goes on down the
    /// ranking the sentence before began.
    func opensAsContinuation(_ sentence: ReportText.Sentence, text: ReportText) -> Bool {
        let t = sentence.tokens.lowerBound
        return text.matches(["trong", "do"], at: t) || text.matches(["trong", "so", "do"], at: t)
            || text.word(t) == "rieng" || text.matches(["tinh", "rieng"], at: t)
            || Self.rankingOpeners.contains { text.matches($0, at: t) }
    }

    /// A sentence that ranks: "dẫn đầu", "đứng đầu", "đứng/xếp thứ", "xếp hạng".
    func ranks(_ sentence: ReportText.Sentence, text: ReportText) -> Bool {
        sentence.tokens.contains { t in
            guard let w = text.word(t) else { return false }
            switch w {
            case "dan", "dung": return text.word(t + 1) == "dau" || (w == "dung" && text.word(t + 1) == "thu")
            case "xep": return text.word(t + 1) == "thu" || text.word(t + 1) == "hang"
            default: return false
            }
        }
    }

    /// "Xét tổng thể, …", "Nhìn tổng thể, …", "Tổng thể, …": the sentence speaks of the whole.
    func opensOverall(_ sentence: ReportText.Sentence, text: ReportText) -> Bool {
        let t = sentence.tokens.lowerBound
        return text.matches(["xet", "tong", "the"], at: t) || text.matches(["nhin", "tong", "the"], at: t)
            || text.matches(["tong", "the"], at: t) || text.matches(["xet", "tren", "tong", "the"], at: t)
    }

    private static let rankingOpeners: [[String]] = [
        ["cac", "vi", "tri", "tiep", "theo"], ["vi", "tri", "tiep", "theo"], ["tiep", "theo"], ["tiep", "den"], ["ke", "den"],
        ["xep", "sau"], ["xep", "thu"], ["dung", "thu"], ["theo", "sau"],
    ]

    /// Joins each change to the level it modifies: the nearest earlier figure of the same clause
    /// whose unit fits ("bậc" a rank, "điểm" a score, "%" a percent).
    func attachChanges(_ drafts: inout [Draft], sentence: ReportText.Sentence, text: ReportText) {
        for i in drafts.indices where !drafts[i].figure.isTarget {
            guard let unit = drafts[i].figure.change else { continue }
            var j = i - 1
            while j >= 0 {
                let level = drafts[j].figure
                let between = (level.tokens.upperBound + 1)..<drafts[i].figure.tokens.lowerBound
                if text.hasSemicolon(in: between) { break }
                if level.change == nil, !level.isTarget, !drafts[j].absorbed, fits(unit, level.shape) {
                    // "đạt 87,56%, tăng 1,93% so với năm 2019 (chỉ đạt 85,63%) và tăng 12,18% so với
                    // năm 2012": the baseline's level is not what changed; the level before it is.
                    if drafts[j].isBaselineLevel, drafts[..<j].contains(where: {
                        $0.figure.change == nil && !$0.isBaselineLevel && !$0.figure.isTarget && $0.figure.shape == level.shape
                            && !text.hasSemicolon(in: ($0.figure.tokens.upperBound + 1)..<drafts[i].figure.tokens.lowerBound)
                    }) {
                        j -= 1
                        continue
                    }
                    // A second change of one level ("tăng 1,93% so với năm 2019 và tăng 12,18% so với
                    // năm 2012"): a row of its own; the level's change column keeps the first.
                    if drafts[j].change == nil {
                        drafts[j].change = drafts[i].figure.value
                        drafts[j].changeUnit = unit
                        if let b = drafts[i].baseline { drafts[j].baseline = b }
                        drafts[j].figure.tokens = level.tokens.lowerBound...drafts[i].figure.tokens.upperBound
                    }
                    // The change is a figure too ("tăng 07 bậc" is the rank's change): its own
                    // row in the level indicator's change twin, dated as the level is.
                    drafts[i].joinedLevel = j
                    drafts[i].indicator = drafts[j].indicator.flatMap(changeIndicator(of:))
                    drafts[i].indicatorScore = drafts[j].indicatorScore
                    drafts[i].indicatorFromName = drafts[j].indicatorFromName
                    // "So với năm 2022 (80,08%), … đã tăng 2,58%": a change from a baseline level is
                    // dated by its own sentence, not by the baseline.
                    if !drafts[j].isBaselineLevel {
                        drafts[i].period = drafts[j].period
                        drafts[i].periodHow = drafts[j].periodHow
                        drafts[i].periodPhrase = drafts[j].periodPhrase
                    }
                    drafts[i].notes = drafts[j].indicator.map { code in
                        drafts[i].indicator == nil
                            ? ["the change of \(code), also in that row's change column; the catalogue has no change indicator for it"]
                            : ["the change of \(code), also in that row's change column"]
                    } ?? []
                    break
                }
                j -= 1
            }
        }
        // The level a change started from takes the indicator of the level compared with it.
        for i in drafts.indices where drafts[i].isBaselineLevel {
            // "tăng 14 bậc so với năm 2021 (25/63)": a bare "25/63" after a rank's baseline is the
            // baseline's rank, out of the same field.
            let shape = drafts[i].figure.shape
            if let j = drafts[..<i].lastIndex(where: { $0.change != nil && ($0.figure.shape == shape
                || $0.figure.shape == .rank && shape == .fraction && $0.figure.denominator != nil && $0.figure.denominator == drafts[i].figure.denominator) }) {
                drafts[i].indicator = drafts[j].indicator
                drafts[i].indicatorScore = drafts[j].indicatorScore
                drafts[i].notes.append("the level of the baseline period, quoted with the change")
            }
        }
    }

    /// The indicator a change of `code` is stored in: its `_change` twin in the catalogue, else
    /// the change its index family names (the rank's movement, the value's "mức thay đổi", the
    /// average's change: `sipas_index` → `sipas_score_change`); nil when the catalogue has none.
    func changeIndicator(of code: String) -> String? {
        if code.hasSuffix("_change") { return nil }
        if indicators.codes.contains(code + "_change") { return code + "_change" }
        for family in indicators.families {
            if family.code == code { return family.valueChange }
            if family.rank == code { return family.rankChange }
            if family.regionRank == code { return family.regionRankChange }
            if family.average == code { return family.averageChange }
        }
        return nil
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

/// What the first reading of a report keeps for the second: the maxima of its dates, the
/// distinct period phrases that lack a year, and how often each place name occurs. Bounded:
/// a report of any length keeps at most a few thousand short strings.
package struct ReportSurvey {
    var times = TimePhraseScanner.Survey()
    var names: [AreaMentions.Name: Int] = [:]
    /// How often each ministry is named ("Bộ Tư pháp"), for a report that names no province.
    var ministries: [String: Int] = [:]
    var foldedOf: [Character: Character] = [:]
    /// The paragraph (counted from 0) each name is first seen in.
    var firstParagraph: [AreaMentions.Name: Int] = [:]
    /// How often the whole country, its ministries or central agencies are named.
    var countryMentions = 0
    /// How often "Chính phủ" or "quốc gia" is named: a text that names no place then speaks
    /// for the country.
    var governmentMentions = 0
    /// How often the report speaks of its own province without naming it ("toàn tỉnh").
    var ownProvinceMentions = 0
    var paragraphs = 0
    /// Abbreviations spelled out in parentheses after their words, folded: "hồ sơ (HS)" gives
    /// "hs" → ["ho", "so"], so "tiếp nhận 7,7 ngàn HS" reads as dossiers. Bounded.
    var abbreviations: [String: [String]] = [:]
    static let namesLimit = 10_000
    static let abbreviationsLimit = 1_000

    /// "hồ sơ (HS)", "thủ tục hành chính (TTHC)": an upper-case word of two to six letters in
    /// parentheses whose letters are the initials of the words just before it.
    static func collectAbbreviations(_ text: ReportText, into found: inout [String: [String]]) {
        for (k, token) in text.tokens.enumerated() where token.kind == .word && text.symbol(k - 1) == "(" && text.symbol(k + 1) == ")" {
            let written = text.text(tokens: k, through: k)
            let letters = Array(token.folded)
            guard (2...6).contains(letters.count), written.allSatisfy(\.isUppercase), found.count < abbreviationsLimit else { continue }
            let first = k - 1 - letters.count
            guard first >= 0, (first..<(k - 1)).allSatisfy({ text.tokens[$0].kind == .word }) else { continue }
            let words = (first..<(k - 1)).map { text.tokens[$0].folded }
            guard zip(words, letters).allSatisfy({ $0.first == $1 }), found[token.folded] == nil else { continue }
            found[token.folded] = words
        }
    }

    package init() {}
}
