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

/// `chiso import indicators.csv` reads the user's indicators as `load` does (told by the header).
@Suite struct ImportIndicatorsTests {
    let dir = TemporaryDirectory("chiso-import-indicators")

    @Test func anIndicatorsFileImportsByItsHeaderAndAgainChangesNothing() throws {
        let db = dir.path("t.db")
        let csv = try dir.write("indicators.csv", """
            code,name_vi,name_en,measure,framework,higher_is_better,scale_max,parent,synonyms,breakdowns,description
            commune_staff_trained,Số cán bộ cấp xã được tập huấn,Commune staff trained,count,other,1,,,@cán bộ + tập huấn,level,
            """ + "\n")
        let first = try Chiso.run(["import", csv, "--db", db])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stderr == "imported indicators: 1 new, 0 unchanged\n")
        let again = try Chiso.run(["import", csv, "--db", db])
        #expect(again.stderr == "imported indicators: 0 new, 1 unchanged\n")
        let listed = try Chiso.run(["export", "indicators", "--user", "--db", db])
        #expect(listed.stdout.contains("commune_staff_trained,Số cán bộ cấp xã được tập huấn"))
        let clash = try dir.write("clash.csv", """
            code,name_vi,name_en,measure,framework,higher_is_better,scale_max,parent,synonyms,breakdowns,description
            qd766_score,Điểm khác,Other,score,other,1,100,,,,
            """ + "\n")
        let before = try Chiso.dump(db)
        let refused = try Chiso.run(["import", clash, "--db", db])
        #expect(refused.exitCode != 0)
        #expect(refused.stderr.contains("clash.csv:2") && refused.stderr.contains("built-in"), "\(refused.stderr)")
        #expect(try Chiso.dump(db) == before)
    }
}

/// `extract` files a figure under the unit its sentence names: a department or district of the
/// province (canonical name where the database knows it), or a ministry of the country.
@Suite struct ExtractUnitTests {
    let dir = TemporaryDirectory("chiso-extract-units")

    func rows(_ text: String) throws -> [[String: String]] {
        let path = try dir.write("r.txt", text)
        let result = try Chiso.run(["extract", path, "--format", "jsonl", "--db", dir.path("none.db")])
        #expect(result.exitCode == 0, "\(result.stderr)")
        return try result.lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return object.compactMapValues { $0 as? String ?? ($0 as? NSNumber).map { "\($0)" } }
        }
    }

    @Test func aDepartmentOfTheProvinceIsItsAgencyUnderItsCanonicalName() throws {
        let found = try rows("Năm 2024, tỉnh Nghệ An: Sở LĐTB&XH đạt tỷ lệ hồ sơ trực tuyến 65,16%.\n")
        #expect(found.contains { $0["agency"] == "Sở Lao động - Thương binh và Xã hội" && $0["area_name"] == "Nghệ An" }, "\(found)")
    }

    @Test func aDistrictNamedWithItsPeoplesCommitteeIsItsAgency() throws {
        let found = try rows("Năm 2024, UBND huyện Gia Bình, tỉnh Bắc Ninh có tỷ lệ hồ sơ trực tuyến đạt 55%.\n")
        #expect(found.contains { $0["agency"] == "huyện Gia Bình" && $0["value"] == "55" }, "\(found)")
    }

    @Test func aMinistryIsAUnitOfTheCountry() throws {
        let found = try rows("Chỉ số CCHC năm 2023 của Bộ Tư pháp đạt 89,5%.\n")
        #expect(found.contains { $0["agency"] == "Bộ Tư pháp" && $0["area"] == "VN" }, "\(found)")
    }

    @Test func xaHoiAndCapXaAreNotCommunes() throws {
        let found = try rows("Năm 2024, tỉnh Bắc Ninh có 460 tổ công nghệ số cộng đồng cấp xã; chỉ số xã hội số đạt 0,52.\n")
        #expect(found.allSatisfy { ($0["agency"] ?? "").isEmpty }, "\(found)")
    }
}
