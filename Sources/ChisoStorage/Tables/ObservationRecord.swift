import ChisoDomain

/// One row of `observations`, with the area as its id (`p63-08`) and the period as its code.
public struct ObservationRecord: Sendable, Hashable {
    public var id: Int64?
    public var indicator: String
    public var area: String
    public var agency: String
    public var period: String
    public var value: Double
    public var numerator: Double?
    public var denominator: Double?
    public var qualifier: Qualifier?
    public var status: ObservationStatus
    public var baselinePeriod: String?
    public var change: Double?
    public var source: String?
    public var quote: String?
    public var note: String?

    public init(id: Int64? = nil, indicator: String, area: String, agency: String = "", period: String, value: Double,
                numerator: Double? = nil, denominator: Double? = nil, qualifier: Qualifier? = nil,
                status: ObservationStatus = .reported, baselinePeriod: String? = nil, change: Double? = nil,
                source: String? = nil, quote: String? = nil, note: String? = nil) {
        self.id = id
        self.indicator = indicator
        self.area = area
        self.agency = agency
        self.period = period
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.qualifier = qualifier
        self.status = status
        self.baselinePeriod = baselinePeriod
        self.change = change
        self.source = source
        self.quote = quote
        self.note = note
    }

    /// The natural key: one figure per indicator, area, agency, period and source.
    public var key: NaturalKey { NaturalKey(indicator: indicator, area: area, agency: agency, period: period, source: source ?? "") }

    /// The same figure apart from its row id.
    public func sameContent(as other: ObservationRecord) -> Bool {
        var a = self, b = other
        a.id = nil
        b.id = nil
        return a == b
    }
}

/// Identifies a figure across loads and imports, so reloading updates rather than duplicates.
public struct NaturalKey: Sendable, Hashable, CustomStringConvertible {
    public var indicator: String
    public var area: String
    public var agency: String
    public var period: String
    public var source: String

    public init(indicator: String, area: String, agency: String, period: String, source: String) {
        self.indicator = indicator
        self.area = area
        self.agency = agency
        self.period = period
        self.source = source
    }

    public var description: String {
        var parts = [indicator, area, period]
        if !agency.isEmpty { parts.append("agency \(agency)") }
        if !source.isEmpty { parts.append("source \(source)") }
        return parts.joined(separator: " / ")
    }
}

/// What writing a row by its natural key did.
public enum WriteOutcome: String, Sendable {
    case inserted, updated, unchanged
}
