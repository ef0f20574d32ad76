import ArgumentParser
import ChisoQuery
import ChisoStorage

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Areas side by side: one row per indicator, each area's latest value.",
        discussion: """
            Whole-area figures only. Formats other than table add a "<area> period" column after each area, since the latest figures of two areas may not share a period.

            Examples:
              chiso compare "Tuyên Quang" "Hà Giang" --indicators qd766_score,qd766_rank
              chiso compare 08 40 46 --format csv
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "Two or more areas: names, codes or ids.")
    var areas: [String]

    @Option(help: ArgumentHelp("Only these indicators, in this order (comma-separated codes).", valueName: "i1,i2"))
    var indicators: String?

    func validate() throws {
        if areas.count < 2 { throw ValidationError("compare needs at least two areas") }
    }

    func run() throws {
        let list = indicators.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        let db = try Database(path: database.path, access: .read)
        let report = CompareReport(areas: areas, indicators: list, layout: ReportLayout(output.format))
        try printResult(try report.run(db), output)
    }
}
