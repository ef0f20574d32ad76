import ChisoFormats
import ChisoQuery

/// Prints a result set to standard output in the chosen format.
func printResult(_ result: ResultSet, _ output: OutputOptions) throws {
    let out = BufferedOutput.standardOutput()
    var sink = makeSink(output.format, options: output.renderOptions, to: out)
    try result.render(into: &sink)
    try out.flush()
}
