/// Identifies a figure across loads and imports, so reloading updates rather than duplicates.
package struct NaturalKey: Sendable, Hashable, CustomStringConvertible {
    package var indicator: String
    package var area: String
    package var agency: String
    /// The breakdown ('' in every dimension for the whole figure): "cấp xã" and the total are
    /// two figures.
    package var breakdown: Breakdown
    package var period: String
    package var source: String

    package init(indicator: String, area: String, agency: String, breakdown: Breakdown = .none, period: String, source: String) {
        self.indicator = indicator
        self.area = area
        self.agency = agency
        self.breakdown = breakdown
        self.period = period
        self.source = source
    }

    package var description: String {
        var parts = [indicator, area, period]
        if !agency.isEmpty { parts.append("agency \(agency)") }
        if !breakdown.isNone { parts.append(breakdown.description) }
        if !source.isEmpty { parts.append("source \(source)") }
        return parts.joined(separator: " / ")
    }
}
