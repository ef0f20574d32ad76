import ChisoDomain
import ChisoIngest
import ChisoStorage
import Testing

/// Issue 16, fourth round: every real figure has an indicator (the catalogue's data of
/// Schema/019_extract4.sql: late and returned dossiers, due and on-time counts, dossier statuses
/// as a breakdown, PGI, the ministries' PAR average, PCI sub-index ranks, rating shares), and the
/// right one (a score written over a maximum, "cao nhất" of a named unit). Phrasing in the
/// manner of public reports, with other places, numbers and order than any fixture.
@Suite struct IndicatorChoiceFourthRoundTests {
    func extract(_ text: String, area: String? = nil) throws -> [ExtractedRow] {
        try ExtractHarness.extract(text, area: area)
    }

    func row(_ rows: [ExtractedRow], value: Double) throws -> ExtractedRow {
        try ExtractHarness.row(rows, value: value)
    }

    // MARK: - Figures the catalogue lacked

    @Test func returnedDossiersAndTheLateRateHaveTheirOwnIndicators() throws {
        let rows = try extract("Trong tháng 3/2024, Bộ phận một cửa tỉnh Hậu Giang có 27 hồ sơ bị trả lại do thiếu thành phần, chiếm 1,2%; tỷ lệ hồ sơ trễ hạn là 0,7%.")
        #expect(try row(rows, value: 27).indicator == "dossiers_returned")
        #expect(try row(rows, value: 1.2).indicator == "dossiers_returned_rate")
        #expect(try row(rows, value: 0.7).indicator == "late_resolution_rate")
        #expect(rows.allSatisfy { $0.areaName == "Hậu Giang" && $0.period == "2024-03" })
    }

    @Test func dossiersDueAndThoseResolvedEarlyOrOnTimeTogetherAreCounts() throws {
        let rows = try extract("Quý I/2024, tỉnh Kon Tum có 8.412 hồ sơ đến hạn giải quyết, trong đó 8.390 hồ sơ được giải quyết trước và đúng hạn.")
        #expect(try row(rows, value: 8412).indicator == "dossiers_due")
        let together = try row(rows, value: 8390)
        #expect(together.indicator == "dossiers_on_time")
        // Early and on time together are not one status of the breakdown.
        #expect(together.breakdown.dossierStatus == "")
    }

    @Test func aDossierCountsStatusIsTheBreakdownOfTheIndicatorThatAllowsIt() throws {
        let rows = try extract("""
            Trong quý II/2024, UBND huyện Châu Thành tiếp nhận mới 3.260 hồ sơ; số hồ sơ kỳ trước chuyển sang là 410.
            Huyện đã giải quyết trước hạn 2.900 hồ sơ, giải quyết đúng hạn 280 hồ sơ. Còn 5 hồ sơ đã quá hạn mà chưa có kết quả.
            """, area: "Tiền Giang")
        let statuses = rows.map { "\($0.indicator ?? "-") \(VietnameseNumber.format($0.value)) \($0.breakdown.dossierStatus)" }
        #expect(statuses == [
            "dossiers_received 3260 moi_tiep_nhan",
            "dossiers_received 410 ky_truoc_chuyen_sang",
            "dossiers_resolved 2900 truoc_han",
            "dossiers_resolved 280 dung_han",
            "dossiers_pending 5 qua_han",
        ])
    }

    @Test func aCountOfEveryDossierResolvedOrPendingIsTheTotalNotThePending() throws {
        let rows = try extract("Năm 2023, Trung tâm Phục vụ hành chính công tỉnh Lào Cai có tổng số hồ sơ đã và đang giải quyết là 48.730 hồ sơ.")
        #expect(try row(rows, value: 48730).indicator == "dossiers_received_total")
    }

    @Test func theProvincialGreenIndexAndItsRank() throws {
        let rows = try extract("Chỉ số Xanh cấp tỉnh (PGI) năm 2023 của tỉnh Bình Định đạt 24,1 điểm, xếp thứ 6/63 tỉnh, thành phố.")
        #expect(try row(rows, value: 24.1).indicator == "pgi_score")
        #expect(try row(rows, value: 6).indicator == "pgi_rank")
    }

    @Test func aPCISubIndexByItsBareNameHasItsScoreAndRank() throws {
        let rows = try extract("Năm 2023, chỉ số Tiếp cận đất đai của tỉnh Quảng Trị đạt 6,9 điểm, đứng thứ 15 cả nước.")
        #expect(try row(rows, value: 6.9).indicator == "pci_land_access")
        #expect(try row(rows, value: 15).indicator == "pci_land_access_rank")
    }

    @Test func theMinistriesAverageIsNotTheProvincesAverage() throws {
        let rows = try extract("Năm 2021, giá trị trung bình Chỉ số CCHC của các bộ, cơ quan ngang bộ đạt 86,2%, tăng 0,9% so với năm 2020.")
        let average = try row(rows, value: 86.2)
        #expect(average.indicator == "par_index_ministry_average")
        #expect(rows.contains { $0.indicator == "par_index_ministry_average_change" && $0.value == 0.9 && $0.baselinePeriod == "2020" })
    }

    @Test func unitsRatedInAClassAndTheirShare() throws {
        let rows = try extract("Năm 2023, tỉnh Yên Bái có 11 đơn vị được xếp loại Tốt, chiếm tỷ lệ 45,8%.")
        #expect(try row(rows, value: 11).indicator == "units_rated_good")
        #expect(try row(rows, value: 45.8).indicator == "units_rated_good_rate")
    }

    // MARK: - The choice of indicator

    @Test func pointsOverAComponentsMaximumAreTheComponentNotTheIndex() throws {
        let rows = try extract("Năm 2022, Bộ Xây dựng đạt Chỉ số CCHC 88,1%; riêng lĩnh vực cải cách thể chế được 14,2/15 điểm.")
        #expect(try row(rows, value: 88.1).indicator == "par_index_score")
        #expect(try row(rows, value: 14.2).indicator == "par_index_institutions_points")
    }

    @Test func aFieldNamedInItsSentenceTakesItsPointsRankAndMovement() throws {
        let rows = try extract("Năm 2021, Bộ Tài chính có lĩnh vực tổ chức bộ máy đạt 11,8/12,5 điểm, xếp thứ 3, tăng 4 hạng so với năm 2020.")
        #expect(rows.map(\.indicator) == ["par_index_organisation_points", "par_index_organisation_rank", "par_index_organisation_rank_change"])
        #expect(rows.map(\.value) == [11.8, 3, 4])
        #expect(rows.allSatisfy { $0.agency == "Bộ Tài chính" })
    }

    @Test func aCountOfMinistriesAfterTrongSoIsTheUnitsRanked() throws {
        let rows = try extract("Chỉ số CCHC năm 2019 của Bộ Tư pháp đạt 87,1%, xếp thứ 2 trong số 18 bộ, cơ quan ngang bộ.")
        #expect(rows.map(\.indicator) == ["par_index_score", "par_index_rank", "par_index_units_ranked"])
    }

    @Test func peopleWorkingInServiceCentresAreStaffNotCentres() throws {
        let rows = try extract("Năm 2025, tỉnh Gia Lai có 1.250 người làm việc tại các Trung tâm Phục vụ hành chính công cấp xã.")
        #expect(try row(rows, value: 1250).indicator == "commune_service_centre_staff")
    }

    @Test func aGroupScoreOutOfItsOwnMaximumIsTheGroupNotTheSatisfactionIndex() throws {
        let rows = try extract("Tháng 6/2024, tỉnh Cao Bằng có nhóm thanh toán trực tuyến đạt 9,5/10 điểm và mức độ hài lòng đạt 16,8/18 điểm.")
        #expect(try row(rows, value: 9.5).indicator == "qd766_online_payment_score")
        #expect(try row(rows, value: 16.8).indicator == "qd766_satisfaction_score")
        // A percent of satisfaction stays the SIPAS.
        let sipas = try extract("Năm 2023, mức độ hài lòng của người dân tỉnh Cao Bằng đạt 82,4%.")
        #expect(try row(sipas, value: 82.4).indicator == "sipas_index")
    }

    @Test func theHighestOfANamedUnitIsItsOwnValue() throws {
        let rows = try extract("Năm 2022, Bộ Công Thương có Chỉ số cải cách hành chính cao nhất với 91,07%.")
        let own = try row(rows, value: 91.07)
        #expect(own.indicator == "par_index_score")
        #expect(own.agency == "Bộ Công Thương")
        let listed = try extract("Chỉ số SIPAS năm 2022 cao nhất thuộc về Bình Định (91,3%) và Đà Nẵng (90,8%).")
        #expect(listed.filter { $0.indicator == "sipas_index" }.map(\.areaName) == ["Bình Định", "Đà Nẵng"])
    }

    @Test func theHighestOfTheFieldStaysTheMaximum() throws {
        let rows = try extract("Năm 2022, Chỉ số SIPAS của cả nước cao nhất đạt 92,4%, thấp nhất đạt 77,5%.")
        #expect(try row(rows, value: 92.4).indicator == "sipas_max")
        #expect(try row(rows, value: 77.5).indicator == "sipas_min")
    }

    @Test func aFigureNoIndicatorFitsStillNamesTheTwoClosest() throws {
        let rows = try extract("Năm 2023, tỉnh Cà Mau đã tổ chức 35 hội nghị tập huấn về chuyển đổi số cho cán bộ cấp xã.")
        let figure = try row(rows, value: 35)
        #expect(figure.indicator == nil)
        let closest = try #require(figure.note?.components(separatedBy: "closest indicators: ").last?.components(separatedBy: ";").first)
        #expect(closest.components(separatedBy: ", ").count == 2, "\(figure.note ?? "")")
    }
}
