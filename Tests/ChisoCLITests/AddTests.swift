import ChisoTestSupport
import Foundation
import Testing

/// `chiso add observation|target|rollout` end to end: each validation rule refuses with one
/// line naming the option, and a refused or dry-run add leaves the database unchanged.
@Suite struct AddTests {
    let dir = TemporaryDirectory("chiso-add")
    var db: String { dir.path("t.db") }

    init() throws {
        let result = try Chiso.run(["init", "--db", dir.path("t.db")])
        precondition(result.exitCode == 0, result.stderr)
    }

    func add(_ arguments: [String]) throws -> RunResult {
        try Chiso.run(["add"] + arguments + ["--db", db])
    }

    static let rate = ["observation", "--indicator", "online_dossier_rate", "--area", "Tuyên Quang", "--period", "tính đến ngày 30/9/2023"]

    @Test func addsAnObservationAndPrintsItInTheExportLayout() throws {
        let result = try add(Self.rate + ["--value", "42,06"])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "indicator,area,area_name,agency,period,value,numerator,denominator,qualifier,status,baseline_period,change,source,quote,note,level,channel,dossier_status,indicator_name_vi,period_label_vi\nonline_dossier_rate,08,Tuyên Quang,,2023-09-30,42.06,,,,reported,,,,,,,,,Tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến,Ngày 30/9/2023\n")
        #expect(result.stderr == "added observation 1\n")
        #expect(try add(Self.rate + ["--value", "42.06"]).stderr == "unchanged: observation 1 already holds this figure\n")
    }

    @Test func refusesADuplicateUnlessReplace() throws {
        try #require(try add(Self.rate + ["--value", "42,06"]).exitCode == 0)
        let before = try Chiso.dump(db)
        let refused = try add(Self.rate + ["--value", "43"])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr == "Error: online_dossier_rate / p63-08 / 2023-09-30 already exists as row 1 with value 42.06 (no source); pass --replace to overwrite it\n")
        #expect(try Chiso.dump(db) == before)
        let replaced = try add(Self.rate + ["--value", "43", "--replace"])
        #expect(replaced.stderr == "replaced observation 1\n")
    }

    @Test func aRefusedAddToANewFileLeavesNoFileBehind() throws {
        let fresh = dir.path("new.db")
        let result = try Chiso.run(["add", "observation", "--indicator", "online_dossier_rate", "--area", "08",
                                    "--period", "2023", "--value", "101", "--db", fresh])
        #expect(result.exitCode == 1)
        #expect(!FileManager.default.fileExists(atPath: fresh))
    }

    @Test func dryRunPrintsTheRowAndWritesNothing() throws {
        let before = try Chiso.dump(db)
        let result = try add(["observation", "--indicator", "online_dossier_rate", "--area", "08", "--period", "2023-09",
                              "--value", "13.322/16.942", "--dry-run"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasSuffix("\nonline_dossier_rate,08,Tuyên Quang,,2023-09,78.63,13322,16942,,reported,,,,,,,,,Tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến,Tháng 9/2023\n"))
        #expect(result.stderr == "would add observation (dry run: nothing written)\n")
        #expect(try Chiso.dump(db) == before)
    }

    /// A dry run goes through the same write path, rolled back: it says what it would do to an
    /// existing row (replace, refuse, leave) and the figure and the file stay as they were.
    @Test func dryRunOfAnExistingKeySaysWhatItWouldDoAndWritesNothing() throws {
        try #require(try add(Self.rate + ["--value", "42,06"]).exitCode == 0)
        let before = try Chiso.dump(db)
        let replace = try add(Self.rate + ["--value", "43", "--replace", "--dry-run"])
        #expect(replace.exitCode == 0)
        #expect(replace.stderr == "would replace observation 1 (dry run: nothing written)\n")
        let refused = try add(Self.rate + ["--value", "43", "--dry-run"])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("already exists as row 1 with value 42.06"))
        let same = try add(Self.rate + ["--value", "42.06", "--dry-run"])
        #expect(same.stderr == "unchanged: observation 1 already holds this figure\n")
        #expect(try Chiso.dump(db) == before)
        #expect(try Chiso.sqlite3(db, "SELECT value FROM observations WHERE id = 1") == "42.06\n")
    }

    /// The printed row imports back to the same unit: a code that would name another unit on
    /// the period's last day is printed as the id, as export does.
    @Test func dryRunPrintsAnIdWhereTheCodeWouldNameAnotherUnit() throws {
        let result = try add(["observation", "--indicator", "par_plan_solutions", "--area", "p63-08",
                              "--period", "2021/2025", "--value", "26", "--dry-run"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasSuffix("\npar_plan_solutions,p63-08,Tuyên Quang,,2021/2025,26,,,,reported,,,,,,,,,Số giải pháp cụ thể của đề án cải cách hành chính,Giai đoạn 2021–2025\n"))
    }

    @Test(arguments: [
        (["--indicator", "online_dossier_rat", "--area", "08", "--period", "2023", "--value", "1"], "Error: --indicator 'online_dossier_rat' is not in the indicator catalogue; did you mean online_dossier_rate?"),
        (["--indicator", "online_dossier_rate", "--area", "Tuyen Quag", "--period", "2023", "--value", "1"], "did you mean Tuyên Quang"),
        (["--indicator", "online_dossier_rate", "--area", "08", "--period", "2023", "--value", "101"], "Error: --value 101 is outside 0–100"),
        (["--indicator", "qd766_rank", "--area", "08", "--period", "2023", "--value", "64/63"], "Error: --value rank 64 is beyond the 63 ranked"),
        (["--indicator", "online_dossier_rate", "--area", "08", "--period", "2023", "--value", "50", "--numerator", "20", "--denominator", "10"], "exceeds the denominator 10"),
        (["--indicator", "online_dossier_rate", "--area", "08", "--period", "2023", "--value", "50", "--numerator", "13322", "--denominator", "16942"], "Error: --value 50 disagrees with numerator/denominator 13322/16942 = 78.63%"),
        (["--indicator", "online_dossier_rate", "--area", "08", "--period", "2023", "--value", "50", "--change", "3"], "Error: --change is given without a baseline_period"),
    ])
    func refusesAnObservationThatBreaksARule(arguments: [String], expected: String) throws {
        let before = try Chiso.dump(db)
        let result = try add(["observation"] + arguments)
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains(expected))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try Chiso.dump(db) == before)
    }

    @Test func addsATargetBetweenTwoValues() throws {
        let result = try add(["target", "--indicator", "tthc_satisfaction_rate", "--area", "08", "--period", "2023", "--between", "90", "100"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasSuffix("\ntthc_satisfaction_rate,08,Tuyên Quang,,2023,between,90,100,,,,\"Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC\",Năm 2023\n"))
        let usage = try add(["target", "--indicator", "tthc_satisfaction_rate", "--area", "08", "--period", "2023", "--at-least", "90", "--equal", "3"])
        #expect(usage.exitCode == 64)
    }

    @Test func refusesARolloutWhosePartsDoNotSumToTheTotal() throws {
        let base = ["rollout", "--area", "Nghệ An", "--period", "2024-10-31", "--total", "38", "--completed", "16", "--in-progress", "21"]
        let bad = try add(base + ["--not-started", "2"])
        #expect(bad.exitCode == 1)
        #expect(bad.stderr == "Error: --total 38 is not completed + in_progress + not_started = 16 + 21 + 2 = 39\n")
        let good = try add(base + ["--not-started", "1"])
        #expect(good.exitCode == 0)
        #expect(good.stdout.hasSuffix("\nde_an_06,40,Nghệ An,2024-10-31,38,16,21,1,,,,Ngày 31/10/2024\n"))
    }
}
