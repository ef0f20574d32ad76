import ChisoTestSupport
import Foundation
import Testing

/// A full round trip (export all as a bundle → import into an empty file → export again:
/// identical), and `import` telling by the header what a file holds, in CSV, JSON Lines and
/// JSON arrays.
@Suite struct RoundTripTests {
    let dir = TemporaryDirectory("chiso-roundtrip")
    var db: String { dir.path("t.db") }

    init() throws {
        let result = try Chiso.run(["load", PackagePaths.seeds.path, "--db", dir.path("t.db")])
        precondition(result.exitCode == 0, result.stderr)
    }

    /// Every file under `folder`, by relative path, with its bytes.
    func files(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = URL(fileURLWithPath: folder)
        let enumerator = try #require(FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil))
        for case let url as URL in enumerator {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            result[String(url.path.dropFirst(base.path.count))] = try Data(contentsOf: url)
        }
        return result
    }

    @Test func exportAllThenImportIntoAnEmptyFileThenExportAllIsIdentical() throws {
        let report = try dir.write("r.txt", "Tỷ lệ hồ sơ trực tuyến của Lào Cai đạt 65,2%.\n")
        #expect(try Chiso.run(["add", "source", report, "--id", "laocai-2024-6t", "--area", "Lào Cai", "--db", db]).exitCode == 0)
        #expect(try Chiso.run(["add", "observation", "--indicator", "online_dossier_rate", "--area", "Lào Cai", "--period", "2024-H1",
                               "--value", "65,2", "--source", "laocai-2024-6t", "--quote", "đạt 65,2%", "--db", db]).exitCode == 0)
        let first = try Chiso.run(["export", "all", "--format", "bundle", "-o", dir.path("b1"), "--db", db])
        #expect(first.exitCode == 0)
        #expect(first.stderr == "\(dir.path("b1")): 6 sources, 60 observations, 5 targets, 1 rollouts, 0 indicators\n")
        let copy = dir.path("copy.db")
        let imported = try Chiso.run(["import", dir.path("b1"), "--db", copy])
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(try Chiso.run(["export", "all", "--format", "bundle", "-o", dir.path("b2"), "--db", copy]).exitCode == 0)
        let a = try files(dir.path("b1")), b = try files(dir.path("b2"))
        #expect(a.keys.sorted() == ["/indicators.csv", "/observations.csv", "/rollouts.csv", "/sources.csv", "/sources/hagiang-2023-10.txt",
                                    "/sources/laocai-2024-6t.txt", "/sources/nghean-2024-10m.txt", "/sources/thuathienhue-2023.txt",
                                    "/sources/tuyenquang-2016-2020.txt", "/sources/tuyenquang-2023-9m.txt", "/targets.csv"].sorted())
        #expect(a == b)
        let sources = "SELECT id, sha256, body, title, area, period, published_on FROM sources ORDER BY id"
        #expect(try Chiso.sqlite3(copy, sources) == Chiso.sqlite3(db, sources))
    }

    @Test func bundleNeedsAFolder() throws {
        let result = try Chiso.run(["export", "all", "--format", "bundle", "--db", db])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("a bundle is a folder of files: give -o DIR"))
    }

    @Test(arguments: ["csv", "json", "jsonl"])
    func importTellsTargetsRolloutsAndSourcesByTheirHeader(format: String) throws {
        let copy = dir.path("copy-\(format).db")
        // The seeds' files are beside the seeds, not here: the text travels in `body`.
        let sources = try Chiso.run(["export", "sources", "--with-body", "--format", format, "--db", db]).stdout
        for (table, text) in [("sources", sources)] + (try ["targets", "rollouts", "observations"].map {
            ($0, try Chiso.run(["export", $0, "--format", format, "--db", db]).stdout)
        }) {
            let result = try Chiso.run(["import", "-", "--db", copy], stdin: text)
            #expect(result.exitCode == 0, "\(table): \(result.stderr)")
            if table != "observations" { #expect(result.stderr.hasPrefix("imported \(table): ")) }
        }
        for table in ["sources", "targets", "rollouts", "observations"] {
            let left = try Chiso.run(["export", table, "--db", db]).stdout
            let right = try Chiso.run(["export", table, "--db", copy]).stdout
            #expect(left == right, "\(table) differs after a \(format) round trip")
        }
    }

    @Test func aTargetsFileConflictFailsUnlessReplace() throws {
        let file = try dir.write("t.csv", "indicator,area,period,comparator,value,source\nonline_dossier_rate,40,2024,>=,75,nghean-2024-10m\n")
        let before = try Chiso.dump(db)
        let refused = try Chiso.run(["import", file, "--db", db])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.hasPrefix("Error: \(file):2: online_dossier_rate / "))
        #expect(refused.stderr.contains(" already exists as target 2 (>= 70) with other content; pass --on-conflict replace to overwrite it or --on-conflict skip to keep it"))
        #expect(try Chiso.dump(db) == before)
        let replaced = try Chiso.run(["import", file, "--db", db, "--on-conflict", "replace"])
        #expect(replaced.stderr == "imported targets: 0 new, 1 changed, 0 unchanged, 0 skipped\n")
    }

    @Test func aSourcesFileReadsItsTextsBesideIt() throws {
        let copy = dir.path("src.db")
        #expect(try Chiso.run(["init", "--db", copy]).exitCode == 0)
        try FileManager.default.createDirectory(atPath: dir.path("texts"), withIntermediateDirectories: true)
        _ = try dir.write("texts/r.txt", "Tỷ lệ đạt 50%.\n")
        let file = try dir.write("sources.csv", "id,file,title\nr1,texts/r.txt,Báo cáo\n")
        let result = try Chiso.run(["import", file, "--db", copy])
        #expect(result.stderr == "imported sources: 1 new, 0 changed, 0 unchanged, 0 skipped\n")
        #expect(try Chiso.run(["search", "ty le dat", "--db", copy]).stdout.contains("r1"))
        let dry = try Chiso.run(["import", dir.path("texts"), "--db", copy, "--dry-run"])
        #expect(dry.exitCode == 1)
        #expect(dry.stderr.contains("no seeds folder") || dry.stderr.contains("missing"))
    }

    @Test func anUnknownHeaderIsOneClearError() throws {
        let file = try dir.write("x.csv", "a,b\n1,2\n")
        let before = try Chiso.dump(db)
        let result = try Chiso.run(["import", file, "--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "Error: \(file):1: cannot tell what this file holds from its header (a, b): observations need indicator, area, period, value; targets indicator, area, period, comparator, value; rollouts area, period, total, completed, in_progress, not_started; sources id, title; indicators code, name_vi, measure\n")
        #expect(try Chiso.dump(db) == before)
    }

    @Test func aJSONArrayOfObservationsImports() throws {
        let copy = dir.path("array.db")
        #expect(try Chiso.run(["init", "--db", copy]).exitCode == 0)
        let file = try dir.write("a.json", """
            [{"indicator": "online_dossier_rate", "area": "08", "period": "2023-09", "value": 42.06},
             {"indicator": "qd766_rank", "area": "08", "period": "2023", "value": "56/63"}]
            """)
        let result = try Chiso.run(["import", file, "--db", copy])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try Chiso.sqlite3(copy, "SELECT group_concat(value, ' ') FROM observations") == "42.06 56.0\n")
    }
}

/// Imports that survive a spreadsheet (issue 14): the name decides a code that lost its
/// leading zero, the numerator decides a rank turned into a date, and each says so once.
@Suite struct SpreadsheetRepairTests {
    let dir = TemporaryDirectory("chiso-repair")

    @Test func oneNoticePerKindAndTheRowsReadAsMeant() throws {
        let db = dir.path("t.db")
        #expect(try Chiso.run(["init", "--db", db]).exitCode == 0)
        let file = try dir.write("sp.csv", """
            indicator,area,area_name,period,value,numerator,denominator
            online_dossier_rate,8,Tuyên Quang,2023-09,42.06,,
            online_dossier_rate,1,Hà Nội,2023-09,50,,
            qd766_rank,8,Tuyên Quang,2023-01/2023-09,11-Jun,11,63
            qd766_rank,1,Hà Nội,2023-01/2023-09,2023-11-63,11,63
            qd766_rank,02,Hà Giang,2023-01/2023-09,Jun-11,11,63

            """)
        let result = try Chiso.run(["import", file, "--db", db])
        #expect(result.exitCode == 0)
        #expect(result.stderr == """
            \(file): one-digit area codes read with their leading zero, as area_name says (first on line 2: '8' → 08); a spreadsheet had turned the code into a number
            \(file): ranks a spreadsheet had turned into dates read from numerator/denominator (first on line 4: '11-Jun' → 11/63)
            imported: 5 new, 0 changed, 0 unchanged, 0 skipped

            """)
        #expect(try Chiso.sqlite3(db, "SELECT group_concat(area || ':' || value, ' ') FROM (SELECT * FROM observations ORDER BY id)")
                == "p63-08:42.06 p63-01:50.0 p63-08:11.0 p63-01:11.0 p63-02:11.0\n")
    }

    @Test func aCodeWithoutANameOrAgainstTheNameIsStillRefused() throws {
        let db = dir.path("t.db")
        #expect(try Chiso.run(["init", "--db", db]).exitCode == 0)
        let file = try dir.write("sp.csv", "indicator,area,area_name,period,value\nonline_dossier_rate,8,,2023-09,42.06\nonline_dossier_rate,1,Tuyên Quang,2023-09,42.06\n")
        let result = try Chiso.run(["import", file, "--db", db])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("\(file):2:2: area '8': unknown area code '8' (codes have 2 digits); did you mean 08?"))
        #expect(result.stderr.contains("\(file):3:3: area_name 'Tuyên Quang' is Tuyên Quang (08) but area '01' is Hà Nội (01)"))
    }
}
