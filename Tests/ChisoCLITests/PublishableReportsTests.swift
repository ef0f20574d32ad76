import ChisoFormats
import ChisoTestSupport
import Foundation
import Testing

/// Issue 15 on a realistic fixture (`Tests/Fixtures/reports`: several reports per province,
/// months, year-to-date spans, halves, years, snapshots, ranks, targets, and the merger of
/// Lào Cai and Yên Bái into Lào Cai on 2025-07-01). Each test starts from a bad example of
/// the issue and pins what is printed now.
@Suite struct PublishableReportsTests {
    let directory = TemporaryDirectory("publishable")

    static var fixture: String { PackagePaths.root.appendingPathComponent("Tests/Fixtures/reports").path }

    private func database() throws -> String {
        let db = directory.path("reports.db")
        let initialised = try Chiso.run(["init", "--db", db])
        #expect(initialised.exitCode == 0, "\(initialised.stderr)")
        let loaded = try Chiso.run(["load", Self.fixture, "--db", db])
        #expect(loaded.exitCode == 0, "\(loaded.stderr)")
        return db
    }

    private func run(_ arguments: [String], _ db: String, environment: [String: String] = [:]) throws -> RunResult {
        let result = try Chiso.run(arguments + ["--db", db], environment: environment)
        #expect(result.exitCode == 0, "\(arguments): \(result.stderr)")
        return result
    }

    /// Column `name` of each csv row.
    private func column(_ name: String, _ result: RunResult) throws -> [String] {
        var reader = try CSVReader(data: Data(result.stdoutBytes), delimiter: ",")
        var rows: [[String]] = []
        while let record = try reader.next() { rows.append(record.fields) }
        guard let header = rows.first, let index = header.firstIndex(of: name) else { return [] }
        return rows.dropFirst().map { index < $0.count ? $0[index] : "" }
    }

    // MARK: rank

    /// The issue: four provinces of four periods in one league table. Now one period, named.
    @Test func rankRanksOnePeriodMostAreasHaveAndNamesIt() throws {
        let db = try database()
        let table = try run(["rank", "qd766_score"], db)
        #expect(table.lines.first == "4 tỉnh, thành phố · 2024-H1 (6 tháng đầu năm 2024)")
        let csv = try run(["rank", "qd766_score", "--format", "csv"], db)
        #expect(Set(try column("period", csv)) == ["2024-H1"])
        #expect(try column("area_name", csv) == ["Thừa Thiên Huế", "Lào Cai", "Nghệ An", "Yên Bái"])
        #expect(try column("official_rank", csv) == ["5/63", "28/63", "44/63", "46/63"])
    }

    @Test func rankListsAreasWithoutAFigureOfThatPeriodAsMissing() throws {
        let db = try database()
        let table = try run(["rank", "qd766_score"], db)
        #expect(table.lines.last == "no figure for 2024-H1: Hà Giang (latest 2023-10-13), Tuyên Quang (latest 2023-01/2023-09)")
        #expect(!table.stdout.contains("2023-10-13  "))
        // The merged Lào Cai did not exist in 2024-H1: not missing.
        #expect(!table.lines.last!.contains("2025-Q3"))
        let csv = try run(["rank", "qd766_score", "--format", "csv"], db)
        #expect(csv.stderr.contains("note: no figure for 2024-H1: Hà Giang"))
    }

    @Test func rankLatestEachMixesPeriodsOnlyWithAWarning() throws {
        let db = try database()
        let table = try run(["rank", "qd766_score", "--latest-each"], db)
        #expect(table.lines[1] == "warning: these figures are of 5 different periods (2023-01/2023-09, 2023-10-13, 2024-01/2024-10, 2024-H1, 2025-Q3) and are not comparable; ranks compare them anyway")
        let csv = try run(["rank", "qd766_score", "--latest-each", "--format", "csv"], db)
        #expect(try column("period", csv) == ["2024-H1", "2024-01/2024-10", "2025-Q3", "2023-10-13", "2024-H1", "2024-H1", "2023-01/2023-09"])
        #expect(csv.stderr.hasPrefix("warning: these figures are of 5 different periods"))
        // A change is never computed between a 10-month span and a half year.
        #expect(try column("change", csv) == ["", "", "", "", "", "", ""])
    }

    @Test func rankWithinAPeriodRanksOneComparableGroup() throws {
        let db = try database()
        let csv = try run(["rank", "qd766_rank", "--period", "2024", "--format", "csv"], db)
        #expect(Set(try column("period", csv)) == ["2024-H1"])
        #expect(try column("value", csv) == ["5", "28", "41", "44", "46"])
    }

    // MARK: trend

    /// The issue: a month (78.63, 2023-09) then a year-to-date figure (42.06) as a fall of 36.57.
    @Test func trendKeepsMonthsAndYearToDateApart() throws {
        let db = try database()
        let csv = try run(["trend", "online_dossier_rate", "--area", "08", "--format", "csv"], db)
        #expect(try column("series", csv) == ["month", "month", "month", "half", "year_to_date", "year_to_date"])
        #expect(try column("change", csv) == ["", "9.2", "8.23", "", "18.2", "19.44"])
        #expect(try column("change_kind", csv) == ["", "computed", "computed", "", "reported", "computed"])
        #expect(!csv.stdout.contains("-36.57"))
        let table = try run(["trend", "online_dossier_rate", "--area", "08"], db)
        #expect(table.lines.contains("months: ▁▅█  61.2 → 78.63 (min 61.2, max 78.63)"))
        #expect(table.lines.contains("year-to-date: ▁█  42.06 → 61.5 (min 42.06, max 61.5)"))
    }

    /// The issue: 59 → 56 shown as -3 with a falling sparkline; the source says "tăng 3 bậc".
    @Test func trendOfARankCountsUpAsBetterAndDrawsItHigher() throws {
        let db = try database()
        let csv = try run(["trend", "qd766_rank", "--area", "08", "--format", "csv"], db)
        #expect(try column("period", csv) == ["2023-H1", "2024-H1", "2023-01/2023-09"])
        #expect(try column("change", csv) == ["", "18", "3"])
        let table = try run(["trend", "qd766_rank", "--area", "08"], db)
        #expect(table.lines.contains("halves: ▁█  59 → 41 (min 41, max 59), lower is better"))
        // rank agrees: +3 for the same figure.
        let rank = try run(["rank", "qd766_rank", "--period", "2023-01/2023-09", "--format", "csv"], db)
        #expect(try column("change", rank) == ["3"])
    }

    // MARK: the 2025 merger

    /// The issue: the merged Lào Cai's trend silently showed only the new unit's figures.
    @Test func trendOfAMergedProvinceSaysItsPredecessorsExist() throws {
        let db = try database()
        let table = try run(["trend", "qd766_score", "--area", "Lào Cai"], db)
        #expect(table.lines.first == "qd766_score · Lào Cai (p34-15)")
        #expect(table.lines.last == "before 2025-07-01 Lào Cai (p63-10) and Yên Bái (p63-15), merged into Lào Cai, have 2 qd766_score figures of their own; --lineage shows them")
        let lineage = try run(["trend", "qd766_score", "--area", "Lào Cai", "--lineage", "--format", "csv"], db)
        #expect(try column("area_name", lineage) == ["Lào Cai (p63-10, merged 2025-07-01)", "Yên Bái (p63-15, merged 2025-07-01)", "Lào Cai"])
        #expect(try column("period", lineage) == ["2024-H1", "2024-H1", "2025-Q3"])
        #expect(try column("change", lineage) == ["", "", ""])
    }

    @Test func anOldNameAfterTheMergerNamesItsSuccessor() throws {
        let db = try database()
        let table = try run(["trend", "qd766_score", "--area", "Yên Bái"], db)
        #expect(table.lines.last == "Yên Bái (p63-15) became part of Lào Cai (p34-15) on 2025-07-01; its figures from then on are filed under Lào Cai: chiso trend qd766_score --area p34-15 --lineage")
    }

    // MARK: compare

    /// The issue: compare in table mode showed no periods.
    @Test func compareAlignsAreasOnOnePeriodAndShowsIt() throws {
        let db = try database()
        let table = try run(["compare", "Tuyên Quang", "Hà Giang", "Nghệ An", "--indicators", "qd766_score"], db)
        #expect(table.lines[0].hasPrefix("indicator    name_vi"))
        #expect(table.lines[0].contains("period"))
        #expect(table.lines[2].contains("2024-01/2024-10"))
        let old = try run(["compare", "Nghệ An", "Thừa Thiên Huế", "p63-10", "--indicators", "qd766_score,online_dossier_rate", "--format", "csv"], db)
        #expect(try column("period", old) == ["2024-H1", "2024"])
        #expect(try column("Nghệ An", old) == ["64.9", ""])
        #expect(try column("Thừa Thiên Huế", old) == ["80.15", "72.1"])
        #expect(try column("missing", old) == ["", "Nghệ An (latest 2024-H1); Lào Cai (none)"])
        let all = try run(["compare", "Nghệ An", "Thừa Thiên Huế", "--indicators", "online_dossier_rate", "--all-periods", "--format", "csv"], db)
        #expect(try column("period", all) == ["2024", "2024-H1"])
    }
}
