import ChisoDomain
import ChisoFormats
import ChisoStorage

/// Small text forms reports share, written once so every report says "56/63" the same way.
enum ReportText {
    /// "56/63", or "56" when the number ranked is unknown.
    static func rank(_ value: Double, of total: Double?) -> String {
        total.map { "\(NumberText.plain(value))/\(NumberText.plain($0))" } ?? NumberText.plain(value)
    }

    /// "≥ 86", "≤ 5", "= 100", "90–100": a target as people write it.
    static func target(_ comparator: Comparator, _ low: Double, _ high: Double?) -> String {
        switch comparator {
        case .atLeast: "≥ \(NumberText.plain(low))"
        case .atMost: "≤ \(NumberText.plain(low))"
        case .equal: "= \(NumberText.plain(low))"
        case .between: "\(NumberText.plain(low))–\(NumberText.plain(high ?? low))"
        }
    }

    /// "trên", "từ", "khoảng": the word a report puts before an inexact figure.
    static func qualifierVi(_ qualifier: Qualifier) -> String {
        switch qualifier {
        case .moreThan: "trên"
        case .atLeast: "từ … trở lên"
        case .about: "khoảng"
        case .lessThan: "dưới"
        case .atMost: "tối đa"
        case .nearly: "gần"
        }
    }

    /// How a figure came to be, in a report's words; nil for a plainly reported figure.
    static func statusVi(_ status: String) -> String? {
        switch ObservationStatus(rawValue: status) {
        case .reported, nil: nil
        case .estimated: "ước đạt"
        case .selfAssessed: "tự chấm"
        case .derived: "derived"
        case .inferred: "inferred"
        }
    }
}
