/// One unit inside an area: a department, district or commune of a province, or a ministry
/// or central agency of the country (area "VN"). `area` nil marks a department TEMPLATE, one
/// of the standard departments every province has, whose name any province resolves to.
package struct UnitRecord: Hashable, Sendable {
    /// The database row id; nil for a unit resolved but not written yet.
    package var id: Int64?
    package var area: String?
    package var kind: UnitKind
    /// The canonical spelling, stored in observations.agency / targets.agency.
    package var name: String
    package var validFrom: CalendarDate?
    package var validTo: CalendarDate?
    package var successorID: Int64?
    package var note: String?
    package var aliases: [String]

    package init(id: Int64? = nil, area: String?, kind: UnitKind, name: String, validFrom: CalendarDate? = nil,
                 validTo: CalendarDate? = nil, successorID: Int64? = nil, note: String? = nil, aliases: [String] = []) {
        self.id = id
        self.area = area
        self.kind = kind
        self.name = name
        self.validFrom = validFrom
        self.validTo = validTo
        self.successorID = successorID
        self.note = note
        self.aliases = aliases
    }

    /// The line a command prints once when it creates the unit:
    /// "new unit: huyện Gia Bình (district of p63-27)".
    package var createdLine: String { "new unit: \(name) (\(kind.rawValue) of \(area ?? "every province"))" }

    /// The lines a command prints for the units it created: one each, up to `limit`, then a
    /// count, so a file naming 3,000 new communes does not bury its summary.
    package static func createdLines(_ units: [UnitRecord], limit: Int = 10) -> [String] {
        let shown = units.prefix(limit).map(\.createdLine)
        guard units.count > limit else { return shown }
        return shown + ["… and \(units.count - limit) more new units (`chiso areas --in AREA` lists them)"]
    }

    /// The folded name the database keys a unit by within its area.
    package var nameFolded: String { VietnameseText.foldForMatching(name) }
}
