import ArgumentParser
import ChisoDomain
import ChisoQuery
import ChisoStorage

struct Areas: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the country and its provinces, with codes and validity dates.",
        discussion: """
            Codes were reused on 1 July 2025 (15 was Yên Bái, is now Lào Cai): --as-of shows the units in force on a date.

            Examples:
              chiso areas --as-of 2023-09-30          # the 63 provinces and the country
              chiso areas --level province --as-of 2026-01-01 --format csv
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only this level: \(AreaListing.levels.joined(separator: ", ")).")
    var level: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Only areas valid on this date (YYYY-MM-DD or a Vietnamese date).", valueName: "date"))
    var asOf: String?

    func validate() throws {
        if let level, !AreaListing.levels.contains(level) {
            throw ValidationError("unknown level '\(level)'; expected one of \(AreaListing.levels.joined(separator: ", "))")
        }
    }

    func run() throws {
        let date = try asOf.map { try Period.parse($0).end }
        let db = try Database(path: database.path, access: .read)
        try printResult(try AreaListing(level: level, asOf: date).run(db), output)
    }
}
