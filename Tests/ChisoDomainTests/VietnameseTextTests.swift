import Testing
@testable import ChisoDomain

@Suite struct VietnameseTextTests {
    @Test(arguments: [
        ("Tuyên Quang", "tuyen quang"), ("HOÀ BÌNH", "hoa binh"), ("Hòa Bình", "hoa binh"),
        ("Đắk Lắk", "dak lak"), ("  Thừa   Thiên\tHuế \n", "thua thien hue"),
        ("Thanh Hoá", "thanh hoa"), ("Thanh Hóa", "thanh hoa"), ("Thuỷ", "thuy"), ("Thủy", "thuy"),
        ("ĐỒNG THÁP", "dong thap"), ("TP.HCM", "tp.hcm"), ("", ""), ("Quý III/2023", "quy iii/2023"),
        ("Tuye\u{302}n Quang", "tuyen quang"), ("Hà Nội", "ha noi"), ("Bà Rịa – Vũng Tàu", "ba ria – vung tau"),
    ])
    func foldsCaseMarksAndSpaces(input: String, folded: String) {
        #expect(VietnameseText.fold(input) == folded)
    }

    @Test(arguments: [
        ("TT-Huế", "tt hue"), ("TP.HCM", "tp hcm"), ("Thừa Thiên - Huế", "thua thien hue"),
        ("Bà Rịa – Vũng Tàu", "ba ria vung tau"), ("Bà Rịa-Vũng Tàu", "ba ria vung tau"),
        ("(Hà Nội)", "ha noi"), ("Tp. Hồ Chí Minh", "tp ho chi minh"), ("A & B", "a b"), ("Kon Tum's", "kon tum s"),
    ])
    func foldsPunctuationForMatching(input: String, folded: String) {
        #expect(VietnameseText.foldForMatching(input) == folded)
    }

    @Test func normalisesToNFC() {
        let nfd = "Tuye\u{302}n Quang"
        #expect(nfd.unicodeScalars.count == 12)
        #expect(VietnameseText.nfc(nfd).unicodeScalars.count == 11)
        #expect(VietnameseText.nfc(nfd).unicodeScalars.elementsEqual("Tuyên Quang".unicodeScalars))
    }

    @Test(arguments: [
        ("Tuyên Quang", 11), ("Tuye\u{302}n Quang", 11), ("abc", 3), ("", 0), ("中文", 4),
        ("ｆｕｌｌ", 8), ("Đắk Lắk", 7), ("e\u{301}\u{323}", 1), ("a\u{200B}b", 2),
    ])
    func measuresTerminalWidth(text: String, width: Int) {
        #expect(VietnameseText.displayWidth(text) == width)
    }
}
