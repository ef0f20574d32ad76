import ChisoDomain
import ChisoFormats

/// One candidate figure, in the observations import layout.
///
/// The default output is exactly `chiso import`'s columns (the importer rejects unknown
/// columns), with the confidence and the raw figure at the end of `note`. For a spreadsheet
/// review, `columns(review: true)` adds `kind` (observation | target), `confidence` (0–1) and
/// `raw` after them; drop those three columns before importing.
package struct ExtractedRow: Sendable, Equatable {
    package enum Kind: String, Sendable { case observation, target }

    package var indicator: String?
    package var area: String?
    package var areaName: String?
    package var agency: String?
    /// The breakdown a phrase like "cấp xã" gives; none by default.
    package var breakdown: Breakdown = .none
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
    /// A target's comparator (">=", "<=", "between") and upper bound, for targets.csv.
    package var comparator: String? = nil
    package var valueHigh: Double? = nil

    /// The import layout's columns, in order.
    package static var importColumns: [String] { CSVLayout.observations.columns }
    /// Review columns after the import layout; the importer ignores them.
    package static let reviewColumns = ["kind", "confidence", "raw"]

    package static func columns(review: Bool) -> [Column] {
        let reals: Set<String> = ["value", "numerator", "denominator", "change", "confidence"]
        return (importColumns + (review ? reviewColumns : [])).map { Column($0, reals.contains($0) ? .real : .text) }
    }

    /// - Parameter indicatorName: the catalogue's Vietnamese name of a code, for the readable
    ///   column `indicator_name_vi` (import reads past it).
    /// - Parameter periodLabel: a period code's label, for `period_label_vi` (`PeriodLabels`
    ///   remembers them across rows).
    package func cells(review: Bool, indicatorName: (String) -> String? = { _ in nil },
                       periodLabel: (String) -> String? = { try? Period.parse($0).labelVi }) -> [Cell] {
        let tail = "confidence \(VietnameseNumber.format(confidence)); raw '\(raw)'"
        let row = CSVLayout.observations.row([
            "indicator": .text(indicator), "area": .text(area), "area_name": .text(areaName), "agency": .text(agency),
            "level": .text(breakdown.level), "channel": .text(breakdown.channel), "dossier_status": .text(breakdown.dossierStatus),
            "period": .text(period), "value": .real(value), "numerator": .real(numerator), "denominator": .real(denominator),
            "qualifier": .text(qualifier), "status": .text(status), "baseline_period": .text(baselinePeriod),
            "change": .real(change), "source": .text(source), "quote": .text(quote),
            "note": .text(review ? note : note.map { $0 + "; " + tail } ?? tail),
            "indicator_name_vi": .text(indicator.flatMap(indicatorName)),
            "period_label_vi": .text(period.flatMap(periodLabel)),
        ])
        return review ? row + [.text(kind.rawValue), .real(confidence), .text(raw)] : row
    }
}
