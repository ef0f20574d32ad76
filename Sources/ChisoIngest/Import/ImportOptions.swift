import ChisoStorage
/// The file formats `chiso import` reads.
package enum ImportFormat: String, Sendable, CaseIterable {
    /// RFC 4180, `,` or `;` (sniffed from the header) or `--delimiter`.
    case csv
    /// Tab-separated, same columns.
    case tsv
    /// One JSON object per line with the column names as keys.
    case jsonl
}


/// How one import runs. The defaults are the safe ones: all or nothing, conflicts fail.
package struct ImportOptions: Sendable {
    package var format: ImportFormat = .csv
    /// Overrides the sniffed CSV delimiter.
    package var delimiter: Character?
    /// Validate and count, then roll back.
    package var dryRun = false
    package var onConflict: ConflictPolicy = .fail
    /// Import the good rows and leave out the bad ones (which go to `rejectsPath` if given).
    package var skipBad = false
    /// Where bad rows go, with their fields as read and an `error` column.
    package var rejectsPath: String?
    /// How many problem lines to keep for the report; the rest are only counted.
    package var problemLimit = 100

    package init() {}
}

/// Where the rows come from: a file or standard input (`-`).
package enum ImportInput: Sendable {
    case file(String)
    case standardInput
    /// A temporary copy (standard input kept to sniff its header, a JSON array turned into
    /// JSON Lines) named in messages as the input the user gave.
    case spooled(path: String, name: String)

    package init(argument: String) {
        self = argument == "-" ? .standardInput : .file(argument)
    }

    /// How messages name the input: the path as given, or `<stdin>`.
    package var name: String {
        switch self {
        case .file(let path): path
        case .standardInput: "<stdin>"
        case .spooled(_, let name): name
        }
    }
}
