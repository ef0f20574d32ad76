/// The formats a result can be printed in.
package enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people at a terminal.
    case table
    case csv
    /// Tab-separated; tabs, CR and LF inside a cell become spaces (TSV has no quoting).
    case tsv
    /// One array of objects, valid even when empty.
    case json
    /// One object per line.
    case jsonl
    /// A GitHub table.
    case markdown
    /// A self-contained HTML page (`report` and `rank` add their charts and sources).
    case html
}

/// Choices that change how a format prints, not what it prints.
package struct RenderOptions: Sendable {
    /// A header row for csv and tsv.
    package var header = true
    /// For spreadsheets opening csv/tsv: UTF-8 BOM (so Excel reads Vietnamese as UTF-8),
    /// CRLF line ends, and a leading `'` on text that Excel would run as a formula.
    package var excel = false
    /// With `excel`, the flavour of a Vietnamese-locale spreadsheet (`--excel=vi`): `;`
    /// between fields and a decimal comma (78,63), which LibreOffice and Excel set to vi_VN
    /// read as numbers; chiso's import reads both back.
    package var decimalComma = false
    /// Quote every text field, not only those that need it (`--quote-all`): some sniffers
    /// (csvkit's, Python's csv.Sniffer) guess better when text is always quoted.
    package var quoteAll = false
    /// Longest cell in a `table`, in terminal columns; longer text ends in "…".
    package var maxCellWidth = 40
    /// How many first rows a `table` takes its column widths from; nil: every row, so the
    /// whole result is held until `finish()` (fine for reports and listings). With a number,
    /// memory stays bounded: after that many rows the table prints and then streams.
    package var tableWidthRows: Int?
    /// What `table` prints for a result with no rows.
    package var emptyMessage = "no rows"
    /// The widest a `table` line may be, in terminal columns (the terminal's width); the
    /// widest text columns are shortened, at a word, to fit. Numbers are never cut. nil: no limit.
    package var maxLineWidth: Int?
    /// Headers, labels and numbers for people (`table`, `markdown`).
    package var display = Display()

    package init() {}
}

/// A sink printing `format` to `output`, which receives UTF-8 text in chunks (stdout, a
/// file, or a buffer in tests).
package func makeSink(
    _ format: OutputFormat,
    options: RenderOptions,
    output: @escaping (String) throws -> Void
) -> any RowSink {
    makeSink(format, options: options, out: ChunkedOutput(output))
}

/// The same sink handing out raw UTF-8 bytes in chunks: for large exports, where turning
/// each chunk back into a String (and validating it) only costs time.
package func makeSink(
    _ format: OutputFormat,
    options: RenderOptions,
    bytes: @escaping ([UInt8]) throws -> Void
) -> any RowSink {
    makeSink(format, options: options, out: ChunkedOutput(bytes: bytes))
}

/// The sink writing into `out` (standard output, an export's file): its 64 KiB chunks go
/// straight through `BufferedOutput` to the descriptor, with no second copy.
package func makeSink(_ format: OutputFormat, options: RenderOptions, to out: BufferedOutput) -> any RowSink {
    makeSink(format, options: options, out: ChunkedOutput(bytes: { try out.write(bytes: $0) }))
}

private func makeSink(_ format: OutputFormat, options: RenderOptions, out: ChunkedOutput) -> any RowSink {
    switch format {
    case .table: return TableRenderer(options: options, out: out)
    case .csv: return CSVRowSink(delimiter: options.decimalComma ? ";" : ",", options: options, out: out)
    case .tsv: return CSVRowSink(delimiter: "\t", options: options, out: out)
    case .json: return JSONRowSink(lines: false, out: out)
    case .jsonl: return JSONRowSink(lines: true, out: out)
    case .markdown: return MarkdownRenderer(out: out, display: options.display)
    case .html: return HTMLTableSink(out: out)
    }
}
