import ChisoFormats
import ChisoQuery

/// Prints a result set to standard output in the chosen format.
/// A `caption` ("34 tỉnh, thành phố") goes on the line above a table or a Markdown table, never
/// into CSV or JSON, whose readers expect rows only.
func printResult(_ result: ResultSet, _ output: OutputOptions, options: RenderOptions? = nil, caption: String? = nil) throws {
    try printReport(result, output, options: options, header: caption.map { [$0] } ?? [])
}

/// A report for people and for programs: `header` lines (what the table is about) above a
/// table or a Markdown table, `notes` (what is missing, what else exists) below it. Machine
/// formats keep their rows only (the header's facts are columns of the rows); their notes go
/// to standard error so a script reading standard output never parses prose. A `warning`
/// is said in every format: above the table, and on standard error otherwise.
func printReport(_ result: ResultSet, _ output: OutputOptions, options: RenderOptions? = nil,
                 header: [String] = [], notes: [String] = [], warning: String? = nil) throws {
    let out = BufferedOutput.standardOutput()
    let forPeople = output.format == .table || output.format == .markdown
    if forPeople {
        var lines = header
        if let warning { lines.append("\(output.words.warning): \(warning)") }
        for line in lines { try out.write(line + (output.format == .markdown ? "  \n" : "\n")) }
        if output.format == .markdown, !lines.isEmpty { try out.write("\n") }
    } else if let warning {
        try out.flush()
        note("warning: \(warning)")
    }
    var sink = makeSink(output.format, options: options ?? output.renderOptions, to: out)
    try result.render(into: &sink)
    if forPeople {
        if output.format == .markdown, !notes.isEmpty { try out.write("\n") }
        for line in notes { try out.write(line + (output.format == .markdown ? "  \n" : "\n")) }
    }
    try out.flush()
    if !forPeople {
        for line in notes { note("note: \(line)") }
    }
}
