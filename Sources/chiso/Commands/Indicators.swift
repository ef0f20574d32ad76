import ArgumentParser
import ChisoQuery
import ChisoStorage

struct Indicators: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the indicator catalogue: codes, Vietnamese and English names, measures.",
        discussion: """
            Examples:
              chiso indicators
              chiso indicators --framework qd766 --format json
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only this framework (qd766, par_index, sipas, dti, de_an_06, tthc, …).")
    var framework: String?

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        try printResult(try IndicatorListing(framework: framework).run(db), output)
    }
}
