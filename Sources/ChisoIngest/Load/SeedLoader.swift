import ChisoDomain
import ChisoFormats
import ChisoStorage
import Foundation

/// `chiso load [DIR]`: reads a seeds folder (sources.csv and the documents it names,
/// observations.csv, targets.csv, rollouts.csv) into a database in ONE write transaction.
///
/// Rows are matched by natural key, so loading twice changes nothing and an edited figure
/// updates its row. The first bad row aborts everything with `file:line:column: message`
/// and the transaction rolls back, leaving the database exactly as it was.
package struct SeedLoader {
    /// The folder as the user wrote it: file names in messages start with it.
    package let directory: String

    package init(directory: String) {
        self.directory = directory
    }

    package static let files = (sources: "sources.csv", observations: "observations.csv",
                               targets: "targets.csv", rollouts: "rollouts.csv", indicators: "indicators.csv")

    package func load(into database: Database) throws -> LoadReport {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            // Say where we looked: a bare `chiso load` outside the project looks for ./Seeds.
            let absolute = URL(fileURLWithPath: directory).standardizedFileURL.path
            let found = FileManager.default.fileExists(atPath: directory) ? "is a file, not a folder" : "no such folder"
            let place = absolute == directory ? "" : " (\(absolute))"
            throw InputError(file: directory, line: 0, message: "\(found)\(place); give the seeds folder that holds \(Self.files.sources) and \(Self.files.observations): chiso load DIR")
        }
        for required in [Self.files.sources, Self.files.observations] where !FileManager.default.fileExists(atPath: path(required)) {
            throw InputError(file: path(required), line: 0, message: "missing: a seeds folder needs \(Self.files.sources) and \(Self.files.observations)")
        }
        return try database.connection.write {
            // The user's indicators first (when the folder has indicators.csv), so the figures
            // below can use them.
            let indicators = try loadIndicators(database)
            var newUnits: [UnitRecord] = []
            let ensureUnit = try database.units.ensureStatement()
            let unit = { (record: UnitRecord?) throws in
                if let record, try ensureUnit(record) { newUnits.append(record) }
            }
            let reference = try ReferenceData(database)
            let sources = try loadSources(database, reference)
            let observations = try loadObservations(database, reference, unit)
            let targets = try loadTargets(database, reference, unit)
            let rollouts = try loadRollouts(database, reference)
            return LoadReport(tables: (indicators.map { [$0] } ?? []) + [sources, observations, targets, rollouts], newUnits: newUnits)
        }
    }

    private func path(_ name: String) -> String {
        (directory as NSString).appendingPathComponent(name)
    }

    // MARK: - Tables

    private func loadIndicators(_ database: Database) throws -> TableLoadCount? {
        let file = path(Self.files.indicators)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        var count = TableLoadCount(table: "indicators")
        let rows = try IndicatorCatalogue.read(fileAtPath: file, reference: try ReferenceData(database))
        for outcome in try IndicatorCatalogue.define(rows, in: database) { count.count(outcome.outcome) }
        count.notInSeeds = try Int(database.connection.scalar("SELECT count(*) FROM indicators WHERE origin = 'user'").intValue ?? 0) - count.seen
        return count
    }

    private func loadSources(_ database: Database, _ reference: ReferenceData) throws -> TableLoadCount {
        var count = TableLoadCount(table: "sources")
        let index = database.passages
        let ensure = try database.periods.ensureStatement()
        var lines: [String: Int] = [:]
        try each(Self.files.sources, layout: .sources) { header, file in
            SourceDecoder(header: header, file: file, directory: URL(fileURLWithPath: directory), reference: reference)
        } row: { decoder, fields, line in
            let decoded = try decoder.decode(fields, line: line)
            let id = decoded.record.id
            if let first = lines[id] { throw InputError(file: decoder.file, line: line, message: "source '\(id)' is listed twice (also on line \(first))") }
            lines[id] = line
            try at(decoder.file, line) {
                if let period = decoded.period { try ensure(period) }
                let outcome = try database.sources.upsert(decoded.record)
                if outcome != .unchanged { try index.reindex(source: id, body: decoded.record.body) }
                count.count(outcome)
            }
            reference.register(source: id, body: decoded.record.body)
        }
        for id in try index.unindexed() {
            try index.reindex(source: id, body: try database.sources.find(id)?.body)
        }
        count.notInSeeds = try rows("sources", database) - count.seen
        return count
    }

    private func loadObservations(_ database: Database, _ reference: ReferenceData,
                                  _ ensureUnit: (UnitRecord?) throws -> Void) throws -> TableLoadCount {
        var count = TableLoadCount(table: "observations")
        let writer = try database.observations.writer()
        let ensure = try database.periods.ensureStatement()
        var lines: [NaturalKey: Int] = [:]
        try each(Self.files.observations, layout: .observations) { header, file in
            ObservationDecoder(header: header, file: file, reference: reference)
        } row: { decoder, fields, line in
            let decoded = try decoder.decode(fields, line: line)
            try unique(decoded.record.key, &lines, file: decoder.file, line: line)
            try at(decoder.file, line) {
                try ensure(decoded.period)
                if let baseline = decoded.baseline { try ensure(baseline) }
                try ensureUnit(decoded.newUnit)
                count.count(try writer.upsert(decoded.record))
            }
        }
        count.notInSeeds = try rows("observations", database) - count.seen
        return count
    }

    private func loadTargets(_ database: Database, _ reference: ReferenceData,
                             _ ensureUnit: (UnitRecord?) throws -> Void) throws -> TableLoadCount {
        var count = TableLoadCount(table: "targets")
        let ensure = try database.periods.ensureStatement()
        var lines: [NaturalKey: Int] = [:]
        try each(Self.files.targets, layout: .targets, optional: true) { header, file in
            TargetDecoder(header: header, file: file, reference: reference)
        } row: { decoder, fields, line in
            let decoded = try decoder.decode(fields, line: line)
            try unique(decoded.record.key, &lines, file: decoder.file, line: line)
            try at(decoder.file, line) {
                try ensure(decoded.period)
                try ensureUnit(decoded.newUnit)
                count.count(try database.targets.upsert(decoded.record))
            }
        }
        count.notInSeeds = try rows("targets", database) - count.seen
        return count
    }

    private func loadRollouts(_ database: Database, _ reference: ReferenceData) throws -> TableLoadCount {
        var count = TableLoadCount(table: "rollouts")
        let ensure = try database.periods.ensureStatement()
        var lines: [NaturalKey: Int] = [:]
        try each(Self.files.rollouts, layout: .rollouts, optional: true) { header, file in
            RolloutDecoder(header: header, file: file, reference: reference)
        } row: { decoder, fields, line in
            let decoded = try decoder.decode(fields, line: line)
            try unique(decoded.record.key, &lines, file: decoder.file, line: line)
            try at(decoder.file, line) {
                try ensure(decoded.period)
                count.count(try database.rollouts.upsert(decoded.record))
            }
        }
        count.notInSeeds = try rows("rollouts", database) - count.seen
        return count
    }

    // MARK: - Plumbing

    /// Streams the records of one seed file: the header builds a decoder, each later record
    /// goes to `row`. A missing optional file loads nothing.
    private func each<Decoder>(_ name: String, layout: CSVLayout, optional: Bool = false,
                               decoder makeDecoder: (HeaderMap, String) -> Decoder,
                               row: (Decoder, [String], Int) throws -> Void) throws {
        let file = path(name)
        if optional, !FileManager.default.fileExists(atPath: file) { return }
        var reader = try CSVReader(fileAtPath: file, delimiter: ",")
        guard let headerRecord = try reader.next() else {
            throw InputError(file: file, line: 0, message: "is empty; expected a header row: \(layout.columns.joined(separator: ","))")
        }
        let header = try layout.header(headerRecord.fields, location: RecordLocation(file: file, line: headerRecord.line))
        let decoder = makeDecoder(header, file)
        while let record = try reader.next() {
            try row(decoder, record.fields, record.line)
        }
    }

    /// Runs database work for one row; a constraint SQLite enforces is reported at the row.
    /// A failure of the database file (read-only, locked, full) is not the row's: it goes up as is.
    private func at(_ file: String, _ line: Int, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as StorageError where !error.isAboutTheFile {
            throw InputError(file: file, line: line, message: "the database refused the row: \(error.message)")
        }
    }

    private func unique(_ key: NaturalKey, _ lines: inout [NaturalKey: Int], file: String, line: Int) throws(InputError) {
        if let first = lines[key] {
            throw InputError(file: file, line: line, message: "repeats the figure on line \(first) (same indicator, area, agency, period and source: \(key))")
        }
        lines[key] = line
    }

    private func rows(_ table: String, _ database: Database) throws(StorageError) -> Int {
        // Table names come from the fixed calls above, never from input.
        Int(try database.connection.scalar("SELECT count(*) FROM \(table)").intValue ?? 0)
    }
}
