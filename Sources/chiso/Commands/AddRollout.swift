import ArgumentParser
import ChisoIngest
import ChisoStorage

struct AddRollout: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollout",
        abstract: "Add a programme's rollout (\"hoàn thành 16/38 mô hình; 21 đang triển khai; 01 chưa triển khai\").",
        discussion: """
            completed + in progress + not started must equal the total.

            Examples:
              chiso add rollout --area "Nghệ An" --period 2024-10-31 --total 38 --completed 16 --in-progress 21 --not-started 1
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Area: 2-digit code, VN, or name.") var area: String
    @Option(help: "Period: code or Vietnamese phrase.") var period: String
    @Option(help: "Number of models in the programme.") var total: String
    @Option(help: "Models completed.") var completed: String
    @Option(name: .customLong("in-progress"), help: "Models in progress.") var inProgress: String
    @Option(name: .customLong("not-started"), help: "Models not started.") var notStarted: String
    @Option(help: "Programme code.") var programme: String = "de_an_06"
    @Option(help: "Source id.") var source: String?
    @Option(help: "The exact words of the source.") var quote: String?

    @OptionGroup var write: AddWriteOptions

    func run() throws {
        try removingNewDatabaseOnFailure(database.path) {
            let db = try Database(path: database.path, access: write.dryRun ? .dryRun : .create)
            let fields: [String: String?] = [
                "programme": programme, "area": area, "period": period, "total": total, "completed": completed,
                "in_progress": inProgress, "not_started": notStarted, "source": source, "quote": quote,
            ]
            let result = try RowAdder(database: db).addRollout(fields.compactMapValues { $0 }, replace: write.replace, dryRun: write.dryRun)
            try report(result, kind: "rollout")
        }
    }
}
