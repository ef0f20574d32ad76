import ArgumentParser
import ChisoFormats
import ChisoQuery
import Foundation

extension OutputFormat: ExpressibleByArgument {}

/// The language of headers, labels and number display in table and Markdown output.
enum DisplayLanguage: String, ExpressibleByArgument, CaseIterable {
    case en, vi
}

/// `--format`, `--no-header`, `--wide` and `--lang`, shared by every command that prints rows.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .table

    @Flag(name: .customLong("no-header"), help: "Leave out the header row (csv and tsv).")
    var noHeader = false

    @Flag(help: "Print every table column in full, however wide (by default a table fits the terminal: $COLUMNS, else its width).")
    var wide = false

    @Option(help: ArgumentHelp("Headers, labels and numbers of table and markdown output: en or vi (58,52 · 781.131 · 42,06%); default $CHISO_LANG, else en. csv and json stay exact.", valueName: "lang"))
    var lang: DisplayLanguage?

    @Flag(name: .customLong("quote-all"), help: "Quote every text field (csv), so CSV sniffers (csvkit, Python's csv.Sniffer, pandas sep=None) never guess wrong.")
    var quoteAll = false

    func validate() throws {
        if quoteAll, format != .csv {
            throw ValidationError("--quote-all applies to csv output, not \(format.rawValue)")
        }
        if noHeader, format != .csv, format != .tsv {
            throw ValidationError("--no-header applies to csv and tsv output, not \(format.rawValue)")
        }
        if lang == nil, let env = ProcessInfo.processInfo.environment["CHISO_LANG"], !env.isEmpty, DisplayLanguage(rawValue: env) == nil {
            throw ValidationError("CHISO_LANG='\(env)' is not a language chiso prints; expected en or vi")
        }
    }

    /// `--lang`, else `$CHISO_LANG`, else English.
    var language: DisplayLanguage {
        lang ?? ProcessInfo.processInfo.environment["CHISO_LANG"].flatMap(DisplayLanguage.init(rawValue:)) ?? .en
    }

    /// The language of a report's header, notes and warnings: Vietnamese with `--lang vi` in
    /// table and markdown output; csv and json keep English.
    var words: ReportWords { ReportWords(vietnamese: language == .vi, layout: ReportLayout(format)) }

    var renderOptions: RenderOptions {
        var options = RenderOptions()
        options.header = !noHeader
        options.quoteAll = quoteAll
        if format == .table {
            if wide {
                options.maxCellWidth = Int.max / 4
            } else {
                options.maxLineWidth = TerminalWidth.current(environment: ProcessInfo.processInfo.environment)
            }
        }
        if language == .vi { options.display = ReportText.vietnameseDisplay }
        return options
    }

    /// The render options with `columns` shown as percentages in Vietnamese display.
    func renderOptions(percent columns: Set<String>) -> RenderOptions {
        var options = renderOptions
        if language == .vi { options.display.percentColumns = columns }
        return options
    }
}
