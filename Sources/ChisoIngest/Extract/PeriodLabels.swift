import ChisoDomain

/// The Vietnamese label (`period_label_vi`) of each period code a report's rows name, read
/// once per code: a report's thousands of rows name a handful of periods, and parsing the code
/// again for every row was a fifth of writing it.
package final class PeriodLabels {
    private var labels: [String: String?] = [:]
    /// Codes remembered at most (a report names far fewer).
    static let limit = 10_000

    package init() {}

    /// `Period.parse(code).labelVi`, or nil when `code` is not a period.
    package func label(_ code: String) -> String? {
        if let hit = labels[code] { return hit }
        let label = try? Period.parse(code).labelVi
        if labels.count < Self.limit { labels[code] = label }
        return label
    }
}
