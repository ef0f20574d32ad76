import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso areas`: the reference list of areas, optionally one level's and only those valid on
/// a date, so "which 34 units exist today" and "what was code 15 in 2023" are one command each.
package struct AreaListing {
    package var level: String?
    package var asOf: CalendarDate?

    package init(level: String? = nil, asOf: CalendarDate? = nil) {
        self.level = level
        self.asOf = asOf
    }

    package static let levels = ["country", "province", "district", "commune"]

    package func run(_ database: Database) throws -> ResultSet {
        let records = try database.areas.all()
        let details = try database.areas.details()
        var result = ResultSet(columns: [
            Column("id"), Column("code"), Column("name"), Column("level"), Column("region"),
            Column("valid_from", .date), Column("valid_to", .date), Column("successor"),
        ])
        for record in records {
            if let level, record.level != level { continue }
            if let asOf {
                if let from = record.validFrom, asOf < from { continue }
                if let to = record.validTo, asOf > to { continue }
            }
            let extra = details[record.id]
            result.rows.append([
                .text(record.id), .text(record.code), .text(record.name), .text(record.level), .text(extra?.region),
                .text(record.validFrom?.iso), .text(record.validTo?.iso), .text(extra?.successor),
            ])
        }
        return result
    }
}
