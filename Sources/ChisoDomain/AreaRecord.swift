/// One area as the lookup sees it: the country or a province-level unit with the dates it
/// was in force, and the other spellings it goes by.
public struct AreaRecord: Hashable, Sendable {
    /// Our key ('VN', 'p63-08', 'p34-08'): a code alone does not identify a unit across 2025-07-01.
    public var id: String
    public var code: String
    public var name: String
    public var officialName: String?
    public var level: String
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?
    public var aliases: [String]

    public init(id: String, code: String, name: String, officialName: String? = nil, level: String,
                validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil, aliases: [String] = []) {
        self.id = id
        self.code = code
        self.name = name
        self.officialName = officialName
        self.level = level
        self.validFrom = validFrom
        self.validTo = validTo
        self.aliases = aliases
    }

    /// True when the unit was in force on `date`.
    public func isValid(on date: CalendarDate) -> Bool {
        if let validFrom, date < validFrom { return false }
        if let validTo, date > validTo { return false }
        return true
    }
}
