/// A value no report can mean, with the reason in words a user acts on.
package struct ValueViolation: Error, Sendable, Equatable, CustomStringConvertible {
    package let reason: String

    package init(_ reason: String) {
        self.reason = reason
    }

    package var description: String { reason }
}

/// The rules a figure's value obeys whichever way it arrives: the import and load decoders,
/// `chiso add` and `chiso check` all ask this one function, so they refuse the same values with
/// the same words. The schema repeats the rules as its backstop (view `observation_value_rules`
/// and `target_value_rules` in Schema/008_value_rules.sql); a table-driven test holds the two
/// in step, on the bulk path too.
///
/// - percent: 0–100 (percent numbers, 42.06 not 0.4206).
/// - score: 0 to the indicator's `scale_max` (no upper bound when the catalogue gives none).
/// - index_points: as score.
/// - count: whole and not negative. amount: not negative. ratio, points_change and
///   percentage_point_change: anything (changes go negative). rank_change: whole.
/// - rank: whole, from 1, at most the denominator when one is given; without one at most the
///   number of provinces there were when the period began (63 before 2025-07-01, 34 from
///   then); the country (VN) as a whole is never ranked (its ministries, agency ≠ '', are). Units below the provinces have no cap here:
///   chiso's reference data holds none.
package enum ValueRules {
    /// The day the 34 merged provinces began (Resolution 202/2025/QH15).
    package static let reorganisation = CalendarDate(unchecked: 2025, 7, 1)

    /// How many province-level units were ranked at most on a period starting `start`: a period
    /// that begins before the reorganisation can hold a ranking of all 63.
    package static func provinceCount(from start: CalendarDate) -> Int {
        start < reorganisation ? 63 : 34
    }

    /// The first rule `value` breaks, or nil. `area` and `period` may be nil when unknown (a row
    /// written without its reference rows); the rules that need them are then skipped, as the
    /// schema's LEFT JOINs skip them.
    package static func violation(of value: Double, indicator: String, measure: Measure, scale: Double?,
                                 denominator: Double?, area: AreaRecord?, agency: String = "",
                                 period: Period?) -> ValueViolation? {
        var v: String { VietnameseNumber.format(value) }
        guard value.isFinite else { return ValueViolation("\(value) is not a finite number") }
        switch measure {
        case .percent:
            if value < 0 || value > 100 {
                return ValueViolation("\(v) is outside 0–100 for the percent indicator \(indicator) (write 42.06 for 42,06%, not 0.4206)")
            }
        case .score, .indexPoints:
            let outOf = scale.map { " out of \(VietnameseNumber.format($0))" } ?? ""
            if value < 0 {
                return ValueViolation("\(v) is below 0; \(indicator) is a score\(outOf)")
            }
            if let scale, value > scale {
                return ValueViolation("\(v) is above the maximum; \(indicator) is a score\(outOf)")
            }
        case .count:
            if value < 0 {
                return ValueViolation("\(v) is negative; \(indicator) is a count of whole things")
            }
            if value != value.rounded() {
                return ValueViolation("\(v) is not a whole number; \(indicator) is a count of whole things")
            }
        case .amount:
            if value < 0 {
                return ValueViolation("\(v) is negative; \(indicator) is an amount")
            }
        case .ratio, .pointsChange, .percentagePointChange:
            break
        case .rankChange:
            if value != value.rounded() {
                return ValueViolation("\(v) is not a whole number; \(indicator) is a change in rank places")
            }
        case .rank:
            if let area, area.level == "country", agency.isEmpty {
                return ValueViolation("\(v) is a rank for the country (\(area.id)), but \(indicator) ranks provinces; the country has no rank")
            }
            if value < 1 || value != value.rounded() {
                return ValueViolation("\(v) is not a rank (expected a whole number from 1)")
            }
            if let denominator {
                if value > denominator {
                    return ValueViolation("rank \(v) is beyond the \(VietnameseNumber.format(denominator)) ranked (denominator)")
                }
            } else if let area, area.level == "province", let period {
                let cap = provinceCount(from: period.start)
                if value > Double(cap) {
                    return ValueViolation("rank \(v) is beyond the \(cap) provinces there were in \(period.code); give the number ranked as the denominator if the ranking was wider")
                }
            }
        }
        return nil
    }
}

extension AreaDirectory {
    /// Why `record` cannot hold a figure for `period`, or nil when the unit existed on at least
    /// one day of it. Codes and names already resolve on the period's last day; this catches an
    /// explicit id (`p63-02` for 2026, `p34-08` for 2020), which names one unit whatever the
    /// date. Overlap, not the last day, is the test for an id, so a 63-era unit's 2021/2025 plan
    /// can still be filed under `p63-08`.
    package func validityViolation(of record: AreaRecord, during period: Period) -> String? {
        if let end = record.validTo, end < period.start {
            let successor = record.mergedInto.flatMap(self.record(id:))
            return "\(record.id) (\(record.name)) existed until \(end); the period \(period.code) is after it"
                + (successor.map { " — it was merged into \($0.name) (\($0.id))" } ?? "")
        }
        if let start = record.validFrom, period.end < start {
            let predecessors = records.filter { $0.mergedInto == record.id }.map { "\($0.name) (\($0.id))" }
            return "\(record.id) (\(record.name)) exists from \(start); the period \(period.code) is before it"
                + (predecessors.isEmpty ? "" : " — before then it was \(predecessors.joined(separator: ", "))")
        }
        return nil
    }
}
