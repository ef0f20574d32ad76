import Testing
@testable import ChisoDomain

@Suite struct SuggestTests {
    let provinces = ["Tuyên Quang", "Tiền Giang", "Hà Giang", "Hà Nội", "Hà Nam", "Thừa Thiên Huế", "Hòa Bình", "Quảng Nam"]

    @Test func suggestsTheNearestSpelling() {
        #expect(Suggest.closest(to: "Tuyen Quag", among: provinces) == ["Tuyên Quang"])
    }

    @Test func ignoresDiacriticsAndCase() {
        #expect(Suggest.closest(to: "HA NOI", among: provinces) == ["Hà Nội", "Hà Nam"])
    }

    @Test func ranksByDistanceThenPrefix() {
        #expect(Suggest.closest(to: "Ha Nam", among: provinces) == ["Hà Nam", "Hà Nội"])
        #expect(Suggest.closest(to: "Lam Dong", among: ["Lam Dung", "Lâm Đồngx"]) == ["Lâm Đồngx", "Lam Dung"])
    }

    @Test func acceptsAPrefixAfterCloserMatches() {
        #expect(Suggest.closest(to: "Thua Thien", among: provinces) == ["Thừa Thiên Huế"])
    }

    @Test func limitsTheList() {
        #expect(Suggest.closest(to: "Ha N", among: provinces, limit: 1) == ["Hà Nội"])
        #expect(Suggest.closest(to: "Ha N", among: provinces, limit: 0) == [])
    }

    @Test func offersNothingForAWildInput() {
        #expect(Suggest.closest(to: "xyzzy plugh", among: provinces) == [])
        #expect(Suggest.closest(to: "", among: provinces) == [])
        #expect(Suggest.closest(to: "Tuyen Quang", among: []) == [])
    }

    @Test func listsEachCandidateOnce() {
        #expect(Suggest.closest(to: "Ha Noi", among: ["Hà Nội", "Hà Nội"]) == ["Hà Nội"])
    }

    @Test func measuresEditDistance() {
        #expect(Suggest.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(Suggest.editDistance(Array(""), Array("abc")) == 3)
        #expect(Suggest.editDistance(Array("abc"), Array("abc")) == 0)
    }
}
