import ArgumentParser
import ChisoFormats

/// `-o FILE` of the reports that can write a page (`report`, `rank`): the HTML page goes to
/// the file whole or not at all, never over the database; without `-o`, to standard output.
struct PageFileOption: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("With --format html: write the page to this file (.html).", valueName: "file"))
    var path: String?

    func validate(format: OutputFormat) throws {
        guard let path, path != "-" else { return }
        guard format == .html else {
            throw ValidationError("-o \(path) writes an HTML page: add --format html (other formats print to standard output; redirect with > to keep them)")
        }
        guard PictureFile.kind(ofPath: path) == .html || path.lowercased().hasSuffix(".htm") else {
            throw ValidationError("-o \(path): an HTML page's file ends in .html")
        }
    }

    func write(_ html: String, database: String) throws {
        if let path { try OutputPathGuard.check(path, option: "-o", against: [.database(database)]) }
        try PictureFile.write(html, as: .html, to: path)
        if let path, path != "-" { note("wrote \(path)") }
    }
}
