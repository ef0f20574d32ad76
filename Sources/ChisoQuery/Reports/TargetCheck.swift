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
}

/// A target with its period's dates, for choosing which one applies.
struct TargetSpan: Sendable, Equatable {
    var record: TargetRecord
    var start: String
    var end: String
    var startDay: Int
    var endDay: Int

    var days: Int { endDay - startDay }
}

/// A figure judged against a target of its own period, as of a date.
///
/// `met` / `missed`: the figure covers the target's period to its end. `on track` / `behind`:
/// a figure of an earlier part of the period (a half year against the year's goal), with the
/// gap still to close. Without a figure: `not due` while the period runs, `no figure` after.
package struct TargetJudgement: Sendable, Equatable {
    package enum Result: String, Sendable {
        case met, missed, onTrack = "on track", behind, notDue = "not due", noFigure = "no figure"
    }

    package var result: Result
    /// How far the figure is from the target (0 when met or on track); nil without a figure.
    package var gap: Double?

    init(figure: ObservationRow, target: TargetSpan, asOf: String) {
        let check = TargetCheck(value: figure.value, comparator: target.record.comparator, low: target.record.value, high: target.record.valueHigh)
        let final = figure.end >= target.end
        result = final ? (check.met ? .met : .missed) : (check.met ? .onTrack : .behind)
        gap = check.gap
    }

    init(noFigureFor target: TargetSpan, asOf: String) {
        result = target.end <= asOf ? .noFigure : .notDue
        gap = nil
    }
}
