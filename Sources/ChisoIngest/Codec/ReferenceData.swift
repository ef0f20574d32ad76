import ChisoDomain
import ChisoStorage

/// What decoding a row looks things up in: the indicator catalogue, the areas, the periods
/// already read and the sources' texts, each held in a dictionary and loaded once, so a
/// million-row import does no per-row query and no repeated name folding.
///
/// A class because its caches fill as rows are read; it belongs to one load or import.
public final class ReferenceData {
    public let indicators: [String: Indicator]
    private let indicatorCodes: [String]
    public let areas: AreaDirectory
    private var areaCache: [AreaKey: AreaRecord] = [:]
    private var periodCache: [String: Period] = [:]
    /// Raw (area, area_name) fields and the date → the unit they resolved to, checks passed.
    private var areaPairCache: [AreaPairKey: AreaRecord] = [:]
    /// Source id → its text in NFC, nil when the source has no stored text.
    private var sourceBodies: [String: String?]
    private var checkedQuotes: Set<QuoteKey> = []

    private struct AreaKey: Hashable {
        let text: String
        let date: CalendarDate
    }

    private struct AreaPairKey: Hashable {
        let code: String
        let name: String
        let date: CalendarDate
    }

    private struct QuoteKey: Hashable {
        let source: String
        let quote: String
    }

    public init(indicators: [Indicator], areas: AreaDirectory, sources: [SourceRecord]) {
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
    public convenience init(_ database: Database) throws(StorageError) {
        self.init(indicators: try database.indicators.all(), areas: try database.areas.directory(),
                  sources: try database.sources.all(withBody: true))
    }

    // MARK: - Indicators

    public func indicator(_ code: String) -> Indicator? { indicators[code] }

    func suggestIndicators(for code: String) -> [String] {
        Suggest.closest(to: code.replacingOccurrences(of: "_", with: " "),
                        among: indicatorCodes, limit: 3)
    }

    // MARK: - Areas and periods

    /// Resolves an area as written on the date given, cached per (text, date).
    public func area(_ text: String, on date: CalendarDate) throws(AreaLookupError) -> AreaRecord {
        let key = AreaKey(text: text, date: date)
        if let hit = areaCache[key] { return hit }
        let record = try areas.resolve(text, on: date)
        areaCache[key] = record
        return record
    }

    /// A row's area fields as written, if an earlier row with the same fields and date
    /// resolved them (and passed the name check).
    func resolvedArea(code: String, name: String, on date: CalendarDate) -> AreaRecord? {
        areaPairCache[AreaPairKey(code: code, name: name, date: date)]
    }

    func remember(_ record: AreaRecord, code: String, name: String, on date: CalendarDate) {
        areaPairCache[AreaPairKey(code: code, name: name, date: date)] = record
    }

    /// Reads a canonical code or a Vietnamese phrase, cached per text.
    public func period(_ text: String) throws(PeriodError) -> Period {
        if let hit = periodCache[text] { return hit }
        let period = try Period.parse(text)
        periodCache[text] = period
        return period
    }

    // MARK: - Sources

    /// Makes a source being loaded in the same run known, with its text, so rows can cite it.
    public func register(source id: String, body: String?) {
        sourceBodies.updateValue(body.map(VietnameseText.nfc), forKey: id)
        checkedQuotes = checkedQuotes.filter { $0.source != id }
    }

    public func hasSource(_ id: String) -> Bool { sourceBodies[id] != nil }

    var sourceIDs: [String] { sourceBodies.keys.sorted() }

    /// Whether `quote` occurs in the source's text; true when the source has no stored text
    /// (there is nothing to check against). Remembered per pair: seeds quote a document often.
    func quoteOccurs(_ quote: String, in source: String) -> Bool {
        let key = QuoteKey(source: source, quote: quote)
        if checkedQuotes.contains(key) { return true }
        guard case let body?? = sourceBodies[source] else { return true }
        guard body.contains(VietnameseText.nfc(quote)) else { return false }
        checkedQuotes.insert(key)
        return true
    }
}

@available(*, unavailable, message: "reference caches belong to the load or import that built them")
extension ReferenceData: Sendable {}
