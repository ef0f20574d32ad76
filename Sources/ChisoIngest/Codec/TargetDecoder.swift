import ChisoDomain
import ChisoFormats
import ChisoStorage

/// A targets row decoded and validated, with its period to `ensure`.
package struct DecodedTarget: Sendable, Equatable {
    package var record: TargetRecord
    package var period: Period
    /// The unit the agency names when it is not in the database yet: written before the row.
    package var newUnit: UnitRecord?
}

/// Turns one targets CSV record into a validated `TargetRecord`: the comparator is one of
/// `>=`, `<=`, `=`, `between`; `between` needs `value_high` ≥ `value` and the others none; each
/// bound obeys the indicator's value rules (`ValueRules`). A range in `value` ("90-100%") fills both bounds.
package struct TargetDecoder {
    package let header: HeaderMap
    package let file: String
    let reference: ReferenceData

    private enum C {
        static let indicator = 0, area = 1, areaName = 2, agency = 3, period = 4, comparator = 5, value = 6,
                   valueHigh = 7, source = 8, quote = 9, note = 10
    }

    package init(header: HeaderMap, file: String, reference: ReferenceData) {
        precondition(header.layout == CSVLayout.targets, "a target decoder needs the targets layout")
        self.header = header
        self.file = file
        self.reference = reference
    }

    package func decode(_ fields: [String], line: Int) throws(InputError) -> DecodedTarget {
        let row = try RowReader(fields: fields, header: header, location: RecordLocation(file: file, line: line), reference: reference)
        let indicator = try row.indicator(C.indicator)
        let period = try row.period(C.period)
        let (area, agency, newUnit) = try row.areaAndUnit(C.area, namePosition: C.areaName, agency: C.agency, during: period)
        guard let comparator = try row.code(C.comparator, as: Comparator.self) else {
            throw row.fail(C.comparator, "is empty; expected one of >=, <=, =, between")
        }
        let style: FieldNumber.Style = indicator.measure == .count ? .count : .decimal
        var (low, high) = try Self.bounds(row, style: style)
        if let explicitHigh = try row.number(C.valueHigh, style: style)?.value {
            if let high, high != explicitHigh {
                throw row.fail(C.valueHigh, "\(VietnameseNumber.format(explicitHigh)) disagrees with the range in value (up to \(VietnameseNumber.format(high)))")
            }
            high = explicitHigh
        }
        switch comparator {
        case .between:
            guard let upper = high else { throw row.fail(C.valueHigh, "is empty; 'between' needs an upper bound") }
            guard upper >= low else {
                throw row.fail(C.valueHigh, "\(VietnameseNumber.format(upper)) is below the lower bound \(VietnameseNumber.format(low))")
            }
        default:
            if high != nil {
                throw row.fail(C.valueHigh, "is only for comparator 'between', not '\(comparator.rawValue)'")
            }
        }
        // A bound is a value the indicator could take, so the value rules apply to it: no
        // `<= 0` for a rank, no 120 for a percent, no rank target for the country.
        // "90-130%" in value holds both bounds, so the upper one is blamed on value then.
        let highColumn = row.text(C.valueHigh) == nil ? C.value : C.valueHigh
        for (bound, column) in [(Optional(low), C.value), (high, highColumn)] {
            guard let bound else { continue }
            if let violation = ValueRules.violation(of: bound, indicator: indicator.code, measure: indicator.measure,
                                                    scale: indicator.scaleMax, denominator: nil, area: area, agency: agency, period: period) {
                throw row.fail(column, violation.reason)
            }
        }
        let (source, quote) = try row.sourceAndQuote(source: C.source, quote: C.quote)
        let record = TargetRecord(indicator: indicator.code, area: area.id, agency: agency,
                                  period: period.code, comparator: comparator, value: low, valueHigh: high,
                                  source: source, quote: quote, note: row.verbatim(C.note))
        return DecodedTarget(record: record, period: period, newUnit: newUnit)
    }

    /// `value` as a number ("86", "86%") or a range ("90-100%").
    private static func bounds(_ row: RowReader, style: FieldNumber.Style) throws(InputError) -> (Double, Double?) {
        let text = try row.required(C.value)
        var body = text
        while body.hasSuffix("%") { body = String(body.dropLast()).trimmingCharacters(in: .whitespaces) }
        if body.dropFirst().contains(where: { $0 == "-" || $0 == "–" }) {
            let figure: Figure
            do { figure = try VietnameseNumber.parseFigure(text) } catch {
                throw row.fail(C.value, "'\(text)' is not a range such as 90-100%: \(error.message)")
            }
            return (figure.value, figure.high)
        }
        do {
            return (try FieldNumber.parse(body, style: style).value, nil)
        } catch {
            throw row.fail(C.value, "'\(text)' is not a number: \(error.message)")
        }
    }
}
