import ChisoDomain
import ChisoFormats

/// A field of the query language: a column of `observations_view` under the name analysts use.
package enum QueryField: String, Sendable, CaseIterable {
    /// `area` is the area's code ('08', 'VN'), as in export and rank; `area_name` its name.
    case indicator, indicatorName = "indicator_name", area, areaCode = "area_code", areaName = "area_name", agency
    case period, periodStart = "period_start", periodEnd = "period_end"
    case value, numerator, denominator, measure, framework, status, qualifier
    case baselinePeriod = "baseline_period", change, source, quote, note
    /// The kind of the unit `agency` names (department, district, commune, ministry…); null
    /// for a whole-area figure.
    case unitKind = "unit_kind"
    /// The breakdown of a figure ('' for the whole figure): `level = xa`, `channel = truc_tuyen`.
    case level, channel, dossierStatus = "dossier_status"

    /// The columns an empty `select` prints.
    package static let defaultSelection: [QueryField] = [
        .indicator, .area, .areaName, .agency, .period, .value, .numerator, .denominator, .source,
    ]

    /// Other spellings accepted for a field.
    static let aliases: [String: QueryField] = ["province": .area, "tinh": .area, "indicator_name_vi": .indicatorName,
                                                "status_of_dossier": .dossierStatus]

    /// The breakdown dimension a field is, if any.
    var breakdownDimension: BreakdownDimension? {
        switch self {
        case .level: .level
        case .channel: .channel
        case .dossierStatus: .dossierStatus
        default: nil
        }
    }

    /// The field a word names, case-insensitively, aliases included.
    static func named(_ word: String) -> QueryField? {
        let key = word.lowercased()
        return QueryField(rawValue: key) ?? aliases[key]
    }

    /// Every spelling, for "did you mean" suggestions.
    static var spellings: [String] { allCases.map(\.rawValue) + aliases.keys.sorted() }

    /// The view column printed for the field (view column names come only from this list).
    var column: String {
        switch self {
        case .indicatorName: "indicator_name_vi"
        case .area: "area_code"
        // No commas: `sortExpression` splits on them. Units are keyed by (area, name).
        case .unitKind: "(SELECT u.kind FROM units u WHERE u.area = area_id AND u.name = agency)"
        default: rawValue
        }
    }

    /// What `order by` sorts on: areas by code, so provinces list in the official order.
    var sortExpression: String {
        switch self {
        case .area: "area_code, area_name"
        case .period: "period_start, period_end"
        default: column
        }
    }

    package var cellType: CellType {
        switch self {
        case .value, .numerator, .denominator, .change: .real
        case .periodStart, .periodEnd: .date
        default: .text
        }
    }

    /// How conditions on the field read its values.
    enum Kind {
        /// Numbers in either notation; ordered comparisons.
        case number
        /// ISO dates; ordered comparisons.
        case date
        /// Periods with period semantics (within, overlaps, starts/ends before/after).
        case period
        /// Text: =, !=, in, not in, ~.
        case text
    }

    var kind: Kind {
        switch self {
        case .value, .numerator, .denominator, .change: .number
        case .periodStart, .periodEnd: .date
        case .period, .baselinePeriod: .period
        default: .text
        }
    }
}
