import ChisoTestSupport
import Foundation
import Testing

/// `check --format json|jsonl`: a value that is a list is a JSON array (rows, sources,
/// quotes), never a ";"-joined string a quote with its own ";" would break; `area` is the code.
@Suite struct CheckJSONTests {
    let dir = TemporaryDirectory("chiso-check-json")
    var db: String { dir.path("t.db") }

    init() throws {
        let load = try Chiso.run(["load", PackagePaths.seeds.path, "--db", dir.path("t.db")])
        precondition(load.exitCode == 0, load.stderr)
    }

    @Test func listsAreArraysAndAreaIsTheCode() throws {
        let result = try Chiso.run(["check", "--db", db, "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            #expect(finding["rows"] is [String], "\(finding)")
            #expect(finding["sources"] is [String], "\(finding)")
            #expect(finding["quotes"] is [String], "\(finding)")
        }
        let first = try #require(findings.first { ($0["indicator"] as? String) == "eform_autofill_rate" })
        #expect(first["area"] as? String == "08")
        #expect(first["area_name"] as? String == "Tuyên Quang")
        #expect(first["rows"] as? [String] == ["obs 9", "obs 8", "obs 3"])
        #expect(first["quotes"] as? [String] == ["đạt tỷ lệ 21,6%", "Có 388 TTHC đã được đơn giản hóa thông tin", "có 1.824 TTHC"])
    }

    @Test func jsonLinesHoldOneFindingPerLine() throws {
        let json = try Chiso.run(["check", "--db", db, "--format", "json"])
        let lines = try Chiso.run(["check", "--db", db, "--format", "jsonl"])
        #expect(lines.exitCode == 0, "\(lines.stderr)")
        let objects = lines.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let all = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == all.count)
        #expect(objects.allSatisfy { $0?["quotes"] is [String] })
    }
}
