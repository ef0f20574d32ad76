import Testing
@testable import ChisoDomain

@Suite struct AreaDirectoryTests {
    static func day(_ iso: String) -> CalendarDate {
        do { return try CalendarDate(iso: iso) } catch { preconditionFailure("bad test date \(iso)") }
    }

    static let until = day("2025-06-30")
    static let from = day("2025-07-01")

    let directory = AreaDirectory([
        AreaRecord(id: "VN", code: "VN", name: "Việt Nam", officialName: "Cộng hòa xã hội chủ nghĩa Việt Nam", level: "country"),
        AreaRecord(id: "p63-08", code: "08", name: "Tuyên Quang", officialName: "Tỉnh Tuyên Quang", validTo: until,
                   mergedInto: "p34-08"),
        AreaRecord(id: "p63-02", code: "02", name: "Hà Giang", officialName: "Tỉnh Hà Giang", validTo: until,
                   mergedInto: "p34-08"),
        AreaRecord(id: "p34-08", code: "08", name: "Tuyên Quang", officialName: "Tỉnh Tuyên Quang", validFrom: from),
        AreaRecord(id: "p63-15", code: "15", name: "Yên Bái", validTo: until, mergedInto: "p34-15"),
        AreaRecord(id: "p63-10", code: "10", name: "Lào Cai", validTo: until, mergedInto: "p34-15"),
        AreaRecord(id: "p34-15", code: "15", name: "Lào Cai", officialName: "Tỉnh Lào Cai", validFrom: from),
        AreaRecord(id: "p63-46", code: "46", name: "Thừa Thiên Huế", validTo: day("2024-12-31"),
                   aliases: ["TT-Huế", "Thừa Thiên - Huế"]),
        AreaRecord(id: "p63-79", code: "79", name: "Hồ Chí Minh", officialName: "Thành phố Hồ Chí Minh", validTo: until,
                   aliases: ["TP.HCM"]),
        AreaRecord(id: "p63-17", code: "17", name: "Hòa Bình", officialName: "Tỉnh Hòa Bình", validTo: until,
                   aliases: ["Hoà Bình"]),
        AreaRecord(id: "p63-66", code: "66", name: "Đắk Lắk", validTo: until, aliases: ["Đắc Lắc"]),
        AreaRecord(id: "p63-01", code: "01", name: "Hà Nội", officialName: "Thành phố Hà Nội", validTo: until),
        AreaRecord(id: "p34-01", code: "01", name: "Hà Nội", officialName: "Thành phố Hà Nội", validFrom: from),
    ])

    static let in2023 = day("2023-09-30")
    static let in2026 = day("2026-01-01")

    @Test(arguments: [
        ("Tuyên Quang", "p63-08"), ("tuyen quang", "p63-08"), ("TUYÊN QUANG", "p63-08"), ("Tuye\u{302}n Quang", "p63-08"),
        ("tỉnh Tuyên Quang", "p63-08"), ("Tỉnh Tuyên Quang", "p63-08"), ("  Tuyên   Quang ", "p63-08"), ("08", "p63-08"),
        ("Hà Giang", "p63-02"), ("02", "p63-02"), ("15", "p63-15"), ("Yên Bái", "p63-15"), ("Lào Cai", "p63-10"),
        ("Thừa Thiên Huế", "p63-46"), ("TT-Huế", "p63-46"), ("TT Hue", "p63-46"), ("Thừa Thiên - Huế", "p63-46"),
        ("thua thien hue", "p63-46"), ("TP.HCM", "p63-79"), ("TP HCM", "p63-79"), ("tp.hcm", "p63-79"), ("HCM", "p63-79"),
        ("Thành phố Hồ Chí Minh", "p63-79"), ("TP. Hồ Chí Minh", "p63-79"), ("Tp Hồ Chí Minh", "p63-79"),
        ("thành phố Hà Nội", "p63-01"), ("Hoà Bình", "p63-17"), ("Hòa Bình", "p63-17"), ("HOÀ BÌNH", "p63-17"),
        ("Hoa Binh", "p63-17"), ("Đắk Lắk", "p63-66"), ("Dak Lak", "p63-66"), ("Đắc Lắc", "p63-66"),
        ("VN", "VN"), ("vn", "VN"), ("Việt Nam", "VN"), ("cả nước", "VN"), ("Toàn quốc", "VN"), ("CẢ NƯỚC", "VN"),
        ("p63-08", "p63-08"), ("P34-08", "p34-08"),
    ])
    func resolvesNamesCodesAndAliasesIn2023(text: String, id: String) throws {
        let date = text == "Thừa Thiên Huế" || text.lowercased().contains("hue") || text.contains("Huế")
            ? Self.day("2024-06-30") : Self.in2023
        #expect(try directory.resolve(text, on: date).id == id)
    }

    @Test(arguments: [("Tuyên Quang", "p34-08"), ("08", "p34-08"), ("15", "p34-15"), ("Lào Cai", "p34-15"),
                      ("tỉnh Lào Cai", "p34-15"), ("Hà Nội", "p34-01"), ("VN", "VN")])
    func picksTheUnitValidOnTheDateAfterTheMerger(text: String, id: String) throws {
        #expect(try directory.resolve(text, on: Self.in2026).id == id)
    }

    @Test func treatsValidityEndsAsInclusive() throws {
        #expect(try directory.resolve("08", on: Self.until).id == "p63-08")
        #expect(try directory.resolve("08", on: Self.from).id == "p34-08")
    }

    @Test func prefersTheUnitValidTodayWithoutADate() throws {
        #expect(try directory.resolve("Tuyên Quang", on: nil).id == "p34-08")
        #expect(try directory.resolve("15", on: nil).id == "p34-15")
    }

    @Test func fallsBackToTheLatestUnitWithoutADate() throws {
        #expect(try directory.resolve("Hà Giang", on: nil).id == "p63-02")
        #expect(try directory.resolve("Yên Bái", on: nil).id == "p63-15")
    }

    @Test func saysWhereAMergedUnitWent() {
        #expect(throws: AreaLookupError(input: "Hà Giang",
                                        message: "'Hà Giang' did not exist on 2026-01-01 (merged into Tuyên Quang on 2025-07-01)")) {
            try directory.resolve("Hà Giang", on: Self.in2026)
        }
        #expect(throws: AreaLookupError(input: "Yên Bái",
                                        message: "'Yên Bái' did not exist on 2026-01-01 (merged into Lào Cai on 2025-07-01)")) {
            try directory.resolve("Yên Bái", on: Self.in2026)
        }
    }

    @Test func saysWhenAUnitWithoutSuccessorEnded() {
        #expect(throws: AreaLookupError(input: "TT-Huế",
                                        message: "'Thừa Thiên Huế' did not exist on 2025-03-01 (it existed until 2024-12-31)")) {
            try directory.resolve("TT-Huế", on: Self.day("2025-03-01"))
        }
    }

    @Test func saysWhenAUnitBeganLater() {
        let only34 = AreaDirectory([AreaRecord(id: "p34-08", code: "08", name: "Tuyên Quang", validFrom: Self.from)])
        #expect(throws: AreaLookupError(input: "tuyen quang",
                                        message: "'Tuyên Quang' did not exist on 2023-09-30 (it began on 2025-07-01)")) {
            try only34.resolve("tuyen quang", on: Self.in2023)
        }
    }

    @Test func takesAnExplicitIdAtItsWordWhateverTheDate() throws {
        #expect(try directory.resolve("p34-08", on: Self.in2023).id == "p34-08")
    }

    @Test func suggestsTheNearestName() {
        let error = AreaLookupError(input: "Tuyen Quag", message: "unknown area 'Tuyen Quag'", suggestions: ["Tuyên Quang"])
        #expect(throws: error) { try directory.resolve("Tuyen Quag", on: Self.in2023) }
        #expect(error.description == "unknown area 'Tuyen Quag'; did you mean Tuyên Quang?")
    }

    @Test func suggestsByOwnerNameForAnAliasMatch() {
        #expect(throws: AreaLookupError(input: "TP.HCN", message: "unknown area 'TP.HCN'", suggestions: ["Hồ Chí Minh"])) {
            try directory.resolve("TP.HCN", on: Self.in2023)
        }
    }

    @Test func listsSeveralSuggestions() {
        let error = AreaLookupError(input: "x", message: "unknown area 'x'", suggestions: ["A", "B", "C"])
        #expect(error.description == "unknown area 'x'; did you mean A, B or C?")
        #expect(AreaLookupError(input: "x", message: "m", suggestions: ["A", "B"]).description == "m; did you mean A or B?")
        #expect(AreaLookupError(input: "x", message: "m").errorDescription == "m")
    }

    @Test func rejectsUnknownAreasWithoutWildGuesses() {
        #expect(throws: AreaLookupError(input: "Atlantis", message: "unknown area 'Atlantis'")) {
            try directory.resolve("Atlantis", on: Self.in2023)
        }
        #expect(throws: AreaLookupError(input: "", message: "expected an area name, a 2-digit code or 'VN'")) {
            try directory.resolve("", on: Self.in2023)
        }
    }

    @Test func requiresTwoDigitCodes() {
        #expect(throws: AreaLookupError(input: "8", message: "unknown area code '8' (codes have 2 digits)", suggestions: ["08"])) {
            try directory.resolve("8", on: Self.in2023)
        }
        #expect(throws: AreaLookupError(input: "99", message: "unknown area code '99' (codes have 2 digits)")) {
            try directory.resolve("99", on: Self.in2023)
        }
        #expect(throws: AreaLookupError(input: "008", message: "unknown area code '008' (codes have 2 digits)")) {
            try directory.resolve("008", on: Self.in2023)
        }
    }

    @Test func reportsAnAmbiguousName() {
        let twins = AreaDirectory([
            AreaRecord(id: "a", code: "01", name: "Bình Minh"), AreaRecord(id: "b", code: "02", name: "Binh Minh"),
        ])
        #expect(throws: AreaLookupError(input: "binh minh",
                                        message: "'binh minh' is ambiguous on 2023-09-30: Bình Minh (a), Binh Minh (b)")) {
            try twins.resolve("binh minh", on: Self.in2023)
        }
    }

    @Test func findsRecordsById() {
        #expect(directory.record(id: "p63-46")?.name == "Thừa Thiên Huế")
        #expect(directory.record(id: "P63-46")?.name == "Thừa Thiên Huế")
        #expect(directory.record(id: "p99-99") == nil)
        #expect(directory.records.count == 13)
    }

    @Test func checksValidityInclusively() {
        let record = AreaRecord(id: "x", code: "01", name: "X", validFrom: Self.day("2020-01-01"), validTo: Self.day("2020-12-31"))
        #expect(record.isValid(on: Self.day("2020-01-01")))
        #expect(record.isValid(on: Self.day("2020-12-31")))
        #expect(!record.isValid(on: Self.day("2021-01-01")))
        #expect(!record.isValid(on: Self.day("2019-12-31")))
        #expect(AreaRecord(id: "y", code: "02", name: "Y").isValid(on: Self.day("1945-01-01")))
    }
}
