import Foundation

/// Resolves what people write for a place ("TT-Huế", "tỉnh Tuyên Quang", "08", "cả nước") to
/// the one unit it meant on the figure's date.
///
/// Pure lookup over records that storage loads from the `areas` and `area_aliases` tables.
/// Names match on folded text, so case, diacritics, NFC/NFD, tone placement ("Hoà"/"Hòa")
/// and punctuation ("Thừa Thiên - Huế") never matter; the prefixes "tỉnh", "thành phố" and
/// "TP" are ignored. The date decides between units that share a code or a name across the
/// 2025 reorganisation.
package struct AreaDirectory: Sendable {
    package let records: [AreaRecord]
    private let byID: [String: Int]
    private let byCode: [String: [Int]]
    /// Folded names and aliases, built at the first lookup by name: folding every name costs
    /// milliseconds (Foundation's decomposition), which a command given a code or an id
    /// (`report 08`, `compare 01 79`) would otherwise pay at every start.
    private let names: NameIndex
    private var byName: [String: [Int]] { names.index(records) }

    private static let countryNames = ["viet nam", "vietnam", "ca nuoc", "toan quoc", "nuoc ta"]
    private static let prefixes = ["tinh ", "thanh pho ", "tp "]

    package init(_ records: [AreaRecord]) {
        self.records = records
        var byID: [String: Int] = [:]
        var byCode: [String: [Int]] = [:]
        for (index, record) in records.enumerated() {
            byID[record.id.uppercased()] = byID[record.id.uppercased()] ?? index
            byCode[record.code.uppercased(), default: []].append(index)
        }
        self.byID = byID
        self.byCode = byCode
        self.names = NameIndex()
    }

    /// Every folded name, alias and official name of `records` (with and without the prefix
    /// "tỉnh"/"thành phố"/"TP"), and the country's common names, to the records' indexes.
    fileprivate static func nameIndex(_ records: [AreaRecord]) -> [String: [Int]] {
        var byName: [String: [Int]] = [:]
        func add(_ key: String, _ index: Int) {
            guard !key.isEmpty, byName[key]?.contains(index) != true else { return }
            byName[key, default: []].append(index)
        }
        for (index, record) in records.enumerated() {
            var names = [record.name] + record.aliases
            if let official = record.officialName { names.append(official) }
            for name in names {
                let key = VietnameseText.foldForMatching(name)
                add(key, index)
                add(AreaDirectory.stripPrefix(key), index)
            }
            if record.level == "country" {
                AreaDirectory.countryNames.forEach { add($0, index) }
            }
        }
        return byName
    }

    package func record(id: String) -> AreaRecord? {
        byID[id.uppercased()].map { records[$0] }
    }

    /// Resolves a code ("08", "VN"), an id ("p63-08") or a name/alias. Among several units the
    /// one valid on `date` wins; with no date, the one valid today, else the latest. A unit
    /// that matches but did not exist on `date` is an error that says when it existed, never a
    /// silent substitute: a 2026 figure filed under Hà Giang would be wrong.
    package func resolve(_ text: String, on date: CalendarDate?) throws(AreaLookupError) -> AreaRecord {
        try resolve(text, on: date, suggesting: true)
    }

    /// `try? resolve(text, on: date)` without the suggestions of an error nobody reads (the
    /// extractor tries the words after every "tỉnh" of a report as a name; most are not one).
    package func resolvedIfKnown(_ text: String, on date: CalendarDate?) -> AreaRecord? {
        try? resolve(text, on: date, suggesting: false)
    }

    private func resolve(_ text: String, on date: CalendarDate?, suggesting: Bool) throws(AreaLookupError) -> AreaRecord {
        let trimmed = VietnameseText.nfc(text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw AreaLookupError(input: text, message: "expected an area name, a 2-digit code or 'VN'")
        }
        if let index = byID[trimmed.uppercased()] {
            return records[index]
        }
        if trimmed.allSatisfy(\.isASCIIDigit) {
            guard trimmed.count == 2, let matches = byCode[trimmed] else {
                let padded = trimmed.count == 1 ? "0" + trimmed : nil
                let suggestion = padded.flatMap { byCode[$0] != nil ? $0 : nil }
                throw AreaLookupError(input: text, message: "unknown area code '\(trimmed)' (codes have 2 digits)",
                                      suggestions: suggestion.map { [$0] } ?? [])
            }
            return try choose(matches, for: text, on: date)
        }
        if let matches = byCode[trimmed.uppercased()] {
            return try choose(matches, for: text, on: date)
        }
        let key = VietnameseText.foldForMatching(trimmed)
        if let matches = byName[key] ?? byName[AreaDirectory.stripPrefix(key)] {
            return try choose(matches, for: text, on: date)
        }
        throw AreaLookupError(input: text, message: "unknown area '\(text)'", suggestions: suggesting ? suggestions(for: trimmed) : [])
    }

    /// Every unit `text` can denote at any time (by id, code, name or alias), whatever the
    /// date: for checks such as "does this name fit this unit" that must not depend on a date.
    package func allUnits(denotedBy text: String) -> [AreaRecord] {
        let trimmed = VietnameseText.nfc(text).trimmingCharacters(in: .whitespacesAndNewlines)
        if let index = byID[trimmed.uppercased()] { return [records[index]] }
        if let matches = byCode[trimmed.uppercased()] { return matches.map { records[$0] } }
        let key = VietnameseText.foldForMatching(trimmed)
        return (byName[key] ?? byName[AreaDirectory.stripPrefix(key)] ?? []).map { records[$0] }
    }

    // MARK: - Choosing among units

    private func choose(_ matches: [Int], for text: String, on date: CalendarDate?) throws(AreaLookupError) -> AreaRecord {
        let candidates = matches.map { records[$0] }
        let day = date ?? CalendarDate.today()
        let valid = candidates.filter { $0.isValid(on: day) }
        if valid.count == 1 { return valid[0] }
        if valid.count > 1 {
            let list = valid.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
            throw AreaLookupError(input: text, message: "'\(text)' is ambiguous on \(day): \(list)")
        }
        if date == nil, let latest = candidates.max(by: { AreaDirectory.endsBefore($0, $1) }) {
            return latest
        }
        // Not valid on the date: explain with the unit nearest in time.
        let before = candidates.filter { $0.validTo.map { $0 < day } ?? false }.max(by: { AreaDirectory.endsBefore($0, $1) })
        if let gone = before, let end = gone.validTo {
            let successor = gone.mergedInto.flatMap(record(id:))
            let next = end.adding(days: 1)
            let why = successor.map { "merged into \($0.name) on \(next)" } ?? "it existed until \(end)"
            throw AreaLookupError(input: text, message: "'\(gone.name)' did not exist on \(day) (\(why))")
        }
        let later = candidates.compactMap(\.validFrom).min()
        let name = candidates.first?.name ?? text
        throw AreaLookupError(input: text, message: "'\(name)' did not exist on \(day)"
                                + (later.map { " (it began on \($0))" } ?? ""))
    }

    /// Orders by end of validity, an open end (still valid) last.
    private static func endsBefore(_ a: AreaRecord, _ b: AreaRecord) -> Bool {
        switch (a.validTo, b.validTo) {
        case (nil, nil):
            guard let y = b.validFrom else { return false }
            return a.validFrom.map { $0 < y } ?? true
        case (nil, _): return false
        case (_, nil): return true
        case let (x?, y?): return x < y
        }
    }

    private func suggestions(for text: String) -> [String] {
        var spellings: [String] = []
        var owner: [String: String] = [:]
        for record in records {
            for spelling in [record.name] + record.aliases where owner[spelling] == nil {
                spellings.append(spelling)
                owner[spelling] = record.name
            }
        }
        var seen = Set<String>()
        return Suggest.closest(to: text, among: spellings, limit: 6)
            .compactMap { owner[$0] }
            .filter { seen.insert($0).inserted }
            .prefix(3)
            .map { $0 }
    }

    private static func stripPrefix(_ key: String) -> String {
        for prefix in prefixes where key.hasPrefix(prefix) {
            return String(key.dropFirst(prefix.count))
        }
        return key
    }
}

/// `AreaDirectory`'s name index, built once on first use; a lock makes the directory safe to
/// share between threads, as a `Sendable` value must be.
private final class NameIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var built: [String: [Int]]?

    func index(_ records: [AreaRecord]) -> [String: [Int]] {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = AreaDirectory.nameIndex(records)
        built = index
        return index
    }
}

extension AreaDirectory {
    /// What to write for `record` in a file that will be read back for a figure ending on
    /// `date`: its code when the code names this very unit on that date (what people read),
    /// else its id (`p63-08` for the 63-era Tuyên Quang's 2021/2025 plan, since `08` on
    /// 2025-12-31 is the merged province). Export and `chiso add --dry-run` both use it, so
    /// what they print imports back to the same unit.
    package func portableCode(for record: AreaRecord, on date: CalendarDate?) -> String {
        let resolved = try? resolve(record.code, on: date)
        return resolved?.id == record.id ? record.code : record.id
    }
}
