import ArgumentParser
import ChisoFormats
import ChisoQuery
import ChisoStorage

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the figures against themselves: rates, sums, ranges, targets, sources, changes.",
        discussion: """
            Each finding has a severity (error, warning, info), a rule and the arithmetic:
              rate_vs_fraction  a rate against its own n/N ("13322/16942 = 78.63% ✓")
              rate_vs_parts     a rate against the counts of the same report
                                ("388 / 1824 = 21.27%, but 21.6% is reported")
              parts_sum         parts against their total ("1476 + 218 + 130 = 1824 ✓")
              range             a percent outside 0–100, a rank outside 1..N, n above N
              target            a goal met or missed ("missed by 24.84 points")
              conflict          one figure given differently by two sources
              implied           what a change implies ("56 + 3 = 59": rank 59/63 in 2023-H1)

            --derive stores implied values as observations with status 'derived' and the arithmetic in their note; it never overwrites a reported figure, and a second run changes nothing.

            Examples:
              chiso check
              chiso check --area "Tuyên Quang" --strict
              chiso check --derive
              chiso check --format csv > findings.csv
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only findings about this area (name, code or 'VN').", valueName: "area"))
    var area: String?

    @Flag(help: "Exit 1 when any finding is an error (after printing them all).")
    var strict = false

    @Flag(help: "Store the values changes imply as 'derived' observations before checking.")
    var derive = false

    func run() throws {
        let db = try Database(path: database.path, access: derive ? .write : .read)
        var filter: AreaFilter?
        if let area { filter = try AreaFilter(area, directory: try db.areas.directory()) }
        if derive {
            note(try Derivation.run(db, area: filter).description)
        }
        var check = DataCheck(area: filter)
        let line = TerminalProgress()
        check.progress = { line.show($0, always: true) }
        let report = try check.run(db)
        line.clear()
        var options = output.renderOptions
        // Messages carry the arithmetic: do not cut them at the usual 40 columns.
        options.maxCellWidth = 200
        options.emptyMessage = "no findings"
        let out = BufferedOutput.standardOutput()
        if output.format == .json || output.format == .jsonl {
            // Lists (rows, sources, quotes) as JSON arrays, not "; "-joined text.
            try report.writeJSON(lines: output.format == .jsonl, to: out)
        } else {
            var sink = makeSink(output.format, options: options, to: out)
            try report.render(detailed: output.format != .table && output.format != .markdown, into: &sink)
        }
        try out.flush()
        note(report.summary)
        if strict, report.hasErrors {
            throw ExitCode(1)
        }
    }
}
