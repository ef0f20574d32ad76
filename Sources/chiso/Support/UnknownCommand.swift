import ArgumentParser
import ChisoDomain
import Foundation

extension Chiso {
    /// Runs the command line, first catching a misspelt subcommand: ArgumentParser would call
    /// `chiso reprot` "2 unexpected arguments", where a person wants "did you mean 'report'?".
    /// Options already get their own suggestions from ArgumentParser.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, let message = unknownCommandMessage(first) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        switch ExcelFlavour.expand(arguments) {
        case .success(let expanded): main(expanded)
        case .failure(let error): exit(withError: error)
        }
    }

    /// nil when `word` is a subcommand (or an alias, or an option); else the one-line error.
    static func unknownCommandMessage(_ word: String) -> String? {
        guard !word.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.flatMap { [$0._commandName] + $0.configuration.aliases } + ["help"]
        guard !names.contains(word) else { return nil }
        let suggestion = Suggest.closest(to: word, among: names, limit: 1).first
        return "Error: '\(word)' is not a chiso command" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            + " (`chiso --help` lists the commands)"
    }
}
