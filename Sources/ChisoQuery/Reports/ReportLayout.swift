import ChisoFormats

/// Who reads a report: people at a terminal get drawn extras (bars, a sparkline line, "≥ 86"),
/// machine formats get exact columns only, so a script never has to parse a drawing.
package enum ReportLayout: Sendable, Equatable {
    case table
    case data

    /// `table` and `markdown` are for people (a report pasted into an article); csv, tsv,
    /// json and jsonl are data.
    package init(_ format: OutputFormat) {
        self = format == .table || format == .markdown ? .table : .data
    }
}
