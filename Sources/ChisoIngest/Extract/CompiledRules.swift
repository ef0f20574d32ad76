/// The catalogue's rules as `IndicatorGuesser.guess` walks them for every figure: keywords
/// numbered once (so a sentence caches each keyword's occurrences under an integer, not a
/// hashed string), shapes as a bit mask, and each rule's fields in one flat value (no copy of
/// a rule's sets and strings per figure). Built with `IndicatorRules`; the same rules in the
/// same order as `IndicatorRules.rules`.
struct CompiledRules: Sendable {
    struct Keyword: Sendable {
        /// The keyword as written in the catalogue ("@hồ sơ" for a counted noun).
        var text: String
        /// Its length in characters: what an occurrence scores before discounts.
        var length: Double
        var anchored: Bool
        /// Its folded words ("ho", "so").
        var parts: [String]
    }

    struct Rule: Sendable {
        var code: String
        var shapes: UInt8
        var valueRange: ClosedRange<Double>?
        var isChange: Bool
        var isRankChange: Bool
        var scaleMax: Double?
        /// Keyword ids, one array per synonym set.
        var sets: [[Int]]
    }

    let keywords: [Keyword]
    let rules: [Rule]

    init(rules source: [IndicatorRule], parts: [String: (anchored: Bool, parts: [String])]) {
        var ids: [String: Int] = [:]
        var keywords: [Keyword] = []
        func id(_ keyword: String) -> Int {
            if let known = ids[keyword] { return known }
            let (anchored, words) = parts[keyword] ?? (false, [])
            keywords.append(Keyword(text: keyword, length: Double(keyword.count), anchored: anchored, parts: words))
            ids[keyword] = keywords.count - 1
            return keywords.count - 1
        }
        rules = source.map { rule in
            Rule(code: rule.code, shapes: rule.shapes.reduce(0) { $0 | Self.bit($1) }, valueRange: rule.valueRange,
                 isChange: rule.isChange, isRankChange: rule.isRankChange, scaleMax: rule.scaleMax,
                 sets: rule.sets.map { $0.map(id) })
        }
        self.keywords = keywords
    }

    static func bit(_ shape: ScannedFigure.Shape) -> UInt8 {
        switch shape {
        case .percent: 1
        case .count: 2
        case .score: 4
        case .rank: 8
        case .fraction: 16
        }
    }
}
