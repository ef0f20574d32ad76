import ArgumentParser
import ChisoFormats
import ChisoQuery
import ChisoStorage

struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Select observations with a small SQL-like language (see docs/query-language.md).",
        discussion: """
            [select FIELD, …] [where CONDITION] [order by FIELD [asc|desc], …] [limit N] Fields: indicator, area (province), agency, period, value, numerator, denominator, measure, framework, status, qualifier, change, source, quote, note, area_code, indicator_name, period_start, period_end, baseline_period. Operators: = != < <= > >= ~ (contains, diacritics ignored), in (…), not in (…), between … and …, within / overlaps (periods), latest, and / or / not, ( ).

            Examples:
              chiso query "where area = tuyen quang and period within 2023"
              chiso query "select area, period, value where indicator = qd766_score and latest"
              chiso query "where indicator ~ hồ sơ trực tuyến order by value desc limit 5"
              chiso query "where period = '9 tháng đầu năm 2023' and value > 90" --format csv
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The query; empty for every observation.")
    var text: String = ""

    func run() throws {
        let db = try Database(path: database.path, access: .read)
        let compiled: CompiledQuery
        do {
            compiled = try ObservationQuery.parse(text).compile(for: db)
        } catch let error as QuerySyntaxError {
            note("Error: \(error)")
            note(error.pointer)
            throw ExitCode.failure
        }
        let out = BufferedOutput.standardOutput()
        var sink = makeSink(output.format, options: output.renderOptions, to: out)
        try compiled.run(on: db.connection, into: &sink)
        try out.flush()
    }
}
