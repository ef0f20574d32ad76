import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso sources`: the registered sources with the figures citing each. `area` is the area's
/// code, with `area_name` beside it, as in every other output (the stored id, `p63-08`, is
/// chiso's own key, not what people or imports write).
package enum SourceListing {
    package static func run(_ database: Database) throws -> ResultSet {
        let rows = try database.sources.listing()
        let areas = try database.areas.directory()
        return ResultSet(
            columns: [Column("id"), Column("title"), Column("date", .date), Column("publisher"), Column("area"),
                      Column("area_name"), Column("period"), Column("figures", .integer)],
            rows: rows.map { row in
                let area = row.source.area.flatMap { areas.record(id: $0) }
                return [.text(row.source.id), .text(row.source.title), .text(row.source.publishedOn), .text(row.source.publisher),
                        .text(area?.code ?? row.source.area), .text(area?.name), .text(row.source.period), .integer(Int64(row.figures))]
            })
    }
}
