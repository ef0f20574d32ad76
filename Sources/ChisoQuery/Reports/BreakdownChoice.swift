import ChisoDomain
import ChisoStorage

/// The breakdown a report follows (`--level xa`, `--channel truc_tuyen`, `--status qua_han`),
/// read from words and checked against what the indicator allows.
package enum BreakdownChoice {
    /// The breakdown the options name; each word may be a code, English or Vietnamese
    /// ("xa", "commune", "cấp xã"). An unknown word is a one-line error listing the codes.
    package static func parse(level: String?, channel: String?, status: String?) throws(QueryError) -> Breakdown {
        var breakdown = Breakdown.none
        for (dimension, text, option) in [(BreakdownDimension.level, level, "--level"), (.channel, channel, "--channel"),
                                          (.dossierStatus, status, "--status")] {
            guard let text else { continue }
            guard let code = dimension.canonical(text), !code.isEmpty else {
                throw QueryError("\(option) '\(text)' is not a \(dimension.rawValue); expected one of \(dimension.allowedList)")
            }
            breakdown[dimension] = code
        }
        return breakdown
    }

    /// Refuses a breakdown the indicator does not have, naming what it has.
    static func check(_ breakdown: Breakdown, of indicator: Indicator, in database: Database) throws(QueryError) {
        for dimension in breakdown.dimensions where !indicator.breakdowns.contains(dimension) {
            let allowed = BreakdownDimension.allCases.filter(indicator.breakdowns.contains).map(\.rawValue)
            throw QueryError("\(indicator.code) has no breakdown by \(dimension.rawValue) (it allows \(allowed.isEmpty ? "none" : allowed.joined(separator: ", ")))")
        }
    }
}
