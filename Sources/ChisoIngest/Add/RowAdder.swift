import ChisoDomain
import ChisoFormats
import ChisoStorage

/// `chiso add observation|target|rollout`: one row typed on the command line, validated by
/// the same decoders as `chiso load` and `chiso import` (so every rule and message is the
/// same), then written by natural key in one transaction.
///
/// Fields are given by layout column name ("value": "42,06"); a key that exists with other
/// content is refused, naming the existing row, unless `replace` is set.
package final class RowAdder {
    private let database: Database
    private let reference: ReferenceData
    private static let file = "<command line>"

    package init(database: Database) throws {
        self.database = database
        reference = try ReferenceData(database)
    }

    // MARK: - Observations

    package func addObservation(_ fields: [String: String], replace: Bool, dryRun: Bool) throws -> AddResult {
        let layout = CSVLayout.observations
        let decoder = ObservationDecoder(header: HeaderMap(layout: layout), file: Self.file, reference: reference)
        let decoded: DecodedObservation
        do { decoded = try decoder.decode(Self.row(fields, layout), line: 1) } catch { throw AddError(error, layout: layout) }
        let record = decoded.record
        var createdUnit: UnitRecord?
        // The one write path of observations, rehearsed (rolled back) for a dry run.
        let write = { () throws -> UpsertOutcome in
            let ensure = try self.database.periods.ensureStatement()
            try ensure(decoded.period)
            if let baseline = decoded.baseline { try ensure(baseline) }
            if let unit = decoded.newUnit { createdUnit = try self.database.units.ensureStatement()(unit) ? unit : nil }
            return try self.database.observations.writer().upsert(record, onConflict: replace ? .replace : .fail)
        }
        let upserted = dryRun ? try database.connection.rehearse(write) : try database.connection.write(write)
        let outcome: WriteOutcome, id: Int64?
        switch upserted {
        case .inserted(let new): (outcome, id) = (.inserted, dryRun ? nil : new)
        case .updated(let existing): (outcome, id) = (.updated, existing)
        case .unchanged(let existing), .skipped(let existing), .refused(let existing): (outcome, id) = (.unchanged, existing)
        case .conflict(let old):
            throw AddError("\(record.key) already exists as row \(old.id ?? 0) with value \(VietnameseNumber.format(old.value))\(Self.sourceText(old.source)); pass --replace to overwrite it")
        }
        let area = areaCells(record.area, period: record.period)
        let row = layout.row([
            "indicator": .text(record.indicator), "area": area.code, "area_name": area.name, "agency": .text(record.agency),
            "level": .text(record.breakdown.level), "channel": .text(record.breakdown.channel),
            "dossier_status": .text(record.breakdown.dossierStatus),
            "period": .text(record.period), "value": .real(record.value), "numerator": .real(record.numerator),
            "denominator": .real(record.denominator), "qualifier": .text(record.qualifier?.rawValue),
            "status": .text(record.status.rawValue), "baseline_period": .text(record.baselinePeriod),
            "change": .real(record.change), "source": .text(record.source), "quote": .text(record.quote), "note": .text(record.note),
            "indicator_name_vi": .text(reference.indicator(record.indicator)?.nameVi), "period_label_vi": .text(decoded.period.labelVi),
        ])
        return AddResult(outcome: outcome, row: ResultSet(columns: layout.columns.map { Column($0) }, rows: [row]), id: id, dryRun: dryRun,
                         newUnit: createdUnit)
    }

    // MARK: - Targets

    package func addTarget(_ fields: [String: String], replace: Bool, dryRun: Bool) throws -> AddResult {
        let layout = CSVLayout.targets
        let decoder = TargetDecoder(header: HeaderMap(layout: layout), file: Self.file, reference: reference)
        let decoded: DecodedTarget
        do { decoded = try decoder.decode(Self.row(fields, layout), line: 1) } catch {
            throw Self.namingTheComparatorOption(AddError(error, layout: layout), comparator: fields["comparator"])
        }
        let record = decoded.record
        let existing = try database.targets.find(record.key)
        let outcome = try Self.outcome(existing: existing, same: existing.map { old in
            var candidate = record
            candidate.id = old.id
            return candidate == old
        }, key: record.key, describe: { "target \($0.id ?? 0) (\($0.comparator.rawValue) \(VietnameseNumber.format($0.value))\($0.valueHigh.map { "–" + VietnameseNumber.format($0) } ?? ""))\(Self.sourceText($0.source))" }, replace: replace)
        var id = existing?.id
        var createdUnit: UnitRecord?
        if !dryRun, outcome != .unchanged {
            try database.connection.write {
                try database.periods.ensure(decoded.period)
                if let unit = decoded.newUnit, try database.units.ensureStatement()(unit) { createdUnit = unit }
                _ = try database.targets.upsert(record)
            }
            id = try database.targets.find(record.key)?.id
        }
        let area = areaCells(record.area, period: record.period)
        let row = layout.row([
            "indicator": .text(record.indicator), "area": area.code, "area_name": area.name, "agency": .text(record.agency),
            "period": .text(record.period), "comparator": .text(record.comparator.rawValue), "value": .real(record.value),
            "value_high": .real(record.valueHigh), "source": .text(record.source), "quote": .text(record.quote), "note": .text(record.note),
            "indicator_name_vi": .text(reference.indicator(record.indicator)?.nameVi), "period_label_vi": .text(decoded.period.labelVi),
        ])
        return AddResult(outcome: outcome, row: ResultSet(columns: layout.columns.map { Column($0) }, rows: [row]), id: id, dryRun: dryRun, newUnit: createdUnit)
    }

    /// A target's bounds are typed as `--at-least 86`, `--at-most 10`, `--equal 5` or
    /// `--between 90 100`, not as `--value`: name the option the user typed.
    private static func namingTheComparatorOption(_ error: AddError, comparator: String?) -> AddError {
        let option: String
        switch comparator.flatMap(Comparator.init(rawValue:)) {
        case .atLeast: option = "--at-least"
        case .atMost: option = "--at-most"
        case .equal: option = "--equal"
        case .between: option = "--between"
        case nil: return error
        }
        for written in ["--value-high ", "--value "] where error.message.hasPrefix(written) {
            return AddError(option + " " + error.message.dropFirst(written.count))
        }
        return error
    }

    // MARK: - Rollouts

    package func addRollout(_ fields: [String: String], replace: Bool, dryRun: Bool) throws -> AddResult {
        let layout = CSVLayout.rollouts
        let decoder = RolloutDecoder(header: HeaderMap(layout: layout), file: Self.file, reference: reference)
        let decoded: DecodedRollout
        do { decoded = try decoder.decode(Self.row(fields, layout), line: 1) } catch { throw AddError(error, layout: layout) }
        let record = decoded.record
        let existing = try database.rollouts.find(record.key)
        let outcome = try Self.outcome(existing: existing, same: existing.map { old in
            var candidate = record
            candidate.id = old.id
            return candidate == old
        }, key: record.key, describe: { "rollout \($0.id ?? 0) (\($0.completed)/\($0.total) completed)\(Self.sourceText($0.source))" }, replace: replace)
        var id = existing?.id
        if !dryRun, outcome != .unchanged {
            try database.connection.write {
                try database.periods.ensure(decoded.period)
                _ = try database.rollouts.upsert(record)
            }
            id = try database.rollouts.find(record.key)?.id
        }
        let area = areaCells(record.area, period: record.period)
        let row = layout.row([
            "programme": .text(record.programme), "area": area.code, "area_name": area.name, "period": .text(record.period),
            "total": .integer(record.total), "completed": .integer(record.completed), "in_progress": .integer(record.inProgress),
            "not_started": .integer(record.notStarted), "source": .text(record.source), "quote": .text(record.quote), "note": .text(record.note),
            "period_label_vi": .text(decoded.period.labelVi),
        ])
        return AddResult(outcome: outcome, row: ResultSet(columns: layout.columns.map { Column($0) }, rows: [row]), id: id, dryRun: dryRun)
    }

    // MARK: - Shared

    /// The fields in layout order; a name outside the layout is a bug in the caller.
    private static func row(_ fields: [String: String], _ layout: CSVLayout) -> [String] {
        precondition(Set(fields.keys).isSubset(of: layout.columns), "fields outside the \(layout.name) layout: \(fields.keys.sorted())")
        return layout.columns.map { fields[$0] ?? "" }
    }

    /// inserted, unchanged, updated (with replace) or an error naming the existing row.
    private static func outcome<R>(existing: R?, same: Bool?, key: NaturalKey, describe: (R) -> String,
                                   replace: Bool) throws(AddError) -> WriteOutcome {
        guard let existing else { return .inserted }
        if same == true { return .unchanged }
        guard replace else {
            throw AddError("\(key) already exists as \(describe(existing)); pass --replace to overwrite it")
        }
        return .updated
    }

    private static func sourceText(_ source: String?) -> String {
        source.map { " from source \($0)" } ?? " (no source)"
    }

    /// The area as export writes it: a code that reads back to this unit for the period, else the id.
    private func areaCells(_ id: String, period: String) -> (code: Cell, name: Cell) {
        guard let record = reference.areas.record(id: id) else { return (.text(id), .null) }
        let end = try? reference.period(period).end
        return (.text(reference.areas.portableCode(for: record, on: end)), .text(record.name))
    }
}

@available(*, unavailable, message: "an adder belongs to the command that opened its database")
extension RowAdder: Sendable {}
