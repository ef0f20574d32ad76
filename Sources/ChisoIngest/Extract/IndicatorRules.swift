import ChisoDomain
import ChisoStorage

/// One indicator as extract matches it: the figure shapes it can take, its synonyms as
/// alternative keyword sets, and the values its scale allows.
///
/// Each set's words must all occur in the sentence (folded, so "hoá"/"hóa" and capitals
/// match). A keyword starting with "@" must be the counted noun right after the number
/// ("1.824 TTHC", "8 bộ"), which is how Vietnamese names what a count counts.
struct IndicatorRule: Sendable {
    var code: String
    var shapes: Set<ScannedFigure.Shape>
    var sets: [[String]]
    /// Values the indicator can take, where its scale rules others out (a DTI of 2 is not a DTI).
    var valueRange: ClosedRange<Double>? = nil
    /// A change given without its level ("tăng 16,6%"): only change figures take it.
    var isChange: Bool
    /// A movement in places ("tăng 3 bậc"): only such a change takes it, and only it.
    var isRankChange = false
    /// The catalogue's maximum of a score ("/18" of a Decision 766 group, 100 of the index).
    var scaleMax: Double? = nil

    /// Whether a figure written over a maximum ("15,96/16 điểm", "(17,93/18 điểm)") can be this
    /// indicator, and whether the maximum is this indicator's own: the points of a component
    /// out of 16 are not the score of a 100-point index.
    static func fits(writtenMaximum: Double?, scaleMax: Double?) -> (fits: Bool, own: Bool) {
        guard let written = writtenMaximum, let scaleMax else { return (true, false) }
        let same = abs(written - scaleMax) < 1e-9
        return (same, same)
    }
}

/// The rules of the catalogue in use, built from the database's `indicator_synonyms` and each
/// indicator's measure and scale: a new indicator with synonyms is found without code.
package struct IndicatorRules: Sendable {
    let rules: [IndicatorRule]
    /// Every indicator by the words of its name, for figures no synonym labels.
    let names: [IndicatorName]
    /// Every code of the catalogue (rules or not): a `*_change` partner is looked up here.
    package let codes: Set<String>
    /// Keywords split into words once.
    let keywordParts: [String: (anchored: Bool, parts: [String])]
    /// The indices with a rank, for figures stated bare after the index was named.
    let families: [IndexFamily]
    /// Each family's names as keyword ids of `compiled` ("pci", "chi so nang luc canh tranh cap
    /// tinh"): met by the index the report speaks of (`IndicatorGuesser.guess`'s `topic`).
    let familyKeywords: [Set<Int>]
    /// Each family's components, as indices of `compiled.rules`: the only rules whose index
    /// name the topic stands in for.
    let familyComponents: [Set<Int>]
    /// The whole index (a family that is no component) each indicator is part of, when it is
    /// part of one: `qd766_feedback_satisfaction_rate` → Decision 766's family.
    let wholeFamily: [String: Int]
    /// `rules` as `IndicatorGuesser.guess` walks them (keyword ids, shape masks).
    let compiled: CompiledRules

    /// Rules from the catalogue: `order` is the codes in synonym order (an earlier rule wins a
    /// tie, a user's indicator before the built-in ones).
    package init(indicators: [Indicator], order: [String]) {
        let byCode = Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let rankedParents = Set(indicators.filter { $0.measure == .rank }.compactMap(\.parent))
        var rules: [IndicatorRule] = []
        var parts: [String: (Bool, [String])] = [:]
        for code in order {
            guard let indicator = byCode[code], !indicator.synonyms.isEmpty else { continue }
            let sets = indicator.synonyms.map(Self.keywordSet).filter { !$0.isEmpty }
            for set in sets {
                for keyword in set {
                    let anchored = keyword.hasPrefix("@")
                    parts[keyword] = (anchored, (anchored ? String(keyword.dropFirst()) : keyword).split(separator: " ").map(String.init))
                }
            }
            // The average, maximum … of a ranked index are written as the index is ("84,79%").
            let rankedLike = rankedParents.contains(code) || (indicator.parent.map { p in
                rankedParents.contains(p) && byCode[p]?.measure == indicator.measure && indicator.measure != .rank } ?? false)
            rules.append(IndicatorRule(code: code, shapes: Self.shapes(of: indicator, ranked: rankedLike),
                                       sets: sets, valueRange: Self.range(of: indicator),
                                       isChange: code.hasSuffix("_change") || indicator.measure.isChange,
                                       isRankChange: indicator.measure == .rankChange,
                                       scaleMax: Self.maximum(of: indicator)))
        }
        // A user's indicator wins a tie with a built-in one: its phrase was written for it.
        self.rules = rules.filter { byCode[$0.code]?.origin == .user } + rules.filter { byCode[$0.code]?.origin != .user }
        self.names = indicators.map { indicator in
            IndicatorName(code: indicator.code,
                          shapes: Self.shapes(of: indicator, ranked: rankedParents.contains(indicator.code)),
                          valueRange: Self.range(of: indicator),
                          isChange: indicator.code.hasSuffix("_change") || indicator.measure.isChange,
                          isRankChange: indicator.measure == .rankChange,
                          scaleMax: Self.maximum(of: indicator),
                          words: IndicatorName.words(ofName: indicator.nameVi),
                          pairs: IndicatorName.pairs(ofName: indicator.nameVi),
                          allWords: Set(FoldedTokens(indicator.nameVi).tokens.map(\.folded)))
        }
        self.codes = Set(indicators.map(\.code))
        self.maxima = Dictionary(indicators.compactMap { i in Self.maximum(of: i).map { (i.code, $0) } }, uniquingKeysWith: { a, _ in a })
        self.keywordParts = parts
        self.compiled = CompiledRules(rules: self.rules, parts: parts)
        self.families = IndexFamily.families(of: indicators, ranked: rankedParents)
        var extremes: [String: String] = [:], highest: [String: String] = [:], lowest: [String: String] = [:]
        var gapToAverage: [String: String] = [:]
        for indicator in indicators.sorted(by: { $0.code < $1.code }) {
            if let parent = indicator.parent, indicator.measure.isChange, VietnameseText.fold(indicator.nameVi).contains("so voi binh quan") {
                gapToAverage[parent] = gapToAverage[parent] ?? indicator.code
            }
            guard let parent = indicator.parent, let index = byCode[parent], !indicator.measure.isChange,
                  indicator.measure == index.measure || (indicator.measure.isScoreLike && index.measure.isScoreLike) else { continue }
            let name = VietnameseText.fold(indicator.nameVi)
            if name.contains("cao nhat") || name.contains("thap nhat") { extremes[indicator.code] = parent }
            if name.contains("cao nhat") { highest[parent] = highest[parent] ?? indicator.code }
            if name.contains("thap nhat") { lowest[parent] = lowest[parent] ?? indicator.code }
        }
        self.extremes = extremes
        // The keywords that are each family's names: what a report's topic stands for.
        let compiledKeywords = self.compiled.keywords
        self.familyKeywords = self.families.map { family in
            Set(compiledKeywords.indices.filter { !compiledKeywords[$0].anchored && family.names.contains(compiledKeywords[$0].parts) })
        }
        // An index's components: its children measured as it is, not its average, maximum or
        // minimum over the provinces (which the family's own rules tell from the words).
        let compiledRules = self.compiled.rules
        self.familyComponents = self.families.map { family in
            let measure = byCode[family.code]?.measure
            let codes = Set(indicators.filter { i in
                i.parent == family.code && i.measure == measure && i.code != family.average && extremes[i.code] == nil
            }.map(\.code))
            return Set(compiledRules.indices.filter { codes.contains(compiledRules[$0].code) })
        }
        // The whole index each code belongs to: up its parents to a family that is no component.
        var wholeFamily: [String: Int] = [:]
        let allFamilies = self.families
        let familyByCode = Dictionary(allFamilies.indices.filter { !allFamilies[$0].isComponent }.map { (allFamilies[$0].code, $0) },
                                      uniquingKeysWith: { a, _ in a })
        for indicator in indicators {
            var code: String? = indicator.code
            var steps = 0
            while let c = code, steps < 8 {
                if let f = familyByCode[c] { wholeFamily[indicator.code] = f; break }
                code = byCode[c]?.parent
                steps += 1
            }
        }
        self.wholeFamily = wholeFamily
        self.highest = highest
        self.gapToAverage = gapToAverage
        self.lowest = lowest
        // "Chỉ số thành phần Tính minh bạch (PCI)" → "tinh minh bach": a component named bare,
        // by its name or a synonym "chỉ số thành phần …", at least two words.
        var components: [(code: String, parent: String, words: [String])] = []
        for indicator in indicators.sorted(by: { $0.code < $1.code }) {
            guard let parent = indicator.parent, !indicator.measure.isChange else { continue }
            for phrase in [indicator.nameVi] + indicator.synonyms where !phrase.contains("+") && !phrase.hasPrefix("@") {
                let bare = phrase.split(separator: "(", maxSplits: 1).first.map(String.init) ?? phrase
                var words = FoldedTokens(bare).tokens.map(\.folded)
                guard words.starts(with: ["chi", "so", "thanh", "phan"]) else { continue }
                words.removeFirst(4)
                guard words.count >= 2, !components.contains(where: { $0.code == indicator.code && $0.words == words }) else { continue }
                components.append((indicator.code, parent, words))
            }
        }
        self.components = components
        self.byStatus = Set(indicators.filter { $0.breakdowns.contains(.dossierStatus) }.map(\.code))
        self.byLevel = Set(indicators.filter { $0.breakdowns.contains(.level) }.map(\.code))
    }

    /// The components of an index by their bare names ("Tính minh bạch", "Đào tạo lao động"),
    /// each with its index: in a list of components, a value is the one named in its own item.
    let components: [(code: String, parent: String, words: [String])]

    /// The component named last in tokens `range` whose index is `code`'s index (`code` a
    /// component itself), nil when none is named there.
    func component(sharingIndexWith code: String, namedIn range: Range<Int>, text: ReportText) -> String? {
        guard let parent = components.first(where: { $0.code == code })?.parent else { return nil }
        var best: (end: Int, code: String)?
        for c in components where c.parent == parent {
            for k in range where k + c.words.count <= range.upperBound && text.matches(c.words, at: k) {
                let end = k + c.words.count
                if best.map({ end > $0.end }) ?? true { best = (end, c.code) }
            }
        }
        return best?.code
    }

    /// The indicators whose figures may carry a dossier status (dossiers received, resolved,
    /// pending): the status is read from the figure's words, not a code of its own.
    let byStatus: Set<String>

    /// The indicators whose figures may be given per level of government ("cấp tỉnh có 1.187
    /// dịch vụ, cấp huyện 236 dịch vụ").
    let byLevel: Set<String>

    /// The range statistics of an index ("điểm cao nhất", "điểm thấp nhất": `sipas_max`,
    /// `papi_min`) by code, each with its index. A unit's own figure described as the highest
    /// ("Bộ X đạt Chỉ số … cao nhất với 89,42 điểm", "Ba địa phương có SIPAS cao nhất lần lượt là
    /// A (90,61%) …") is the index's value of that unit, not the field's maximum.
    let extremes: [String: String]
    /// The highest and the lowest value of each index over the field ("điểm cao nhất"), by index.
    let highest: [String: String]
    /// Each index's gap to the average ("chênh lệch so với bình quân"), by index.
    let gapToAverage: [String: String]
    let lowest: [String: String]

    /// The index's own value for a range statistic the figure's unit holds, nil for any other code.
    package func ownValue(ofExtreme code: String?) -> String? { code.flatMap { extremes[$0] } }

    package func contains(_ code: String) -> Bool { codes.contains(code) }

    /// The maximum of a score or percent indicator's scale (80 for PAPI, 100 for PAR INDEX).
    let maxima: [String: Double]

    /// "@sở, ban, ngành + chưa đạt" → ["@so ban nganh", "chua dat"]: each part folded into
    /// words as the report's tokens are.
    static func keywordSet(_ phrase: String) -> [String] {
        phrase.components(separatedBy: " + ").compactMap { part in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            let anchored = trimmed.hasPrefix("@")
            let words = FoldedTokens(anchored ? String(trimmed.dropFirst()) : trimmed).tokens.map(\.folded)
            guard !words.isEmpty else { return nil }
            return (anchored ? "@" : "") + words.joined(separator: " ")
        }
    }

    /// The shapes a figure of this measure is written in. An index that is ranked (it has a
    /// rank child) is written both as a percent and as points when its scale is 100; a score
    /// on a 0–1 scale is written as a bare decimal ("đạt 0,6512"), which scans as a count.
    static func shapes(of indicator: Indicator, ranked: Bool) -> Set<ScannedFigure.Shape> {
        switch indicator.measure {
        case .percent: ranked ? [.percent, .score] : [.percent]
        case .score, .indexPoints:
            if let scale = indicator.scaleMax, scale <= 1 { [.score, .count] }
            else if ranked, indicator.scaleMax == 100 { [.score, .percent] }
            else { [.score] }
        case .count: [.count, .fraction]
        case .amount: [.count]
        case .rank: [.rank]
        case .ratio, .percentagePointChange: [.percent]
        case .pointsChange: [.score, .count]
        case .rankChange: [.rank, .count]
        }
    }

    /// The maximum a figure written "a/b điểm" must have to be this indicator: a score's
    /// scale, or 100 for a percent (an index written in points or percent alike).
    static func maximum(of indicator: Indicator) -> Double? {
        indicator.measure.isScoreLike || indicator.measure == .percent ? indicator.scaleMax : nil
    }

    /// 0…scale for a score on a 0–1 scale, where a bare number is otherwise ambiguous. (Not
    /// every maximum: the catalogue's group maxima of Decision 766 changed over the years, and
    /// a report's "17,49 điểm" of a group the catalogue puts out of 12 is still that group.)
    static func range(of indicator: Indicator) -> ClosedRange<Double>? {
        guard indicator.measure.isScoreLike, let scale = indicator.scaleMax, scale <= 1 else { return nil }
        return 0...scale
    }}

extension ReportExtractor {
    /// What the catalogue's data decides of a row once its unit is known: its own value for a
    /// "cao nhất" of a named unit, and the dossier status its words give.
    func refine(_ row: inout ExtractedRow, figure: ScannedFigure, unitNamed: Bool, others: [ScannedFigure],
                sentence: ReportText.Sentence, text: ReportText) {
        ownExtreme(&row, unitNamed: unitNamed)
        nationalAverage(&row, figure: figure, sentence: sentence, text: text)
        gapToAverage(&row, figure: figure, text: text)
        gapToMedian(&row, figure: figure, text: text)
        if let code = row.indicator, indicators.byStatus.contains(code), row.breakdown.dossierStatus.isEmpty,
           let status = Self.dossierStatus(of: figure, others: others, sentence: sentence, text: text) {
            row.breakdown.dossierStatus = status
        }
        onTimeAlone(&row, sentence: sentence, text: text)
        if let code = row.indicator, indicators.byLevel.contains(code), row.breakdown.level.isEmpty,
           let level = Self.level(before: figure, text: text, sentence: sentence) {
            row.breakdown.level = level
        }
    }

    /// "trong đó cấp tỉnh có 1.187 dịch vụ, cấp huyện 236 dịch vụ", "ở cấp xã là 412 hồ sơ": the
    /// level of government that opens the figure's own clause (at most four words before it,
    /// no punctuation between), as a breakdown code; nil when none does.
    static func level(before figure: ScannedFigure, text: ReportText, sentence: ReportText.Sentence) -> String? {
        var k = figure.tokens.lowerBound - 1
        var words = 0
        while k > sentence.tokens.lowerBound, words < 4, text.word(k) != nil {
            if text.word(k - 1) == "cap", text.text(tokens: k, through: k).lowercased() != "tính" {
                switch text.word(k) {
                case "tinh": return "tinh"
                case "huyen": return "huyen"
                case "xa": return "xa"
                default: return nil
                }
            }
            k -= 1
            words += 1
        }
        return nil
    }

    /// "chỉ số SIPAS trung bình của cả nước đạt 82,66%", "Ở cấp tỉnh, giá trị DTI đạt 0,6961,
    /// tăng 2,6%": an index of provinces said of the whole country (no ministry or agency) in a
    /// sentence that says so (an average, the whole country, the provincial level) is the
    /// provinces' average, and its change the average's change; a ministry's value (area VN
    /// with its agency, or in a ministries' report) and a bound ("trên 80%") stay as they are.
    /// "cao hơn trung bình cả nước 1.561 điểm", "thấp hơn mức bình quân toàn quốc 0,7 điểm": the
    /// index's gap to the average (negative below it), not the average.
    func gapToAverage(_ row: inout ExtractedRow, figure: ScannedFigure, text: ReportText) {
        guard figure.change == nil, figure.shape == .score || figure.shape == .percent, let code = row.indicator,
              let family = indicators.families.first(where: { $0.code == code || $0.average == code }),
              let gap = indicators.gapToAverage[family.code] else { return }
        var k = figure.tokens.lowerBound - 1
        if ["nuoc", "quoc"].contains(text.word(k) ?? "") { k -= 2 }
        if text.word(k) == "cua" { k -= 1 }
        guard text.matches(["trung", "binh"], at: k - 1) || text.matches(["binh", "quan"], at: k - 1) else { return }
        k -= 2
        if text.word(k) == "muc" { k -= 1 }
        guard text.word(k) == "hon", let side = text.word(k - 1), side == "cao" || side == "thap" else { return }
        row.indicator = gap
        if side == "thap" { row.value = -abs(row.value) }
        let note = "the gap to the average ('\(side == "cao" ? "cao" : "thấp") hơn trung bình')"
        row.note = row.note.map { note + "; " + $0 } ?? note
    }

    /// "Điểm của Gia Lai thấp hơn điểm trung vị 1,22 điểm (điểm trung vị là 65,22 điểm)": VCCI
    /// compares a province with the median of all provinces. A figure right after "cao/thấp hơn
    /// (điểm, điểm số) trung vị" is the province's signed gap to it (negative below); the median
    /// itself is the country's, whatever province the report is about.
    func gapToMedian(_ row: inout ExtractedRow, figure: ScannedFigure, text: ReportText) {
        guard figure.change == nil, figure.shape == .score || figure.shape == .count, let code = row.indicator,
              let index = ["_gap_to_median", "_median", "_score"].lazy.compactMap({ code.hasSuffix($0) ? String(code.dropLast($0.count)) : nil }).first,
              indicators.contains(index + "_median") else { return }
        var k = figure.tokens.lowerBound - 1
        if text.word(k) == "la" { k -= 1 }
        guard text.matches(["trung", "vi"], at: k - 1) else { return }
        k -= 2
        if text.word(k) == "so" { k -= 1 }
        if text.word(k) == "diem" { k -= 1 }
        if text.word(k) == "hon", let side = text.word(k - 1), side == "cao" || side == "thap",
           text.word(figure.tokens.lowerBound - 1) != "la", indicators.contains(index + "_gap_to_median") {
            row.indicator = index + "_gap_to_median"
            if side == "thap" { row.value = -abs(row.value) }
            let note = "the gap to the median ('\(side == "cao" ? "cao" : "thấp") hơn trung vị')"
            row.note = row.note.map { note + "; " + $0 } ?? note
        } else if row.area != "VN", let country = areas.record(id: "VN") {
            // "(điểm trung vị là 65,22 điểm)": the median of all provinces.
            row.indicator = index + "_median"
            row.area = country.code
            row.areaName = country.name
            let note = "the median of all provinces: the country's"
            row.note = row.note.map { note + "; " + $0 } ?? note
        }
    }

    /// "Điểm trung bình của cả nước là 42,27 điểm; địa phương cao nhất đạt 48,06 điểm": a value
    /// whose own clause says "cao nhất"/"thấp nhất" is the field's highest or lowest.
    func nationalAverage(_ row: inout ExtractedRow, figure: ScannedFigure? = nil, sentence: ReportText.Sentence, text: ReportText) {
        if let figure, row.area == "VN", row.agency?.isEmpty ?? true, row.qualifier == nil, figure.change == nil,
           let code = row.indicator, let family = indicators.families.first(where: { $0.code == code || $0.average == code }) {
            var k = figure.cueStart - 1
            var extreme: String?
            while k >= sentence.tokens.lowerBound, figure.tokens.lowerBound - k <= 10, text.symbol(k).map({ !",;:(".contains($0) }) ?? true {
                if text.matches(["cao", "nhat"], at: k) { extreme = indicators.highest[family.code] }
                if text.matches(["thap", "nhat"], at: k) { extreme = indicators.lowest[family.code] }
                k -= 1
            }
            if let extreme {
                row.indicator = extreme
                let note = "the field's '\(extreme)': 'cao nhất'/'thấp nhất' of no named unit"
                row.note = row.note.map { note + "; " + $0 } ?? note
                return
            }
        }
        // "có giá trị trung bình trên 80%": a bound said of the average itself (right before
        // its cue) is still the average; other bounds ("các tỉnh có chỉ số trên 80%") are not.
        let boundOfAverage = figure.map { f in
            (1...2).contains { text.matches(["trung", "binh"], at: f.cueStart - 1 - $0) }
        } ?? false
        guard row.area == "VN", row.agency?.isEmpty ?? true, row.qualifier == nil || boundOfAverage, let code = row.indicator,
              text.containsStart(ofAnyOf: [["trung", "binh"], ["binh", "quan"], ["ca", "nuoc"], ["toan", "quoc"], ["cap", "tinh"]],
                                 in: sentence.tokens),
              let family = indicators.families.first(where: { $0.code == code || $0.valueChange == code }),
              let average = family.code == code ? family.average : family.averageChange,
              indicators.contains(average) else { return }
        row.indicator = average
        let note = "the country's value of a provinces' index: their average (\(average))"
        row.note = row.note.map { note + "; " + $0 } ?? note
    }

    /// "trong đó 1.447 hồ sơ giải quyết đúng hạn (tỷ lệ 99,4%)": in a sentence that gives no
    /// early count beside it, "đúng hạn" is the report's on-time count (early included), not
    /// the on-time-only status; "99.558 hồ sơ trước hạn …; 106.018 hồ sơ đúng hạn" keeps it.
    private func onTimeAlone(_ row: inout ExtractedRow, sentence: ReportText.Sentence, text: ReportText) {
        guard row.indicator == "dossiers_resolved", row.breakdown.dossierStatus == "dung_han",
              indicators.contains("dossiers_on_time") else { return }
        let early = sentence.tokens.contains { k in
            text.matches(["truoc", "han"], at: k) || text.matches(["som", "han"], at: k) || text.matches(["truoc", "thoi", "han"], at: k)
        }
        guard !early else { return }
        row.indicator = "dossiers_on_time"
        row.breakdown.dossierStatus = ""
        let note = "'đúng hạn' with no early count beside it: the on-time count (early included)"
        row.note = row.note.map { note + "; " + $0 } ?? note
    }

    /// The status words of a dossier count, as reports write them, and their breakdown code.
    /// "trước và đúng hạn" is two statuses together (dossiers_on_time), so it gives none.
    static let statusWords: [(words: [String], code: String?)] = [
        (["truoc", "va", "dung", "han"], nil), (["dung", "va", "truoc", "han"], nil),
        (["ky", "truoc", "chuyen", "sang"], "ky_truoc_chuyen_sang"), (["chuyen", "sang"], "ky_truoc_chuyen_sang"),
        (["ky", "truoc", "chuyen", "qua"], "ky_truoc_chuyen_sang"), (["tu", "ky", "truoc"], "ky_truoc_chuyen_sang"),
        (["ho", "so", "ton"], "ky_truoc_chuyen_sang"),
        (["tiep", "nhan", "moi"], "moi_tiep_nhan"), (["moi", "tiep", "nhan"], "moi_tiep_nhan"),
        (["truoc", "han"], "truoc_han"), (["som", "han"], "truoc_han"),
        (["dung", "thoi", "han"], "dung_han"), (["dung", "han"], "dung_han"),
        (["qua", "han"], "qua_han"), (["tre", "han"], "qua_han"), (["cham", "muon"], "qua_han"),
        (["tra", "cham"], "qua_han"), (["cham", "hoac"], "qua_han"), (["giai", "quyet", "cham"], "qua_han"),
        (["trong", "han"], "trong_han"), (["chua", "den", "han"], "trong_han"), (["con", "han"], "trong_han"),
    ]

    /// The status of a dossier count from the words of its own clause: back to a ',', ';' or
    /// the figure before it, forward to the next one, at most ten words each way; the status
    /// nearest the number wins ("giải quyết trước hạn 1.450 hồ sơ và đúng hạn 320 hồ sơ").
    static func dossierStatus(of figure: ScannedFigure, others: [ScannedFigure], sentence: ReportText.Sentence,
                              text: ReportText) -> String? {
        let before = others.last { $0.tokens.upperBound < figure.tokens.lowerBound }?.tokens.upperBound ?? (sentence.tokens.lowerBound - 1)
        let after = others.first { $0.tokens.lowerBound > figure.tokens.upperBound }?.tokens.lowerBound ?? sentence.tokens.upperBound
        var best: (distance: Int, code: String?)?
        func look(at k: Int, distance: Int) {
            for entry in statusWords where text.matches(entry.words, at: k) {
                if best == nil || distance < best!.distance { best = (distance, entry.code) }
                return
            }
        }
        var k = figure.tokens.lowerBound - 1, seen = 0
        while k > before, seen < 10, text.symbol(k).map({ !",;:".contains($0) }) ?? true {
            look(at: k, distance: seen)
            k -= 1; seen += 1
        }
        // Words after a count describe it ("8.606 hồ sơ từ kỳ trước chuyển sang và 190.319 hồ sơ
        // tiếp nhận mới"): as near after as before, the words after win.
        func lookAfter(at k: Int, distance: Int) {
            for entry in statusWords where text.matches(entry.words, at: k) {
                if best == nil || distance <= best!.distance { best = (distance, entry.code) }
                return
            }
        }
        k = figure.tokens.upperBound + 1; seen = 0
        while k < after, seen < 10, text.symbol(k).map({ !",;:(".contains($0) }) ?? true {
            lookAfter(at: k, distance: seen)
            k += 1; seen += 1
        }
        return best?.code
    }

    /// "cao nhất"/"thấp nhất" said of a unit named before the figure in its sentence (a
    /// province, a ministry, a department) describes that unit's own value: the row takes the
    /// index's indicator instead of the field's maximum or minimum.
    private func ownExtreme(_ row: inout ExtractedRow, unitNamed: Bool) {
        guard unitNamed, row.kind == .observation, let own = indicators.ownValue(ofExtreme: row.indicator) else { return }
        let note = "'cao nhất'/'thấp nhất' of the unit named before it: its own \(own), not the field's \(row.indicator ?? "")"
        row.indicator = own
        row.note = row.note.map { note + "; " + $0 } ?? note
    }
}
