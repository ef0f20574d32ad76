import ChisoDomain
import ChisoFormats
import ChisoStorage

/// One record being decoded: reads its fields by layout column and turns each kind of
/// field into a typed value or an error at `file:line:column` that names the column.
struct RowReader {
    let fields: [String]
    let header: HeaderMap
    let location: RecordLocation
    let reference: ReferenceData
    /// The fields are known to be NFC already (normalising again is a scan per field).
    let normalized: Bool

    /// Checks the field count first: a ragged row would shift every later column.
    init(fields: [String], header: HeaderMap, location: RecordLocation, reference: ReferenceData,
         normalized: Bool = false) throws(InputError) {
        guard fields.count == header.width else {
            throw location.error("expected \(header.width) fields as in the header, found \(fields.count)"
                                 + (fields.count < header.width ? " (a missing comma, or a quote left open?)" : " (an unquoted comma?)"))
        }
        self.fields = fields
        self.header = header
        self.location = location
        self.reference = reference
        self.normalized = normalized
    }

    /// The 1-based field index of layout column `position` in this file.
    func column(_ position: Int) -> Int? { header.fieldIndex(position).map { $0 + 1 } }

    func fail(_ position: Int, _ message: String) -> InputError {
        location.error("\(header.layout.columns[position]) \(message)", column: column(position))
    }

    /// The field trimmed, in NFC; nil when the column is absent or the field empty.
    func text(_ position: Int) -> String? {
        guard let index = header.fieldIndex(position) else { return nil }
        let raw = fields[index]
        // Fast path: plain ASCII needs neither trimming of exotic spaces nor normalisation.
        if raw.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x80 }) { return raw.isEmpty ? nil : raw }
        let normal = normalized ? raw : VietnameseText.nfc(raw)
        // No space of any kind at either end: nothing to trim (Foundation's trim is the slow
        // part; "Sở Nội vụ" ends in a letter outside ASCII on every row that names it).
        if let first = normal.unicodeScalars.first, let last = normal.unicodeScalars.last,
           !Self.mayBeTrimmed(first), !Self.mayBeTrimmed(last) { return normal }
        let trimmed = normal.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// True for a scalar `trimmingCharacters(in: .whitespacesAndNewlines)` may remove: the
    /// Unicode White_Space property (Z* and the controls 9–13, U+0085), plus U+180E and U+200B,
    /// which older Unicode tables counted as spaces. A superset, so a false means "keep".
    static func mayBeTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || scalar.properties.isWhitespace || scalar.value == 0x180E || scalar.value == 0x200B
    }

    /// The field exactly as written apart from NFC (quotes must match their document).
    func verbatim(_ position: Int) -> String? {
        guard let index = header.fieldIndex(position), !fields[index].isEmpty else { return nil }
        let raw = fields[index]
        return normalized ? raw : VietnameseText.nfc(raw)
    }

    func required(_ position: Int) throws(InputError) -> String {
        guard let value = text(position) else { throw fail(position, "is empty; a value is required") }
        return value
    }

    // MARK: - Typed fields

    func indicator(_ position: Int) throws(InputError) -> Indicator {
        let code = try required(position)
        if let indicator = reference.indicator(code) ?? reference.indicator(code.lowercased()) { return indicator }
        throw fail(position, "'\(code)' is not in the indicator catalogue\(didYouMean(reference.suggestIndicators(for: code))) (see `chiso indicators`)")
    }

    func period(_ position: Int) throws(InputError) -> Period {
        try period(position, text: try required(position))
    }

    func optionalPeriod(_ position: Int) throws(InputError) -> Period? {
        guard let text = text(position) else { return nil }
        return try period(position, text: text)
    }

    private func period(_ position: Int, text: String) throws(InputError) -> Period {
        do {
            return try reference.period(text)
        } catch {
            throw fail(position, "'\(text)' is not a period: \(error.message) (expected a code such as 2023, 2023-H1, 2023-09-30, 2023-01/2023-09, or a phrase such as '9 tháng đầu năm 2023')")
        }
    }

    /// The area for a figure about `period`: resolved on the period's last day, and refused when
    /// the unit did not exist on any day of the period (an explicit id such as `p63-02` for 2026).
    func area(_ position: Int, namePosition: Int, during period: Period) throws(InputError) -> AreaRecord {
        let record = try area(position, namePosition: namePosition, on: period.end)
        if let reason = reference.areas.validityViolation(of: record, during: period) {
            throw fail(text(position) == nil ? namePosition : position, reason)
        }
        return record
    }

    /// The area by code, id or name on the period's last day; when `area_name` is given it
    /// must name the same unit, so a wrong code next to a right name is caught.
    func area(_ position: Int, namePosition: Int, on date: CalendarDate) throws(InputError) -> AreaRecord {
        // The same pair of fields on the same day resolves the same way: a file names each
        // province thousands of times, so the raw pair is the cache key (no trim, no folding).
        let rawCode = header.fieldIndex(position).map { fields[$0] } ?? ""
        let rawName = header.fieldIndex(namePosition).map { fields[$0] } ?? ""
        if let hit = reference.resolvedArea(code: rawCode, name: rawName, on: date) { return hit }
        let record = try resolveArea(position, namePosition: namePosition, on: date)
        reference.remember(record, code: rawCode, name: rawName, on: date)
        return record
    }

    private func resolveArea(_ position: Int, namePosition: Int, on date: CalendarDate) throws(InputError) -> AreaRecord {
        let written = text(position)
        let name = text(namePosition)
        guard let lookup = written ?? name else { throw fail(position, "is empty; expected a 2-digit code, 'VN' or a name") }
        let record: AreaRecord
        do {
            record = try reference.area(lookup, on: date)
        } catch {
            throw fail(written == nil ? namePosition : position, "'\(lookup)': \(error.description)")
        }
        // A name that denotes this very unit in any era agrees (an explicit id such as
        // 'p63-08' next to "Tuyên Quang" for a period that ends after the 2025 merger).
        if let name, written != nil, !reference.areas.allUnits(denotedBy: name).contains(where: { $0.id == record.id }) {
            let named: AreaRecord
            do {
                named = try reference.area(name, on: date)
            } catch {
                throw fail(namePosition, "'\(name)': \(error.description)")
            }
            if named.id != record.id {
                throw fail(namePosition, "'\(name)' is \(named.name) (\(named.code)) but area '\(lookup)' is \(record.name) (\(record.code)) on \(date); make them agree")
            }
        }
        return record
    }

    /// The area and the unit inside it (`agency`) of a figure about `period`. The agency
    /// resolves through the units to its canonical name ("Sở LĐTB&XH" → "Sở Lao động -
    /// Thương binh và Xã hội"); a name not known yet becomes a new unit (`unit` is then the
    /// record to write first). A ministry given as the area ("Bộ Tư pháp") is area VN with
    /// the ministry as agency.
    func areaAndUnit(_ position: Int, namePosition: Int, agency agencyPosition: Int,
                     during period: Period) throws(InputError) -> (area: AreaRecord, agency: String, newUnit: UnitRecord?) {
        var agencyText = text(agencyPosition)
        var agencyColumn = agencyPosition
        let area: AreaRecord
        do {
            area = try self.area(position, namePosition: namePosition, during: period)
        } catch {
            // Only a row whose area failed pays for the ministry lookup.
            let named = [position, namePosition].compactMap { p in text(p).map { (p, $0) } }
                .first { reference.ministry(named: $0.1) != nil }
            guard let (column, ministry) = named, let country = reference.areas.record(id: "VN") else { throw error }
            if let agencyText, reference.ministry(named: agencyText)?.name != reference.ministry(named: ministry)?.name {
                throw fail(agencyPosition, "'\(agencyText)' differs from the ministry '\(ministry)' given as the area; give the ministry once (area VN, agency the ministry)")
            }
            area = country
            agencyText = ministry
            agencyColumn = column
        }
        guard let agencyText else { return (area, "", nil) }
        let unit: UnitRecord
        do {
            unit = try reference.unit(agencyText, in: area.id, during: period)
        } catch {
            throw fail(agencyColumn, "'\(agencyText)' \(error.message)")
        }
        return (area, unit.name, unit.id == nil ? unit : nil)
    }

    func number(_ position: Int, style: FieldNumber.Style) throws(InputError) -> (value: Double, decimals: Int)? {
        guard let text = text(position) else { return nil }
        do {
            return try FieldNumber.parse(text, style: style)
        } catch {
            throw fail(position, "'\(text)' is not a number: \(error.message)")
        }
    }

    func integer(_ position: Int) throws(InputError) -> Int? {
        guard let (value, _) = try number(position, style: .count) else { return nil }
        guard value == value.rounded(), abs(value) < 1e15 else {
            throw fail(position, "'\(text(position) ?? "")' must be a whole number")
        }
        return Int(value)
    }

    func requiredInteger(_ position: Int) throws(InputError) -> Int {
        guard let value = try integer(position) else { throw fail(position, "is empty; a whole number is required") }
        return value
    }

    /// A value from a fixed list of codes (qualifier, status, comparator), with a suggestion.
    func code<T: RawRepresentable & CaseIterable>(_ position: Int, as type: T.Type) throws(InputError) -> T? where T.RawValue == String {
        guard let text = text(position) else { return nil }
        if let value = T(rawValue: text) ?? T(rawValue: text.lowercased()) { return value }
        let codes = T.allCases.map(\.rawValue)
        throw fail(position, "'\(text)' is not one of \(codes.joined(separator: ", "))\(didYouMean(Suggest.closest(to: text, among: codes, limit: 1)))")
    }

    /// The source id, which must be known (in the database or loaded in this run), and its
    /// quote, which must occur in the source's text.
    func sourceAndQuote(source sourcePosition: Int, quote quotePosition: Int) throws(InputError) -> (source: String?, quote: String?) {
        let source = text(sourcePosition)
        let quote = verbatim(quotePosition)
        guard let source else { return (nil, quote) }
        guard reference.hasSource(source) else {
            throw fail(sourcePosition, "'\(source)' is not a known source\(didYouMean(reference.suggestSources(for: source))) (register it with `chiso add source FILE --id \(source)`, or add it to sources.csv)")
        }
        if let quote, !reference.quoteOccurs(quote, in: source) {
            throw fail(quotePosition, "\"\(quote)\" does not occur in the text of source '\(source)'; copy the words exactly as the document writes them")
        }
        return (source, quote)
    }
}
