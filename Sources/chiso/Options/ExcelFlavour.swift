import ArgumentParser

/// The spreadsheet locale of `export --excel=vi`. `--excel` alone is a flag, and
/// ArgumentParser has no option whose value may be left out, so `Chiso.main` turns
/// `--excel=vi` into `--excel --excel-flavour vi` before parsing.
enum ExcelFlavour: String, ExpressibleByArgument, CaseIterable {
    /// Vietnamese: `;` between fields and a decimal comma.
    case vi

    static let optionName = "excel-flavour"

    /// The arguments with every `--excel=VALUE` spelled as the flag and the hidden option;
    /// a value that is no flavour is refused with the flavours there are.
    static func expand(_ arguments: [String]) -> Result<[String], ValidationError> {
        var expanded: [String] = []
        for argument in arguments {
            guard argument.hasPrefix("--excel=") else {
                expanded.append(argument)
                continue
            }
            let value = String(argument.dropFirst("--excel=".count))
            guard ExcelFlavour(rawValue: value) != nil else {
                return .failure(ValidationError("--excel=\(value): chiso knows the spreadsheet flavour \(allCases.map { "--excel=\($0.rawValue)" }.joined(separator: ", ")) (';' and decimal comma), or --excel alone (',' and decimal point)"))
            }
            expanded += ["--excel", "--\(optionName)", value]
        }
        return .success(expanded)
    }
}
