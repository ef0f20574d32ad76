import ArgumentParser
import ChisoIngest
import ChisoStorage

struct AddTarget: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "target",
        abstract: "Add one goal (\"đạt từ 86% trở lên\" is --at-least 86).",
        discussion: """
            Exactly one of --at-least, --at-most, --between LO HI, --equal.

            Examples:
              chiso add target --indicator online_dossier_rate --area 08 --period 2023 --at-least 86
              chiso add target --indicator tthc_satisfaction_rate --area 08 --period 2023 --between 90 100
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Indicator code (see `chiso indicators`).") var indicator: String
    @Option(help: "Area: 2-digit code, VN, or name.") var area: String
    @Option(help: "The period the goal applies to: code or Vietnamese phrase.") var period: String
    @Option(name: .customLong("at-least"), help: "The value must reach at least this.") var atLeast: String?
    @Option(name: .customLong("at-most"), help: "The value must stay at most this.") var atMost: String?
    @Option(parsing: .upToNextOption, help: ArgumentHelp("The value must lie between LO and HI.", valueName: "lo hi")) var between: [String] = []
    @Option(help: "The value must equal this.") var equal: String?
    @Option(help: "Department within the area (default: the whole area).") var agency: String?
    @Option(help: "Source id.") var source: String?
    @Option(help: "The exact words of the source.") var quote: String?

    @OptionGroup var write: AddWriteOptions

    func validate() throws {
        let given = [atLeast != nil, atMost != nil, !between.isEmpty, equal != nil].filter { $0 }.count
        guard given == 1 else {
            throw ValidationError("give exactly one of --at-least, --at-most, --between LO HI, --equal (found \(given))")
        }
        if !between.isEmpty, between.count != 2 {
            throw ValidationError("--between takes two values, LO and HI (found \(between.count))")
        }
    }

    func run() throws {
        try removingNewDatabaseOnFailure(database.path) {
            let db = try Database(path: database.path, access: write.dryRun ? .dryRun : .create)
            let (comparator, low, high): (String, String, String?) =
                if let atLeast { (">=", atLeast, nil) }
                else if let atMost { ("<=", atMost, nil) }
                else if let equal { ("=", equal, nil) }
                else { ("between", between[0], between[1]) }
            let fields: [String: String?] = [
                "indicator": indicator, "area": area, "period": period, "comparator": comparator, "value": low,
                "value_high": high, "agency": agency, "source": source, "quote": quote,
            ]
            let result = try RowAdder(database: db).addTarget(fields.compactMapValues { $0 }, replace: write.replace, dryRun: write.dryRun)
            try report(result, kind: "target")
        }
    }
}
