import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso indicators`: the catalogue, optionally one framework's.
package struct IndicatorListing {
    package var framework: String?

    package init(framework: String? = nil) { self.framework = framework }

    package func run(_ database: Database) throws -> ResultSet {
        if let framework {
            let known = try database.indicators.frameworks()
            if !known.contains(framework) {
                let hint = Suggest.closest(to: framework, among: known).first.map { "; did you mean \($0)?" } ?? ""
                throw QueryError("unknown framework '\(framework)'\(hint) (known: \(known.joined(separator: ", ")))")
            }
        }
        var result = ResultSet(columns: [
            Column("code"), Column("name_vi"), Column("name_en"), Column("measure"), Column("framework"),
            Column("higher_is_better", .integer), Column("scale_max", .real),
        ])
        for i in try database.indicators.all(framework: framework) {
            result.rows.append([.text(i.code), .text(i.nameVi), .text(i.nameEn), .text(i.measure.rawValue),
                                .text(i.framework), .integer(i.higherIsBetter ? 1 : 0), .real(i.scaleMax)])
        }
        return result
    }
}
