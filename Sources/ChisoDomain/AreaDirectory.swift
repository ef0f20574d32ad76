/// Resolves what people write for an area — a code ("08"), an id ("p63-08"), a name in any
/// case, with or without diacritics, any tone placement, with "tỉnh"/"thành phố"/"TP." in
/// front, or an alias ("TP.HCM", "TT-Huế") — to one unit, for the date the figure refers to.
///
/// Why the date: codes and names were reused on 2025-07-01 (15 was Yên Bái and is now Lào
/// Cai; "Tuyên Quang" in 2023 is the old province, in 2026 the merged one).
public struct AreaDirectory: Sendable {
    public let records: [AreaRecord]
    private let byID: [String: AreaRecord]
    /// Folded names, aliases and codes → the units they can denote, in any era.
    private let byKey: [String: [AreaRecord]]

    /// Words that name the country as a whole.
    static let countryWords: Set<String> = ["viet nam", "vietnam", "ca nuoc", "toan quoc", "quoc gia", "vn", "nuoc ta"]

    /// Prefixes that say what kind of unit follows; stripped before matching.
    static let prefixes = ["thanh pho truc thuoc trung uong ", "thanh pho ", "tinh ", "tp ", "tp. ", "tp."]

    public init(_ records: [AreaRecord]) {
        self.records = records
        var byID: [String: AreaRecord] = [:]
        var byKey: [String: [AreaRecord]] = [:]
        func add(_ key: String, _ record: AreaRecord) {
            guard !key.isEmpty else { return }
            if !(byKey[key]?.contains { $0.id == record.id } ?? false) { byKey[key, default: []].append(record) }
        }
        for record in records {
            byID[record.id] = record
            add(record.code.lowercased(), record)
            for name in [record.name, record.officialName].compactMap({ $0 }) + record.aliases {
                let key = AreaDirectory.key(name)
                add(key, record)
                add(key.replacingOccurrences(of: " ", with: ""), record)
            }
        }
        self.byID = byID
        self.byKey = byKey
    }

    public func record(id: String) -> AreaRecord? { byID[id] }

    /// The matching key of a name: folded, punctuation as spaces, kind prefix removed.
    static func key(_ text: String) -> String {
        var folded = VietnameseText.foldForMatching(text)
        for prefix in prefixes where folded.hasPrefix(prefix) && folded.count > prefix.count {
            folded = String(folded.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        return folded
    }

    /// Every unit `text` can denote, in any era (for queries that let a period pick).
    public func candidates(_ text: String) -> [AreaRecord] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let record = byID[trimmed] { return [record] }
        let folded = VietnameseText.foldForMatching(trimmed)
        if AreaDirectory.countryWords.contains(folded), let vn = records.first(where: { $0.level == "country" }) { return [vn] }
        if let found = byKey[trimmed.lowercased()] { return found }
        let key = AreaDirectory.key(trimmed)
        if let found = byKey[key] { return found }
        if let found = byKey[key.replacingOccurrences(of: " ", with: "")] { return found }
        // "8" for "08": codes are two digits, but people drop the zero.
        if trimmed.count == 1, trimmed.allSatisfy(\.isNumber), let found = byKey["0" + trimmed] { return found }
        return []
    }

    /// The one unit `text` denotes on `date` (nil: the unit in force today, else the latest).
    public func resolve(_ text: String, on date: CalendarDate?) throws(AreaLookupError) -> AreaRecord {
        let found = candidates(text)
        guard !found.isEmpty else {
            let names = Array(Set(records.map(\.name))).sorted()
            throw AreaLookupError(input: text, message: "unknown area '\(text)'",
                                  suggestions: Suggest.closest(to: AreaDirectory.key(text), among: names))
        }
        let day = date ?? CalendarDate.today()
        if let valid = found.first(where: { $0.isValid(on: day) }) { return valid }
        if date == nil {
            return found.max { ($0.validTo ?? CalendarDate.distantFuture) < ($1.validTo ?? CalendarDate.distantFuture) } ?? found[0]
        }
        let spans = found.map { r in "\(r.name) (\(r.code)) \(r.validFrom?.iso ?? "…")–\(r.validTo?.iso ?? "…")" }
        var message = "area '\(text)' did not exist on \(day.iso): it denotes \(spans.joined(separator: "; "))"
        if let successor = found.first(where: { ($0.validTo ?? day) < day }), let next = records.first(where: { $0.isValid(on: day) && successorOf(successor, is: $0) }) {
            message += "; on \(day.iso) it was part of \(next.name) (\(next.code))"
        }
        throw AreaLookupError(input: text, message: message)
    }

    /// True when `later` took over `earlier` (same code or name across the 2025 reorganisation).
    private func successorOf(_ earlier: AreaRecord, is later: AreaRecord) -> Bool {
        later.level == earlier.level && (later.code == earlier.code || later.name == earlier.name)
    }
}

extension CalendarDate {
    /// A date after any real validity end, for ordering open-ended units last.
    static var distantFuture: CalendarDate {
        // 9999-12-31 is always a valid date.
        (try? CalendarDate(year: 9999, month: 12, day: 31)) ?? CalendarDate.today()
    }
}
