import ChisoTestSupport
import Foundation
import Testing

/// `chiso extract` end to end: the seed reports in, the import layout out; bad input refused
/// with one line.
@Suite struct ExtractTests {
    static let header = "indicator,area,area_name,agency,period,value,numerator,denominator,qualifier,status,baseline_period,change,source,quote,note,level,channel,dossier_status,indicator_name_vi,period_label_vi"

    @Test(arguments: ["000_0bd6600ae98c564a.txt", "001_ec2bc5c6167f27e2.txt", "002_cebfade25a3fb6d3.txt",
                      "003_991e2ef2d8c11d81.txt", "004_5037fe9d1ac25053.txt"])
    func printsTheImportLayoutForEverySeed(_ name: String) throws {
        let dir = TemporaryDirectory()
        let path = PackagePaths.seeds.appendingPathComponent("sources/\(name)").path
        let result = try Chiso.run(["extract", path, "--source", "s1"], in: dir.url)
        #expect(result.exitCode == 0)
        #expect(result.lines.first == Self.header)
        #expect(result.lines.count > 4)
        #expect(result.stderr.hasSuffix("reference data: the built-in reference data\n"))
        #expect(result.lines.dropFirst().allSatisfy { $0.contains(",s1,") })
    }

    /// The flow the command exists for: its default output goes straight into `chiso import`.
    @Test(arguments: ["000_0bd6600ae98c564a.txt", "001_ec2bc5c6167f27e2.txt", "002_cebfade25a3fb6d3.txt",
                      "003_991e2ef2d8c11d81.txt", "004_5037fe9d1ac25053.txt"])
    func extractPipesIntoImportDryRun(_ name: String) throws {
        let dir = TemporaryDirectory()
        let db = dir.path("chiso.db")
        #expect(try Chiso.run(["init", "--db", db]).exitCode == 0)
        let path = PackagePaths.seeds.appendingPathComponent("sources/\(name)").path
        let draft = try Chiso.run(["extract", path, "--db", db])
        #expect(draft.exitCode == 0)
        let before = try Chiso.dump(db)
        let dryRun = try Chiso.run(["import", "-", "--dry-run", "--db", db], stdin: draft.stdout)
        #expect(dryRun.exitCode == 0, "\(dryRun.stderr)")
        #expect(dryRun.stderr.contains("would import: \(draft.lines.count - 1) new"))
        #expect(try Chiso.dump(db) == before)
    }

    @Test func readsStandardInputAndReviewColumns() throws {
        let dir = TemporaryDirectory()
        let text = "Năm 2023, tỉnh Hà Giang đạt 71,40 điểm Bộ chỉ số phục vụ người dân, đứng thứ 25/63.\nPhấn đấu đến năm 2025 đạt từ 80% trở lên.\n"
        let result = try Chiso.run(["extract", "-", "--review"], stdin: text, in: dir.url)
        #expect(result.exitCode == 0)
        #expect(result.lines == [
            Self.header + ",kind,confidence,raw",
            "qd766_score,02,Hà Giang,,2023,71.4,,,,reported,,,,\"2023, tỉnh Hà Giang đạt 71,40 điểm Bộ chỉ số phục vụ\",,,,,\"Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)\",Năm 2023,observation,0.8,\"71,40 điểm\"",
            "qd766_rank,02,Hà Giang,,2023,25,25,63,,reported,,,,\"số phục vụ người dân, đứng thứ 25/63\",,,,,\"Xếp hạng Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)\",Năm 2023,observation,0.9,25/63",
            ",02,Hà Giang,,2025,80,,,at_least,reported,,,,Phấn đấu đến năm 2025 đạt từ 80% trở lên,\"TARGET (comparator >=): a goal, not an observation; move it to targets.csv; closest indicators: eid_activation_rate, electronic_result_rate; indicator unknown: choose one from `chiso indicators`; area inferred: the province the report names most\",,,,,Năm 2025,target,0.25,80%",
        ])
    }

    @Test func refusesEmptyBinaryAndInvalidFiles() throws {
        let dir = TemporaryDirectory()
        let cases: [(String, [UInt8], String)] = [
            ("empty.txt", [], "Error: empty.txt: the report is empty (expected Vietnamese text, UTF-8)\n"),
            ("scan.pdf", [0x25, 0x50, 0x44, 0x46, 0x00], "Error: scan.pdf: binary data at byte 5 (a NUL byte); expected a report as text, a saved web page, a .docx or a PDF\n"),
            ("latin1.txt", [0x54, 0xE1, 0x20, 0x31], "Error: latin1.txt: invalid UTF-8 at byte 2; expected UTF-8 text (re-save the file as UTF-8)\n"),
        ]
        for (name, bytes, message) in cases {
            try Data(bytes).write(to: dir.url.appendingPathComponent(name))
            let result = try Chiso.run(["extract", name], in: dir.url)
            #expect(result.exitCode == 1)
            #expect(result.stdout == "")
            #expect(result.stderr == message)
        }
        let missing = try Chiso.run(["extract", "nope.txt"], in: dir.url)
        #expect(missing.exitCode == 1)
        #expect(missing.stderr == "Error: nope.txt: no such file (expected a report: text, a saved web page, .docx or .pdf; or - for standard input)\n")
    }
}
