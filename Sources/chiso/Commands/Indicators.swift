import ArgumentParser
import ChisoQuery
import ChisoStorage

struct Indicators: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "List the indicator catalogue: codes, names, measures, parents, origin (builtin or user).",
        discussion: """
            Examples:
              chiso indicators
              chiso indicators --framework qd766 --format json
              chiso indicators --tree                 # components under their index
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only this framework (qd766, par_index, sipas, dti, de_an_06, tthc, …).")
    var framework: String?

    @Flag(help: "List components under their index (a group under qd766_score, a rank under its score).")
    var tree = false

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        try printResult(try IndicatorListing(framework: framework, tree: tree).run(db), output)
    }
}
