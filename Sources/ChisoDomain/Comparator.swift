/// How a target compares: "đạt từ 86% trở lên" is `>=` 86, "chỉ tiêu 90-100%" is between 90 and 100.
package enum Comparator: String, Sendable, CaseIterable, Codable {
    case atLeast = ">=", atMost = "<=", equal = "=", between

    /// Whether `value` meets a target of this kind.
    package func isMet(by value: Double, low: Double, high: Double?) -> Bool {
        switch self {
        case .atLeast: value >= low
        case .atMost: value <= low
        case .equal: value == low
        case .between: value >= low && value <= (high ?? low)
        }
    }
}
