import ChisoFormats
import ChisoQuery

/// Prints a result set to standard output in the chosen format.
func printResult(_ result: ResultSet, _ output: OutputOptions, options: RenderOptions? = nil) throws {
    let out = BufferedOutput.standardOutput()
    var sink = makeSink(output.format, options: options ?? output.renderOptions, to: out)
    try result.render(into: &sink)
    try out.flush()
}
