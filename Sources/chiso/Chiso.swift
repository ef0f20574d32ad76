import ArgumentParser

/// The root command. Subcommands are thin: parse, call a library, render, exit.
@main
struct Chiso: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chiso",
        abstract: "Vietnam's public-administration reform indicators (TTHC, QĐ 766, PAR Index, SIPAS, DTI, Đề án 06) in one SQLite file.",
        discussion: """
            The database file is --db PATH, else $CHISO_DB, else ./chiso.db.

            Examples:
              chiso load                              # create chiso.db and load ./Seeds
              chiso report "Tuyên Quang"              # a province's scorecard
              chiso period "9 tháng đầu năm 2023"     # → 2023-01/2023-09
            """,
        version: ChisoVersion.current,
        subcommands: [
            // Set up and load
            Init.self,
            Load.self,
            Import.self,
            Add.self,
            Correct.self,
            Delete.self,
            History.self,
            Undo.self,
            // Reference data
            Areas.self,
            Indicators.self,
            PeriodCommand.self,
            // Queries and reports
            Query.self,
            SQL.self,
            Report.self,
            Rank.self,
            Trend.self,
            Compare.self,
            Rollout.self,
            Chart.self,
            // Quality
            Check.self,
            // Sources
            Sources.self,
            Search.self,
            // Drafting new figures
            Extract.self,
            // Out to files and spreadsheets
            Export.self,
            DatasetteMetadataCommand.self,
        ]
    )
}

enum ChisoVersion {
    static let current = "0.1.0"
}
