@testable import ChisoIngest
import ChisoDomain
import Testing

/// The unit a sentence names before its figures, by its kind word: "thị xã" and "thị trấn"
/// in either case, and no unit for "thị" in any other word.
@Suite struct UnitMentionsTests {
    @Test(arguments: [
        ("UBND thị trấn Phong Điền đạt 98%", "thị trấn Phong Điền", UnitKind.commune),
        ("Thị trấn Phong Điền đạt 98%", "thị trấn Phong Điền", UnitKind.commune),
        ("UBND thị xã Tân Uyên đạt 98%", "thị xã Tân Uyên", UnitKind.district),
        ("Thị xã Tân Uyên đạt 98%", "thị xã Tân Uyên", UnitKind.district),
    ])
    func readsTownsByTheirTwoKindWords(_ prefix: String, _ name: String, _ kind: UnitKind) {
        #expect(UnitMentions.last(in: prefix) == UnitMentions.Mention(name: name, kind: kind))
    }

    @Test func thịBeforeAnyOtherWordNamesNoUnit() {
        #expect(UnitMentions.last(in: "Giá trị thị trường Hà Nội tăng 5%") == nil)
    }
}
