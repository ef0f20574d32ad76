import Foundation
import Testing
@testable import ChisoDomain

/// The import's fast paths give exactly what the general code gives.
@Suite struct FastPathTests {
    /// (input, expected value or nil when the fast path must decline)
    static let integers: [(String, Double?)] = [
        ("1824", 1824), ("05", 5), ("0", 0), ("-0", 0), ("+7", 7), ("-3", -3),
        ("999999999999999", 999_999_999_999_999), ("1000000000000000", nil),
        ("1.824", nil), ("42,06", nil), ("", nil), ("-", nil), ("1 824", nil), ("١٢", nil), ("12a", nil),
    ]

    @Test(arguments: integers)
    func plainIntegerReadsOnlyPlainDigits(_ input: String, _ expected: Double?) {
        #expect(VietnameseNumber.plainInteger(input) == expected)
    }

    @Test(arguments: ["1824", "05", "-0", "+7", "-3", "999999999999999"])
    func plainIntegerAgreesWithTheGeneralReader(_ input: String) throws {
        let fast = try #require(VietnameseNumber.plainInteger(input))
        let general = try VietnameseNumber.parseFigure(input).value
        #expect(fast == general)
        #expect(fast.sign == general.sign)
    }

    @Test func minusZeroIsPlusZero() throws {
        #expect(try VietnameseNumber.parse("-0").sign == .plus)
    }

    /// Texts NFC leaves alone, and texts it changes (NFD marks, a singleton, Hangul jamo).
    static let texts: [String] = [
        "", "Tuyên Quang", "Thừa Thiên Huế", "Đắk Lắk", "ĐẮK NÔNG – “Sở”", "Sở LĐTB&XH",
        "Tuye\u{0302}n Quang", "Hue\u{0302}\u{0301}", "A\u{030A}", "\u{212B}", "\u{2000}x",
        "\u{1100}\u{1161}", "\u{0B47}\u{0B3E}", "e\u{0323}\u{0302}",
    ]

    @Test(arguments: texts)
    func nfcMatchesFoundation(_ text: String) {
        let expected = text.precomposedStringWithCanonicalMapping
        #expect(Array(VietnameseText.nfc(text).unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test func precomposedVietnameseSkipsNormalisation() {
        #expect(VietnameseText.isNFCStable("Thừa Thiên Huế, Đắk Lắk, Sở Nội vụ"))
        #expect(!VietnameseText.isNFCStable("Hue\u{0302}\u{0301}"))
        #expect(!VietnameseText.isNFCStable("\u{2000}"))
    }

    /// Texts with every case `fold`'s table must agree with Foundation on: NFD marks, marks
    /// at the start and after spaces, CR LF, tabs and no-break spaces, İ, upper-case Đ, and
    /// scalars outside the table (Greek final sigma, a zero-width joiner, Hangul), which fall
    /// back to Foundation.
    static let foldTexts: [String] = [
        "", "   ", "Tuyên Quang", "THỪA THIÊN HUẾ", "  Đắk  Lắk\t", "Tuye\u{0302}n Quang", "\u{0301}a \u{0301} b",
        "x\r\ny", "a\u{00A0}\u{0085}b", "İstanbul", "ĐẮK NÔNG – “Sở”", "ΟΔΟΣ", " \u{200D}a", "\u{1100}\u{1161}",
        "Quý III/2023", "9 tháng đầu năm 2023", "ngày 15/12/2024 đến ngày 14/3/2025",
    ]

    @Test(arguments: foldTexts)
    func foldMatchesFoundation(_ text: String) {
        #expect(Array(VietnameseText.fold(text).unicodeScalars) == Array(VietnameseText.slowFold(text).unicodeScalars))
    }

    /// Every scalar the table holds, alone and between letters and spaces.
    @Test func foldMatchesFoundationForEveryTabledScalar() {
        var mismatches: [String] = []
        for v in UInt32(0)..<0x1F00 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            for text in [String(scalar), "a\(scalar)b", " \(scalar) x", "Đ\(scalar)\(scalar) "] {
                let fast = VietnameseText.fold(text), slow = VietnameseText.slowFold(text)
                if Array(fast.unicodeScalars) != Array(slow.unicodeScalars) { mismatches.append(String(v, radix: 16)) }
            }
        }
        #expect(mismatches.isEmpty, "U+\(mismatches.prefix(20))")
    }
}
