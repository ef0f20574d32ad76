@testable import ChisoDomain
import Testing

@Suite struct UnitNameTests {
    @Test(arguments: [
        ("UBND huyện Gia Bình", "huyện Gia Bình"),
        ("Ủy ban nhân dân xã Tân Lập", "xã Tân Lập"),
        ("Uỷ ban nhân dân  phường Đông Ngạc", "phường Đông Ngạc"),
        ("Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"),
        ("Sở Tư pháp", "Sở Tư pháp"),
    ])
    func dropsThePeoplesCommitteePrefixOnlyAtTheStart(written: String, expected: String) {
        #expect(UnitName.normalize(written) == expected)
    }

    @Test(arguments: [
        ("huyện Gia Bình", UnitKind.district), ("thị xã Sơn Tây", .district), ("thành phố Bắc Ninh", .district),
        ("quận Ba Đình", .district), ("xã Tân Lập", .commune), ("phường Đông Ngạc", .commune),
        ("thị trấn Gia Bình", .commune), ("đặc khu Phú Quốc", .commune), ("Sở Du lịch", .department),
        ("Ban Quản lý các khu công nghiệp", .department), ("Thanh tra tỉnh", .department),
        ("Văn phòng UBND tỉnh", .department), ("Bộ Tư pháp", .ministry),
    ])
    func readsTheKindFromTheFirstWords(name: String, kind: UnitKind) {
        #expect(UnitName.kind(of: name) == kind)
    }

    @Test func aNameWithoutAKindWordHasNoKind() {
        #expect(UnitName.kind(of: "Công an tỉnh") == nil)
        #expect(UnitName.kind(of: "Gia Bình") == nil)
    }
}

@Suite struct UnitDirectoryTests {
    static let year2024 = (CalendarDate(unchecked: 2024, 1, 1), CalendarDate(unchecked: 2024, 12, 31))
    static let q3of2025 = (CalendarDate(unchecked: 2025, 7, 1), CalendarDate(unchecked: 2025, 9, 30))

    func directory() -> UnitDirectory {
        UnitDirectory([
            UnitRecord(id: 1, area: nil, kind: .department, name: "Sở Lao động - Thương binh và Xã hội",
                       aliases: ["Sở LĐTB&XH"]),
            UnitRecord(id: 2, area: nil, kind: .department, name: "Sở Thông tin và Truyền thông", aliases: ["Sở TT&TT"]),
            UnitRecord(id: 3, area: "VN", kind: .ministry, name: "Bộ Tư pháp"),
            UnitRecord(id: 4, area: "VN", kind: .ministry, name: "Bộ Kế hoạch và Đầu tư",
                       validTo: CalendarDate(unchecked: 2025, 2, 28), successorID: 5, aliases: ["Bộ KH&ĐT"]),
            UnitRecord(id: 5, area: "VN", kind: .ministry, name: "Bộ Tài chính"),
        ])
    }

    @Test(arguments: ["Sở LĐTB&XH", "Sở LĐ-TB&XH", "sở lđtbxh", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động Thương binh và Xã hội"])
    func aDepartmentSpellingResolvesToTheTemplatesCanonicalName(written: String) throws {
        var units = directory()
        let unit = try units.resolve(written, in: "p63-40", from: Self.year2024.0, to: Self.year2024.1)
        #expect(unit.name == "Sở Lao động - Thương binh và Xã hội")
        #expect(unit.area == "p63-40")
        #expect(unit.id == nil)   // the province's own row is written on first use
        #expect(unit.kind == .department)
    }

    @Test func aNewDistrictIsMadeOnceAndLaterSpellingsGetTheFirstOnesName() throws {
        var units = directory()
        let first = try units.resolve("UBND huyện Gia Bình", in: "p63-27", from: Self.year2024.0, to: Self.year2024.1)
        #expect(first == UnitRecord(area: "p63-27", kind: .district, name: "huyện Gia Bình",
                                    validTo: CalendarDate(unchecked: 2025, 6, 30)))
        #expect(try units.resolve("Huyện GIA BÌNH", in: "p63-27", from: Self.year2024.0, to: Self.year2024.1).name == "huyện Gia Bình")
        #expect(try units.resolve("Gia Bình", in: "p63-27", from: Self.year2024.0, to: Self.year2024.1).name == "huyện Gia Bình")
    }

    @Test func refusesADistrictForAPeriodAfterTheAbolition() {
        var units = directory()
        #expect(throws: UnitLookupError("is a district, and districts were abolished on 2025-07-01; a figure from 2025-07-01 belongs to a commune (xã, phường) or to the province")) {
            try units.resolve("huyện Gia Bình", in: "p34-24", from: Self.q3of2025.0, to: Self.q3of2025.1)
        }
    }

    @Test func acceptsACommuneBeforeAndAfterTheReorganisation() throws {
        var units = directory()
        #expect(try units.resolve("xã Tân Lập", in: "p63-27", from: Self.year2024.0, to: Self.year2024.1).kind == .commune)
        #expect(try units.resolve("xã Đông Cứu", in: "p34-24", from: Self.q3of2025.0, to: Self.q3of2025.1).kind == .commune)
    }

    @Test func refusesAMinistryAsAUnitOfAProvince() {
        var units = directory()
        #expect(throws: UnitLookupError("is a ministry, not a unit of a province; give area VN for a ministry's figure")) {
            try units.resolve("Bộ Nội vụ", in: "p63-40", from: Self.year2024.0, to: Self.year2024.1)
        }
    }

    @Test func refusesAMinistryAfterItWasMergedAndNamesItsSuccessor() throws {
        var units = directory()
        #expect(try units.resolve("Bộ KH&ĐT", in: "VN", from: Self.year2024.0, to: Self.year2024.1).name == "Bộ Kế hoạch và Đầu tư")
        #expect(throws: UnitLookupError("existed until 2025-02-28; the period is after it — its successor is Bộ Tài chính")) {
            try units.resolve("Bộ KH&ĐT", in: "VN", from: Self.q3of2025.0, to: Self.q3of2025.1)
        }
    }

    @Test func findsAMinistryGivenAsAnArea() {
        #expect(directory().ministry(named: "bo tu phap")?.name == "Bộ Tư pháp")
        #expect(directory().ministry(named: "Tuyên Quang") == nil)
    }
}
