import ChisoDomain
import ChisoStorage
import Foundation

/// The areas, indicator codes and sources extraction matches against: from the user's
/// database when it exists, else from the reference data embedded in the schema.
///
/// Extraction must work before any database exists (a reviewer's first step), and storage has
/// no reference-data API without a database, so the fallback builds the schema in memory.
package struct ExtractReference: Sendable {
    package let areas: AreaDirectory
    /// The catalogue's indicators with their synonyms, as extract matches them.
    package let indicators: IndicatorRules
    /// Each indicator's Vietnamese name, for the rows' readable column.
    package let indicatorNames: [String: String]
    package let sources: [String: SourceRecord]
    /// The units the database knows (ministries, the department template, units made so far),
    /// so a unit named in a sentence is written under its canonical name.
    package let units: UnitDirectory
    /// Where the data came from, for a note on standard error.
    package let origin: String

    package static func load(databasePath: String) throws -> ExtractReference {
        let exists = FileManager.default.fileExists(atPath: databasePath)
        let db = try Database(path: exists ? databasePath : ":memory:", access: exists ? .read : .create)
        let sources = Dictionary(try db.sources.all(withBody: true).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let catalogue = try db.indicators.all()
        return ExtractReference(areas: try db.areas.directory(), indicators: IndicatorRules(indicators: catalogue, order: try db.indicators.synonymOrder()),
                                indicatorNames: Dictionary(catalogue.map { ($0.code, $0.nameVi) }, uniquingKeysWith: { a, _ in a }),
                                sources: sources, units: try db.units.directory(),
                                origin: exists ? databasePath : "the built-in reference data")
    }
}
