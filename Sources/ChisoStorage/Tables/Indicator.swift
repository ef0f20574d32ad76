import ChisoDomain

/// One row of the indicator catalogue, with the breakdowns it allows and its synonyms.
package struct Indicator: Sendable, Hashable {
    /// Who defined the indicator: chiso's schema, or a user (`chiso add indicator`,
    /// indicators.csv). A user row never redefines a built-in one.
    package enum Origin: String, Sendable, CaseIterable {
        case builtin, user
    }

    package var code: String
    package var nameVi: String
    package var nameEn: String
    package var measure: Measure
    package var framework: String
    /// Orders league tables: a rank of 1 is best, so ranks are `false`.
    package var higherIsBetter: Bool
    package var scaleMax: Double?
    package var description: String?
    /// The index a component belongs to, the score a rank ranks.
    package var parent: String?
    package var origin: Origin
    /// False when the definition is not confirmed from an official source.
    package var verified: Bool
    package var reference: String?
    /// The breakdown dimensions a figure of this indicator may carry.
    package var breakdowns: Set<BreakdownDimension>
    /// The phrases reports write it with (`indicator_synonyms`), in catalogue order.
    package var synonyms: [String]

    package init(code: String, nameVi: String, nameEn: String, measure: Measure, framework: String,
                higherIsBetter: Bool, scaleMax: Double? = nil, description: String? = nil, parent: String? = nil,
                origin: Origin = .builtin, verified: Bool = true, reference: String? = nil,
                breakdowns: Set<BreakdownDimension> = [], synonyms: [String] = []) {
        self.code = code
        self.nameVi = nameVi
        self.nameEn = nameEn
        self.measure = measure
        self.framework = framework
        self.higherIsBetter = higherIsBetter
        self.scaleMax = scaleMax
        self.description = description
        self.parent = parent
        self.origin = origin
        self.verified = verified
        self.reference = reference
        self.breakdowns = breakdowns
        self.synonyms = synonyms
    }

    /// Whether two rows define the same indicator (what a repeated user row must be).
    package func sameDefinition(as other: Indicator) -> Bool {
        var a = self, b = other
        a.synonyms.sort()
        b.synonyms.sort()
        return a == b
    }
}
