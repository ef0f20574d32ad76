import ArgumentParser
import ChisoIngest
import ChisoQuery
import ChisoStorage

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of the source documents, with or without diacritics.",
        discussion: """
            Words match whatever their diacritics, "đ" and "d" alike; the words are tried as one phrase first, else passages holding all of them are shown. Matches are marked «…».

            Examples:
              chiso search "so hoa ho so"             # finds "số hóa hồ sơ"
              chiso search dat                        # finds "đạt"
              chiso search "Tuyên Quang" --format csv --limit 5
            """)

    @Argument(help: "The words to find.")
    var text: String

    @Option(help: "At most this many passages.")
    var limit = 20

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        let result = try SourceSearch(text: text, limit: limit).run(db)
        if result.rows.isEmpty { note("no passage matches '\(text)'") }
        try printResult(result, output)
    }
}
