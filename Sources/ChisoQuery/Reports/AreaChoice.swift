import ChisoDomain
import ChisoStorage

/// Picks the unit a report is about when a name meant different units over time.
///
/// "Tuyên Quang" is the 63-era province until 2025-06-30 and the merged province after; a
/// user asking for its scorecard wants the unit that has figures. With an as-of date the unit
/// valid on that date is chosen (as `AreaDirectory` does); without one, among every unit the
/// text can name at some date, the one with the most recent figures; with none having figures,
/// the unit `AreaDirectory` picks for today.
package enum AreaChoice {
    /// With `indicator`, "has figures" means figures of that indicator (a trend follows the
    /// unit that has the series).
    static func resolve(_ text: String, asOf: CalendarDate?, indicator: String? = nil, in database: Database) throws -> AreaRecord {
        let directory = try database.areas.directory()
        if let asOf { return try directory.resolve(text, on: asOf) }
        var candidates: [AreaRecord] = []
        for day in boundaryDates(directory) {
            if let record = try? directory.resolve(text, on: day), !candidates.contains(where: { $0.id == record.id }) {
                candidates.append(record)
            }
        }
        var best: (record: AreaRecord, latest: String)?
        for record in candidates {
            guard let latest = try ObservationReader.latestDataDate(database, area: record.id, indicator: indicator) else { continue }
            if best.map({ latest > $0.latest }) ?? true { best = (record, latest) }
        }
        if let best { return best.record }
        return try directory.resolve(text, on: nil)
    }

    /// Today and every day a unit began or ended: each date on which a name can mean a
    /// different unit.
    private static func boundaryDates(_ directory: AreaDirectory) -> [CalendarDate] {
        var days = Set<CalendarDate>()
        for record in directory.records {
            if let from = record.validFrom { days.insert(from) }
            if let to = record.validTo { days.insert(to) }
        }
        return [CalendarDate.today()] + days.sorted()
    }

    /// The province (or "VN") whose units a listing or league table shows: the unit the name
    /// means on `asOf`, else the one with the most recent figures.
    package static func unitHolder(_ text: String, asOf: CalendarDate?, in database: Database) throws -> AreaRecord {
        try resolve(text, asOf: asOf, in: database)
    }

    /// The unit and the units it continued or became under the same code (Thừa Thiên Huế →
    /// Huế; 63-era Tuyên Quang → merged Tuyên Quang): a target set by one applies to the same
    /// province's figures under another. A step counts only when the name stayed, or when the
    /// later unit had no other predecessor (a plain rename): Yên Bái gave the merged Lào Cai
    /// its code 15, but Yên Bái's targets are not Lào Cai's.
    static func lineage(of record: AreaRecord, in directory: AreaDirectory) -> Set<String> {
        func continues(_ earlier: AreaRecord, into later: AreaRecord) -> Bool {
            guard earlier.mergedInto == later.id, earlier.code == later.code else { return false }
            let predecessors = directory.records.filter { $0.mergedInto == later.id }
            return predecessors.count == 1 || VietnameseText.fold(earlier.name) == VietnameseText.fold(later.name)
        }
        var ids: Set<String> = [record.id]
        var changed = true
        while changed {
            changed = false
            for other in directory.records where other.code == record.code && !ids.contains(other.id) {
                let linked = directory.records.contains { ids.contains($0.id) && (continues(other, into: $0) || continues($0, into: other)) }
                if linked {
                    ids.insert(other.id)
                    changed = true
                }
            }
        }
        return ids
    }
}
