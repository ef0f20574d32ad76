import ChisoDomain
import ChisoFormats
import ChisoStorage

/// Indicators users define (`chiso add indicator`, `indicators.csv` in a seeds folder or an
/// import): checked against the catalogue as a whole, then written.
///
/// Existing codes never change meaning: a built-in code is refused, a user code already
/// defined the same way is left unchanged, one defined otherwise is refused. A parent must be
/// in the catalogue or among the rows; a parent cycle is refused. Every error is one line at
/// the row's `file:line`.
package enum IndicatorCatalogue {
    package struct Outcome: Sendable, Equatable {
        package var code: String
        package var outcome: WriteOutcome
    }

    /// Reads an `indicators.csv` file (`CSVLayout.indicators`).
    package static func read(fileAtPath path: String, name: String? = nil, reference: ReferenceData) throws -> [DecodedIndicator] {
        var reader = try CSVReader(fileAtPath: path, delimiter: ",")
        let file = name ?? path
        guard let headerRecord = try reader.next() else {
            throw InputError(file: file, line: 0, message: "is empty; expected a header row: \(CSVLayout.indicators.columns.joined(separator: ","))")
        }
        let header = try CSVLayout.indicators.header(headerRecord.fields, location: RecordLocation(file: file, line: headerRecord.line))
        let decoder = IndicatorDecoder(header: header, file: file, reference: reference)
        var rows: [DecodedIndicator] = []
        while let record = try reader.next() {
            rows.append(try decoder.decode(record.fields, line: record.line))
        }
        return rows
    }

    /// Checks `rows` against the catalogue and each other, then writes the new ones (parents
    /// first). Call inside a write transaction: a refused row leaves nothing written.
    package static func define(_ rows: [DecodedIndicator], in database: Database) throws -> [Outcome] {
        precondition(database.connection.isInTransaction, "indicators are defined inside the caller's write transaction")
        let existing = Dictionary(try database.indicators.all().map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var seen: [String: RecordLocation] = [:]
        var outcomes: [Outcome] = []
        var new: [DecodedIndicator] = []
        for row in rows {
            let i = row.indicator
            if let first = seen[i.code] {
                throw row.location.error("defines \(i.code) again (also on line \(first.line))")
            }
            seen[i.code] = row.location
            if let old = existing[i.code] {
                if old.origin == .builtin {
                    throw row.location.error("\(i.code) is a built-in indicator (\(old.nameVi)); existing codes never change meaning: choose another code")
                }
                guard old.sameDefinition(as: i) else {
                    throw row.location.error("\(i.code) is already defined differently (\(differences(old, i).joined(separator: ", "))); existing codes never change meaning: choose another code")
                }
                outcomes.append(Outcome(code: i.code, outcome: .unchanged))
                continue
            }
            new.append(row)
        }
        // Parents: in the catalogue or among the new rows, and no cycle.
        var parents: [String: String] = [:]
        for i in existing.values { if let p = i.parent { parents[i.code] = p } }
        for row in new { if let p = row.indicator.parent { parents[row.indicator.code] = p } }
        let newCodes = Set(new.map(\.indicator.code))
        for row in new {
            guard let parent = row.indicator.parent else { continue }
            guard existing[parent] != nil || newCodes.contains(parent) else {
                let all = Array(existing.keys) + Array(newCodes)
                throw row.location.error("parent '\(parent)' is not an indicator\(didYouMean(Suggest.closest(to: parent, among: all, limit: 1))) (see `chiso indicators`)")
            }
            var path = [row.indicator.code]
            var current = parent
            while true {
                path.append(current)
                if current == row.indicator.code {
                    throw row.location.error("parent '\(parent)' makes a cycle: \(path.joined(separator: " → ")); an indicator cannot be its own ancestor")
                }
                guard let next = parents[current], path.count <= parents.count + 1 else { break }
                current = next
            }
        }
        // Parents before children, so the foreign key holds at every insert.
        var written: Set<String> = []
        var pending = new
        while !pending.isEmpty {
            let ready = pending.filter { row in row.indicator.parent.map { !newCodes.contains($0) || written.contains($0) } ?? true }
            precondition(!ready.isEmpty, "cycles were refused above")
            for row in ready {
                try insert(row, into: database)
                written.insert(row.indicator.code)
                outcomes.append(Outcome(code: row.indicator.code, outcome: .inserted))
            }
            pending.removeAll { written.contains($0.indicator.code) }
        }
        return outcomes
    }

    /// Writes one row; a constraint the schema enforces is reported at the row.
    private static func insert(_ row: DecodedIndicator, into database: Database) throws {
        do {
            try database.indicators.insert(row.indicator)
        } catch {
            guard !error.isAboutTheFile else { throw error }
            throw row.location.error("the database refused \(row.indicator.code): \(error.message)")
        }
    }

    /// Defines the indicators in one write transaction (rolled back for a dry run).
    package static func define(_ rows: [DecodedIndicator], in database: Database, dryRun: Bool) throws -> [Outcome] {
        dryRun ? try database.connection.rehearse { try define(rows, in: database) }
               : try database.connection.write { try define(rows, in: database) }
    }

    /// The user-defined indicators, in `CSVLayout.indicators` order (for `chiso export indicators --user`).
    package static func userRows(_ database: Database) throws -> ResultSet {
        var result = ResultSet(columns: CSVLayout.indicators.columns.map { Column($0) })
        for i in try database.indicators.all() where i.origin == .user {
            result.rows.append(IndicatorDecoder.fields(of: i).map { $0.isEmpty ? .null : .text($0) })
        }
        return result
    }

    private static func differences(_ a: Indicator, _ b: Indicator) -> [String] {
        var out: [String] = []
        if a.nameVi != b.nameVi { out.append("name_vi '\(a.nameVi)'") }
        if a.nameEn != b.nameEn { out.append("name_en '\(a.nameEn)'") }
        if a.measure != b.measure { out.append("measure \(a.measure.rawValue)") }
        if a.framework != b.framework { out.append("framework \(a.framework)") }
        if a.higherIsBetter != b.higherIsBetter { out.append("higher_is_better \(a.higherIsBetter ? 1 : 0)") }
        if a.scaleMax != b.scaleMax { out.append("scale_max \(a.scaleMax.map(NumberText.plain) ?? "none")") }
        if a.parent != b.parent { out.append("parent \(a.parent ?? "none")") }
        if a.breakdowns != b.breakdowns { out.append("breakdowns \(a.breakdowns.map(\.rawValue).sorted().joined(separator: ";"))") }
        if Set(a.synonyms) != Set(b.synonyms) { out.append("synonyms \(a.synonyms.joined(separator: "; "))") }
        if a.description != b.description { out.append("another description") }
        return out.isEmpty ? ["another definition"] : out
    }
}
