import ChisoDomain
import Foundation
import Testing
@testable import ChisoIngest

/// The shortcuts of the time-phrase scanner must give what the long way gives: a span never
/// ends before a token a period phrase may hold, and "mùng"/"mồng" are looked for wherever
/// Foundation would find "ùng "/"ồng ".
@Suite struct PeriodPhraseReachTests {
    /// Tokens no period phrase holds stop the reach; words of the grammar, numbers, symbols it
    /// reads and letters outside the fold table do not.
    @Test(arguments: [
        ("năm 2023 đạt 45%", 1), ("tháng 9/2023, huyện", 4), ("tháng 9/2023, tỉnh", 5), ("ngày 30 tháng 9 năm 2023 (", 5),
        ("quý III/2023 và quý IV/2023 xếp", 8), ("năm 2023 ﬁx", 2), ("năm 2023 Ωmega", 2),
        ("ngày mùng 2/7 xã", 4), ("từ năm 2020 đến nay, huyện", 5),
    ])
    func reachEndsBeforeTheFirstOutsideToken(_ phrase: String, _ last: Int) {
        let text = ReportText(phrase)
        #expect(PeriodPhraseReach.lastEnd(from: 0, upTo: text.tokens.count - 1, in: text) == last)
    }

    @Test(arguments: [
        "ngày mùng 2/7", "Ngày MÙNG 2/7", "mồng 2/9", "MỒNG 2/9", "ngày mu\u{300}ng 1/7", "mo\u{302}\u{300}ng 1/7",
        "cùng kỳ năm trước", "tháng 9 năm 2023", "trong năm 2023", "mùng", "Tháng 1, mừng xuân", "", "ùng ",
    ])
    func dayWordCheckAgreesWithFoundation(_ phrase: String) {
        let foundation = phrase.range(of: "ùng ", options: .caseInsensitive) != nil || phrase.range(of: "ồng ", options: .caseInsensitive) != nil
        if foundation { #expect(TimePhraseScanner.mayHoldDayWord(phrase)) }
        if !TimePhraseScanner.mayHoldDayWord(phrase) { #expect(!foundation) }
        #expect(TimePhraseScanner.withoutDayWord(phrase) == Self.longWay(phrase))
    }

    /// `withoutDayWord` as it was, with Foundation's look for every phrase.
    static func longWay(_ phrase: String) -> String {
        guard phrase.range(of: "ùng ", options: .caseInsensitive) != nil || phrase.range(of: "ồng ", options: .caseInsensitive) != nil else { return phrase }
        var words = phrase.split(separator: " ", omittingEmptySubsequences: false)
        words.removeAll { ["mung", "mong"].contains(VietnameseText.fold(String($0))) }
        return words.joined(separator: " ")
    }
}

/// `ReportText.containsStart(ofAnyOf:in:)` answers what a scan of the range with `matches`
/// answers, from counts made once per text (a rule asks it for every figure of a sentence).
@Suite struct ReportTextPhraseStartsTests {
    static let cues: [[String]] = [["trung", "binh"], ["ca", "nuoc"]]

    @Test(arguments: [
        "Điểm trung bình của cả nước là 42,27 điểm. Tỉnh đạt 45,1 điểm.",
        "Tỉnh đạt 45,1 điểm; cả nước 42,27 điểm.", "Không có gì. Trung", "", "cả. nước trung bình",
    ])
    func agreesWithAScanOfEveryRange(_ body: String) {
        let text = ReportText(body)
        for lo in 0...text.tokens.count {
            for hi in lo...text.tokens.count {
                let scan = (lo..<hi).contains { t in Self.cues.contains { text.matches($0, at: t) } }
                #expect(text.containsStart(ofAnyOf: Self.cues, in: lo..<hi) == scan, "\(body) \(lo)..<\(hi)")
            }
        }
    }

    @Test func findsACueInItsSentenceOnly() {
        let text = ReportText("Tỉnh đạt 45,1 điểm. Cả nước đạt 42,27 điểm.")
        let sentences = text.sentences
        #expect(sentences.count == 2)
        #expect(!text.containsStart(ofAnyOf: Self.cues, in: sentences[0].tokens))
        #expect(text.containsStart(ofAnyOf: Self.cues, in: sentences[1].tokens))
    }
}
