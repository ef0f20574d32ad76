/// One administrative unit over the time it existed: the country, a 63-era province, or a
/// unit formed on 2025-07-01. Codes were reused in 2025, so the id (not the code) is the key.
package struct AreaRecord: Hashable, Sendable {
    /// "VN", "p63-08" (63-era Tuyên Quang), "p34-08" (the merged 2025 unit).
    package var id: String
    /// The 2-digit GSO code ("08") or "VN"; unique only together with the validity.
    package var code: String
    package var name: String
    package var officialName: String?
    /// "country" | "province".
    package var level: String
    /// nil = open start.
    package var validFrom: CalendarDate?
    /// nil = still valid.
    package var validTo: CalendarDate?
    /// Spellings seen in sources: "TT-Huế", "TP.HCM", "Thừa Thiên - Huế", "Hoà Bình".
    package var aliases: [String]
    /// The id of the unit this one was merged into, when known; lets an out-of-date lookup say
    /// where the unit went instead of only that it is gone.
    package var mergedInto: String?

    package init(id: String, code: String, name: String, officialName: String? = nil, level: String = "province",
                validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil, aliases: [String] = [],
                mergedInto: String? = nil) {
        self.id = id
        self.code = code
        self.name = name
        self.officialName = officialName
        self.level = level
        self.validFrom = validFrom
        self.validTo = validTo
        self.aliases = aliases
        self.mergedInto = mergedInto
    }

    /// Both ends inclusive: a unit "until 2025-06-30" still holds figures dated that day.
    package func isValid(on date: CalendarDate) -> Bool {
        (validFrom.map { $0 <= date } ?? true) && (validTo.map { date <= $0 } ?? true)
    }
}
