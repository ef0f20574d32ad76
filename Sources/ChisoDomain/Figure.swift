/// A figure as a report writes it: "42,06%", "56/63", "58,52/100", "90-100%", "1,5 triệu".
///
/// Keeps the shape because the same digits mean different things: "13.322/16.942" is a count
/// over a count, "56/63" a rank, "58,52/100" a score over its maximum; the caller knows which.
package struct Figure: Sendable, Equatable {
    package enum Shape: String, Sendable {
        case plain, percent, fraction, range
    }

    package var shape: Shape
    /// plain/percent: the number; fraction: the numerator; range: the low end.
    package var value: Double
    /// Fractions, ranks and scores over a maximum: "56/63" → 56 and 63.
    package var numerator: Double?
    package var denominator: Double?
    /// Ranges: "90-100%" → value 90, high 100.
    package var high: Double?
    /// The text had a % sign (a doubled "%%" typo still counts as one percent).
    package var isPercent: Bool
    package var raw: String

    package init(shape: Shape, value: Double, numerator: Double? = nil, denominator: Double? = nil,
                high: Double? = nil, isPercent: Bool = false, raw: String) {
        self.shape = shape
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.high = high
        self.isPercent = isPercent
        self.raw = raw
    }

    /// numerator / denominator in percent ("13.322/16.942" → 78.63…), nil unless a fraction.
    package var share: Double? {
        guard let n = numerator, let d = denominator, d != 0 else { return nil }
        return n / d * 100
    }
}
