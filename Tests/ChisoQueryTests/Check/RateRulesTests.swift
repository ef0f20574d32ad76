import ChisoStorage
import ChisoTestSupport
import Testing
@testable import ChisoQuery

@Suite struct RateFractionRuleTests {
    @Test func confirmsARateThatMatchesItsFraction() throws {
        let f = try CheckFixture()
        let id = try f.add("online_dossier_rate", "08", "2023-09", 78.63, numerator: 13322, denominator: 16942)
        let found = try f.findings(.rateVsFraction)
        #expect(found.map(\.severity) == [.info])
        #expect(found.first?.message == "13322/16942 = 78.63% ✓")
        #expect(found.first?.rows == [.observation(id)])
        #expect(found.first?.sources == ["s1"])
    }

    @Test func flagsARateThatDisagreesWithItsFraction() throws {
        let f = try CheckFixture()
        try f.add("online_dossier_rate", "08", "2023-09", 80.5, numerator: 13322, denominator: 16942)
        let found = try f.findings(.rateVsFraction)
        #expect(found.map(\.severity) == [.error])
        #expect(found.first?.message == "13322/16942 = 78.63%, but 80.5% is reported (off by 1.87 points; rounding to 1 decimal allows ±0.05)")
    }

    @Test func allowsHalfAUnitOfTheDecimalsShown() throws {
        let f = try CheckFixture()
        // 13322/16942 = 78.632…: "78,6%" is right, "78,7%" is not.
        try f.add("online_dossier_rate", "08", "2023-09", 78.6, numerator: 13322, denominator: 16942)
        try f.add("online_dossier_rate", "02", "2023-09", 78.7, numerator: 13322, denominator: 16942)
        #expect(try f.findings(.rateVsFraction).map(\.severity) == [.error, .info])
    }

    @Test func judgesAQualifiedRateByItsWord() throws {
        let f = try CheckFixture()
        try f.add("online_dossier_rate", "08", "2023-09", 70, numerator: 13322, denominator: 16942, qualifier: .moreThan)
        try f.add("online_dossier_rate", "02", "2023-09", 80, numerator: 13322, denominator: 16942, qualifier: .moreThan)
        let found = try f.findings(.rateVsFraction)
        #expect(found.map(\.severity) == [.warning, .info])
        #expect(found.last?.message == "13322/16942 = 78.63%, reported as more than 70% ✓")
    }

    @Test func flagsARankWhoseValueIsNotItsNumerator() throws {
        let f = try CheckFixture()
        try f.add("qd766_rank", "08", "2023", 56, numerator: 57, denominator: 63)
        try f.add("qd766_rank", "02", "2023", 25, numerator: 25, denominator: 63)
        let found = try f.findings(.rateVsFraction)
        #expect(found.count == 1)
        #expect(found.first?.message == "value 56 but numerator 57 of 57/63: a rank written n/N stores n as its value")
    }
}

@Suite struct RatePartsRuleTests {
    /// The text does not say 1824 is the rate's denominator: inconsistent, not impossible.
    @Test func warnsAboutARateThatDisagreesWithItsReportsCounts() throws {
        let f = try CheckFixture()
        let rate = try f.add("eform_autofill_rate", "08", "2023-09-30", 21.6)
        let n = try f.add("eform_autofill_tthc_count", "08", "2023-09-30", 388)
        let d = try f.add("tthc_published_total", "08", "2023-09-30", 1824)
        let found = try f.findings(.rateVsParts)
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.message == "388 / 1824 = 21.27% (eform_autofill_tthc_count / tthc_published_total), but 21.6% is reported (off by 0.33 points; rounding to 1 decimal allows ±0.05)")
        #expect(found.first?.rows == [.observation(rate), .observation(n), .observation(d)])
    }

    @Test func refusesCountsThatMakeAShareAboveOneHundredPercent() throws {
        let f = try CheckFixture()
        try f.add("eform_autofill_rate", "08", "2023-09-30", 21.6)
        try f.add("eform_autofill_tthc_count", "08", "2023-09-30", 388)
        try f.add("tthc_published_total", "08", "2023-09-30", 300)
        let found = try f.findings(.rateVsParts)
        #expect(found.map(\.severity) == [.error])
        #expect(found.first?.message == "388 / 300 = 129.33% (eform_autofill_tthc_count / tthc_published_total): 388 is more than the whole 300, a share above 100% cannot be true")
    }

    @Test func confirmsARateThatMatchesItsReportsCounts() throws {
        let f = try CheckFixture()
        try f.add("dvc_integrated_national_portal_rate", "08", "2021-09-30", 23.08)
        try f.add("dvc_integrated_national_portal", "08", "2021-09-30", 426)
        try f.add("dvc_provided_total", "08", "2021-09-30", 1846)
        let found = try f.findings(.rateVsParts)
        #expect(found.map(\.severity) == [.info])
        #expect(found.first?.message == "426 / 1846 = 23.08% (dvc_integrated_national_portal / dvc_provided_total) ✓")
    }

    @Test func needsBothCountsOfTheSameAreaAndPeriod() throws {
        let f = try CheckFixture()
        try f.add("eform_autofill_rate", "08", "2023-09-30", 21.6)
        try f.add("eform_autofill_tthc_count", "08", "2023-09-30", 388)
        try f.add("tthc_published_total", "08", "2023-06-30", 1824)
        try f.add("tthc_published_total", "02", "2023-09-30", 1824)
        #expect(try f.findings(.rateVsParts).isEmpty)
    }
}
