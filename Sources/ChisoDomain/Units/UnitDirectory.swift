/// Why a unit name cannot hold a figure, in words a user acts on.
package struct UnitLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}

/// The units of every area and the department templates, looked up by what a row writes.
///
/// Keys are folded with punctuation and spaces removed (`UnitName.key`), so abbreviations
/// written with or without "&" and "-" meet, and an alias leads to its unit's canonical name.
/// A unit not found is made on the spot (`created`), with its kind read from its name, and
/// the directory remembers it, so every later spelling of it in the same run gets the spelling
/// the first one fixed.
package struct UnitDirectory: Sendable {
    private var records: [UnitRecord] = []
    /// (area or "" for templates) → key → record index.
    private var byKey: [String: [String: Int]] = [:]
    /// (area) → name without its kind word → record indexes: "Gia Bình" finds "huyện Gia Bình".
    private var byCore: [String: [String: [Int]]] = [:]
    /// (area) → template index → the area's own unit spelled as that template or one of its
    /// aliases: a province whose figures say "Sở LĐTB&XH" keeps that unit for every spelling.
    private var byTemplate: [String: [Int: Int]] = [:]

    package init(_ units: [UnitRecord]) {
        // Templates first: a province's own units are matched against them as they go in.
        for unit in units where unit.area == nil { insert(unit) }
        for unit in units where unit.area != nil { insert(unit) }
    }

    package var all: [UnitRecord] { records }

    private mutating func insert(_ unit: UnitRecord) {
        let index = records.count
        records.append(unit)
        let scope = unit.area ?? ""
        for spelling in [unit.name] + unit.aliases {
            let folded = VietnameseText.foldForMatching(UnitName.normalize(spelling))
            // The first unit to claim a spelling keeps it: the name lookups stay deterministic.
            let key = UnitName.key(folded)
            if byKey[scope]?[key] == nil { byKey[scope, default: [:]][key] = index }
        }
        if let area = unit.area, let template = byKey[""]?[UnitName.key(unit.nameFolded)], records[template].area == nil {
            if byTemplate[area]?[template] == nil { byTemplate[area, default: [:]][template] = index }
        }
        let core = UnitName.key(UnitName.core(of: unit.nameFolded))
        if unit.area != nil, core != UnitName.key(unit.nameFolded) {
            byCore[scope, default: [:]][core, default: []].append(index)
        }
    }

    /// The known unit a name denotes in `area` (its own units, then the department templates
    /// for a province), or nil.
    package func find(_ text: String, in area: String) -> UnitRecord? {
        let folded = VietnameseText.foldForMatching(UnitName.normalize(text))
        let key = UnitName.key(folded)
        if let index = byKey[area]?[key] { return records[index] }
        if let indexes = byCore[area]?[key], indexes.count == 1 { return records[indexes[0]] }
        if area != "VN", let index = byKey[""]?[key] {
            if let own = byTemplate[area]?[index] { return records[own] }
            var unit = records[index]
            unit.id = nil
            unit.area = area
            unit.successorID = nil
            unit.aliases = []
            return unit
        }
        return nil
    }

    /// The unit a row's agency text stands for in `area` (a province's id, or "VN") for a
    /// figure about `start`…`end`. A name not yet known is made a new unit, its kind read
    /// from its first words; the caller writes it before the row (`UnitTable.ensure`).
    ///
    /// Refused: a district for a period that starts after 2025-06-30 (districts were
    /// abolished), and a ministry named as a unit of a province.
    package mutating func resolve(_ text: String, in area: String, from start: CalendarDate,
                                  to end: CalendarDate) throws(UnitLookupError) -> UnitRecord {
        let unit = try lookup(text, in: area)
        if let violation = validityViolation(of: unit, from: start, to: end) { throw violation }
        return unit
    }

    /// The unit a name denotes in `area`, made (and remembered) when not known yet; the part of
    /// `resolve` that does not depend on the period, so callers can cache it per name.
    package mutating func lookup(_ text: String, in area: String) throws(UnitLookupError) -> UnitRecord {
        let name = UnitName.normalize(text)
        guard !name.isEmpty else { throw UnitLookupError("is empty") }
        let unit: UnitRecord
        if let known = find(name, in: area) {
            unit = known
        } else {
            let kind = UnitName.kind(of: name) ?? .other
            if kind == .ministry, area != "VN" {
                throw UnitLookupError("is a ministry, not a unit of a province; give area VN for a ministry's figure")
            }
            unit = UnitRecord(area: area, kind: kind, name: name,
                              validTo: kind == .district ? UnitKind.lastDistrictDay : nil)
            insert(unit)
        }
        return unit
    }

    /// Why `unit` cannot hold a figure about `start`…`end`, or nil: a district after the
    /// abolition, a ministry before it was formed or after it was merged.
    package func validityViolation(of unit: UnitRecord, from start: CalendarDate, to end: CalendarDate) -> UnitLookupError? {
        if unit.kind == .district, UnitKind.lastDistrictDay < start {
            return UnitLookupError("is a district, and districts were abolished on 2025-07-01; a figure from \(start) belongs to a commune (xã, phường) or to the province")
        }
        if unit.area == "VN", let validTo = unit.validTo, validTo < start {
            let successor = unit.successorID.flatMap { id in records.first { $0.id == id } }
            return UnitLookupError("existed until \(validTo); the period is after it"
                                  + (successor.map { " — its successor is \($0.name)" } ?? ""))
        }
        if unit.area == "VN", let validFrom = unit.validFrom, end < validFrom {
            return UnitLookupError("exists from \(validFrom); the period is before it")
        }
        return nil
    }

    /// The ministry or central agency a name denotes, when a row gives it as its area
    /// ("Bộ Tư pháp" in the area column means area VN, agency Bộ Tư pháp).
    package func ministry(named text: String) -> UnitRecord? {
        guard let unit = find(text, in: "VN"), unit.kind == .ministry || unit.kind == .centralAgency else { return nil }
        return unit
    }
}
