import ArgumentParser
import ChisoFormats

extension OutputFormat: ExpressibleByArgument {}

/// `--format` and `--no-header`, shared by every command that prints rows.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .table

    @Flag(name: .customLong("no-header"), help: "Leave out the header row (csv and tsv).")
    var noHeader = false

    func validate() throws {
        if noHeader, format != .csv, format != .tsv {
            throw ValidationError("--no-header applies to csv and tsv output, not \(format.rawValue)")
        }
    }

    var renderOptions: RenderOptions {
        var options = RenderOptions()
        options.header = !noHeader
        return options
    }
}
