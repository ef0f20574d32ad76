import ArgumentParser
import ChisoFormats
import ChisoQuery
import Foundation

struct DatasetteMetadataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasette-metadata",
        abstract: "Print a Datasette metadata file: titles, descriptions, labels, units, search and canned queries.",
        discussion: """
            Datasette names a database after its file, so the metadata is keyed by the --db
            file's name without its extension. See docs/datasette.md.

            Examples:
              chiso datasette-metadata > metadata.json
              datasette serve chiso.db -m metadata.json
              chiso datasette-metadata --db data/seeds.db > seeds-metadata.json
            """)

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let name = URL(fileURLWithPath: database.path).deletingPathExtension().lastPathComponent
        let out = BufferedOutput.standardOutput()
        try out.write(try DatasetteMetadata.json(databaseName: name))
        try out.flush()
    }
}
