import ChisoDomain
import ChisoFormats
import ChisoStorage

/// A row decoded and validated, with the periods it uses (to `ensure` before writing).
package struct DecodedObservation: Sendable, Equatable {
    package var record: ObservationRecord
    package var period: Period
    package var baseline: Period?
    /// Fields a spreadsheet mangled and the row's other fields undid (usually none).
    package var repairs: [SpreadsheetRepair] = []
    /// The unit the agency names when it is not in the database yet: written before the row.
    package var newUnit: UnitRecord?
}

/// Turns one observations CSV record into a validated `ObservationRecord`, or an error at
/// `file:line:column`. Shared by `chiso load`, `chiso import` and `chiso add`.
///
/// Column positions are resolved once per file (`HeaderMap`) and lookups are cached in
/// `ReferenceData`, so decoding a row allocates little beyond the record itself.
package struct ObservationDecoder {
    package let header: HeaderMap
    package let file: String
    let reference: ReferenceData
    /// True when the reader has already put every field in NFC (`CSVReader` and the JSON Lines
    /// reader do), so decoding skips the second scan; `chiso add`'s option values are not.
    package var fieldsAreNFC = false

    private enum C {
        static let layout = CSVLayout.observations
        static let indicator = 0, area = 1, areaName = 2, agency = 3, period = 4, value = 5, numerator = 6,
                   denominator = 7, qualifier = 8, status = 9, baselinePeriod = 10, change = 11, source = 12,
                   quote = 13, note = 14, level = 15, channel = 16, dossierStatus = 17
        static let breakdown: [(BreakdownDimension, Int)] = [(.level, level), (.channel, channel), (.dossierStatus, dossierStatus)]
    }

    package init(header: HeaderMap, file: String, reference: ReferenceData) {
        precondition(header.layout == CSVLayout.observations, "an observation decoder needs the observations layout")
        precondition(CSVLayout.observations.columns[C.note] == "note" && CSVLayout.observations.columns[C.level] == "level",
                     "column positions out of step with the layout")
        self.header = header
        self.file = file
        self.reference = reference
    }

    package func decode(_ fields: [String], line: Int) throws(InputError) -> DecodedObservation {
        var fields = fields
        var repairs: [SpreadsheetRepair] = []
        // A spreadsheet's "8" for the code 08: the area_name decides (RowReader checks that
        // it names the unit of the padded code).
        if let a = header.fieldIndex(C.area), let n = header.fieldIndex(C.areaName), a < fields.count, n < fields.count {
            // Most codes have printable ASCII at both ends: nothing to trim, no Foundation call.
            let raw = fields[a]
            let code = raw.utf8.first.map { $0 > 0x20 && $0 < 0x7F } == true && raw.utf8.last.map { $0 > 0x20 && $0 < 0x7F } == true
                ? raw : raw.trimmingCharacters(in: .whitespaces)
            if code.count == 1, code.first?.isASCII == true, code.first?.isNumber == true,
               !fields[n].trimmingCharacters(in: .whitespaces).isEmpty {
                fields[a] = "0" + code
                repairs.append(SpreadsheetRepair(kind: .areaCode, written: code, readAs: "0" + code))
            }
        }
        let row = try RowReader(fields: fields, header: header, location: RecordLocation(file: file, line: line), reference: reference,
                                normalized: fieldsAreNFC)
        let indicator = try row.indicator(C.indicator)
        // A rank a spreadsheet turned into a date, with its numerator and denominator beside it:
        // the numerator decides.
        if indicator.measure == .rank, let v = header.fieldIndex(C.value), v < fields.count,
           let numerator = row.text(C.numerator), let denominator = row.text(C.denominator),
           SpreadsheetRepair.looksLikeDate(fields[v].trimmingCharacters(in: .whitespaces)) {
            repairs.append(SpreadsheetRepair(kind: .rankAsDate, written: fields[v], readAs: "\(numerator)/\(denominator)"))
            fields[v] = ""
            return try decodeChecked(fields, line: line, repairs: repairs)
        }
        return try decodeChecked(fields, line: line, repairs: repairs, row: row, indicator: indicator)
    }

    private func decodeChecked(_ fields: [String], line: Int, repairs: [SpreadsheetRepair], row given: RowReader? = nil,
                               indicator known: Indicator? = nil) throws(InputError) -> DecodedObservation {
        let row: RowReader
        if let given { row = given } else {
            row = try RowReader(fields: fields, header: header, location: RecordLocation(file: file, line: line),
                                reference: reference, normalized: fieldsAreNFC)
        }
        let indicator: Indicator
        if let known { indicator = known } else { indicator = try row.indicator(C.indicator) }
        let period = try row.period(C.period)
        let (area, agency, newUnit) = try row.areaAndUnit(C.area, namePosition: C.areaName, agency: C.agency, during: period)
        let style: FieldNumber.Style = indicator.measure == .count ? .count : .decimal

        var figure = try Self.value(row, indicator: indicator, style: style)
        let numerator = try row.number(C.numerator, style: .count)?.value
        let denominator = try row.number(C.denominator, style: .count)?.value
        if let numerator { figure = try Self.merge(row, figure, column: C.numerator, given: numerator, from: \.numerator) }
        if let denominator { figure = try Self.merge(row, figure, column: C.denominator, given: denominator, from: \.denominator) }
        if figure.value == nil, let n = figure.numerator, let d = figure.denominator, d > 0 {
            figure.value = Self.derivedValue(measure: indicator.measure, numerator: n, denominator: d)
            figure.decimals = 2
        }
        guard let value = figure.value else {
            throw row.fail(C.value, "is empty; a value (or numerator and denominator) is required")
        }
        try Self.check(row, indicator: indicator, value: value, decimals: figure.decimals,
                       numerator: figure.numerator, denominator: figure.denominator, area: area, agency: agency, period: period)

        let baseline = try row.optionalPeriod(C.baselinePeriod)
        let change = try row.number(C.change, style: style)?.value
        if change != nil, baseline == nil {
            throw row.fail(C.change, "is given without a baseline_period; say what the change is against (e.g. 2023-H1 for 'so với 6 tháng đầu năm')")
        }
        let (source, quote) = try row.sourceAndQuote(source: C.source, quote: C.quote)
        let breakdown = try Self.breakdown(row, indicator: indicator)
        let record = ObservationRecord(
            indicator: indicator.code, area: area.id, agency: agency, breakdown: breakdown, period: period.code,
            value: value, numerator: figure.numerator, denominator: figure.denominator,
            qualifier: try row.code(C.qualifier, as: Qualifier.self),
            status: try row.code(C.status, as: ObservationStatus.self) ?? .reported,
            baselinePeriod: baseline?.code, change: change, source: source, quote: quote, note: row.verbatim(C.note))
        return DecodedObservation(record: record, period: period, baseline: baseline, repairs: repairs, newUnit: newUnit)
    }

    // MARK: - The breakdown

    /// Level, channel and dossier status, each as its canonical code (English words and
    /// Vietnamese as reports write them are accepted: "commune", "cấp xã" → xa), and each
    /// allowed by the indicator (`indicator_breakdowns`).
    private static func breakdown(_ row: RowReader, indicator: Indicator) throws(InputError) -> Breakdown {
        var breakdown = Breakdown.none
        for (dimension, position) in C.breakdown {
            guard let text = row.text(position) else { continue }
            guard let code = dimension.canonical(text) else {
                throw row.fail(position, "'\(text)' is not a \(dimension.rawValue); expected one of \(dimension.allowedList) (or empty for the whole figure)\(didYouMean(Suggest.closest(to: text, among: dimension.codes, limit: 1)))")
            }
            if !code.isEmpty, !indicator.breakdowns.contains(dimension) {
                let allowed = BreakdownDimension.allCases.filter(indicator.breakdowns.contains).map(\.rawValue)
                throw row.fail(position, "'\(text)': \(indicator.code) has no breakdown by \(dimension.rawValue) (it allows \(allowed.isEmpty ? "none" : allowed.joined(separator: ", "))); leave it empty or see `chiso indicators`")
            }
            breakdown[dimension] = code
        }
        return breakdown
    }

    // MARK: - The value and its fraction

    private struct Parts {
        var value: Double?
        var decimals: Int
        var numerator: Double?
        var denominator: Double?
    }

    /// The value column: a number, a percent, or a fraction ("13.322/16.942", "56/63") that
    /// also fills numerator and denominator.
    private static func value(_ row: RowReader, indicator: Indicator, style: FieldNumber.Style) throws(InputError) -> Parts {
        guard let text = row.text(C.value) else { return Parts(value: nil, decimals: 0) }
        if text.utf8.contains(UInt8(ascii: "/")) {
            let figure: Figure
            do { figure = try VietnameseNumber.parseFigure(text) } catch {
                throw row.fail(C.value, "'\(text)' is not a fraction: \(error.message)")
            }
            guard let n = figure.numerator, let d = figure.denominator else {
                throw row.fail(C.value, "'\(text)' is not a fraction such as 56/63")
            }
            switch indicator.measure {
            case .score, .indexPoints:
                // "58,52/100": the maximum belongs to the indicator, not the row.
                guard indicator.scaleMax == d else {
                    throw row.fail(C.value, "'\(text)' is a score out of \(VietnameseNumber.format(d)), but \(indicator.code) is scored out of \(indicator.scaleMax.map(VietnameseNumber.format) ?? "an unstated maximum")")
                }
                return Parts(value: n, decimals: decimals(of: String(text.prefix { $0 != "/" })))
            case .ratio, .amount, .rankChange, .pointsChange, .percentagePointChange:
                throw row.fail(C.value, "'\(text)' is a fraction, but \(indicator.code) measures a \(indicator.measure.rawValue); write the value itself")
            case .percent, .rank, .count:
                return Parts(value: derivedValue(measure: indicator.measure, numerator: n, denominator: d), decimals: 2,
                             numerator: n, denominator: d)
            }
        }
        let number: (value: Double, decimals: Int)
        var body = text
        let isPercent = text.hasSuffix("%")
        while body.hasSuffix("%") { body = String(body.dropLast()).trimmingCharacters(in: .whitespaces) }
        if isPercent, indicator.measure != .percent, indicator.measure != .ratio, indicator.measure != .percentagePointChange {
            throw row.fail(C.value, "'\(text)' has a percent sign, but \(indicator.code) measures a \(indicator.measure.rawValue)")
        }
        do { number = try FieldNumber.parse(body, style: style) } catch {
            throw row.fail(C.value, "'\(text)' is not a number: \(error.message)")
        }
        return Parts(value: number.value, decimals: number.decimals)
    }

    /// The value a fraction stands for: a percent is the share, a rank or count its numerator.
    private static func derivedValue(measure: Measure, numerator: Double, denominator: Double) -> Double {
        measure == .percent ? (numerator / denominator * 10_000).rounded() / 100 : numerator
    }

    /// A numerator or denominator column next to a fraction in `value` must repeat it.
    private static func merge(_ row: RowReader, _ parts: Parts, column: Int, given: Double,
                              from path: WritableKeyPath<Parts, Double?>) throws(InputError) -> Parts {
        var parts = parts
        if let existing = parts[keyPath: path], existing != given {
            throw row.fail(column, "\(VietnameseNumber.format(given)) disagrees with the fraction in value (\(VietnameseNumber.format(existing)))")
        }
        parts[keyPath: path] = given
        return parts
    }

    private static func decimals(of text: String) -> Int {
        (try? FieldNumber.parse(text, style: .decimal).decimals) ?? 0
    }

    // MARK: - Rules

    /// The figure's rules, each its own message: both or neither of numerator/denominator, a
    /// positive denominator, the value rules every path shares (`ValueRules`: percent 0–100,
    /// score within its scale, whole counts, rank 1…N, no rank for the country), a share's
    /// numerator within its denominator, and value agreeing with numerator/denominator.
    private static func check(_ row: RowReader, indicator: Indicator, value: Double, decimals: Int,
                              numerator: Double?, denominator: Double?, area: AreaRecord, agency: String, period: Period) throws(InputError) {
        // Built only for a message: formatting every value would cost more than the checks.
        var v: String { VietnameseNumber.format(value) }
        switch (numerator, denominator) {
        case (.some, nil): throw row.fail(C.numerator, "is given without a denominator; give both or neither")
        case (nil, .some): throw row.fail(C.denominator, "is given without a numerator; give both or neither")
        default: break
        }
        if let d = denominator, d <= 0 { throw row.fail(C.denominator, "\(VietnameseNumber.format(d)) must be above 0") }
        if let n = numerator, n < 0 { throw row.fail(C.numerator, "\(VietnameseNumber.format(n)) must not be negative") }
        if let violation = ValueRules.violation(of: value, indicator: indicator.code, measure: indicator.measure,
                                                scale: indicator.scaleMax, denominator: denominator, area: area, agency: agency, period: period) {
            throw row.fail(C.value, violation.reason)
        }
        guard let n = numerator, let d = denominator else { return }
        switch indicator.measure {
        case .percent:
            guard n <= d else {
                throw row.fail(C.numerator, "\(VietnameseNumber.format(n)) exceeds the denominator \(VietnameseNumber.format(d)) of a percent")
            }
            let share = 100 * n / d
            let tolerance = 0.01 + 0.5 * pow10(-decimals)
            guard abs(value - share) <= tolerance else {
                throw row.fail(C.value, "\(v) disagrees with numerator/denominator \(VietnameseNumber.format(n))/\(VietnameseNumber.format(d)) = \(VietnameseNumber.format((share * 100).rounded() / 100))%")
            }
        case .rank:
            guard n <= d else {
                throw row.fail(C.numerator, "\(VietnameseNumber.format(n)) exceeds the denominator \(VietnameseNumber.format(d)) of a rank")
            }
            guard value == n else {
                throw row.fail(C.value, "rank \(v) differs from the numerator \(VietnameseNumber.format(n)); a rank is stored as value = numerator")
            }
        default: break
        }
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}
