import ChisoDomain
import ChisoFormats
import ChisoStorage

/// A rollouts row decoded and validated, with its period to `ensure`.
package struct DecodedRollout: Sendable, Equatable {
    package var record: RolloutRecord
    package var period: Period
}

/// Turns one rollouts CSV record into a validated `RolloutRecord`: whole, non-negative
/// counts whose parts (completed, in progress, not started) add up to the total.
package struct RolloutDecoder {
    package let header: HeaderMap
    package let file: String
    let reference: ReferenceData

    private enum C {
        static let programme = 0, area = 1, areaName = 2, period = 3, total = 4, completed = 5, inProgress = 6,
                   notStarted = 7, source = 8, quote = 9, note = 10
    }

    package init(header: HeaderMap, file: String, reference: ReferenceData) {
        precondition(header.layout == CSVLayout.rollouts, "a rollout decoder needs the rollouts layout")
        self.header = header
        self.file = file
        self.reference = reference
    }

    package func decode(_ fields: [String], line: Int) throws(InputError) -> DecodedRollout {
        let row = try RowReader(fields: fields, header: header, location: RecordLocation(file: file, line: line), reference: reference)
        let programme = row.text(C.programme) ?? "de_an_06"
        let period = try row.period(C.period)
        let area = try row.area(C.area, namePosition: C.areaName, during: period)
        let total = try row.requiredInteger(C.total)
        guard total > 0 else { throw row.fail(C.total, "\(total) must be above 0") }
        var parts: [Int] = []
        for position in [C.completed, C.inProgress, C.notStarted] {
            let part = try row.requiredInteger(position)
            guard part >= 0 else { throw row.fail(position, "\(part) must not be negative") }
            parts.append(part)
        }
        guard parts.reduce(0, +) == total else {
            throw row.fail(C.total, "\(total) is not completed + in_progress + not_started = \(parts[0]) + \(parts[1]) + \(parts[2]) = \(parts.reduce(0, +))")
        }
        let (source, quote) = try row.sourceAndQuote(source: C.source, quote: C.quote)
        let record = RolloutRecord(programme: programme, area: area.id, period: period.code, total: total,
                                   completed: parts[0], inProgress: parts[1], notStarted: parts[2],
                                   source: source, quote: quote, note: row.verbatim(C.note))
        return DecodedRollout(record: record, period: period)
    }
}
