import ChisoDomain
import ChisoStorage

/// Whether a value meets a target, and by how much it falls short when it does not.
package struct TargetCheck: Sendable, Equatable {
    package var met: Bool
    /// How far the value is from the nearest acceptable value: 0 when met; for `>=` and the
    /// low end of `between` the amount still to gain, for `<=` and the high end of `between`
    /// the amount over, for `=` the distance either way. Always ≥ 0.
    package var gap: Double

    package init(value: Double, comparator: Comparator, low: Double, high: Double?) {
        switch comparator {
        case .atLeast: gap = max(0, low - value)
        case .atMost: gap = max(0, value - low)
        case .equal: gap = abs(value - low)
        case .between:
            let top = high ?? low
            gap = value < low ? low - value : (value > top ? value - top : 0)
        }
        met = comparator.isMet(by: value, low: low, high: high)
        // Binary noise (65.16 vs 90 is fine, but 0.1 + 0.2 vs 0.3 is not) must not read as missed.
        gap = MachineNumber.cleaned(gap)
        if gap < 1e-9 {
            gap = 0
            met = true
        }
    }

    /// The target that applies to a figure: one whose period covers the figure's period
    /// (the shortest such), else the one nearest in time (ties: the later target).
    static func applicable(_ targets: [TargetSpan], to start: String, _ end: String) -> TargetSpan? {
        let covering = targets.filter { $0.start <= start && end <= $0.end }
        if let best = covering.min(by: { ($0.days, $0.start) < ($1.days, $1.start) }) { return best }
        return targets.min { a, b in
            let da = a.distance(to: start, end), db = b.distance(to: start, end)
            return da != db ? da < db : a.start > b.start
        }
    }
}

/// A target with its period's dates, for choosing which one applies.
struct TargetSpan: Sendable, Equatable {
    var record: TargetRecord
    var start: String
    var end: String
    var startDay: Int
    var endDay: Int

    var days: Int { endDay - startDay }

    /// Days between this target's period and a figure's (0 when they overlap).
    func distance(to start: String, _ end: String) -> Int {
        guard let s = try? CalendarDate(iso: start).daysSinceEpoch, let e = try? CalendarDate(iso: end).daysSinceEpoch
        else { return Int.max }
        if endDay < s { return s - endDay }
        if e < startDay { return startDay - e }
        return 0
    }
}
