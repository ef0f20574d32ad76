/// What a unit inside an area is: a department (sở, ban, ngành) or a district (huyện, until
/// 2025-06-30) or commune (xã, phường) of a province, or a ministry or central agency of the
/// country. League tables rank one kind at a time, never mixed with provinces.
package enum UnitKind: String, Sendable, CaseIterable, Hashable {
    case department, district, commune, ministry
    case centralAgency = "central_agency"
    case other

    /// The plural a league table's header uses: "12 sở, ngành của Lâm Đồng".
    package var pluralVi: String {
        switch self {
        case .department: "sở, ngành"
        case .district: "huyện, thị xã, thành phố"
        case .commune: "xã, phường, thị trấn"
        case .ministry: "bộ, cơ quan ngang bộ"
        case .centralAgency: "cơ quan thuộc Chính phủ"
        case .other: "đơn vị khác"
        }
    }

    /// The last day districts existed: two-level local government began on 2025-07-01.
    package static let lastDistrictDay = CalendarDate(unchecked: 2025, 6, 30)
}
