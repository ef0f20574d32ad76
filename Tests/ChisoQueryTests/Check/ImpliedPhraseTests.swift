import Foundation
import Testing
@testable import ChisoQuery

@Suite struct ImpliedPhraseTests {
    /// Foundation's answer, which `phrase(in:)` gave before its byte prefilter.
    private static func foundationFinds(_ quote: String) -> Bool {
        ["tăng", "giảm", "lùi", "tụt"].contains { quote.range(of: $0, options: .caseInsensitive) != nil }
    }

    private static let changes = [
        "56/63, tăng 3 bậc so với 6 tháng đầu năm 2023",
        "TĂNG 3 BẬC so với năm 2022",
        "Tăng 76,9 điểm so với năm 2022",
        "Giảm 2 bậc (so với 2022)",
        "GIẢM 1,5%",
        "lùi 4 bậc", "LÙI 4 BẬC", "Lùi 4 bậc",
        "tụt 5 hạng", "TỤT 5 HẠNG",
        // The same words decomposed (NFD): a letter and its combining marks.
        "56/63, ta\u{0306}ng 3 bậc", "gia\u{0309}m 2 bậc", "lu\u{0300}i 4 bậc", "tu\u{0323}t 5 hạng", "TA\u{0306}NG 3",
        "x\u{00A0}tăng 3 bậc", "đạt 42,06% (tăng 18,2% so với năm 2022)",
    ]

    private static let noChanges = [
        "Lào Cai đạt 56,2%, \"qd766_score\" kỳ 2023-H1",
        "Hà Giang đạt 774,45 điểm, xếp thứ 12/63",
        "Tuyên Quang xếp hạng 40 kỳ 2024",
        "ăn", "tang 3", "giam 2", "lui 4", "tut 5", "", "\"quoted\", with commas",
    ]

    @Test func findsTheChangeInAnyCaseAndNormalization() {
        for quote in Self.changes {
            #expect(Self.foundationFinds(quote), "fixture: \(quote)")
            #expect(ImpliedValue.mayNameAChange(quote), "prefilter skipped: \(quote)")
            #expect(ImpliedValue.phrase(in: quote) != nil, "no phrase in: \(quote)")
        }
        #expect(ImpliedValue.phrase(in: "56/63, tăng 3 bậc so với 6 tháng đầu năm 2023") == "tăng 3 bậc so với 6 tháng đầu năm 2023")
        #expect(ImpliedValue.phrase(in: "đạt 42,06% (TĂNG 18,2% so với năm 2022)") == "TĂNG 18,2% so với năm 2022")
        #expect(ImpliedValue.phrase(in: "Lùi 4 bậc.") == "Lùi 4 bậc")
    }

    @Test func skipsQuotesThatCannotNameAChange() {
        for quote in Self.noChanges {
            #expect(!Self.foundationFinds(quote), "fixture: \(quote)")
            #expect(ImpliedValue.phrase(in: quote) == nil)
        }
        // The quotes the benchmark generates (every letter of Vietnamese but ă, ả, ù, ụ) are
        // decided by the bytes alone.
        #expect(!ImpliedValue.mayNameAChange("Lào Cai đạt 56,2%, \"qd766_score\" kỳ 2023-H1"))
        #expect(!ImpliedValue.mayNameAChange("Hà Giang đạt 774,45 điểm, xếp thứ 12/63"))
        #expect(ImpliedValue.phrase(in: nil) == nil)
    }

    /// Every Vietnamese letter, alone and around the four words: whenever Foundation finds one
    /// of them, the prefilter lets the quote through.
    @Test func prefilterNeverHidesWhatFoundationFinds() {
        let letters = Array("aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ")
        var quotes: [String] = []
        for letter in letters {
            for text in [String(letter), String(letter).uppercased()] {
                quotes += ["t\(text)ng", "gi\(text)m", "l\(text)i", "t\(text)t", "T\(text)NG", "GI\(text)M"]
                let nfd = text.decomposedStringWithCanonicalMapping
                quotes += ["t\(nfd)ng", "gi\(nfd)m", "l\(nfd)i", "t\(nfd)t"]
            }
        }
        var found = 0
        for quote in quotes where Self.foundationFinds(quote) {
            found += 1
            #expect(ImpliedValue.mayNameAChange(quote), "prefilter skipped: \(quote)")
        }
        #expect(found >= 16)
    }
}
