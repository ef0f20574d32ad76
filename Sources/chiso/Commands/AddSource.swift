import ArgumentParser
import ChisoQuery
import ChisoFormats
import ChisoIngest
import ChisoStorage
import Foundation

struct AddSource: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "source",
        abstract: "Register a report: its text (NFC) and SHA-256, indexed for `chiso search`.",
        discussion: """
            Figures cite a registered source with --source ID (add, import), and their quotes are checked against its text. The same text under another id is refused, naming the id that holds it; the same id and text again changes nothing; another text under an existing id needs --replace. The title defaults to the text's first line.

            Examples:
              chiso add source laocai-2024-6t.txt --id laocai-2024-6t --title "Báo cáo CCHC 6 tháng đầu năm 2024" --date 2024-06-20 --publisher "UBND tỉnh Lào Cai" --area "Lào Cai" --period 2024-H1
              chiso add source report.txt --id tq-2023-9m --dry-run
              chiso sources
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The report: a UTF-8 text file, or - for standard input.", valueName: "file"))
    var file: String

    @Option(help: "The source id: letters, digits, '_', '.', '-' (e.g. laocai-2024-6t).") var id: String
    @Option(help: "The report's title (default: its first line).") var title: String?
    @Option(help: "The date it was published or signed (2024-06-20 or 20/6/2024).") var date: String?
    @Option(help: "Who published it.") var publisher: String?
    @Option(help: "Where it was found.") var url: String?
    @Option(help: "The area it reports on (name, code or VN).") var area: String?
    @Option(help: "The period it covers (code or Vietnamese phrase).") var period: String?

    @Flag(help: "Replace the text of an existing source with this id.") var replace = false
    @Flag(help: "Check and show what would be registered; write nothing.") var dryRun = false

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: file) else {
                throw InputError(file: file, line: 0, message: FileManager.default.fileExists(atPath: file) ? "cannot be read" : "no such file")
            }
            data = read
        }
        try removingNewDatabaseOnFailure(database.path) {
            let db = try Database(path: database.path, access: dryRun ? .dryRun : .create)
            let fields = SourceAdder.Fields(id: id, title: title, date: date, publisher: publisher, url: url, area: area, period: period)
            let outcome = try SourceAdder(database: db).add(file: file == "-" ? "<stdin>" : file, text: data, fields: fields,
                                                            replace: replace, dryRun: dryRun)
            note(outcome.line)
        }
    }
}

struct Sources: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the registered sources: id, title, date, publisher and the figures citing each.",
        discussion: """
            Examples:
              chiso sources
              chiso sources --format csv
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        let result = try SourceListing.run(db)
        var options = output.renderOptions
        options.emptyMessage = "no sources; register one with `chiso add source FILE --id ID`"
        try printResult(result, output, options: options)
    }
}
