import ChisoDomain

/// One row of the indicator catalogue.
public struct Indicator: Sendable, Hashable {
    public var code: String
    public var nameVi: String
    public var nameEn: String
    public var measure: Measure
    public var framework: String
    /// Orders league tables: a rank of 1 is best, so ranks are `false`.
    public var higherIsBetter: Bool
    public var scaleMax: Double?
    public var description: String?

    public init(code: String, nameVi: String, nameEn: String, measure: Measure, framework: String,
                higherIsBetter: Bool, scaleMax: Double? = nil, description: String? = nil) {
        self.code = code
        self.nameVi = nameVi
        self.nameEn = nameEn
        self.measure = measure
        self.framework = framework
        self.higherIsBetter = higherIsBetter
        self.scaleMax = scaleMax
        self.description = description
    }
}
