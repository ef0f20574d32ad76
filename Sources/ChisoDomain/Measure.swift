/// How an indicator's values read. Mirrors the CHECK on `indicators.measure`.
package enum Measure: String, Sendable, CaseIterable, Codable {
    case percent, count, score, rank, ratio, amount
}
