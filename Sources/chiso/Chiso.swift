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
            Init.self, Areas.self, Indicators.self, PeriodCommand.self, Query.self, SQL.self,
        ]
    )
}

enum ChisoVersion {
    static let current = "0.1.0"
}
