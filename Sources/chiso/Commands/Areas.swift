import ArgumentParser
import ChisoDomain
import ChisoQuery
import ChisoStorage

struct Areas: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "areas",
        abstract: "List the country and its provinces, or the units inside one (departments, districts, communes, ministries).",
        discussion: """
            Codes were reused on 1 July 2025 (15 was Yên Bái, is now Lào Cai): --as-of shows the units in force on a date.

            Examples:
              chiso areas --as-of 2023-09-30          # the 63 provinces and the country
              chiso areas --level province --as-of 2026-01-01 --format csv
              chiso areas --in "Nghệ An"                  # its departments, districts, communes and their figures
              chiso areas --ministries --as-of 2025-06-30 # the 14 ministries and 3 ministry-level agencies
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only this level: \(AreaListing.levels.joined(separator: ", ")).")
    var level: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Only areas valid on this date (YYYY-MM-DD or a Vietnamese date).", valueName: "date"))
    var asOf: String?

    @Option(name: .customLong("in"), help: ArgumentHelp("List the units inside this province (kind, name, validity, figures held); VN lists the ministries.", valueName: "area"))
    var area: String?

    @Flag(help: "List the ministries and central agencies (the same as --in VN).")
    var ministries = false

    func validate() throws {
        if ministries, area != nil { throw ValidationError("--ministries lists the units of VN; leave out --in, or use --in VN") }
        if ministries || area != nil, level != nil {
            throw ValidationError("--level filters areas; --in and --ministries list the units inside one")
        }
        if let level, !AreaListing.levels.contains(level) {
            throw ValidationError("unknown level '\(level)'; expected one of \(AreaListing.levels.joined(separator: ", "))")
        }
    }

    func run() throws {
        let date = try asOf.map { try Period.parse($0).end }
        let db = try Database(path: database.path, access: .read)
        if ministries || area != nil {
            return try printResult(try UnitListing(area: ministries ? "VN" : area ?? "VN", asOf: date).run(db), output)
        }
        try printResult(try AreaListing(level: level, asOf: date).run(db), output)
    }
}
