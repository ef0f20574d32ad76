import ChisoDomain

/// One row of `targets`.
package struct TargetRecord: Sendable, Hashable {
    package var id: Int64?
    package var indicator: String
    package var area: String
    package var agency: String
    package var period: String
    package var comparator: Comparator
    package var value: Double
    package var valueHigh: Double?
    package var source: String?
    package var quote: String?
    package var note: String?

    package init(id: Int64? = nil, indicator: String, area: String, agency: String = "", period: String,
                comparator: Comparator, value: Double, valueHigh: Double? = nil,
                source: String? = nil, quote: String? = nil, note: String? = nil) {
        self.id = id
        self.indicator = indicator
        self.area = area
        self.agency = agency
        self.period = period
        self.comparator = comparator
        self.value = value
        self.valueHigh = valueHigh
        self.source = source
        self.quote = quote
        self.note = note
    }

    package var key: NaturalKey { NaturalKey(indicator: indicator, area: area, agency: agency, period: period, source: source ?? "") }
}

/// One row of `rollouts`: a programme's models in an area at a period.
package struct RolloutRecord: Sendable, Hashable {
    package var id: Int64?
    package var programme: String
    package var area: String
    package var period: String
    package var total: Int
    package var completed: Int
    package var inProgress: Int
    package var notStarted: Int
    package var source: String?
    package var quote: String?
    package var note: String?

    package init(id: Int64? = nil, programme: String = "de_an_06", area: String, period: String, total: Int,
                completed: Int, inProgress: Int, notStarted: Int, source: String? = nil, quote: String? = nil, note: String? = nil) {
        self.id = id
        self.programme = programme
        self.area = area
        self.period = period
        self.total = total
        self.completed = completed
        self.inProgress = inProgress
        self.notStarted = notStarted
        self.source = source
        self.quote = quote
        self.note = note
    }

    package var key: NaturalKey { NaturalKey(indicator: programme, area: area, agency: "", period: period, source: source ?? "") }
}
