import Testing
@testable import ChisoDomain

@Suite struct FigureTests {
    @Test(arguments: [
        ("42,06%", 42.06), ("100%", 100), ("99,8%", 99.8), ("8,45%", 8.45), ("64,64%%", 64.64),
        ("42,06 %", 42.06), ("78,63%", 78.63), ("-2,46%", -2.46), ("0,33%", 0.33),
    ])
    func readsPercents(text: String, value: Double) throws {
        let figure = try VietnameseNumber.parseFigure(text)
        #expect(figure == Figure(shape: .percent, value: value, isPercent: true, raw: text))
    }

    @Test(arguments: [
        ("58,52/100", 58.52, 100.0), ("56/63", 56, 63), ("25/63", 25, 63), ("38/63", 38, 63),
        ("13.322/16.942", 13_322, 16_942), ("9.200/11.956", 9200, 11_956), ("4.427/6.283", 4427, 6283),
        ("67/76", 67, 76), ("16/38", 16, 38), ("13.6/18", 13.6, 18), ("0,834/1", 0.834, 1),
        ("8,3/10", 8.3, 10), ("58,52/100 điểm", 58.52, 100), ("18 / 21", 18, 21),
    ])
    func readsFractionsRanksAndScores(text: String, numerator: Double, denominator: Double) throws {
        let figure = try VietnameseNumber.parseFigure(text)
        #expect(figure == Figure(shape: .fraction, value: numerator, numerator: numerator,
                                 denominator: denominator, raw: text))
    }

    @Test func computesTheShareOfAFraction() throws {
        let figure = try VietnameseNumber.parseFigure("13.322/16.942")
        #expect(VietnameseNumber.format(figure.share ?? 0) == "78.6329831189")
        #expect(try VietnameseNumber.parseFigure("42,06%").share == nil)
    }

    @Test(arguments: [
        ("90-100%", 90.0, 100.0, true), ("90 - 100%", 90, 100, true), ("90–100%", 90, 100, true),
        ("90% - 100%", 90, 100, true), ("70—80", 70, 80, false), ("-5 - 3", -5, 3, false),
        ("1.824-2.000", 1824, 2000, false),
    ])
    func readsRanges(text: String, low: Double, high: Double, percent: Bool) throws {
        let figure = try VietnameseNumber.parseFigure(text)
        #expect(figure == Figure(shape: .range, value: low, high: high, isPercent: percent, raw: text))
    }

    @Test(arguments: [
        ("1.824", 1824.0), ("774.45 điểm", 774.45), ("82.8 điểm", 82.8), ("76,9 điểm", 76.9),
        ("6,9 triệu", 6_900_000), ("05", 5), ("1846", 1846), ("0,8340", 0.834),
    ])
    func readsPlainFigures(text: String, value: Double) throws {
        #expect(try VietnameseNumber.parseFigure(text) == Figure(shape: .plain, value: value, raw: text))
    }

    @Test(arguments: ["", "%", "abc", "12/", "/63", "1/2/3", "56/0", "58,52/0,0", "100-90%", "1,2,3%",
                      "42%/100", "90-", "-", "4,2,1", "1..2", "điểm", "56/63%"])
    func rejectsMalformedFigures(text: String) {
        #expect(throws: NumberError.self) { try VietnameseNumber.parseFigure(text) }
    }

    @Test func explainsAZeroDenominator() {
        #expect(throws: NumberError(input: "56/0", message: "the denominator is 0 (expected a positive maximum or total)")) {
            try VietnameseNumber.parseFigure("56/0")
        }
    }

    @Test func namesTheSideThatIsMissing() {
        #expect(throws: NumberError(input: "12/", message: "the denominator is missing")) {
            try VietnameseNumber.parseFigure("12/")
        }
    }

    @Test func explainsAnInvertedRange() {
        #expect(throws: NumberError(input: "100-90%", message: "the range's low end 100 is above its high end 90")) {
            try VietnameseNumber.parseFigure("100-90%")
        }
    }
}
