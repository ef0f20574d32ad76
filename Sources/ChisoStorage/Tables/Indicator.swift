import ChisoDomain

/// One row of the indicator catalogue.
package struct Indicator: Sendable, Hashable {
    package var code: String
    package var nameVi: String
    package var nameEn: String
    package var measure: Measure
    package var framework: String
    /// Orders league tables: a rank of 1 is best, so ranks are `false`.
    package var higherIsBetter: Bool
    package var scaleMax: Double?
    package var description: String?

    package init(code: String, nameVi: String, nameEn: String, measure: Measure, framework: String,
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
