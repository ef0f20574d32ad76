import ChisoDomain
import ChisoFormats
import ChisoStorage

/// The tolerance a printed figure allows: "21,6%" stands for anything from 21.55 to 21.65, so
/// a check never calls a report wrong for rounding it did correctly.
///
/// The decimals shown are read back from the stored value, so a trailing zero the text printed
/// ("71,40") is lost and the tolerance is one decimal looser than the text's; that errs towards
/// silence, never towards a false error.
enum Rounding {
    /// Absorbs binary noise (0.1 + 0.2) on top of half a unit.
    static let epsilon = 1e-6

    /// Decimals in the shortest plain text of `value` (`21.6` → 1, `1824` → 0).
    static func decimals(_ value: Double) -> Int {
        let text = NumberText.plain(value)
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }

    /// Half a unit of the last decimal shown: 0.05 for `21.6`, 0.5 for `1824`.
    static func halfUnit(_ value: Double) -> Double {
        0.5 / pow10(decimals(value))
    }

    /// `value` rounded to `places` decimals, as plain text (`21.2719…` → "21.27").
    static func text(_ value: Double, places: Int) -> String {
        let scale = pow10(places)
        return NumberText.plain((value * scale).rounded() / scale)
    }

    /// Plain text of a stored figure (`1824`, `78.63`).
    static func text(_ value: Double) -> String { NumberText.plain(value) }

    /// A difference, with the decimals of the figures it compares and at least two.
    static func difference(_ value: Double, comparedWith figures: Double...) -> String {
        text(abs(value), places: max(2, figures.map(decimals).max() ?? 0))
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, min(n, 15)) { result *= 10 }
        return result
    }
}

extension Measure {
    /// The word for a difference in this measure: "off by 0.33 points", "missed by 5 places".
    var differenceUnit: String {
        switch self {
        case .percent, .score, .indexPoints, .pointsChange: " points"
        case .percentagePointChange: " percentage points"
        case .rank, .rankChange: " places"
        case .count, .ratio, .amount: ""
        }
    }

    /// "%" after a percent figure, nothing after others.
    var suffix: String { self == .percent ? "%" : "" }
}

extension Qualifier {
    /// The Vietnamese-report reading of the qualifier, for messages ("more than 60").
    var english: String {
        switch self {
        case .moreThan: "more than"
        case .atLeast: "at least"
        case .about: "about"
        case .lessThan: "less than"
        case .atMost: "at most"
        case .nearly: "nearly"
        }
    }

    /// Whether `actual` is consistent with a report saying "qualifier `stated`" with rounding
    /// `tolerance`. "About" and "nearly" are not exact, so they are treated as agreeing within
    /// 5% of the stated figure; the caller reports disagreement as a warning, not an error.
    func admits(_ actual: Double, stated: Double, tolerance: Double) -> Bool {
        switch self {
        case .moreThan, .atLeast: actual >= stated - tolerance
        case .lessThan, .atMost: actual <= stated + tolerance
        case .about: abs(actual - stated) <= max(tolerance, abs(stated) * 0.05)
        case .nearly: actual <= stated + tolerance && actual >= stated * 0.95 - tolerance
        }
    }
}
