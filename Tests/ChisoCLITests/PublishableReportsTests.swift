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

    @Test func theScorecardOfAMergedProvinceNamesItsPredecessors() throws {
        let db = try database()
        let table = try run(["report", "Lào Cai"], db)
        #expect(table.lines.first == "Lào Cai (p34-15), as of 2025-09-30")
        #expect(table.lines.suffix(2) == [
            "Lào Cai (p63-10), merged into Lào Cai on 2025-07-01, has figures of its own up to 2024-06-30: chiso report p63-10",
            "Yên Bái (p63-15), merged into Lào Cai on 2025-07-01, has figures of its own up to 2024-06-30: chiso report p63-15",
        ])
        let old = try Chiso.run(["report", "Yên Bái", "--as-of", "2025-09-30", "--db", db])
        #expect(old.exitCode == 1)
        #expect(old.stderr == "Error: 'Yên Bái' did not exist on 2025-09-30 (merged into Lào Cai on 2025-07-01)\n")
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

    // MARK: targets, and what a figure is

    /// Rows of a jsonl scorecard as dictionaries.
    private func card(_ area: String, _ db: String, _ extra: [String] = []) throws -> [[String: Any]] {
        let result = try run(["report", area, "--format", "jsonl"] + extra, db)
        return try result.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    /// The issue: a 2020 figure "missed" against a goal for 2025.
    @Test func aTargetIsNeverJudgedByAFigureOfAnotherPeriod() throws {
        let db = try database()
        let rows = try card("Tuyên Quang", db).filter { $0["indicator"] as? String == "par_index_score" }
        #expect(rows.map { $0["period"] as? String } == ["2020", nil])
        #expect(rows.map { $0["result"] as? String } == [nil, "not due"])
        #expect(rows[1]["target_period"] as? String == "2025")
    }

    /// The issue: a 2024-H1 figure "missed" against a full-year 2024 target.
    @Test func aFigureOfPartOfTheTargetsPeriodIsOnTrackOrBehindWithTheGap() throws {
        let db = try database()
        let rows = try card("Nghệ An", db)
        let online = try #require(rows.first { $0["indicator"] as? String == "online_dossier_rate" })
        #expect(online["period"] as? String == "2024-H1")
        #expect(online["result"] as? String == "behind")
        #expect((online["gap"] as? NSNumber)?.doubleValue == 4.7)
        let health = try #require(rows.first { $0["indicator"] as? String == "health_facilities_cashless_rate" })
        #expect(health["result"] as? String == "not due")
        // Tuyên Quang's 2023 goal, judged by the 9-month figure (not September's 78.63).
        let tq = try card("Tuyên Quang", db).filter { $0["indicator"] as? String == "online_dossier_rate" }
        #expect(tq.map { $0["period"] as? String } == ["2024-01/2024-09", "2023-01/2023-09"])
        #expect(tq.map { $0["result"] as? String } == [nil, "behind"])
    }

    @Test func aFigureOfTheWholePeriodMeetsOrMissesItsTarget() throws {
        let db = try database()
        let hue = try #require(try card("Huế", db).first { $0["indicator"] as? String == "online_dossier_rate" })
        #expect(hue["result"] as? String == "met")
        let hg = try #require(try card("Hà Giang", db).first { $0["indicator"] as? String == "par_index_score" })
        #expect(hg["result"] as? String == "missed")
        #expect((hg["gap"] as? NSNumber)?.doubleValue == 2.5)
    }

    @Test func theScorecardShowsQualifierStatusAgencyAndItsHeaderInEveryFormat() throws {
        let db = try database()
        let table = try run(["report", "Huế"], db)
        #expect(table.lines.first == "Thừa Thiên Huế (p63-46), as of 2024-12-31")
        let online = try #require(table.lines.first { $0.hasPrefix("online_dossier_rate") })
        #expect(online.contains("72.1  khoảng     ước đạt"))
        #expect(table.lines.contains { $0.hasPrefix("dti_self_assessed_score") && $0.contains("tự chấm") })
        let json = try card("Huế", db)
        let row = try #require(json.first { $0["indicator"] as? String == "online_dossier_rate" })
        #expect(row["qualifier"] as? String == "about")
        #expect(row["status"] as? String == "estimated")
        #expect(json.allSatisfy { $0["area_id"] as? String == "p63-46" && $0["as_of"] as? String == "2024-12-31" })
        let markdown = try run(["report", "Nghệ An", "--format", "markdown"], db)
        #expect(markdown.lines.first == "Nghệ An (p63-40), as of 2024-10-31  ")
        #expect(markdown.stdout.contains("| social_payment_accounts_rate | Tỷ lệ bổ sung, cấp tài khoản mới cho người có nhu cầu chi trả qua tài khoản | Sở Lao động - Thương binh và Xã hội |"))
    }

    // MARK: readable tables

    @Test func aTableFitsColumnsAndWideShowsEverything() throws {
        let db = try database()
        let fitted = try run(["report", "Nghệ An"], db, environment: ["COLUMNS": "150"])
        #expect(fitted.lines.allSatisfy { $0.count <= 150 })
        let social = try #require(fitted.lines.first { $0.hasPrefix("social_payment") })
        // Numbers whole; text cut after a word.
        #expect(social.contains("65.16") && social.contains("24.84") && social.contains("Sở Lao động…"))
        let wide = try run(["report", "Nghệ An", "--wide"], db, environment: ["COLUMNS": "150"])
        #expect(wide.stdout.contains("Tỷ lệ bổ sung, cấp tài khoản mới cho người có nhu cầu chi trả qua tài khoản"))
        #expect(wide.lines.contains { $0.count > 150 })
    }

    @Test func vietnameseDisplayInTablesOnlyMachineFormatsStayExact() throws {
        let db = try database()
        let trend = try run(["trend", "online_dossier_rate", "--area", "08", "--lang", "vi"], db)
        #expect(trend.lines[1].hasPrefix("loại kỳ            kỳ               giá trị"))
        #expect(trend.stdout.contains("lũy kế từ đầu năm"))
        #expect(trend.stdout.contains("42,06%"))
        #expect(trend.stdout.contains("13.322  16.942"))
        let score = try run(["report", "Tuyên Quang"], db, environment: ["CHISO_LANG": "vi"])
        #expect(score.stdout.contains("781.131"))
        #expect(score.stdout.contains("chậm tiến độ"))
        let rank = try run(["rank", "qd766_score", "--lang", "vi", "--format", "markdown"], db)
        #expect(rank.stdout.contains("| 1 | 46 | Thừa Thiên Huế | 80,15 |"))
        let csv = try run(["trend", "online_dossier_rate", "--area", "08", "--lang", "vi", "--format", "csv"], db)
        #expect(csv.stdout.contains(",42.06,"))
        #expect(csv.stdout.hasPrefix("area_id,area_name,series,"))
        let refused = try Chiso.run(["rank", "qd766_score", "--db", db], environment: ["CHISO_LANG": "fr"])
        #expect(refused.exitCode == 64)
        #expect(refused.stderr.contains("CHISO_LANG='fr' is not a language chiso prints; expected en or vi"))
    }

    /// With `--lang vi` the lines around a table — the report's header, the series drawings,
    /// the missing areas, warnings and merger notes — are Vietnamese too, with Vietnamese
    /// numbers and dates; csv keeps them English and exact (on standard error).
    @Test func vietnameseDisplaySaysTheSentencesAroundATableInVietnamese() throws {
        let db = try database()
        let trend = try run(["trend", "online_dossier_rate", "--area", "08", "--lang", "vi"], db)
        #expect(trend.lines.contains("lũy kế từ đầu năm: ▁█  42,06 → 61,5 (thấp nhất 42,06, cao nhất 61,5)"))
        #expect(trend.lines.last == "Tuyên Quang (p63-08) đã sáp nhập vào Tuyên Quang (p34-08) từ ngày 1/7/2025; số liệu từ đó về sau thuộc Tuyên Quang: chiso trend online_dossier_rate --area p34-08 --lineage")
        let merged = try run(["trend", "qd766_score", "--area", "Lào Cai", "--lang", "vi"], db)
        #expect(merged.lines.last == "trước ngày 1/7/2025, Lào Cai (p63-10) và Yên Bái (p63-15) (nay là Lào Cai) có 2 số liệu qd766_score riêng; --lineage để xem")
        let rank = try run(["rank", "qd766_score", "--lang", "vi"], db)
        #expect(rank.lines.last == "không có số liệu kỳ 2024-H1: Hà Giang (mới nhất 2023-10-13), Tuyên Quang (mới nhất 2023-01/2023-09)")
        let mixed = try run(["rank", "qd766_score", "--latest-each"], db, environment: ["CHISO_LANG": "vi"])
        #expect(mixed.lines[0] == "7 tỉnh, thành phố · số liệu mới nhất của từng nơi")
        #expect(mixed.lines[1].hasPrefix("cảnh báo: các số liệu này thuộc 5 kỳ khác nhau (2023-01/2023-09, 2023-10-13,"))
        let card = try run(["report", "Lào Cai", "--lang", "vi"], db)
        #expect(card.lines.first == "Lào Cai (p34-15), tính đến ngày 30/9/2025")
        #expect(card.lines.last == "Yên Bái (p63-15) đã sáp nhập vào Lào Cai từ ngày 1/7/2025, có số liệu riêng đến ngày 30/6/2024: chiso report p63-15")
        let compare = try run(["compare", "08", "40", "--lang", "vi", "--wide"], db)
        #expect(compare.stdout.contains("Nghệ An (không có)"))
        // Machine formats stay English and exact.
        let csv = try run(["rank", "qd766_score", "--latest-each", "--lang", "vi", "--format", "csv"], db)
        #expect(csv.stderr.contains("warning: these figures are of 5 different periods"))
        let english = try run(["rank", "qd766_score"], db)
        #expect(english.lines.last == "no figure for 2024-H1: Hà Giang (latest 2023-10-13), Tuyên Quang (latest 2023-01/2023-09)")
    }
}
