import ChisoDomain

/// One row of `observations`, with the area as its id (`p63-08`) and the period as its code.
package struct ObservationRecord: Sendable, Hashable {
    package var id: Int64?
    package var indicator: String
    package var area: String
    package var agency: String
    /// Level, channel and dossier status; `.none` for the whole figure.
    package var breakdown: Breakdown
    package var period: String
    package var value: Double
    package var numerator: Double?
    package var denominator: Double?
    package var qualifier: Qualifier?
    package var status: ObservationStatus
    package var baselinePeriod: String?
    package var change: Double?
    package var source: String?
    package var quote: String?
    package var note: String?

    package init(id: Int64? = nil, indicator: String, area: String, agency: String = "", breakdown: Breakdown = .none,
                period: String, value: Double,
                numerator: Double? = nil, denominator: Double? = nil, qualifier: Qualifier? = nil,
                status: ObservationStatus = .reported, baselinePeriod: String? = nil, change: Double? = nil,
                source: String? = nil, quote: String? = nil, note: String? = nil) {
        self.id = id
        self.indicator = indicator
        self.area = area
        self.agency = agency
        self.breakdown = breakdown
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

    /// The natural key: one figure per indicator, area, agency, breakdown, period and source.
    package var key: NaturalKey {
        NaturalKey(indicator: indicator, area: area, agency: agency, breakdown: breakdown, period: period, source: source ?? "")
    }

    /// The same figure apart from its row id.
    package func sameContent(as other: ObservationRecord) -> Bool {
        var a = self, b = other
        a.id = nil
        b.id = nil
        return a == b
    }
}

/// What writing a row by its natural key did.
package enum WriteOutcome: String, Sendable {
    case inserted, updated, unchanged
}
