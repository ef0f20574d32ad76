import ChisoFormats
import ChisoQuery

/// Prints a result set to standard output in the chosen format.
/// A `caption` ("34 tỉnh, thành phố") goes on the line above a table, never into CSV, JSON or
/// Markdown, whose readers expect rows only.
func printResult(_ result: ResultSet, _ output: OutputOptions, options: RenderOptions? = nil, caption: String? = nil) throws {
    let out = BufferedOutput.standardOutput()
    if let caption, output.format == .table { try out.write(caption + "\n") }
    var sink = makeSink(output.format, options: options ?? output.renderOptions, to: out)
    try result.render(into: &sink)
    try out.flush()
}
