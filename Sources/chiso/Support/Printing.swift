import ChisoFormats
import ChisoQuery

/// Prints a result set to standard output in the chosen format.
func printResult(_ result: ResultSet, _ output: OutputOptions) throws {
    let out = BufferedOutput.standardOutput()
    var sink = makeSink(output.format, options: output.renderOptions, output: { try out.write($0) })
    try result.render(into: &sink)
    try out.flush()
}
