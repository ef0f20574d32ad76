import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso areas --in "Bắc Ninh"` / `--ministries`: the units of one area — its departments,
/// districts and communes, or the country's ministries — with kind, validity and the figures
/// (observations and targets) filed under each.
package struct UnitListing {
    package var area: String
    package var asOf: CalendarDate?

    package init(area: String, asOf: CalendarDate? = nil) {
        self.area = area
        self.asOf = asOf
    }

    package static let columns: [Column] = [
        Column("kind"), Column("name"), Column("area"), Column("valid_from", .date), Column("valid_to", .date),
        Column("successor"), Column("observations", .integer), Column("targets", .integer), Column("note"),
    ]

    package func run(_ database: Database) throws -> ResultSet {
        let holder = try AreaChoice.unitHolder(area, asOf: asOf, in: database)
        let listed = try database.units.listing(area: holder.id)
        let names = Dictionary(listed.compactMap { l in l.unit.id.map { ($0, l.unit.name) } }, uniquingKeysWith: { a, _ in a })
        var result = ResultSet(columns: Self.columns)
        for entry in listed {
            let unit = entry.unit
            if let asOf {
                if let from = unit.validFrom, asOf < from { continue }
                if let to = unit.validTo, to < asOf { continue }
            }
            result.rows.append([
                .text(unit.kind.rawValue), .text(unit.name), .text(holder.name), .text(unit.validFrom?.iso), .text(unit.validTo?.iso),
                .text(unit.successorID.flatMap { names[$0] }), .integer(entry.observations), .integer(entry.targets), .text(unit.note),
            ])
        }
        return result
    }
}
