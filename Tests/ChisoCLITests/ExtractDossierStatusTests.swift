import ChisoTestSupport
import Foundation
import Testing

/// Issue 16, fourth round: a dossier count's status is the `dossier_status` breakdown of its
/// indicator, end to end: `extract -o` writes it and `import` stores it, so two counts of one
/// indicator, period and place (received new, carried over) are two figures, not a repeated key.
@Suite struct ExtractDossierStatusTests {
    @Test func statusCountsTravelFromTheReportIntoTheDatabase() throws {
        let dir = TemporaryDirectory()
        let report = try dir.write("bao-cao.txt", """
            Kết quả giải quyết thủ tục hành chính tháng 4/2024 của tỉnh Ninh Thuận

            Trong tháng 4/2024, tỉnh Ninh Thuận tiếp nhận mới 7.815 hồ sơ; số hồ sơ kỳ trước chuyển sang là 1.204. Đã giải quyết trước hạn 6.930 hồ sơ, giải quyết đúng hạn 512 hồ sơ; 9 hồ sơ trễ hạn. Có 23 hồ sơ bị trả lại hoặc được rút theo đề nghị của người nộp.

            """)
        let made = try Chiso.run(["extract", report, "-o", "out", "--source", "ninhthuan-2024-04"], in: dir.url)
        #expect(made.exitCode == 0, "\(made.stderr)")
        let db = dir.path("t.db")
        let imported = try Chiso.run(["import", dir.path("out"), "--db", db])
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        let stored = try Chiso.sqlite3(db, "SELECT indicator || ' ' || value || ' ' || dossier_status FROM observations ORDER BY id")
            .split(separator: "\n").map(String.init)
        #expect(stored == [
            "dossiers_received 7815.0 moi_tiep_nhan",
            "dossiers_received 1204.0 ky_truoc_chuyen_sang",
            "dossiers_resolved 6930.0 truoc_han",
            "dossiers_resolved 512.0 dung_han",
            "dossiers_resolved 9.0 qua_han",
            "dossiers_returned 23.0 ",
        ])
    }
}
