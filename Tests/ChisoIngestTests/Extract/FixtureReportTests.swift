import ChisoDomain
import ChisoIngest
import Foundation
import Testing

/// Reports written for these tests, in the seeds' style but about other provinces and in other
/// words, to check the rules are grammar, not the seed sentences.
@Suite struct FixtureReportTests {
    static let langSon = """
        Chiều 25/10, UBND tỉnh Lạng Sơn tổ chức hội nghị đánh giá kết quả cải cách hành chính quý III năm 2024.
        Tính đến ngày 30/9/2024, tỉnh Lạng Sơn có 1.912 thủ tục hành chính được công bố. Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 61,5%, tăng 12,3% so với cùng kỳ năm 2023. Tỷ lệ thanh toán trực tuyến đạt gần 45%.
        Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, 9 tháng đầu năm 2024 tỉnh Lạng Sơn đạt 80,12 điểm, xếp thứ 12/63 tỉnh, thành phố, giảm 2 bậc so với năm 2023.
        Thực hiện Nghị quyết số 76/NQ-CP và Quyết định 766, phiên họp thứ 3 của Ban chỉ đạo đã thống nhất triển khai dịch vụ công mức độ 3,4.
        Phấn đấu đến năm 2025, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt từ 80% trở lên.
        """

    func rows(_ text: String) throws -> [ExtractedRow] {
        try ExtractHarness.extractor(withUnits: false).extract(text)
    }

    @Test func langSonQuarterReport() throws {
        let r = try rows(Self.langSon)
        // Each change joined to its level is also its own row, right after it.
        #expect(r.map(\.indicator) == ["tthc_published_total", "online_dossier_rate", "online_dossier_rate_change", "online_payment_rate",
                                       "qd766_score", "qd766_rank", "qd766_rank_change", "digitised_dossier_result_rate"])
        #expect(r.map(\.value) == [1912, 61.5, 12.3, 45, 80.12, 12, -2, 80])
        #expect(r.map(\.period) == ["2024-09-30", "2024-09-30", "2024-09-30", "2024-09-30", "2024-01/2024-09", "2024-01/2024-09",
                                    "2024-01/2024-09", "2025"])
        #expect(r.allSatisfy { $0.area == "20" })
        #expect(r[3].qualifier == "nearly")
        #expect(r[5].change == -2 && r[5].baselinePeriod == "2023")
        #expect(r[6].baselinePeriod == "2023" && r[2].baselinePeriod == r[1].baselinePeriod && r[2].baselinePeriod != nil)
        #expect(r.map(\.kind) == [.observation, .observation, .observation, .observation, .observation, .observation, .observation, .target])
    }

    @Test func quangNinhInNFDWithCRLFAndBOM() throws {
        let source = "Năm 2023, Chỉ số cải cách hành chính của tỉnh Quảng Ninh đạt 91,2 điểm, đứng thứ 1/63.\r\n"
            + "Cả nước có khoảng 1,2 triệu hồ sơ được tiếp nhận trực tuyến trong tháng 9/2023.\r\n"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(source.decomposedStringWithCanonicalMapping.utf8)
        let r = try rows(try ReportDecoder.decode(bytes, file: "qn.txt"))
        #expect(r.map(\.indicator) == ["par_index_score", "par_index_rank", "online_dossiers_received"])
        #expect(r.map(\.area) == ["22", "22", "VN"])
        #expect(r.map(\.period) == ["2023", "2023", "2023-09"])
        #expect(r.map(\.value) == [91.2, 1, 1_200_000])
        #expect(r[2].qualifier == "about")
        #expect(r[0].quote == "chính của tỉnh Quảng Ninh đạt 91,2 điểm, đứng thứ 1")
    }
}
