import ChisoDomain
import ChisoFormats

/// One candidate figure, in the observations import layout.
///
/// The default output is exactly `chiso import`'s fifteen columns (the importer rejects unknown
/// columns), with the confidence and the raw figure at the end of `note`. For a spreadsheet
/// review, `columns(review: true)` adds `kind` (observation | target), `confidence` (0–1) and
/// `raw` after them; drop those three columns before importing.
public struct ExtractedRow: Sendable, Equatable {
    public enum Kind: String, Sendable { case observation, target }

    public var indicator: String?
    public var area: String?
    public var areaName: String?
    public var agency: String?
    public var period: String?
    public var value: Double
    public var numerator: Double?
    public var denominator: Double?
    public var qualifier: String?
    public var status: String
    public var baselinePeriod: String?
    public var change: Double?
    public var source: String?
    public var quote: String
    public var note: String?
    public var kind: Kind
    public var confidence: Double
    public var raw: String

    /// The import layout's columns, in order.
    public static let importColumns = [
        "indicator", "area", "area_name", "agency", "period", "value", "numerator", "denominator", "qualifier",
        "status", "baseline_period", "change", "source", "quote", "note",
    ]
    /// Review columns after the import layout; the importer ignores them.
    public static let reviewColumns = ["kind", "confidence", "raw"]

    public static func columns(review: Bool) -> [Column] {
        let reals: Set<String> = ["value", "numerator", "denominator", "change", "confidence"]
        return (importColumns + (review ? reviewColumns : [])).map { Column($0, reals.contains($0) ? .real : .text) }
    }

    public func cells(review: Bool) -> [Cell] {
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
