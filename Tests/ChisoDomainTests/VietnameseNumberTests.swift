import Foundation
import Testing
@testable import ChisoDomain

@Suite struct VietnameseNumberTests {
    /// Figures as the seed reports write them, and what they mean.
    @Test(arguments: [
        ("1.824", 1824.0), ("1.476", 1476), ("447.228", 447_228), ("781.131", 781_131), ("13.322", 13_322),
        ("3.793", 3793), ("23.314", 23_314), ("1.234.567", 1_234_567), ("1846", 1846),
        ("42,06", 42.06), ("58,52", 58.52), ("0,8340", 0.834), ("46,0415", 46.0415), ("71,40", 71.4),
        ("99,8", 99.8), ("76,9", 76.9),
        ("774.45", 774.45), ("697.55", 697.55), ("82.8", 82.8), ("0.834", 0.834), ("6.22", 6.22),
        ("73.02", 73.02), ("1.82", 1.82), ("13.6", 13.6), ("0.123", 0.123), ("01.234", 1.234),
        ("1.234,5", 1234.5), ("12.345.678,25", 12_345_678.25),
        ("05", 5), ("01", 1), ("0", 0), ("-3", -3), ("+3", 3), ("- 3", -3), ("−2,5", -2.5), ("-0", 0),
        ("1 824", 1824), ("1\u{00A0}824", 1824), ("12 345 678", 12_345_678), ("1 824,5", 1824.5),
        ("1,5 triệu", 1_500_000), ("6,9 triệu", 6_900_000), ("4,2 triệu", 4_200_000), ("2 nghìn", 2000),
        ("3 ngàn", 3000), ("3 tỷ", 3_000_000_000), ("1,25 tỉ", 1_250_000_000), ("1.824 nghìn", 1_824_000),
        ("6,9 TRIỆU", 6_900_000), ("6,9 trie\u{323}\u{302}u", 6_900_000), ("  42,06  ", 42.06),
    ])
    func readsReportNumbers(text: String, value: Double) throws {
        #expect(try VietnameseNumber.parse(text) == value)
    }

    @Test(arguments: ["", "   ", "abc", "1..2", "4,2,1", "12/", "1,234.5", "1.23.4", "1.2345.678", ",5", "5,",
                      ".5", "5.", "1,5 tỷ lệ", "tỷ", "triệu", "1,5 triệu đồng", "42%", "1e5", "0x10", "12 34",
                      "1 8245", "--3", "+", "3 - 4", "1.234,5,6", "١٢", "1,234.567"])
    func rejectsWhatIsNotOneNumber(text: String) {
        #expect(throws: NumberError.self) { try VietnameseNumber.parse(text) }
    }

    @Test func explainsAListComma() {
        #expect(throws: NumberError(input: "4,2,1",
                                    message: "expected at most one decimal comma (a list such as '3,4' is not one number)")) {
            try VietnameseNumber.parse("4,2,1")
        }
    }

    @Test func rejectsTheEnglishThousandsComma() {
        #expect(throws: NumberError(input: "1,234.5",
                                    message: "expected Vietnamese notation with dots for thousands and a comma for decimals, such as 1.234,5")) {
            try VietnameseNumber.parse("1,234.5")
        }
    }

    @Test func readsACommaAloneAsDecimalEvenBeforeThreeDigits() throws {
        #expect(try VietnameseNumber.parse("1,234") == 1.234)
    }

    @Test func doesNotTakeTheTyOfTyLeAsAScale() {
        #expect(throws: NumberError(input: "42 tỷ lệ",
                                    message: "expected a number optionally followed by nghìn, triệu or tỷ, not 'lệ'")) {
            try VietnameseNumber.parse("42 tỷ lệ")
        }
    }

    @Test func printsErrorsAsOneLine() {
        let error = NumberError(input: "abc", message: "expected a number")
        #expect(error.description == "cannot read number 'abc': expected a number")
        #expect(error.errorDescription == error.description)
    }

    @Test(arguments: [
        (42.06, "42.06"), (1824, "1824"), (0.1 + 0.2, "0.3"), (-3, "-3"), (0, "0"), (-0.0, "0"),
        (1_500_000, "1500000"), (0.834, "0.834"), (58.52, "58.52"), (1e20, "100000000000000000000"),
        (0.00000000001, "1e-11"), (1.5e-7, "0.00000015"), (-2.5, "-2.5"), (78.63000000000001, "78.63"),
        (Double.nan, "nan"), (Double.infinity, "inf"),
    ])
    func formatsPlainMachineNumbers(value: Double, text: String) {
        #expect(VietnameseNumber.format(value) == text)
    }

    @Test(arguments: ["42,06", "1.824", "774.45", "0,8340", "6,9 triệu", "-3"])
    func roundTripsThroughFormat(text: String) throws {
        let value = try VietnameseNumber.parse(text)
        #expect(try VietnameseNumber.parse(VietnameseNumber.format(value).replacingOccurrences(of: ".", with: ",")) == value)
    }
}
