import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso correct` and `chiso delete`: a figure chosen by its id or its key, changed with
/// the same decoder and rules as `chiso add` (so a correction is refused exactly where an add
/// would be), or removed. Every write is one logged transaction (the change log records the
/// rows before and after); a dry run rehearses it and rolls back.
package final class FigureEditor {
    private let database: Database
    private let reference: ReferenceData
    private static let file = "<command line>"
    private static let layout = CSVLayout.observations
    /// The fields of a figure's natural key, as options name them.
    package static let keyFields = ["indicator", "area", "agency", "period", "source"]

    package init(database: Database) throws {
        self.database = database
        reference = try ReferenceData(database)
    }

    // MARK: - Choosing a figure

    /// The figure with row `id`, or the one whose key the fields name (indicator, area,
    /// period required; agency and source default to none), resolved as `add` resolves them.
    package func figure(id: Int64?, key: [String: String]) throws -> ObservationRecord {
        if let id {
            guard let record = try database.observations.find(id: id) else {
                throw AddError("no observation \(id) in \(database.path); find ids with `chiso query \"select id, indicator, area, period, value\"`")
            }
            return record
        }
        let wanted = try resolveKey(key)
        guard let record = try database.observations.find(wanted) else {
            throw AddError("no observation with key \(wanted) in \(database.path); check the key with `chiso query` (a figure from a source needs --source)")
        }
        return record
    }

    /// The natural key the option fields name.
    package func resolveKey(_ key: [String: String]) throws -> NaturalKey {
        for name in ["indicator", "area", "period"] where (key[name] ?? "").isEmpty {
            throw AddError("choose the figure by --id N, or by its key: --indicator, --area and --period (and --agency, --source when it has them); --\(name) is missing")
        }
        do {
            let row = try RowReader(fields: Self.layout.columns.map { key[$0] ?? "" }, header: HeaderMap(layout: Self.layout),
                                    location: RecordLocation(file: Self.file, line: 1), reference: reference, normalized: false)
            let indicator = try row.indicator(0)
            let period = try row.period(4)
            let area = try row.area(1, namePosition: 2, on: period.end)
            return NaturalKey(indicator: indicator.code, area: area.id, agency: row.text(3) ?? "", period: period.code,
                              source: row.text(12) ?? "")
        } catch {
            throw AddError(error, layout: Self.layout)
        }
    }

    // MARK: - Correcting

    /// What a correction did: the row before and after, and the fields that changed.
    package struct Correction: Sendable {
        package var id: Int64
        package var before: ObservationRecord
        package var after: ObservationRecord
        package var changes: [(field: String, old: String, new: String)]
        package var dryRun: Bool

        package var line: String {
            if changes.isEmpty { return "unchanged: observation \(id) already holds these values" }
            let list = changes.map { "\($0.field) \($0.old.isEmpty ? "(empty)" : $0.old) → \($0.new.isEmpty ? "(empty)" : $0.new)" }
            return (dryRun ? "would correct" : "corrected") + " observation \(id): " + list.joined(separator: "; ")
                + (dryRun ? " (dry run: nothing written)" : "")
        }
    }

    /// Sets `fields` (layout column → new text; empty clears) on `figure` and writes it
    /// through the one writer. The new row passes the decoder `add` uses; a key another row
    /// holds is refused. Nothing is written when anything fails.
    package func correct(_ figure: ObservationRecord, set fields: [String: String], dryRun: Bool) throws -> Correction {
        guard let id = figure.id else { preconditionFailure("a stored figure has an id") }
        for name in fields.keys where !Self.layout.columns.contains(name) || name == "area_name" {
            let hint = didYouMean(Suggest.closest(to: name, among: Self.layout.columns, limit: 1))
            throw AddError("--set \(name)=…: '\(name)' is not a field of an observation\(hint); fields: \(Self.layout.columns.filter { $0 != "area_name" }.joined(separator: ", "))")
        }
        var row = cells(of: figure)
        for (name, value) in fields {
            row[name] = value
            if name == "area" { row["area_name"] = "" }
        }
        let decoder = ObservationDecoder(header: HeaderMap(layout: Self.layout), file: Self.file, reference: reference)
        let decoded: DecodedObservation
        do { decoded = try decoder.decode(Self.layout.columns.map { row[$0] ?? "" }, line: 1) } catch {
            throw AddError(error, layout: Self.layout)
        }
        var after = decoded.record
        after.id = id
        let changes = Self.differences(figure, after)
        if changes.isEmpty { return Correction(id: id, before: figure, after: after, changes: [], dryRun: dryRun) }
        let write = { () throws -> Void in
            let writer = try self.database.observations.writer()
            if after.key != figure.key, let other = try writer.existing(after.key) {
                throw AddError("observation \(other.id ?? 0) already has the key \(after.key); correct or delete that one instead")
            }
            let ensure = try self.database.periods.ensureStatement()
            try ensure(decoded.period)
            if let baseline = decoded.baseline { try ensure(baseline) }
            try writer.rewrite(id: id, with: after)
        }
        if dryRun { try database.connection.rehearse(write) } else { try database.connection.write(write) }
        return Correction(id: id, before: figure, after: after, changes: changes, dryRun: dryRun)
    }

    private static func differences(_ a: ObservationRecord, _ b: ObservationRecord) -> [(field: String, old: String, new: String)] {
        let pairs: [(String, String?, String?)] = [
            ("indicator", a.indicator, b.indicator), ("area", a.area, b.area), ("agency", a.agency, b.agency),
            ("period", a.period, b.period), ("value", NumberText.plain(a.value), NumberText.plain(b.value)),
            ("numerator", a.numerator.map(NumberText.plain), b.numerator.map(NumberText.plain)),
            ("denominator", a.denominator.map(NumberText.plain), b.denominator.map(NumberText.plain)),
            ("qualifier", a.qualifier?.rawValue, b.qualifier?.rawValue), ("status", a.status.rawValue, b.status.rawValue),
            ("baseline_period", a.baselinePeriod, b.baselinePeriod),
            ("change", a.change.map(NumberText.plain), b.change.map(NumberText.plain)),
            ("source", a.source, b.source), ("quote", a.quote, b.quote), ("note", a.note, b.note),
        ]
        return pairs.filter { $0.1 != $0.2 }.map { ($0.0, $0.1 ?? "", $0.2 ?? "") }
    }

    // MARK: - Deleting

    /// Deletes the figures with these ids in one logged transaction (rehearsed for a dry run);
    /// returns them as they were. An id without a row is an error and nothing is deleted.
    package func delete(ids: [Int64], dryRun: Bool) throws -> [ObservationRecord] {
        let records = try database.observations.find(ids: ids)
        let found = Set(records.compactMap(\.id))
        if let missing = ids.first(where: { !found.contains($0) }) {
            throw AddError("no observation \(missing) in \(database.path); nothing was deleted")
        }
        let write = { () throws -> Void in
            let writer = try self.database.observations.writer()
            for id in ids { _ = try writer.delete(id: id) }
        }
        if dryRun { try database.connection.rehearse(write) } else { try database.connection.write(write) }
        return records
    }

    /// What deleting a source removed (or, refused, would remove).
    package struct SourceDeletion: Sendable {
        package var source: SourceRecord
        package var citing: SourceTable.Citations
    }

    /// Deletes source `id` and its passages; figures, targets and rollouts citing it go too
    /// only with `cascade`, else the deletion is refused naming them.
    package func deleteSource(_ id: String, cascade: Bool, dryRun: Bool) throws -> SourceDeletion {
        guard let source = try database.sources.find(id) else {
            let hint = didYouMean(Suggest.closest(to: id, among: try database.sources.ids(), limit: 1))
            throw AddError("no source '\(id)' in \(database.path)\(hint) (see `chiso sources`)")
        }
        let citing = try database.sources.citations(of: id)
        if !cascade, citing.total > 0 {
            throw AddError("source '\(id)' is cited by \(citing.description); pass --cascade to delete them with it, or delete them first; nothing was deleted")
        }
        let write = { () throws -> Void in try self.database.sources.delete(id) }
        if dryRun { try database.connection.rehearse(write) } else { try database.connection.write(write) }
        return SourceDeletion(source: source, citing: citing)
    }

    // MARK: - Rows for people

    /// The figures as `id` and the export layout's columns, as `chiso add` prints a row.
    package func resultSet(_ records: [ObservationRecord]) -> ResultSet {
        let columns = [Column("id", .integer)] + Self.layout.columns.map { Column($0) }
        let rows = records.map { record in
            let cells = cells(of: record)
            return [record.id.map { Cell.integer($0) } ?? .null] + Self.layout.columns.map { Cell.text((cells[$0] ?? "").isEmpty ? nil : cells[$0]) }
        }
        return ResultSet(columns: columns, rows: rows)
    }

    /// A figure as the text of each layout column (what `export` writes, so it decodes back).
    private func cells(of r: ObservationRecord) -> [String: String] {
        var area = r.area, areaName = ""
        if let record = reference.areas.record(id: r.area) {
            let end = try? reference.period(r.period).end
            area = reference.areas.portableCode(for: record, on: end)
            areaName = record.name
        }
        return [
            "indicator": r.indicator, "area": area, "area_name": areaName, "agency": r.agency, "period": r.period,
            "value": NumberText.plain(r.value), "numerator": r.numerator.map(NumberText.plain) ?? "",
            "denominator": r.denominator.map(NumberText.plain) ?? "", "qualifier": r.qualifier?.rawValue ?? "",
            "status": r.status.rawValue, "baseline_period": r.baselinePeriod ?? "", "change": r.change.map(NumberText.plain) ?? "",
            "source": r.source ?? "", "quote": r.quote ?? "", "note": r.note ?? "",
        ]
    }
}

@available(*, unavailable, message: "an editor belongs to the command that opened its database")
extension FigureEditor: Sendable {}
