import ChisoTestSupport
import Foundation
import Testing

/// An indicator a user defines survives `export all --format bundle` → `import DIR` into a new
/// file (its definition, synonyms and figures), and `extract` finds it by its synonyms there.
@Suite struct UserIndicatorRoundTripTests {
    let dir = TemporaryDirectory("chiso-user-indicator")

    @Test func aUserIndicatorTravelsInTheBundleAndExtractFindsIt() throws {
        let db = dir.path("a.db")
        let define = try Chiso.run(["add", "indicator", "commune_staff_trained", "--name-vi", "Số cán bộ cấp xã được tập huấn chuyển đổi số",
                                    "--measure", "count", "--synonym", "@cán bộ + tập huấn", "--db", db])
        try #require(define.exitCode == 0, "\(define.stderr)")
        let add = try Chiso.run(["add", "observation", "--indicator", "commune_staff_trained", "--area", "Sơn La",
                                 "--period", "2024", "--value", "1250", "--db", db])
        try #require(add.exitCode == 0, "\(add.stderr)")

        let first = dir.path("bundle-1"), second = dir.path("bundle-2"), copy = dir.path("b.db")
        #expect(try Chiso.run(["export", "all", "--format", "bundle", "-o", first, "--db", db]).exitCode == 0)
        let load = try Chiso.run(["import", first, "--db", copy])
        try #require(load.exitCode == 0, "\(load.stderr)")
        #expect(try Chiso.run(["export", "all", "--format", "bundle", "-o", second, "--db", copy]).exitCode == 0)
        for file in ["indicators.csv", "observations.csv", "targets.csv", "rollouts.csv", "sources.csv"] {
            let a = try String(contentsOfFile: first + "/" + file, encoding: .utf8)
            let b = try String(contentsOfFile: second + "/" + file, encoding: .utf8)
            #expect(a == b, "\(file) differs after the round trip")
        }
        #expect(try String(contentsOfFile: first + "/indicators.csv", encoding: .utf8).contains("commune_staff_trained"))

        let report = try dir.write("sonla.txt", "Năm 2024, tỉnh Sơn La đã tập huấn cho 1.250 cán bộ cấp xã về chuyển đổi số.\n")
        let extract = try Chiso.run(["extract", report, "--format", "csv", "--db", copy])
        #expect(extract.exitCode == 0, "\(extract.stderr)")
        #expect(extract.lines.contains { $0.hasPrefix("commune_staff_trained,") && $0.contains(",1250,") }, "\(extract.stdout)")
    }
}
