import ChisoDomain

/// One row of `targets`.
public struct TargetRecord: Sendable, Hashable {
    public var id: Int64?
    public var indicator: String
    public var area: String
    public var agency: String
    public var period: String
    public var comparator: Comparator
    public var value: Double
    public var valueHigh: Double?
    public var source: String?
    public var quote: String?
    public var note: String?

    public init(id: Int64? = nil, indicator: String, area: String, agency: String = "", period: String,
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

    public var key: NaturalKey { NaturalKey(indicator: indicator, area: area, agency: agency, period: period, source: source ?? "") }
}

/// One row of `rollouts`: a programme's models in an area at a period.
public struct RolloutRecord: Sendable, Hashable {
    public var id: Int64?
    public var programme: String
    public var area: String
    public var period: String
    public var total: Int
    public var completed: Int
    public var inProgress: Int
    public var notStarted: Int
    public var source: String?
    public var quote: String?
    public var note: String?

    public init(id: Int64? = nil, programme: String = "de_an_06", area: String, period: String, total: Int,
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

    public var key: NaturalKey { NaturalKey(indicator: programme, area: area, agency: "", period: period, source: source ?? "") }
}
