import ChisoDomain
import ChisoFormats
import ChisoQuery

/// One candidate figure, in the observations import layout plus three review columns.
///
/// The first fifteen columns are exactly `chiso import`'s, so a reviewed draft imports as is;
/// `kind` (observation | target), `confidence` (0–1) and `raw` (the figure as written) come
/// last for sorting and checking in a spreadsheet, and the importer ignores them.
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

    public static var columns: [Column] {
        let reals: Set<String> = ["value", "numerator", "denominator", "change", "confidence"]
        return (importColumns + reviewColumns).map { Column($0, reals.contains($0) ? .real : .text) }
    }

    public var cells: [Cell] {
        [.text(indicator), .text(area), .text(areaName), .text(agency), .text(period), .real(value), .real(numerator),
         .real(denominator), .text(qualifier), .text(status), .text(baselinePeriod), .real(change), .text(source),
         .text(quote), .text(note), .text(kind.rawValue), .real(confidence), .text(raw)]
    }

    /// The rows as a result set, ready for csv, jsonl or a table.
    public static func resultSet(_ rows: [ExtractedRow]) -> ResultSet {
        ResultSet(columns: columns, rows: rows.map(\.cells))
    }
}
