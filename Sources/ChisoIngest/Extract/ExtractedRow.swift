import ChisoDomain
import ChisoFormats

/// One candidate figure, in the observations import layout.
///
/// The default output is exactly `chiso import`'s fifteen columns (the importer rejects unknown
/// columns), with the confidence and the raw figure at the end of `note`. For a spreadsheet
/// review, `columns(review: true)` adds `kind` (observation | target), `confidence` (0–1) and
/// `raw` after them; drop those three columns before importing.
package struct ExtractedRow: Sendable, Equatable {
    package enum Kind: String, Sendable { case observation, target }

    package var indicator: String?
    package var area: String?
    package var areaName: String?
    package var agency: String?
    package var period: String?
    package var value: Double
    package var numerator: Double?
    package var denominator: Double?
    package var qualifier: String?
    package var status: String
    package var baselinePeriod: String?
    package var change: Double?
    package var source: String?
    package var quote: String
    package var note: String?
    package var kind: Kind
    package var confidence: Double
    package var raw: String

    /// The import layout's columns, in order.
    package static let importColumns = [
        "indicator", "area", "area_name", "agency", "period", "value", "numerator", "denominator", "qualifier",
        "status", "baseline_period", "change", "source", "quote", "note",
    ]
    /// Review columns after the import layout; the importer ignores them.
    package static let reviewColumns = ["kind", "confidence", "raw"]

    package static func columns(review: Bool) -> [Column] {
        let reals: Set<String> = ["value", "numerator", "denominator", "change", "confidence"]
        return (importColumns + (review ? reviewColumns : [])).map { Column($0, reals.contains($0) ? .real : .text) }
    }

    package func cells(review: Bool) -> [Cell] {
        let base: [Cell] = [.text(indicator), .text(area), .text(areaName), .text(agency), .text(period), .real(value),
                            .real(numerator), .real(denominator), .text(qualifier), .text(status), .text(baselinePeriod),
                            .real(change), .text(source), .text(quote)]
        if review {
            return base + [.text(note), .text(kind.rawValue), .real(confidence), .text(raw)]
        }
        let tail = "confidence \(VietnameseNumber.format(confidence)); raw '\(raw)'"
        return base + [.text(note.map { $0 + "; " + tail } ?? tail)]
    }
}
