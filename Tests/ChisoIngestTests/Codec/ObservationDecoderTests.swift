import ChisoFormats
@testable import ChisoIngest
import ChisoStorage
import Testing

@Suite struct ObservationDecoderTests {
    let fixture: CodecFixture

    init() throws { fixture = try CodecFixture() }

    @Test func decodesEveryColumn() throws {
        let decoded = try fixture.observation([
            "agency": " Sở LĐTB&XH ", "qualifier": "more_than", "status": "estimated",
            "baseline_period": "6 tháng đầu năm 2023", "change": "18,2", "note": "a note",
        ])
        #expect(decoded.record == ObservationRecord(
            indicator: "online_dossier_rate", area: "p63-08", agency: "Sở Lao động - Thương binh và Xã hội", period: "2023-09-30", value: 42.06,
            qualifier: .moreThan, status: .estimated, baselinePeriod: "2023-H1", change: 18.2, source: "src",
            quote: "đạt 42,06%", note: "a note"))
        #expect(decoded.period.code == "2023-09-30")
        #expect(decoded.baseline?.code == "2023-H1")
        // The agency resolves through the department template; the province's row is new.
        #expect(decoded.newUnit?.name == "Sở Lao động - Thương binh và Xã hội")
        #expect(decoded.newUnit?.area == "p63-08")
    }

    @Test(arguments: [
        ("42.06", 42.06), ("42,06", 42.06), ("42,06%", 42.06), ("100", 100.0), (" 7 ", 7.0),
    ])
    func readsPercentValues(text: String, expected: Double) throws {
        #expect(try fixture.observation(["value": text]).record.value == expected)
    }

    /// Spaces of every kind at either end are trimmed (no-break, ideographic, em, a tab or a
    /// line break from a spreadsheet cell), and a field ending in a Vietnamese letter is kept
    /// whole: the check that skips Foundation's trim must never skip a space it would remove.
    @Test(arguments: ["Sở Nội vụ", " Sở Nội vụ", "Sở Nội vụ\u{00A0}", "\u{3000}Sở Nội vụ", "Sở Nội vụ\u{2003}",
                      "\tSở Nội vụ\n", "Sở Nội vụ\u{2028}", "\u{0085}Sở Nội vụ"])
    func trimsEveryKindOfSpaceAroundAVietnameseField(agency: String) throws {
        #expect(try fixture.observation(["agency": agency]).record.agency == "Sở Nội vụ")
    }

    /// The same through `RowReader.text` itself, where the agency is not resolved afterwards.
    @Test(arguments: ["Sở Nội vụ", "Sở Nội vụ\u{00A0}", "\u{3000}Sở Nội vụ", "Sở Nội vụ\u{2003}", "\tSở Nội vụ\r\n", "\u{0085}Sở Nội vụ\u{2029}"])
    func aFieldReadAsTextLosesTheSpacesAtItsEnds(field: String) throws {
        let header = HeaderMap(layout: .observations)
        var fields = Array(repeating: "", count: header.width)
        let agency = try #require(header.fieldIndex(3))
        fields[agency] = field
        let row = try RowReader(fields: fields, header: header, location: RecordLocation(file: "f.csv", line: 2),
                                reference: fixture.reference, normalized: true)
        #expect(row.text(3) == "Sở Nội vụ")
    }

    @Test(arguments: ["8", " 8", "8\u{00A0}"])
    func padsAOneDigitAreaCodeWrittenWithSpacesAround(area: String) throws {
        #expect(try fixture.observation(["area": area]).record.area == "p63-08")
    }

    @Test func readsCountsInVietnameseNotation() throws {
        let decoded = try fixture.observation(["indicator": "tthc_published_total", "value": "1.824", "quote": nil])
        #expect(decoded.record.value == 1824)
    }

    @Test func readsAreasByIdNameAndFoldedName() throws {
        #expect(try fixture.observation(["area": "p63-08", "area_name": nil]).record.area == "p63-08")
        #expect(try fixture.observation(["area": "Tuyen Quang", "area_name": nil]).record.area == "p63-08")
        #expect(try fixture.observation(["area": nil, "area_name": "tỉnh Tuyên Quang"]).record.area == "p63-08")
        #expect(try fixture.observation(["area": "VN", "area_name": "Việt Nam"]).record.area == "VN")
    }

    @Test func readsVietnamesePeriods() throws {
        #expect(try fixture.observation(["period": "9 tháng đầu năm 2023"]).record.period == "2023-01/2023-09")
    }

    @Test func fillsNumeratorAndDenominatorFromAFraction() throws {
        let share = try fixture.observation(["period": "2023-09", "value": "13.322/16.942", "quote": nil]).record
        #expect(share.value == 78.63)
        #expect(share.numerator == 13322)
        #expect(share.denominator == 16942)
        let rank = try fixture.observation(["indicator": "qd766_rank", "value": "56/63", "quote": nil]).record
        #expect(rank.value == 56)
        #expect(rank.numerator == 56)
        #expect(rank.denominator == 63)
    }

    @Test func acceptsAScoreOverItsScale() throws {
        let score = try fixture.observation(["indicator": "qd766_score", "value": "58,52/100", "quote": nil]).record
        #expect(score.value == 58.52)
        #expect(score.numerator == nil)
    }

    @Test func acceptsAValueWithinRoundingOfItsFraction() throws {
        #expect(try fixture.observation(["value": "78.63", "numerator": "13322", "denominator": "16942", "quote": nil]).record.value == 78.63)
        #expect(try fixture.observation(["value": "79", "numerator": "13322", "denominator": "16942", "quote": nil]).record.value == 79)
    }

    @Test(arguments: [
        (["indicator": "online_dosier_rate"],
         "obs.csv:2:1: indicator 'online_dosier_rate' is not in the indicator catalogue; did you mean online_dossier_rate? (see `chiso indicators`)"),
        (["area": "99"], "obs.csv:2:2: area '99': unknown area code '99' (codes have 2 digits)"),
        (["area": "Tuyen Quag", "area_name": nil], "obs.csv:2:2: area 'Tuyen Quag': unknown area 'Tuyen Quag'; did you mean Tuyên Quang?"),
        (["area_name": "Hà Giang"],
         "obs.csv:2:3: area_name 'Hà Giang' is Hà Giang (02) but area '08' is Tuyên Quang (08) on 2023-09-30; make them agree"),
        (["period": "2023-13"], "obs.csv:2:5: period '2023-13' is not a period: "),
        (["value": "42,0,6"], "obs.csv:2:6: value '42,0,6' is not a number: "),
        (["value": nil], "obs.csv:2:6: value is empty; a value (or numerator and denominator) is required"),
        (["value": "142"], "obs.csv:2:6: value 142 is outside 0–100 for the percent indicator online_dossier_rate (write 42.06 for 42,06%, not 0.4206)"),
        (["indicator": "qd766_rank", "value": "64", "numerator": "64", "denominator": "63", "quote": nil],
         "obs.csv:2:6: value rank 64 is beyond the 63 ranked (denominator)"),
        (["indicator": "qd766_rank", "value": "0", "quote": nil], "obs.csv:2:6: value 0 is not a rank (expected a whole number from 1)"),
        (["value": "100", "numerator": "17000", "denominator": "16942", "quote": nil],
         "obs.csv:2:7: numerator 17000 exceeds the denominator 16942 of a percent"),
        (["value": "78.5", "numerator": "13322", "denominator": "16942", "quote": nil],
         "obs.csv:2:6: value 78.5 disagrees with numerator/denominator 13322/16942 = 78.63%"),
        (["indicator": "qd766_rank", "value": "55", "numerator": "56", "denominator": "63", "quote": nil],
         "obs.csv:2:6: value rank 55 differs from the numerator 56; a rank is stored as value = numerator"),
        (["numerator": "5"], "obs.csv:2:7: numerator is given without a denominator; give both or neither"),
        (["change": "18,2"],
         "obs.csv:2:12: change is given without a baseline_period; say what the change is against (e.g. 2023-H1 for 'so với 6 tháng đầu năm')"),
        (["qualifier": "over"], "obs.csv:2:9: qualifier 'over' is not one of more_than, at_least, about, less_than, at_most, nearly"),
        (["status": "self-assessed"],
         "obs.csv:2:10: status 'self-assessed' is not one of reported, estimated, self_assessed, derived, inferred; did you mean self_assessed?"),
        (["quote": "đạt 42,07%"],
         "obs.csv:2:14: quote \"đạt 42,07%\" does not occur in the text of source 'src'; copy the words exactly as the document writes them"),
        (["source": "srx"], "obs.csv:2:13: source 'srx' is not a known source; did you mean src? (register it with `chiso add source FILE --id srx`, or add it to sources.csv)"),
        (["indicator": "tthc_published_total", "value": "12%", "quote": nil],
         "obs.csv:2:6: value '12%' has a percent sign, but tthc_published_total measures a count"),
    ] as [([String: String?], String)])
    func rejectsRowsBreakingARule(overrides: [String: String?], expected: String) {
        let message = failure { () throws(InputError) in try fixture.observation(overrides) }
        #expect(message?.hasPrefix(expected) == true, "got: \(message ?? "no error")")
    }

    @Test func rejectsARaggedRow() {
        let decoder = ObservationDecoder(header: HeaderMap(layout: .observations), file: "obs.csv", reference: fixture.reference)
        #expect(throws: InputError(file: "obs.csv", line: 7, message: "expected 20 fields as in the header, found 17 (a missing comma, or a quote left open?)")) {
            try decoder.decode(Array(repeating: "", count: 17), line: 7)
        }
    }
}
