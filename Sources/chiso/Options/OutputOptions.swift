import ArgumentParser
import ChisoFormats

extension OutputFormat: ExpressibleByArgument {}

/// `--format` and `--no-header`, shared by every command that prints rows.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .table

    @Flag(name: .customLong("no-header"), help: "Leave out the header row (csv and tsv).")
    var noHeader = false

    @Flag(name: .customLong("quote-all"), help: "Quote every text field (csv), so CSV sniffers (csvkit, Python's csv.Sniffer, pandas sep=None) never guess wrong.")
    var quoteAll = false

    func validate() throws {
        if quoteAll, format != .csv {
            throw ValidationError("--quote-all applies to csv output, not \(format.rawValue)")
        }
        if noHeader, format != .csv, format != .tsv {
            throw ValidationError("--no-header applies to csv and tsv output, not \(format.rawValue)")
        }
    }

    var renderOptions: RenderOptions {
        var options = RenderOptions()
        options.header = !noHeader
        options.quoteAll = quoteAll
        return options
    }
}
