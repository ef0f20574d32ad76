import ChisoDomain
import ChisoStorage

/// An index of the catalogue with the indicators a report states about it, found through the
/// catalogue's parent links rather than by code: its rank (a rank child), the rank within the
/// region (a rank child of the rank whose name says "vùng"), the changes of both, the change of
/// its value ("mức thay đổi") and the average over provinces ("bình quân"). A report names the
/// index once ("Với Chỉ số SIPAS, …", "Kết quả PAR INDEX 2023") and then states its figures
/// bare ("Gia Lai đạt 83,84%, xếp thứ 19; … tụt 3 bậc"): the family tells which indicator
/// each bare figure is.
struct IndexFamily: Sendable {
    var code: String
    /// The index's own names (its single synonyms, folded into words): "chi so cchc", "sipas".
    var names: [[String]]
    /// A component of another index (a DTI pillar, a PAR Index field) names the index only in
    /// its own sentence; a whole index holds for the sentences after it too.
    var isComponent: Bool
    var shapes: Set<ScannedFigure.Shape>
    /// The index's maximum, when the catalogue fixes it: a bare "15,96/16 điểm" is not the
    /// value of a 100-point index.
    var scaleMax: Double?
    var rank: String?
    var regionRank: String?
    var rankChange: String?
    var regionRankChange: String?
    var valueChange: String?
    var average: String?
    var averageShapes: Set<ScannedFigure.Shape> = []
    var averageChange: String?
    /// Counts of the units ranked, and of those whose value rose or fell ("53 tỉnh bị giảm
    /// điểm", "trong tổng số 34 tỉnh, thành").
    var unitsRanked: String?
    var unitsIncreased: String?
    var unitsDecreased: String?
    /// The survey behind the index, counted by what was collected ("85.600 phiếu", "14.000
    /// doanh nghiệp"): each count child named for a survey ("khảo sát", "điều tra", "phiếu"),
    /// with the words of its name, one of which the counted noun must be.
    var surveyed: [(code: String, words: Set<String>)] = []

    /// The families of a catalogue: every indicator with a rank child and at least one name.
    static func families(of indicators: [Indicator], ranked: Set<String>) -> [IndexFamily] {
        var children: [String: [Indicator]] = [:]
        for i in indicators { if let p = i.parent { children[p, default: []].append(i) } }
        for key in children.keys { children[key]?.sort { $0.code < $1.code } }
        func folded(_ name: String) -> String { VietnameseText.fold(name) }
        func child(of code: String?, _ test: (Indicator) -> Bool) -> Indicator? {
            code.flatMap { children[$0]?.first(where: test) }
        }
        var out: [IndexFamily] = []
        for index in indicators.sorted(by: { $0.code < $1.code }) where ranked.contains(index.code) && !index.measure.isChange && index.measure != .rank {
            guard let rank = child(of: index.code, { $0.measure == .rank }) else { continue }
            // The index's names and its rank's ("xếp hạng mức độ chuyển đổi số").
            var names: [[String]] = []
            for phrase in index.synonyms + rank.synonyms {
                let set = IndicatorRules.keywordSet(phrase)
                guard set.count == 1, let only = set.first, !only.hasPrefix("@") else { continue }
                let words = only.split(separator: " ").map(String.init)
                if !names.contains(words) { names.append(words) }
            }
            guard !names.isEmpty else { continue }
            let region = child(of: rank.code) { $0.measure == .rank && folded($0.nameVi).contains("vung") }
            let average = child(of: index.code) { !$0.measure.isChange && folded($0.nameVi).contains("binh quan") }
            out.append(IndexFamily(
                code: index.code, names: names, isComponent: index.parent != nil,
                shapes: IndicatorRules.shapes(of: index, ranked: true),
                scaleMax: IndicatorRules.maximum(of: index),
                rank: rank.code,
                regionRank: region?.code,
                rankChange: child(of: rank.code) { $0.measure == .rankChange }?.code,
                regionRankChange: child(of: region?.code) { $0.measure == .rankChange }?.code,
                valueChange: child(of: index.code) { $0.measure.isChange && $0.measure != .rankChange && folded($0.nameVi).contains("thay doi") }?.code,
                average: average?.code,
                // The average of an index is written as the index is ("Giá trị trung bình toàn
                // quốc đạt 88,37%" of a PAR Index kept in points).
                averageShapes: average.map { IndicatorRules.shapes(of: $0, ranked: $0.measure == index.measure || ($0.measure.isScoreLike && index.measure.isScoreLike)) } ?? [],
                averageChange: child(of: average?.code) { $0.measure.isChange }?.code,
                unitsRanked: child(of: index.code) { $0.measure == .count && folded($0.nameVi).contains("xep hang") }?.code,
                unitsIncreased: child(of: index.code) { $0.measure == .count && folded($0.nameVi).contains("tang diem") }?.code,
                unitsDecreased: child(of: index.code) { $0.measure == .count && folded($0.nameVi).contains("giam diem") }?.code,
                surveyed: (children[index.code] ?? []).filter { c in
                    c.measure == .count && ["khao sat", "dieu tra", "phieu"].contains { folded(c.nameVi).contains($0) }
                }.map { ($0.code, Set(FoldedTokens($0.nameVi).tokens.map(\.folded))) }))
        }
        return out
    }

    /// The survey count of the index whose name holds `noun`, the word counted right after the
    /// number ("hơn 85.600 phiếu thu về" in a PAR Index report; "phiếu" is in "Số phiếu khảo sát
    /// Chỉ số CCHC thu về").
    func surveyCount(noun: String?) -> String? {
        guard let noun, noun.count >= 2 else { return nil }
        return surveyed.first { $0.words.contains(noun) }?.code
    }

    /// Whether the words at `k`, after a count of units, say their value rose (true) or fell
    /// (false): "có chỉ số tăng so với năm 2023", "giảm chỉ số", "tăng giá trị"; not a rank's
    /// movement ("tăng 3 bậc", "tăng hạng").
    static func unitsMoved(at k: Int, text: ReportText) -> Bool? {
        guard let w = text.word(k), w == "tang" || w == "giam" else { return nil }
        let next = text.word(k + 1)
        let moved: Bool
        if text.matches(["so", "voi"], at: k + 1) || ["chi", "gia"].contains(next ?? "") {
            moved = w == "tang"
        } else {
            return nil
        }
        return moved
    }

    /// What a code is to its family (the index's value, its rank, the region's rank …).
    enum Role: CaseIterable { case value, rank, regionRank, rankChange, regionRankChange, valueChange, average, averageChange }

    func member(_ role: Role) -> String? {
        switch role {
        case .value: code
        case .rank: rank
        case .regionRank: regionRank
        case .rankChange: rankChange
        case .regionRankChange: regionRankChange
        case .valueChange: valueChange
        case .average: average
        case .averageChange: averageChange
        }
    }

    func role(of code: String) -> Role? { Role.allCases.first { member($0) == code } }

    /// The number of provinces (63 before 1 July 2025, 34 after): a rank over as many or more
    /// ("33/63") is the country's, never a region's.
    static let provincesAtLeast = 34.0

    /// A rank of this family, scoped by what the figure says of its field: "xếp hạng 33/63 …
    /// và xếp thứ 5/14 trong các tỉnh khu vực …" ranks 33 in the country (whatever the clause's
    /// "khu vực") and 5 in the region; "đứng thứ 2 trong 6 tỉnh Bắc Trung Bộ" is the region's.
    func scoped(_ code: String, figure: ScannedFigure, text: ReportText, sentence: ReportText.Sentence) -> String {
        guard figure.shape == .rank, figure.change == nil else { return code }
        if code == regionRank, let total = figure.denominator, total >= Self.provincesAtLeast, let rank { return rank }
        // "Ở nhóm rất thấp của khu vực, Bạc Liêu đứng hạng 59": past any region's size, the country's.
        if code == regionRank, figure.value > ReportExtractor.largestRegion, let rank { return rank }
        if figure.value > ReportExtractor.largestRegion { return code }
        if code == rank, let regionRank, Self.ranksWithinRegion(figure, text: text, sentence: sentence) { return regionRank }
        return code
    }

    /// The names of Việt Nam's socio-economic regions and their parts, folded.
    static let regionWords: [[String]] = [
        ["vung"], ["khu", "vuc"], ["bac", "trung", "bo"], ["nam", "trung", "bo"], ["tay", "nguyen"], ["dong", "nam", "bo"],
        ["trung", "du"], ["mien", "nui"], ["dong", "bang"], ["duyen", "hai"], ["tay", "bac"], ["dong", "bac"],
    ]

    /// Whether the words right after a rank (up to eight, within its clause) name a region or a
    /// field of fewer provinces than the country's ("trong 6 tỉnh", "trong các tỉnh khu vực …",
    /// a total "/14" with a region's name).
    static func ranksWithinRegion(_ figure: ScannedFigure, text: ReportText, sentence: ReportText.Sentence) -> Bool {
        if let total = figure.denominator, total >= provincesAtLeast { return false }
        var k = figure.tokens.upperBound + 1
        let end = min(sentence.tokens.upperBound, k + 8)
        while k < end {
            if let s = text.symbol(k), ",;(".contains(s) { return false }
            // "thứ 10 cả nước và thứ 2 trong vùng": the next rank's words are not this one's.
            if text.matches(["ca", "nuoc"], at: k) || text.matches(["toan", "quoc"], at: k) { return false }
            if text.isNumber(k), !["trong", "so"].contains(text.word(k - 1) ?? "") { return false }
            // "trong 6 tỉnh", "trong số 14 tỉnh": fewer provinces than the country's.
            if text.word(k) == "trong" {
                let n = text.word(k + 1) == "so" ? k + 2 : k + 1
                if text.isNumber(n), let count = Double(text.tokens[n].folded), count < provincesAtLeast,
                   ["tinh", "dia"].contains(text.word(n + 1) ?? "") { return true }
            }
            if regionWords.contains(where: { text.matches($0, at: k) }) { return true }
            k += 1
        }
        return false
    }

    /// The family's indicator for a bare figure: a rank or its change (within the region when
    /// the clause says "vùng"/"khu vực"), the average or the index's value, or their change.
    func indicator(for figure: ScannedFigure, region: Bool, average: Bool) -> String? {
        switch figure.change {
        case .places?:
            return region ? regionRankChange : rankChange
        case .some:
            return average ? averageChange : valueChange
        case nil:
            if figure.shape == .rank { return region ? regionRank : rank }
            if figure.shape == .score, !IndicatorRule.fits(writtenMaximum: figure.figure.denominator, scaleMax: scaleMax).fits { return nil }
            if average { return averageShapes.contains(figure.shape) ? self.average : nil }
            return shapes.contains(figure.shape) && figure.shape != .count ? code : nil
        }
    }
}
