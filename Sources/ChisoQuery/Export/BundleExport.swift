import ChisoFormats
import ChisoStorage
import Foundation

/// `chiso export all --format bundle -o DIR`: the database as a folder `chiso load DIR` (or
/// `chiso import DIR`) reads back into an empty file, in the layout of the seeds:
///
///     DIR/sources.csv       id, file, title, publisher, url, published_on, area, period
///     DIR/sources/ID.txt    each source's text, byte for byte as stored
///     DIR/observations.csv  DIR/targets.csv  DIR/rollouts.csv   (the interchange layouts)
///     DIR/indicators.csv    the indicators users defined (`chiso add indicator`)
///
/// Every file is written atomically from one read transaction, so the bundle shows one moment.
/// `BundleExport.extraParts` is where more files join the bundle.
package struct BundleExport {
    package let directory: String

    package init(directory: String) { self.directory = directory }

    /// A file of the bundle besides the sources and the figures: its name and how to write it.
    package struct Part: Sendable {
        package var name: String
        package var write: @Sendable (Database, inout any RowSink) throws -> Int
    }

    /// Files written after the sources and the figures: the indicators users defined, as the
    /// indicators.csv `chiso load` reads before the figures that use them (a header only when
    /// there are none, so every bundle has the same files).
    package static let extraParts: [Part] = [
        Part(name: "indicators.csv") { database, sink in
            try TableExport(.userIndicators, flavour: .interchange).write(from: database, into: &sink)
        },
    ]

    /// Writes the bundle; returns the rows written per file.
    package func run(_ database: Database) throws -> [(file: String, rows: Int)] {
        try createFolder(directory)
        try createFolder((directory as NSString).appendingPathComponent("sources"))
        return try database.connection.read {
            var counts = [(file: "sources.csv", rows: try writeSources(database))]
            for table in [ExportTable.observations, .targets, .rollouts] {
                let name = table.rawValue + ".csv"
                let rows = try writeFile(name) { sink in
                    try TableExport(table, flavour: .interchange).write(from: database, into: &sink)
                }
                counts.append((name, rows))
            }
            for part in Self.extraParts {
                counts.append((part.name, try writeFile(part.name) { sink in try part.write(database, &sink) }))
            }
            return counts
        }
    }

    /// sources.csv in the seeds layout, and each text as sources/ID.txt.
    private func writeSources(_ database: Database) throws -> Int {
        let sources = try database.sources.all(withBody: true)
        for source in sources {
            guard let body = source.body else { continue }
            let file = try AtomicFile(path: path("sources/\(source.id).txt"))
            try file.writing {
                let out = BufferedOutput(file: file)
                try out.write(bytes: Array(body.utf8))
                try out.flush()
            }
        }
        return try writeFile("sources.csv") { sink in
            try sink.begin(columns: CSVLayout.sources.columns.map { Column($0) })
            for s in sources {
                let cells: [String: Cell] = [
                    "id": .text(s.id), "file": .text(s.body == nil ? nil : "sources/\(s.id).txt"), "title": .text(s.title),
                    "publisher": .text(s.publisher), "url": .text(s.url), "published_on": .text(s.publishedOn),
                    "area": .text(s.area), "period": .text(s.period),
                ]
                try sink.write(CSVLayout.sources.row(cells))
            }
            try sink.finish()
            return sources.count
        }
    }

    private func writeFile(_ name: String, _ body: (inout any RowSink) throws -> Int) throws -> Int {
        let file = try AtomicFile(path: path(name))
        return try file.writing {
            let out = BufferedOutput(file: file)
            var sink = makeSink(.csv, options: RenderOptions(), to: out)
            let rows = try body(&sink)
            try out.flush()
            return rows
        }
    }

    private func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    private func createFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw ExportError("\(path) is a file; give a folder for the bundle") }
            return
        }
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw ExportError("cannot create the folder \(path): \(error.localizedDescription)")
        }
    }
}
