import ChisoTestSupport
import Foundation
import Testing

/// A file of many bad rows fails in a moment: an unknown indicator or area is looked up (and
/// its suggestions found) once per value, and without --skip-bad reading stops after the 100
/// problems it lists.
@Suite struct ImportManyBadRowsTests {
    static let header = "indicator,area,area_name,agency,period,value,numerator,denominator,qualifier,status,baseline_period,change,source,quote,note"

    let dir = TemporaryDirectory("chiso-import-bad")
    var db: String { dir.path("t.db") }

    init() throws {
        let result = try Chiso.run(["init", "--db", dir.path("t.db")])
        precondition(result.exitCode == 0, result.stderr)
    }

    /// `count` rows naming an indicator that is not in the catalogue (one agency per row, so
    /// no two share a key).
    static func unknownIndicatorRows(_ count: Int) -> [String] {
        (0..<count).map { "online_dosier_rate,08,Tuyên Quang,Sở \($0),2023-09-30,\(10 + $0 % 80),,,,reported,,,,," }
    }

    static func unknownAreaRows(_ count: Int) -> [String] {
        (0..<count).map { "tthc_published_total,Tuyen Quangg,,Phòng \($0),2023-09-30,\(1000 + $0),,,,reported,,,,," }
    }

    static func goodRows(_ count: Int) -> [String] {
        (0..<count).map { "tthc_published_total,08,Tuyên Quang,Ban \($0),2023-09-30,\(500 + $0),,,,reported,,,,," }
    }

    @Test func twentyThousandUnknownIndicatorsStopAfterAHundredProblemsAndWriteNothing() throws {
        let path = try dir.write("bad.csv", ([Self.header] + Self.goodRows(5) + Self.unknownIndicatorRows(20_000)).joined(separator: "\n") + "\n")
        let before = try Chiso.dump(db)
        let started = Date()
        let result = try Chiso.run(["import", path, "--db", db])
        let seconds = Date().timeIntervalSince(started)
        #expect(result.exitCode == 1)
        // A hang guard, not a benchmark: the file used to take 33–48 s to fail.
        #expect(seconds < 15, "took \(seconds) s")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let problems = lines.filter { $0.contains("'online_dosier_rate' is not in the indicator catalogue") }
        #expect(problems.count == 100)
        #expect(problems.first?.hasPrefix("\(path):7:") == true)
        #expect(problems.last?.hasPrefix("\(path):106:") == true)
        #expect(problems.first?.contains("did you mean online_dossier_rate") == true)
        #expect(lines.contains("stopped after 100 problems; fix these and run again (or --skip-bad to import the good rows)"))
        #expect(lines.last == "Error: nothing imported from \(path): stopped after 100 problems (listed above); fix them, or pass --skip-bad to import the good rows")
        #expect(!result.stderr.contains("more"))
        #expect(try Chiso.dump(db) == before)
    }

    @Test func fewerProblemsThanTheLimitAreAllListedWithoutStopping() throws {
        let path = try dir.write("few.csv", ([Self.header] + Self.unknownIndicatorRows(3) + Self.goodRows(2)).joined(separator: "\n") + "\n")
        let result = try Chiso.run(["import", path, "--db", db])
        #expect(result.exitCode == 1)
        #expect(!result.stderr.contains("stopped after"))
        #expect(result.stderr.contains("Error: nothing imported from \(path): 3 problems (listed above)"))
    }

    @Test func skipBadImportsTheGoodRowsAmongTwentyThousandBadOnes() throws {
        let bad = Self.unknownIndicatorRows(10_000) + Self.unknownAreaRows(10_000)
        let path = try dir.write("mixed.csv", ([Self.header] + Self.goodRows(30) + bad + Self.goodRows(40).map { $0.replacingOccurrences(of: "Ban", with: "Tổ") })
            .joined(separator: "\n") + "\n")
        let started = Date()
        let result = try Chiso.run(["import", path, "--db", db, "--skip-bad"])
        let seconds = Date().timeIntervalSince(started)
        #expect(result.exitCode == 0, "\(result.stderr.suffix(400))")
        #expect(seconds < 60, "took \(seconds) s")
        #expect(result.stderr.contains("imported: 70 new, 0 changed, 0 unchanged, 0 skipped, 20000 rejected\n"))
        #expect(result.stderr.contains("… and 19900 more\n"))
        #expect(!result.stderr.contains("stopped after"))
        #expect(try Chiso.sqlite3(db, "SELECT count(*) FROM observations").trimmingCharacters(in: .whitespacesAndNewlines) == "70")
    }
}
