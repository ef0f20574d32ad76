import ChisoFormats

/// Who reads a report: people at a terminal get drawn extras (bars, a sparkline line, "≥ 86"),
/// machine formats get exact columns only, so a script never has to parse a drawing.
package enum ReportLayout: Sendable, Equatable {
    case table
    case data

    /// `table` draws for people; every other format (csv, tsv, json, jsonl, markdown) is data.
    package init(_ format: OutputFormat) {
        self = format == .table ? .table : .data
    }
}
