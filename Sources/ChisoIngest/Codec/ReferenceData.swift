import ChisoDomain
import ChisoStorage

/// What decoding a row looks things up in: the indicator catalogue, the areas, the periods
/// already read and the sources' texts, each held in a dictionary and loaded once, so a
/// million-row import does no per-row query and no repeated name folding.
///
/// A class because its caches fill as rows are read; it belongs to one load or import.
package final class ReferenceData {
    package let indicators: [String: Indicator]
    private let indicatorCodes: [String]
    package let areas: AreaDirectory
    /// Departments, districts, communes and ministries; grows as rows name new units, so a
    /// second spelling of a unit made in this run gets the first one's canonical name.
    private var units: UnitDirectory
    /// (area id, agency as written) → the unit, or why not; the period is checked per row.
    private var unitCache: [UnitKey: Result<UnitRecord, UnitLookupError>] = [:]
    /// Areas as written and dated → what they resolved to, or why not: a file that misspells
    /// a province on 20,000 rows pays for the suggestion search once, not per row.
    private var areaCache: [AreaKey: Result<AreaRecord, AreaLookupError>] = [:]
    /// Unknown indicator codes → their suggestions (an edit-distance pass over the catalogue).
    private var indicatorSuggestions: [String: [String]] = [:]
    private var periodCache: [String: Result<Period, PeriodError>] = [:]
    private var sourceSuggestions: [String: [String]] = [:]
    /// Raw (area, area_name) fields and the date → the unit they resolved to, checks passed.
    private var areaPairCache: [AreaPairKey: AreaRecord] = [:]
    /// Source id → its text in NFC, nil when the source has no stored text.
    private var sourceBodies: [String: String?]
    private var checkedQuotes: Set<QuoteKey> = []
    /// Quotes already searched for and not found: each costs a scan of the source's text.
    private var missingQuotes: Set<QuoteKey> = []

    private struct AreaKey: Hashable {
        let text: String
        let date: CalendarDate
    }

    private struct AreaPairKey: Hashable {
        let code: String
        let name: String
        let date: CalendarDate
    }

    private struct UnitKey: Hashable {
        let area: String
        let text: String
    }

    private struct QuoteKey: Hashable {
        let source: String
        let quote: String
    }

    package init(indicators: [Indicator], areas: AreaDirectory, units: UnitDirectory = UnitDirectory([]),
                 sources: [SourceRecord]) {
        self.units = units
        self.indicators = Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        self.indicatorCodes = indicators.map(\.code).sorted()
        self.areas = areas
        var bodies: [String: String?] = [:]
        // updateValue, not subscript assignment: assigning nil would drop a source that
        // simply has no stored text, and rows citing it would be refused.
        for source in sources { bodies.updateValue(source.body.map(VietnameseText.nfc), forKey: source.id) }
        self.sourceBodies = bodies
    }

    /// Everything the database holds, sources with their text.
    package convenience init(_ database: Database) throws(StorageError) {
        self.init(indicators: try database.indicators.all(), areas: try database.areas.directory(),
                  units: try database.units.directory(), sources: try database.sources.all(withBody: true))
    }

    // MARK: - Indicators

    package func indicator(_ code: String) -> Indicator? { indicators[code] }

    /// The closest catalogue codes to an unknown one, computed once per code.
    func suggestIndicators(for code: String) -> [String] {
        if let hit = indicatorSuggestions[code] { return hit }
        let suggestions = Suggest.closest(to: code.replacingOccurrences(of: "_", with: " "),
                                          among: indicatorCodes, limit: 3)
        indicatorSuggestions[code] = suggestions
        return suggestions
    }

    // MARK: - Areas and periods

    /// Resolves an area as written on the date given, cached per (text, date), failures too.
    package func area(_ text: String, on date: CalendarDate) throws(AreaLookupError) -> AreaRecord {
        let key = AreaKey(text: text, date: date)
        let result: Result<AreaRecord, AreaLookupError>
        if let hit = areaCache[key] {
            result = hit
        } else {
            do { result = .success(try areas.resolve(text, on: date)) } catch { result = .failure(error) }
            areaCache[key] = result
        }
        return try result.get()
    }

    /// The unit an agency text names in `area` for `period`, looked up once per (area, text),
    /// failures too: a file naming "Sở LĐTB&XH" on 5,000 rows of 5,000 days folds it once.
    package func unit(_ text: String, in area: String, during period: Period) throws(UnitLookupError) -> UnitRecord {
        let key = UnitKey(area: area, text: text)
        let result: Result<UnitRecord, UnitLookupError>
        if let hit = unitCache[key] {
            result = hit
        } else {
            do { result = .success(try units.lookup(text, in: area)) } catch { result = .failure(error) }
            unitCache[key] = result
        }
        let unit = try result.get()
        if let violation = units.validityViolation(of: unit, from: period.start, to: period.end) { throw violation }
        return unit
    }

    /// The ministry or central agency a row's area text names, if it names one.
    package func ministry(named text: String) -> UnitRecord? { units.ministry(named: text) }

    /// A row's area fields as written, if an earlier row with the same fields and date
    /// resolved them (and passed the name check).
    func resolvedArea(code: String, name: String, on date: CalendarDate) -> AreaRecord? {
        areaPairCache[AreaPairKey(code: code, name: name, date: date)]
    }

    func remember(_ record: AreaRecord, code: String, name: String, on date: CalendarDate) {
        areaPairCache[AreaPairKey(code: code, name: name, date: date)] = record
    }

    /// Reads a canonical code or a Vietnamese phrase, cached per text, failures too.
    package func period(_ text: String) throws(PeriodError) -> Period {
        let result: Result<Period, PeriodError>
        if let hit = periodCache[text] {
            result = hit
        } else {
            do { result = .success(try Period.parse(text)) } catch { result = .failure(error) }
            periodCache[text] = result
        }
        return try result.get()
    }

    // MARK: - Sources

    /// Makes a source being loaded in the same run known, with its text, so rows can cite it.
    package func register(source id: String, body: String?) {
        sourceBodies.updateValue(body.map(VietnameseText.nfc), forKey: id)
        checkedQuotes = checkedQuotes.filter { $0.source != id }
        missingQuotes = missingQuotes.filter { $0.source != id }
        sourceSuggestions = [:]
    }

    package func hasSource(_ id: String) -> Bool { sourceBodies[id] != nil }

    var sourceIDs: [String] { sourceBodies.keys.sorted() }

    /// The closest known source id to an unknown one, computed once per id.
    func suggestSources(for id: String) -> [String] {
        if let hit = sourceSuggestions[id] { return hit }
        let suggestions = Suggest.closest(to: id, among: sourceIDs, limit: 1)
        sourceSuggestions[id] = suggestions
        return suggestions
    }

    /// Whether `quote` occurs in the source's text; true when the source has no stored text
    /// (there is nothing to check against). Remembered per pair: seeds quote a document often.
    func quoteOccurs(_ quote: String, in source: String) -> Bool {
        let key = QuoteKey(source: source, quote: quote)
        if checkedQuotes.contains(key) { return true }
        if missingQuotes.contains(key) { return false }
        guard case let body?? = sourceBodies[source] else { return true }
        guard body.contains(VietnameseText.nfc(quote)) else {
            missingQuotes.insert(key)
            return false
        }
        checkedQuotes.insert(key)
        return true
    }
}

@available(*, unavailable, message: "reference caches belong to the load or import that built them")
extension ReferenceData: Sendable {}
