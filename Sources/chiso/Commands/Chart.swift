import ArgumentParser
import ChisoDomain
import ChisoFormats
import ChisoQuery
import ChisoStorage

/// `chiso chart`: the reports drawn as pictures.
struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw a report as a chart: SVG (text stays text), or PNG with rsvg-convert.",
        discussion: """
            The same selections as the reports: a league table ranks one comparable period and shows the areas lacking it as missing; a trend draws each period kind as its own line, better drawn higher (rank 1 at the top); compare gives each indicator its own scale. Titles and labels are Vietnamese; the period and the sources are in the subtitle and footnote. The same data gives the same bytes.

            Examples:
              chiso chart rank qd766_score -o qd766.svg
              chiso chart trend qd766_rank --area "Tuyên Quang" -o tq.png
              chiso chart compare 08 22 --indicators qd766_score,online_dossier_rate -o compare.svg
              chiso chart rollout -o de-an-06.svg
              chiso chart map qd766_score --period 2023 -o map.svg
              chiso chart rank dti_score --in "Lâm Đồng" --units department -o depts.svg

            chart rank and chart map take rank's selection options (--period, --latest-each, --level, --units, --in, --channel, --status).
            """,
        subcommands: [ChartRank.self, ChartTrend.self, ChartCompare.self, ChartRollout.self, ChartMap.self])
}

/// `-o FILE` and `--format svg|png`, shared by the chart subcommands.
struct PictureOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (.svg or .png); standard output when left out (SVG only).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("svg or png (default: from the -o extension, else svg).", valueName: "format"))
    var format: String?

    /// The kind to write: --format, else the -o extension; a contradiction or an unknown kind is a usage error.
    func kind() throws -> PictureFile.Kind {
        let named = output.flatMap { $0 == "-" ? nil : PictureFile.kind(ofPath: $0) }
        if let format {
            guard let kind = PictureFile.Kind(rawValue: format.lowercased()), kind != .html else {
                throw ValidationError("--format \(format): a chart is svg or png")
            }
            if let output, output != "-", let named, named != kind {
                throw ValidationError("-o \(output) names a .\(named.rawValue) file but --format is \(kind.rawValue); make them agree")
            }
            return kind
        }
        if let output, output != "-" {
            guard let named, named != .html else {
                throw ValidationError("-o \(output): a chart file ends in .svg or .png (or give --format svg)")
            }
            return named
        }
        return .svg
    }

    func write(_ svg: String, database: String) throws {
        let kind = try kind()
        if let output { try OutputPathGuard.check(output, option: "-o", against: [.database(database)]) }
        try PictureFile.write(svg, as: kind, to: output)
        if let output, output != "-" { note("wrote \(output)") }
    }
}

struct ChartRank: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rank", abstract: "A league table as bars (longer is better, ranks too).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var picture: PictureOptions

    @Argument(help: "An indicator code (qd766_score) or its Vietnamese name.", completion: Completion.indicators)
    var indicator: String

    @OptionGroup var selection: RankSelectionOptions

    @Option(help: ArgumentHelp("Draw this area's bar in the highlight colour.", valueName: "area"))
    var highlight: String?

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        let chart = try RankChart(report: try selection.report(indicator, in: db), highlight: highlight).chart(db)
        try picture.write(chart.svg(), database: database.path)
    }
}

struct ChartTrend: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "trend", abstract: "An area's series as lines on a time axis.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var picture: PictureOptions

    @Argument(help: "An indicator code or its Vietnamese name.", completion: Completion.indicators)
    var indicator: String

    @Option(help: ArgumentHelp("The area: a name, a code or an id.", valueName: "area"))
    var area: String

    @Flag(help: "Include the figures of the provinces merged into this one (before 2025-07-01), each as its own line.")
    var lineage = false

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        let chart = try TrendChart(report: TrendReport(indicator: indicator, area: area, lineage: lineage)).chart(db)
        try picture.write(chart.svg(), database: database.path)
    }
}

struct ChartCompare: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "Areas side by side, a group of bars per indicator on its own scale.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var picture: PictureOptions

    @Argument(help: "Two or more areas: names, codes or ids.")
    var areas: [String]

    @Option(help: ArgumentHelp("Only these indicators, in this order (comma-separated codes).", valueName: "i1,i2"))
    var indicators: String?

    func validate() throws {
        guard areas.count >= 2 else { throw ValidationError("compare needs two or more areas") }
    }

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        let list = indicators?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let chart = try CompareChart(report: CompareReport(areas: areas, indicators: list)).chart(db)
        try picture.write(chart.svg(), database: database.path)
    }
}

struct ChartRollout: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rollout", abstract: "Đề án 06 models completed, as progress bars per area.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var picture: PictureOptions

    @Argument(help: "An area (its history); every area's latest when left out.")
    var area: String?

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        let chart = try RolloutChart(report: RolloutReport(area: area)).chart(db)
        try picture.write(chart.svg(), database: database.path)
    }
}

struct ChartMap: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "map", abstract: "A tile map of the provinces (63 before 2025-07-01, 34 after) coloured by the figure.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var picture: PictureOptions

    @Argument(help: "An indicator code or its Vietnamese name.", completion: Completion.indicators)
    var indicator: String

    @OptionGroup var selection: RankSelectionOptions

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        let chart = try MapChart(report: try selection.report(indicator, in: db)).chart(db)
        try picture.write(chart.svg(), database: database.path)
    }
}
