import ChisoStorage

/// How much a finding matters: an error is arithmetic that cannot be right, a warning a figure
/// that needs a person's judgement (a missed target, two sources that disagree), info a check
/// that passed or a value the figures imply.
package enum Severity: String, Sendable, CaseIterable, Comparable {
    case error, warning, info

    /// Errors first, so the top of the list is what to fix.
    package static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// The checks `chiso check` runs; the raw value is the rule id printed with each finding.
package enum CheckRule: String, Sendable, CaseIterable, Comparable {
    case rateVsFraction = "rate_vs_fraction"
    case rateVsParts = "rate_vs_parts"
    case partsSum = "parts_sum"
    case range
    case target
    case conflict
    case implied
    case reference

    package static func < (lhs: CheckRule, rhs: CheckRule) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// A row a finding rests on, so a reader can look it up (`chiso sql`, the seeds' quote).
package enum RowReference: Sendable, Hashable, CustomStringConvertible {
    case observation(Int64)
    case target(Int64)
    case rollout(Int64)

    package var description: String {
        switch self {
        case .observation(let id): "obs \(id)"
        case .target(let id): "target \(id)"
        case .rollout(let id): "rollout \(id)"
        }
    }
}

/// One result of `chiso check`: what rule, about which figure, and the arithmetic that
/// decided it, in one line a person can verify by hand.
package struct Finding: Sendable, Equatable {
    package var severity: Severity
    package var rule: CheckRule
    /// Area id (`p63-08`).
    package var area: String
    package var agency: String
    /// The indicator code, or the programme for rollouts.
    package var indicator: String
    package var period: String
    package var message: String
    package var rows: [RowReference]
    package var sources: [String]
    package var quotes: [String]

    package init(_ severity: Severity, _ rule: CheckRule, area: String, agency: String = "", indicator: String,
                period: String, message: String, rows: [RowReference] = [], sources: [String] = [], quotes: [String] = []) {
        self.severity = severity
        self.rule = rule
        self.area = area
        self.agency = agency
        self.indicator = indicator
        self.period = period
        self.message = message
        self.rows = rows
        self.sources = sources
        self.quotes = quotes
    }
}

extension Finding {
    /// A finding about `records`, taking their ids, distinct sources and quotes as evidence.
    init(_ severity: Severity, _ rule: CheckRule, about records: [ObservationRecord], message: String) {
        let first = records[0]
        var sources: [String] = []
        for s in records.compactMap(\.source) where !sources.contains(s) { sources.append(s) }
        self.init(severity, rule, area: first.area, agency: first.agency, indicator: first.indicator,
                  period: first.period, message: message,
                  rows: records.compactMap { $0.id.map(RowReference.observation) },
                  sources: sources, quotes: records.compactMap(\.quote))
    }
}
