import Testing
import ChisoDomain
@testable import ChisoStorage
import ChisoTestSupport

/// Area lookup against the real reference data that `chiso init` writes.
@Suite struct AreaTableTests {
    static let dir = TemporaryDirectory()
    static let directory: AreaDirectory = {
        // A failure here shows up as every test failing with the thrown error.
        let db = try? Database(path: dir.path("areas.db"), access: .create)
        return (try? db?.areas.directory()) ?? AreaDirectory([])
    }()

    static func day(_ iso: String) -> CalendarDate { (try? CalendarDate(iso: iso)) ?? CalendarDate.today() }

    @Test(arguments: [
        ("Tuyên Quang", "2023-09-30", "p63-08"),
        ("tuyen quang", "2023-09-30", "p63-08"),
        ("TUYÊN QUANG", "2023-09-30", "p63-08"),
        ("tỉnh Tuyên Quang", "2023-09-30", "p63-08"),
        ("08", "2023-09-30", "p63-08"),
        ("Tuyên Quang", "2026-01-01", "p34-08"),
        ("15", "2023-01-01", "p63-15"),
        ("15", "2026-01-01", "p34-15"),
        ("Yên Bái", "2024-12-31", "p63-15"),
        ("Lào Cai", "2024-06-30", "p63-10"),
        ("Lào Cai", "2025-08-01", "p34-15"),
        ("Hoà Bình", "2023-01-01", "p63-17"),
        ("Hòa Bình", "2023-01-01", "p63-17"),
        ("hoa binh", "2023-01-01", "p63-17"),
        ("TP.HCM", "2023-01-01", "p63-79"),
        ("TP.HCM", "2026-01-01", "p34-79"),
        ("Thành phố Hồ Chí Minh", "2023-01-01", "p63-79"),
        ("TT-Huế", "2023-01-01", "p63-46"),
        ("Thừa Thiên Huế", "2023-01-01", "p63-46"),
        ("Huế", "2024-06-01", "p63-46"),
        ("Huế", "2025-03-01", "p63-46h"),
        ("Huế", "2025-09-01", "p34-46"),
        ("Đắk Lắk", "2023-01-01", "p63-66"),
        ("dak lak", "2023-01-01", "p63-66"),
        ("Đắc Nông", "2023-01-01", "p63-67"),
        ("Bà Rịa - Vũng Tàu", "2023-01-01", "p63-77"),
        ("BRVT", "2023-01-01", "p63-77"),
        ("Cả nước", "2023-01-01", "VN"),
        ("Việt Nam", "2023-01-01", "VN"),
        ("VN", "2023-01-01", "VN"),
        ("Hà Giang", "2023-10-13", "p63-02"),
        ("Nghệ An", "2024-10-31", "p63-40"),
    ])
    func resolvesWhatPeopleWriteForTheDate(_ text: String, _ date: String, _ id: String) throws {
        #expect(try Self.directory.resolve(text, on: Self.day(date)).id == id)
    }

    @Test func unknownNameSuggestsTheClosest() {
        #expect {
            _ = try Self.directory.resolve("Tuyen Quag", on: Self.day("2023-01-01"))
        } throws: { error in
            guard let e = error as? AreaLookupError else { return false }
            return e.suggestions.first == "Tuyên Quang" && e.description.contains("did you mean Tuyên Quang")
        }
    }

    @Test func aMergedProvinceDoesNotResolveAfterItsMerger() {
        #expect {
            _ = try Self.directory.resolve("Hà Giang", on: Self.day("2026-01-01"))
        } throws: { error in
            "\(error)".contains("did not exist on 2026-01-01")
        }
    }

    @Test func everyProvinceResolvesByItsOwnNameAndCodeInItsEra() throws {
        for record in Self.directory.records where record.level == "province" {
            let day = record.validTo ?? Self.day("2026-01-01")
            #expect(try Self.directory.resolve(record.name, on: day).id == record.id)
            #expect(try Self.directory.resolve(record.code, on: day).id == record.id)
        }
    }
}
