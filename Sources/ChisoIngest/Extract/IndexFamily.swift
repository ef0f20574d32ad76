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
                averageShapes: average.map { IndicatorRules.shapes(of: $0, ranked: false) } ?? [],
                averageChange: child(of: average?.code) { $0.measure.isChange }?.code,
                unitsRanked: child(of: index.code) { $0.measure == .count && folded($0.nameVi).contains("xep hang") }?.code,
                unitsIncreased: child(of: index.code) { $0.measure == .count && folded($0.nameVi).contains("tang diem") }?.code,
                unitsDecreased: child(of: index.code) { $0.measure == .count && folded($0.nameVi).contains("giam diem") }?.code))
        }
        return out
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
