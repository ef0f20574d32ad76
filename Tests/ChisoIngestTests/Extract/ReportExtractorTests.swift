import ChisoDomain
import ChisoIngest
import Testing

/// Each kind of figure, read from the reports' own phrasing (and variations on it).
@Suite struct ReportExtractorTests {
    func extract(_ text: String, area: String? = "08") throws -> [ExtractedRow] {
        try ExtractHarness.extract(text, area: area, areaOn: ExtractHarness.endOfSeptember2023, withUnits: false)
    }

    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var value: Double
        var indicator: String?
        var period: String?
        var numerator: Double? = nil
        var denominator: Double? = nil
        var qualifier: String? = nil
        var status = "reported"
        var change: Double? = nil
        var baseline: String? = nil
        var description: String { text }
    }

    static let figures: [Case] = [
        Case(text: "Tính đến ngày 30/9/2023 tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến đạt 42,06% (tăng 18,2% so với 6 tháng đầu năm 2023).",
             value: 42.06, indicator: "online_dossier_rate", period: "2023-09-30", change: 18.2, baseline: "2023-H1"),
        Case(text: "Tính riêng tháng 9/2023, toàn tỉnh tiếp nhận trực tuyến 13.322/16.942 hồ sơ, đạt 78,63%.",
             value: 78.63, indicator: "online_dossier_rate", period: "2023-09", numerator: 13322, denominator: 16942),
        Case(text: "Tổng số điểm của tỉnh trong 9 tháng đầu năm 2023 đạt 58,52/100 điểm theo Bộ chỉ số phục vụ người dân.",
             value: 58.52, indicator: "qd766_score", period: "2023-01/2023-09"),
        Case(text: "Theo Bộ chỉ số phục vụ người dân, 10 tháng đầu năm 2024, tỉnh Nghệ An xếp thứ 38/63, tăng 05 bậc so với năm 2023.",
             value: 38, indicator: "qd766_rank", period: "2024-01/2024-10", numerator: 38, denominator: 63, change: 5, baseline: "2023"),
        Case(text: "Năm 2022, tỉnh Lào Cai xếp hạng 20/63 về Chỉ số CCHC, lùi 5 bậc so với năm 2021.",
             value: 20, indicator: "par_index_rank", period: "2022", numerator: 20, denominator: 63, change: -5, baseline: "2021"),
        Case(text: "Đến nay, toàn tỉnh đã kích hoạt thành công tổng số 447.228 tài khoản định danh điện tử mức 1 và mức 2.",
             value: 447228, indicator: "eid_accounts_activated", period: nil),
        Case(text: "Cả nước đã giải quyết 6,9 triệu hồ sơ TTHC không phụ thuộc vào địa giới hành chính trong năm 2023.",
             value: 6_900_000, indicator: "cross_boundary_dossiers", period: "2023"),
        Case(text: "Năm 2023, điểm tự chấm của tỉnh ước đạt 774.45 điểm về chuyển đổi số.",
             value: 774.45, indicator: "dti_self_assessed_score", period: "2023", status: "self_assessed"),
        Case(text: "Năm 2023, tỷ lệ thanh toán trực tuyến ước đạt 35,5%.",
             value: 35.5, indicator: "online_payment_rate", period: "2023", status: "estimated"),
        Case(text: "Năm 2023, Chủ tịch UBND tỉnh đã ban hành trên 60 kế hoạch, văn bản triển khai Đề án 06.",
             value: 60, indicator: "de_an_06_documents_issued", period: "2023", qualifier: "more_than"),
        Case(text: "Trong năm 2024, tỷ lệ số hóa hồ sơ đạt gần 50%.",
             value: 50, indicator: "digitised_dossier_result_rate", period: "2024", qualifier: "nearly"),
        Case(text: "Năm 2024, khoảng 120 Tổ công nghệ số cộng đồng cấp xã được thành lập.",
             value: 120, indicator: "community_digital_teams_commune", period: "2024", qualifier: "about"),
        Case(text: "Chỉ số chuyển đổi số (DTI) năm 2023 của tỉnh đạt 0,6512.",
             value: 0.6512, indicator: "dti_score", period: "2023"),
        Case(text: "Về Đề án 06, năm 2024 tỉnh có 18 mô hình đang triển khai.",
             value: 18, indicator: "de_an_06_models_in_progress", period: "2024"),
        Case(text: "Về Đề án 06, năm 2024 còn 02 mô hình chưa triển khai.",
             value: 2, indicator: "de_an_06_models_not_started", period: "2024"),
        // A count outside the DTI's 0–1 scale is not a DTI, whatever the sentence is about.
        Case(text: "Năm 2023, về chuyển đổi số, tỉnh giao 2 cơ quan thường trực lập chuyên đề.",
             value: 2, indicator: nil, period: "2023"),
    ]

    @Test(arguments: figures)
    func readsFigure(_ c: Case) throws {
        let rows = try extract(c.text)
        let row = try #require(rows.first { $0.kind == .observation })
        // A change joined to its level is also its own row, right after it (the level's change twin).
        let more = rows.filter { $0.kind == .observation }.dropFirst()
        #expect(more.count == (c.change == nil ? 0 : 1))
        if let change = c.change, let twin = more.first {
            #expect(twin.value == change && twin.change == nil && twin.baselinePeriod == c.baseline && twin.period == row.period)
            #expect(twin.indicator == row.indicator.map { $0 + "_change" })
        }
        #expect(row.value == c.value)
        #expect(row.indicator == c.indicator)
        if let p = c.period { #expect(row.period == p) }
        #expect(row.numerator == c.numerator)
        #expect(row.denominator == c.denominator)
        #expect(row.qualifier == c.qualifier)
        #expect(row.status == c.status)
        #expect(row.change == c.change)
        #expect(row.baselinePeriod == c.baseline)
        #expect(c.text.contains(row.quote))
    }

    static let notFigures: [String] = [
        "Thực hiện Quyết định số 766 của Thủ tướng Chính phủ.",
        "Triển khai Nghị quyết 76/NQ-CP ngày 15/7/2021 của Chính phủ.",
        "Tiếp tục thực hiện Đề án 06 trên địa bàn tỉnh.",
        "Theo Nghị quyết 54-NQ/TW của Bộ Chính trị.",
        "Sáng 16/10, Tổ công tác tổ chức phiên họp thứ 2 bằng hình thức trực tuyến.",
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII đã xác định CCHC là nhiệm vụ trọng tâm.",
        "Tích hợp các dịch vụ công mức độ 3,4 lên cổng dịch vụ công quốc gia.",
        "Tài khoản định danh điện tử mức 2 được kích hoạt.",
        "Qua 02 năm triển khai thực hiện Đề án trên địa bàn tỉnh.",
        "Giai đoạn 2016-2020, Tỉnh ủy đã chỉ đạo quyết liệt công tác CCHC.",
        "Trích xuất ngày 13.10.2023 trên Cổng dịch vụ công quốc gia.",
        "Theo Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng.",
    ]

    @Test(arguments: notFigures)
    func skipsWhatIsNotAFigure(_ text: String) throws {
        #expect(try extract(text).isEmpty)
    }

    @Test func marksTargets() throws {
        let rows = try extract("Phấn đấu đến năm 2025, Chỉ số CCHC của tỉnh đạt từ 86% trở lên.")
        let row = try #require(rows.first)
        #expect(rows.count == 1)
        #expect(row.kind == .target)
        #expect(row.value == 86)
        #expect(row.qualifier == "at_least")
        #expect(row.period == "2025")
        #expect(row.indicator == "par_index_score")
        let missed = try extract("Sở LĐTB&XH chỉ đạt 65,16% không đạt chỉ tiêu 90-100%.")
        #expect(missed.map(\.kind) == [.observation, .target])
        #expect(missed.map(\.value) == [65.16, 90])
    }

    @Test func standaloneChangeTakesTheChangeIndicator() throws {
        let rows = try extract("10 tháng đầu năm 2024 có chuyển biến so với năm 2023, như: Tỷ lệ hồ sơ tiếp nhận trực tuyến tăng 16,6%; Số hóa hồ sơ tăng 24%; Thanh toán trực tuyến tăng 32,78%.")
        #expect(rows.map(\.indicator) == ["online_dossier_rate_change", "digitised_dossier_rate_change", "online_payment_rate_change"])
        #expect(rows.map(\.value) == [16.6, 24, 32.78])
        #expect(rows.allSatisfy { $0.baselinePeriod == "2023" && $0.change == nil && $0.period == "2024-01/2024-10" })
    }

    @Test func baselineLevelInParenthesesGetsTheBaselinePeriod() throws {
        let rows = try extract("Năm 2023, điểm tự chấm của tỉnh ước đạt 774.45 điểm, tăng 76,9 điểm so với năm 2022 (697.55 điểm).")
        // The level, its change (no change twin for a self-assessed score: left for review), and
        // the level the change started from.
        #expect(rows.map(\.value) == [774.45, 76.9, 697.55])
        #expect(rows.map(\.period) == ["2023", "2023", "2022"])
        #expect(rows[0].change == 76.9)
        #expect(rows[1].indicator == nil)
        #expect(rows[2].indicator == "dti_self_assessed_score")
    }

    @Test func periodComesFromTheSentenceThatOpensWithIt() throws {
        let rows = try extract("Tính đến tháng 9/2023, toàn tỉnh có 1.824 TTHC được công bố.\nĐồng thời 100% các TTHC được hoàn thiện quy trình điện tử.")
        #expect(rows.map(\.period) == ["2023-09-30", "2023-09-30"])
        #expect(rows.map(\.indicator) == ["tthc_published_total", "tthc_electronic_process_rate"])
    }

    @Test func areaFromTheSentenceTheParagraphOrTheCountry() throws {
        let rows = try extract("Năm 2023, tỉnh Hà Giang đạt 71,40 điểm Bộ chỉ số phục vụ người dân.\nCả nước đã có 8 bộ và 29 địa phương giải quyết TTHC không phụ thuộc địa giới hành chính.", area: nil)
        #expect(rows.map(\.area) == ["02", "VN", "VN"])
        #expect(rows.map(\.indicator) == ["qd766_score", "cross_boundary_ministries", "cross_boundary_provinces"])
    }

    @Test func breakdownAfterTrongDoGoesToEachPart() throws {
        let rows = try extract("Đến tháng 9/2023 có 1.824 TTHC, trong đó cấp tỉnh 1.476 TTHC; cấp huyện 218 TTHC; cấp xã 130 TTHC đã được công bố.")
        #expect(rows.map(\.indicator) == ["tthc_published_total", "tthc_published_provincial", "tthc_published_district", "tthc_published_commune"])
        #expect(rows.map(\.value) == [1824, 1476, 218, 130])
    }
}
