import ChisoDomain
import ChisoFormats
import ChisoStorage

/// How one indicator's figures go onto a chart: where a value falls on a bar's track (always
/// "longer is better"), how it prints, and what the scale's end means. A rank's track runs
/// from the last place to first; a percentage from 0 to 100; a score to its scale (100 for
/// QĐ 766, 10 for PCI sub-indices); a count to the largest count shown.
struct ChartScale {
    let indicator: Indicator
    /// The largest value shown, for measures without a fixed scale.
    let largest: Double

    /// How many places a rank is out of: the figure's own denominator, else 63 before the
    /// 2025 merger and 34 after.
    static func places(denominator: Double?, periodEnd: String?) -> Double {
        if let denominator, denominator > 0 { return denominator }
        return (periodEnd ?? "") >= "2025-07-01" ? 34 : 63
    }

    func extent(_ value: Double, denominator: Double? = nil, periodEnd: String? = nil) -> Double {
        switch indicator.measure {
        case .rank:
            let places = Self.places(denominator: denominator, periodEnd: periodEnd)
            return places > 1 ? (places - value) / (places - 1) * 0.95 + 0.05 : 1
        case .percent:
            return value / 100
        default:
            if let scale = indicator.scaleMax, scale > 0, indicator.measure == .score { return value / scale }
            guard largest > 0 else { return 0 }
            let share = value / largest
            return indicator.higherIsBetter ? share : 1 - share * 0.95
        }
    }

    /// "58,52", "42,06%", "56/63", "781.131".
    func text(_ value: Double, denominator: Double? = nil, periodEnd: String? = nil) -> String {
        let number = ChartNumber.text(value)
        switch indicator.measure {
        case .rank: return "\(number)/\(ChartNumber.text(Self.places(denominator: denominator, periodEnd: periodEnd)))"
        case .percent: return number + "%"
        default: return number
        }
    }

    /// What the end of the track means.
    var note: String {
        switch indicator.measure {
        case .rank: return "thanh dài hơn = hạng cao hơn"
        case .percent: return "thang 0–100%"
        default:
            if let scale = indicator.scaleMax, indicator.measure == .score { return "thang điểm \(ChartNumber.text(scale))" }
            return indicator.higherIsBetter ? "" : "thanh dài hơn = thấp hơn (tốt hơn)"
        }
    }
}

/// Numbers as Vietnamese print writes them on a chart: decimal comma, thousands dot from
/// 10 000 up ("58,52", "781.131"), at most two decimals (a chart label, not data: the data
/// formats keep every digit).
enum ChartNumber {
    static func text(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return Display.vietnamese(NumberText.plain(rounded))
    }
}
