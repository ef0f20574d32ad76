/// "trên 60" is more than 60; "từ 86% trở lên" at least 86; "khoảng" about. Mirrors the CHECK
/// on `observations.qualifier`.
package enum Qualifier: String, Sendable, CaseIterable, Codable {
    case moreThan = "more_than", atLeast = "at_least", about, lessThan = "less_than", atMost = "at_most", nearly
}
