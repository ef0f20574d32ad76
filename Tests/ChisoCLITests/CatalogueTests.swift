import ChisoTestSupport
import Foundation
import Testing

/// Indicators users define (`chiso add indicator`, indicators.csv in a seeds folder) and
/// breakdowns (level, channel, dossier status) end to end.
@Suite struct CatalogueTests {
    let dir = TemporaryDirectory("cli-catalogue")
    var db: String { dir.path("chiso.db") }

    static let dossiers = ["add", "indicator", "dossiers_taken", "--name-vi", "Số hồ sơ tiếp nhận", "--name-en", "Dossiers received",
                           "--measure", "count", "--breakdown", "level", "--breakdown", "channel", "--breakdown", "dossier_status",
                           "--synonym", "@hồ sơ + tiếp nhận mới"]

    init() throws {
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", dir.path("chiso.db")])
        try #require(load.exitCode == 0, "\(load.stderr)")
    }

    // MARK: - chiso add indicator

    @Test func addsAUserIndicatorAndTheSameDefinitionAgainIsUnchanged() throws {
        let added = try Chiso.run(Self.dossiers + ["--db", db])
        #expect(added.exitCode == 0, "\(added.stderr)")
        #expect(added.stderr == "added indicator dossiers_taken\n")
        #expect(added.lines.last == "dossiers_taken,Số hồ sơ tiếp nhận,Dossiers received,count,other,1,,,@hồ sơ + tiếp nhận mới,level;channel;dossier_status,")
        let again = try Chiso.run(Self.dossiers + ["--db", db])
        #expect(again.exitCode == 0)
        #expect(again.stderr == "unchanged: indicator dossiers_taken is already defined this way\n")
        let listed = try Chiso.run(["indicators", "--format", "csv", "--db", db])
        #expect(listed.lines.contains("dossiers_taken,Số hồ sơ tiếp nhận,Dossiers received,count,other,1,,,user,level;channel;dossier_status"))
        #expect(listed.lines.contains { $0.hasPrefix("qd766_rank,") && $0.hasSuffix(",qd766_score,builtin,") })
    }

    @Test(arguments: [
        (["add", "indicator", "qd766_score", "--name-vi", "x", "--measure", "score"],
         "Error: qd766_score is a built-in indicator (Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)); existing codes never change meaning: choose another code\n"),
        (["add", "indicator", "new_one", "--name-vi", "x", "--measure", "scroe"],
         "Error: --measure 'scroe' is not a measure; did you mean score?; expected one of percent, count, score, rank, ratio, amount, index_points, rank_change, points_change, percentage_point_change\n"),
        (["add", "indicator", "New-One", "--name-vi", "x", "--measure", "count"],
         "Error: CODE 'New-One' is not a valid code: use lower-case letters, digits and '_', starting with a letter; try 'new_one'\n"),
        (["add", "indicator", "new_one", "--name-vi", "x", "--measure", "count", "--parent", "par_index_scor"],
         "Error: parent 'par_index_scor' is not an indicator; did you mean par_index_score? (see `chiso indicators`)\n"),
        (["add", "indicator", "new_one", "--name-vi", "x", "--measure", "count", "--breakdown", "levle"],
         "Error: --breakdowns 'levle' is not a breakdown; did you mean level?; expected level, channel, dossier_status, separated by ';'\n"),
    ])
    func refusesABadIndicatorAndWritesNothing(arguments: [String], message: String) throws {
        let before = try Chiso.dump(db)
        let run = try Chiso.run(arguments + ["--db", db])
        #expect(run.exitCode == 1)
        #expect(run.stderr == message)
        #expect(try Chiso.dump(db) == before)
    }

    @Test func refusesAnotherDefinitionOfAUserCode() throws {
        try #require(try Chiso.run(Self.dossiers + ["--db", db]).exitCode == 0)
        let before = try Chiso.dump(db)
        let run = try Chiso.run(["add", "indicator", "dossiers_taken", "--name-vi", "Số hồ sơ", "--measure", "count", "--db", db])
        #expect(run.exitCode == 1)
        #expect(run.stderr.hasPrefix("Error: dossiers_taken is already defined differently (name_vi 'Số hồ sơ tiếp nhận'"))
        #expect(try Chiso.dump(db) == before)
    }

    @Test func dryRunPrintsTheIndicatorAndWritesNothing() throws {
        let before = try Chiso.dump(db)
        let run = try Chiso.run(["add", "indicator", "par_index_component_points", "--name-vi", "Điểm chỉ số thành phần",
                                 "--measure", "index_points", "--parent", "par_index_score", "--scale-max", "10", "--dry-run", "--db", db])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.lines.last == "par_index_component_points,Điểm chỉ số thành phần,Điểm chỉ số thành phần,index_points,other,1,10,par_index_score,,,")
        #expect(run.stderr == "would add indicator par_index_component_points (dry run: nothing written)\n")
        #expect(try Chiso.dump(db) == before)
    }

    @Test func treeListsComponentsUnderTheirIndex() throws {
        let run = try Chiso.run(["indicators", "--tree", "--format", "csv", "--db", db])
        #expect(run.exitCode == 0)
        let lines = run.lines
        let index = try #require(lines.firstIndex { $0.hasPrefix("qd766_score,") })
        let components = lines[(index + 1)...].prefix { $0.hasPrefix("  ") }
        // Its direct components are the indicators whose parent it is (groups, rank, statistics).
        let direct = Int(try Chiso.sqlite3(db, "SELECT count(*) FROM indicators WHERE parent = 'qd766_score'").trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(components.filter { !$0.hasPrefix("    ") }.count == direct)
        #expect((direct ?? 0) >= 7)
        #expect(components.contains { $0.hasPrefix("  qd766_publicity_score,") })
        #expect(components.contains { $0.hasPrefix("  qd766_rank,") })
        #expect(lines.contains { $0.hasPrefix("    dti_digital_government_rank,") })
    }

    // MARK: - indicators.csv, export --user, extract by synonyms

    @Test func userIndicatorsSurviveExportIntoANewFileAndExtractFindsThem() throws {
        try #require(try Chiso.run(Self.dossiers + ["--db", db]).exitCode == 0)
        try #require(try Chiso.run(["add", "indicator", "dossiers_taken_rate", "--name-vi", "Tỷ lệ hồ sơ tiếp nhận mới",
                                    "--measure", "percent", "--parent", "dossiers_taken", "--db", db]).exitCode == 0)
        let exported = try Chiso.run(["export", "indicators", "--user", "--db", db])
        #expect(exported.exitCode == 0, "\(exported.stderr)")
        #expect(exported.lines.count == 3)
        // A seeds folder with the exported catalogue and a figure that uses it.
        let seeds = dir.url.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: PackagePaths.seeds, to: seeds)
        try exported.stdout.write(to: seeds.appendingPathComponent("indicators.csv"), atomically: true, encoding: .utf8)
        let observations = seeds.appendingPathComponent("observations.csv")
        try (try String(contentsOf: observations, encoding: .utf8)
             + "dossiers_taken,27,Bắc Ninh,,2024,60,,,,reported,,,,,,xa,,,,\n").write(to: observations, atomically: true, encoding: .utf8)
        let fresh = dir.path("fresh.db")
        let load = try Chiso.run(["load", seeds.path, "--db", fresh])
        #expect(load.exitCode == 0, "\(load.stderr)")
        #expect(load.lines.first == "indicators: 2 new, 0 changed, 0 unchanged")
        #expect(try Chiso.run(["export", "indicators", "--user", "--db", fresh]).stdout == exported.stdout)
        // Loading again changes nothing.
        let again = try Chiso.run(["load", seeds.path, "--db", fresh])
        #expect(again.lines.first == "indicators: 0 new, 0 changed, 2 unchanged")
        // Extract finds the user indicator by its synonym.
        let report = try dir.write("report.txt", "Năm 2024, tỉnh Bắc Ninh đã tiếp nhận mới 12.345 hồ sơ tiếp nhận mới.\n")
        let extracted = try Chiso.run(["extract", report, "--db", fresh])
        #expect(extracted.exitCode == 0, "\(extracted.stderr)")
        #expect(extracted.lines.dropFirst().contains { $0.hasPrefix("dossiers_taken,27,Bắc Ninh,,2024,12345,") })
    }

    @Test(arguments: [
        ("code,name_vi,measure,parent\na_one,Một,count,b_two\nb_two,Hai,count,a_one\n",
         "indicators.csv:2: parent 'b_two' makes a cycle: a_one → b_two → a_one; an indicator cannot be its own ancestor"),
        ("code,name_vi,measure\nqd766_score,Điểm,score\n",
         "indicators.csv:2: qd766_score is a built-in indicator"),
        ("code,name_vi,measure\na_one,Một,percentt\n",
         "indicators.csv:2:3: measure 'percentt' is not a measure; did you mean percent?"),
        ("code,name_vi,measure\na_one,Một,count\na_one,Một,count\n",
         "indicators.csv:3: defines a_one again (also on line 2)"),
    ])
    func aBadIndicatorsFileStopsTheLoadAtItsLine(csv: String, message: String) throws {
        let seeds = dir.url.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: PackagePaths.seeds, to: seeds)
        try csv.write(to: seeds.appendingPathComponent("indicators.csv"), atomically: true, encoding: .utf8)
        let before = try Chiso.dump(db)
        let run = try Chiso.run(["load", seeds.path, "--db", db], in: seeds)
        #expect(run.exitCode != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(try Chiso.dump(db) == before)
    }

    // MARK: - Breakdowns

    func breakdownFigures() throws {
        try #require(try Chiso.run(Self.dossiers + ["--db", db]).exitCode == 0)
        let csv = try dir.write("dossiers.csv", """
            indicator,area,period,value,level,channel,dossier_status
            dossiers_taken,Bắc Ninh,2024,100,,,
            dossiers_taken,Bắc Ninh,2024,60,cấp xã,,
            dossiers_taken,Bắc Ninh,2024,30,district,online,
            dossiers_taken,Hà Nội,2024,300,xa,,
            dossiers_taken,Hà Nội,2024,900,,,
            dossiers_taken,Hà Nội,2024,12,,trực tuyến,quá hạn

            """)
        let run = try Chiso.run(["import", csv, "--db", db])
        try #require(run.exitCode == 0, "\(run.stderr)")
    }

    @Test func importReadsBreakdownWordsAsCodesAndExportWritesThem() throws {
        try breakdownFigures()
        let exported = try Chiso.run(["export", "--query", "indicator = dossiers_taken", "--db", db])
        #expect(exported.lines.dropFirst().map { line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            return "\(f[1]) \(f[5]) \(f[15])/\(f[16])/\(f[17])"
        } == ["27 100 //", "27 60 xa//", "27 30 huyen/truc_tuyen/", "01 300 xa//", "01 900 //", "01 12 /truc_tuyen/qua_han"])
        // Export → import into a new file gives the same export.
        let indicators = try Chiso.run(["export", "indicators", "--user", "--db", db])
        let seeds = dir.url.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: PackagePaths.seeds, to: seeds)
        try indicators.stdout.write(to: seeds.appendingPathComponent("indicators.csv"), atomically: true, encoding: .utf8)
        let fresh = dir.path("fresh.db")
        try #require(try Chiso.run(["load", seeds.path, "--db", fresh]).exitCode == 0)
        let file = try dir.write("figures.csv", exported.stdout)
        let imported = try Chiso.run(["import", file, "--db", fresh])
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(try Chiso.run(["export", "--query", "indicator = dossiers_taken", "--db", fresh]).stdout == exported.stdout)
    }

    @Test(arguments: [
        ("indicator,area,period,value,level\ndossiers_taken,Bắc Ninh,2025,100,village\n",
         "bad.csv:2:5: level 'village' is not a level; expected one of tinh, huyen, xa (or empty for the whole figure)"),
        ("indicator,area,period,value,channel\ndossiers_taken,Bắc Ninh,2025,100,fax\n",
         "bad.csv:2:5: channel 'fax' is not a channel; expected one of truc_tuyen, truc_tiep, buu_chinh (or empty for the whole figure)"),
        ("indicator,area,period,value,level\nsipas_index,Bắc Ninh,2025,10,xa\n",
         "bad.csv:2:5: level 'xa': sipas_index has no breakdown by level (it allows none); leave it empty or see `chiso indicators`"),
    ])
    func refusesAnUnknownOrDisallowedBreakdownAtItsLine(csv: String, message: String) throws {
        try #require(try Chiso.run(Self.dossiers + ["--db", db]).exitCode == 0)
        let file = try dir.write("bad.csv", csv)
        let before = try Chiso.dump(db)
        let run = try Chiso.run(["import", file, "--db", db], in: dir.url)
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(try Chiso.dump(db) == before)
    }

    @Test func queryAndReportsSelectOneBreakdown() throws {
        try breakdownFigures()
        let query = try Chiso.run(["query", "indicator = dossiers_taken and level = xa", "--format", "csv", "--db", db])
        #expect(query.exitCode == 0, "\(query.stderr)")
        #expect(Set(query.lines.dropFirst().map { $0.split(separator: ",")[2] }) == ["Hà Nội", "Bắc Ninh"], "area is the code, area_name the name")
        let unknown = try Chiso.run(["query", "indicator = dossiers_taken and level = village", "--db", db])
        #expect(unknown.exitCode != 0)
        #expect(unknown.stderr.contains("unknown level 'village'"))
        // A league table never mixes breakdowns: the whole figures by default, one level on request.
        let whole = try Chiso.run(["rank", "dossiers_taken", "--format", "csv", "--db", db])
        #expect(whole.lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[3] } == ["900", "100"])
        let communes = try Chiso.run(["rank", "dossiers_taken", "--level", "cấp xã", "--format", "csv", "--db", db])
        #expect(communes.lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[3] } == ["300", "60"])
        let refused = try Chiso.run(["rank", "sipas_index", "--level", "xa", "--db", db])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr == "Error: sipas_index has no breakdown by level (it allows none)\n")
        let trend = try Chiso.run(["trend", "dossiers_taken", "--area", "Bắc Ninh", "--level", "huyen", "--channel", "online", "--format", "csv", "--db", db])
        #expect(trend.exitCode == 0, "\(trend.stderr)")
        #expect(trend.lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[6] } == ["30"])
    }

    @Test func checkAddsThePartsByLevelAgainstTheWholeFigure() throws {
        try breakdownFigures()
        let more = try dir.write("more.csv", """
            indicator,area,period,value,level
            dossiers_taken,Bắc Ninh,2024,50,tinh
            dossiers_taken,Hà Nội,2024,400,tinh
            dossiers_taken,Hà Nội,2024,200,huyen

            """)
        try #require(try Chiso.run(["import", more, "--db", db]).exitCode == 0)
        let check = try Chiso.run(["check", "--db", db])
        #expect(check.stdout.contains("tinh 50 + xa 60 = 110 already exceeds the total 100 without huyen"), "\(check.stdout)")
        #expect(check.stdout.contains("tinh 400 + huyen 200 + xa 300 = 900 = total ✓"), "\(check.stdout)")
    }

    @Test func addTakesABreakdownAndPrintsIt() throws {
        try #require(try Chiso.run(Self.dossiers + ["--db", db]).exitCode == 0)
        let run = try Chiso.run(["add", "observation", "--indicator", "dossiers_taken", "--area", "Bắc Ninh", "--period", "2024",
                                 "--value", "60", "--level", "cấp xã", "--db", db])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.lines.last == "dossiers_taken,27,Bắc Ninh,,2024,60,,,,reported,,,,,,xa,,,Số hồ sơ tiếp nhận,Năm 2024")
        let refused = try Chiso.run(["add", "observation", "--indicator", "sipas_index", "--area", "Bắc Ninh", "--period", "2024",
                                     "--value", "60", "--channel", "online", "--db", db])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr == "Error: --channel 'online': sipas_index has no breakdown by channel (it allows none); leave it empty or see `chiso indicators`\n")
    }

    @Test func theSchemaRefusesABreakdownTheIndicatorLacks() throws {
        #expect(throws: SQLiteShellError.self) {
            try Chiso.sqlite3(db, "INSERT INTO observations (indicator, area, period, value, level) VALUES ('sipas_index', 'VN', '2023', 5, 'xa')")
        }
    }
}
