import ArgumentParser
import ChisoDomain
import ChisoQuery

struct PeriodCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "period",
        abstract: "Show how chiso reads a period: its canonical code, dates and Vietnamese label.",
        discussion: """
            Examples:
              chiso period "9 tháng đầu năm 2023"     # 2023-01/2023-09
              chiso period "quý III/2023"             # 2023-Q3
              chiso period "ngày 13.10.2023"          # 2023-10-13
              chiso period "tính đến ngày 28/10" --year 2023
            """)

    @OptionGroup var output: OutputOptions

    @Argument(help: "A canonical code (2023-H1) or Vietnamese wording (6 tháng đầu năm 2023).")
    var text: String

    @Option(help: "The year for wording that leaves it out (\"ngày 28/10\").")
    var year: Int?

    func run() throws {
        let context = year.map { PeriodContext(year: $0) }
        try printResult(try PeriodInfo(text: text, context: context).run(), output)
    }
}
