import ChisoDomain
import ChisoFormats
import ChisoStorage
import Foundation

/// `chiso import` of a targets, rollouts or sources file (CSV, JSON Lines or a JSON array):
/// every row decoded by the same decoder `chiso load` uses, then written by natural key in
/// one logged transaction, all or nothing. A key that exists with other content follows
/// `onConflict` (fail names the row; skip keeps it; replace overwrites it).
package struct TableImporter {
    private let database: Database
    private let options: ImportOptions

    package init(database: Database, options: ImportOptions) {
        self.database = database
        self.options = options
    }

    /// Counts per outcome, as `chiso import` prints them.
    package struct Summary: Sendable {
        package var kind: ImportKind
        package var inserted = 0, updated = 0, unchanged = 0, skipped = 0
        package var dryRun: Bool

        package var line: String {
            (dryRun ? "would import \(kind.rawValue)" : "imported \(kind.rawValue)")
                + ": \(inserted) new, \(updated) changed, \(unchanged) unchanged, \(skipped) skipped" + (dryRun ? " (dry run: nothing written)" : "")
        }
    }

    /// `folder` is where a sources file's `file` paths are found (the file's own folder).
    package func run(path: String, name: String, kind: ImportKind, container: ImportKind.Container) throws -> Summary {
        precondition(kind != .observations, "observations go through ObservationImporter")
        // A sources file from `chiso export sources [--with-body]` also has sha256 and body.
        let readLayout = kind == .sources ? Self.exportedSources : kind.layout
        var (header, rows) = try LayoutRecords.read(path: path, name: name, container: container, layout: readLayout,
                                                    delimiter: options.delimiter)
        var texts: [Int: (sha256: String?, body: String?, file: String?)] = [:]
        if kind == .sources {
            let sha = header.fieldIndex(header.position(of: "sha256")), body = header.fieldIndex(header.position(of: "body"))
            let positions = CSVLayout.sources.columns.map { header.fieldIndex(header.position(of: $0)) }
            rows = rows.map { row in
                let value = { (index: Int?) -> String? in index.flatMap { $0 < row.fields.count && !row.fields[$0].isEmpty ? row.fields[$0] : nil } }
                texts[row.line] = (value(sha), value(body), value(positions[1]))
                var fields = positions.map { value($0) ?? "" }
                // With the text in the row, `file` only names where it came from: nothing to read.
                if value(body) != nil { fields[1] = "" }
                return CSVRecord(fields: fields, line: row.line)
            }
            header = HeaderMap(layout: .sources)
        }
        let reference = try ReferenceData(database)
        var summary = Summary(kind: kind, dryRun: options.dryRun)
        let body = { () throws -> Void in
            let ensure = try self.database.periods.ensureStatement()
            var seen: [NaturalKey: Int] = [:]
            func unique(_ key: NaturalKey, line: Int) throws {
                if let first = seen[key] {
                    throw InputError(file: name, line: line, message: "repeats the row on line \(first) (same key: \(key))")
                }
                seen[key] = line
            }
            switch kind {
            case .targets:
                let decoder = TargetDecoder(header: header, file: name, reference: reference)
                for row in rows {
                    let decoded = try decoder.decode(row.fields, line: row.line)
                    try unique(decoded.record.key, line: row.line)
                    try ensure(decoded.period)
                    let existing = try self.database.targets.find(decoded.record.key)
                    try self.write(existing: existing.map { old in var c = decoded.record; c.id = old.id; return c == old },
                                   describe: existing.map { "target \($0.id ?? 0) (\($0.comparator.rawValue) \(NumberText.plain($0.value)))" },
                                   key: decoded.record.key, line: row.line, file: name, into: &summary) {
                        _ = try self.database.targets.upsert(decoded.record)
                    }
                }
            case .rollouts:
                let decoder = RolloutDecoder(header: header, file: name, reference: reference)
                for row in rows {
                    let decoded = try decoder.decode(row.fields, line: row.line)
                    try unique(decoded.record.key, line: row.line)
                    try ensure(decoded.period)
                    let existing = try self.database.rollouts.find(decoded.record.key)
                    try self.write(existing: existing.map { old in var c = decoded.record; c.id = old.id; return c == old },
                                   describe: existing.map { "rollout \($0.id ?? 0) (\($0.completed)/\($0.total) completed)" },
                                   key: decoded.record.key, line: row.line, file: name, into: &summary) {
                        _ = try self.database.rollouts.upsert(decoded.record)
                    }
                }
            case .sources:
                let folder = URL(fileURLWithPath: path == name ? (name as NSString).deletingLastPathComponent : FileManager.default.currentDirectoryPath)
                let decoder = SourceDecoder(header: header, file: name, directory: folder, reference: reference)
                for row in rows {
                    var decoded = try decoder.decode(row.fields, line: row.line)
                    if decoded.record.body == nil, let text = texts[row.line]?.body {
                        decoded.record.body = VietnameseText.nfc(text)
                        decoded.record.sha256 = SHA256.hex(Array(VietnameseText.nfc(text).utf8))
                        decoded.record.file = texts[row.line]?.file
                    }
                    if let given = texts[row.line]?.sha256, let computed = decoded.record.sha256, given != computed {
                        throw InputError(file: name, line: row.line, message: "sha256 \(given.prefix(12))… does not match the text of source '\(decoded.record.id)' (\(computed.prefix(12))…)")
                    }
                    let id = decoded.record.id
                    try unique(NaturalKey(indicator: "source", area: id, agency: "", period: "", source: ""), line: row.line)
                    if let period = decoded.period { try ensure(period) }
                    if let sha = decoded.record.sha256, let holder = try self.database.sources.id(holdingSHA256: sha), holder != id {
                        throw InputError(file: name, line: row.line, message: "source '\(id)' has the same text as source '\(holder)'; use that id")
                    }
                    let existing = try self.database.sources.find(id)
                    try self.write(existing: existing.map { $0 == decoded.record }, describe: existing.map { "source \($0.id) (\($0.title))" },
                                   key: nil, line: row.line, file: name, into: &summary) {
                        _ = try self.database.sources.upsert(decoded.record)
                        try self.database.passages.reindex(source: id, body: decoded.record.body)
                    }
                    reference.register(source: id, body: decoded.record.body)
                }
            case .observations, .indicators:
                break
            }
        }
        if options.dryRun { try database.connection.rehearse(body) } else { try database.connection.write(body) }
        return summary
    }

    /// The sources layout with the columns `chiso export sources` adds: the text's sha256 and
    /// body, and `area_name` beside the area's code (for people; the code decides).
    static let exportedSources = CSVLayout(name: "sources", columns: CSVLayout.sources.columns + ["area_name", "sha256", "body"],
                                           required: CSVLayout.sources.required)

    /// Writes one row by its key according to `onConflict` and counts it.
    private func write(existing same: Bool?, describe: String?, key: NaturalKey?, line: Int, file: String,
                       into summary: inout Summary, _ upsert: () throws -> Void) throws {
        switch same {
        case nil:
            try upsert()
            summary.inserted += 1
        case true?:
            summary.unchanged += 1
        case false?:
            switch options.onConflict {
            case .skip:
                summary.skipped += 1
            case .replace:
                try upsert()
                summary.updated += 1
            case .fail:
                throw InputError(file: file, line: line, message: "\(key.map { "\($0)" } ?? "this row") already exists as \(describe ?? "a row") with other content; pass --on-conflict replace to overwrite it or --on-conflict skip to keep it")
            }
        }
    }
}
