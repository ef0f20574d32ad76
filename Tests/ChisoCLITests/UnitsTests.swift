import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing

/// Units inside an area end to end: agency names resolve to one canonical spelling on import,
/// districts and communes are made on first use (said once), a district after 2025-06-30 is
/// refused, ministries are area VN, and `areas --in` / `rank --units` list and rank them.
@Suite struct UnitsTests {
    static let header = "indicator,area,area_name,agency,period,value,numerator,denominator,qualifier,status,baseline_period,change,source,quote,note"

    let dir = TemporaryDirectory("chiso-units")
    var db: String { dir.path("t.db") }

    init() throws {
        let result = try Chiso.run(["init", "--db", dir.path("t.db")])
        precondition(result.exitCode == 0, result.stderr)
    }

    func importRows(_ rows: [String], name: String = "in.csv") throws -> RunResult {
        let path = try dir.write(name, ([Self.header] + rows).joined(separator: "\n") + "\n")
        return try Chiso.run(["import", path, "--db", db])
    }

    @Test func agencySpellingsResolveToOneCanonicalNameAndNewUnitsAreSaidOnce() throws {
        let result = try importRows([
            "online_dossier_rate,27,Bắc Ninh,Sở TT&TT,2024,70,,,,,,,,,",
            "online_dossier_rate,27,Bắc Ninh,Sở Thông tin và Truyền thông,2024-H1,71,,,,,,,,,",
            "online_dossier_rate,27,Bắc Ninh,UBND huyện Gia Bình,2024,55,,,,,,,,,",
            "online_dossier_rate,27,Bắc Ninh,Ủy ban nhân dân huyện Gia Bình,2024-H1,56,,,,,,,,,",
            "online_dossier_rate,27,Bắc Ninh,xã Tân Lập,2024,60,,,,,,,,,",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr == """
            new unit: Sở Thông tin và Truyền thông (department of p63-27)
            new unit: huyện Gia Bình (district of p63-27)
            new unit: xã Tân Lập (commune of p63-27)
            imported: 5 new, 0 changed, 0 unchanged, 0 skipped

            """)
        let agencies = try Chiso.sqlite3(db, "SELECT agency, count(*) FROM observations GROUP BY agency ORDER BY agency")
        #expect(agencies == "Sở Thông tin và Truyền thông|2\nhuyện Gia Bình|2\nxã Tân Lập|1\n")
        let units = try Chiso.sqlite3(db, "SELECT kind, name, coalesce(valid_to, '') FROM units WHERE area = 'p63-27' ORDER BY kind")
        #expect(units == "commune|xã Tân Lập|\ndepartment|Sở Thông tin và Truyền thông|2025-02-28\ndistrict|huyện Gia Bình|2025-06-30\n")

        // Exported under the canonical name, the figures import back unchanged.
        let again = try importRows(["online_dossier_rate,27,Bắc Ninh,Sở TT và TT,2024,70,,,,,,,,,"], name: "again.csv")
        #expect(again.stderr == "imported: 0 new, 0 changed, 1 unchanged, 0 skipped\n")
    }

    @Test func loadingTheSeedsSaysTheirNewUnitsOnceAndAgainNothing() throws {
        let first = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stderr == "new unit: Sở Lao động - Thương binh và Xã hội (department of p63-40)\nnew unit: Sở Y tế (department of p63-40)\n")
        let again = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        #expect(again.stderr == "")
        #expect(try Chiso.sqlite3(db, "SELECT DISTINCT agency FROM targets WHERE agency <> '' ORDER BY 1")
                == "Sở Lao động - Thương binh và Xã hội\nSở Y tế\n")
    }

    @Test func anUpgradedFileKeepsEveryAgencyAsWrittenAndFilesItAsAUnit() throws {
        let old = dir.path("old.db")
        let connection = try Connection(path: old)
        try Migrator(migrations: Array(Migrator.embedded.migrations.prefix(8))).migrate(connection)
        try connection.execute("INSERT INTO periods VALUES ('2024', 'year', '2024-01-01', '2024-12-31', 'Năm 2024')")
        try connection.execute("""
            INSERT INTO observations (indicator, area, agency, period, value) VALUES
            ('online_dossier_rate', 'p63-40', 'Sở LĐTB&XH', '2024', 65),
            ('online_dossier_rate', 'p63-27', 'huyện Gia Bình', '2024', 55),
            ('online_dossier_rate', 'p63-27', 'Công an tỉnh', '2024', 80)
            """)
        // The columns the old file had (the catalogue migration adds three breakdown columns).
        let columns = "id, indicator, area, agency, period, value, numerator, denominator, qualifier, status, baseline_period, change, source, quote, note"
        let before = try Chiso.sqlite3(old, "SELECT \(columns) FROM observations ORDER BY id")
        let upgrade = try Chiso.run(["init", "--db", old])
        #expect(upgrade.exitCode == 0, "\(upgrade.stderr)")
        #expect(try Chiso.sqlite3(old, "SELECT \(columns) FROM observations ORDER BY id") == before)
        #expect(try Chiso.sqlite3(old, "SELECT area, kind, name, name_folded FROM units WHERE area <> 'VN' AND area IS NOT NULL ORDER BY area, name")
                == "p63-27|other|Công an tỉnh|cong an tinh\np63-27|district|huyện Gia Bình|huyen gia binh\np63-40|department|Sở LĐTB&XH|so ldtb xh\n")
        // Any spelling of that department in that province now means the unit already there.
        let path = try dir.write("more.csv", Self.header + "\nonline_dossier_rate,40,Nghệ An,Sở Lao động - Thương binh và Xã hội,2024,65,,,,,,,,,\n")
        let again = try Chiso.run(["import", path, "--db", old])
        #expect(again.stderr == "imported: 0 new, 0 changed, 1 unchanged, 0 skipped\n")
    }

    @Test func aDistrictAfterTheAbolitionIsOneLineAndNothingIsWritten() throws {
        let before = try Chiso.dump(db)
        let result = try importRows(["online_dossier_rate,24,Bắc Ninh,huyện Gia Bình,2025-Q3,55,,,,,,,,,"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("in.csv:2:4: agency 'huyện Gia Bình' is a district, and districts were abolished on 2025-07-01; a figure from 2025-07-01 belongs to a commune (xã, phường) or to the province\n"))
        #expect(try Chiso.dump(db) == before)
    }

    @Test func aMinistryGivenAsTheAreaIsAreaVNWithTheMinistryAsAgency() throws {
        let result = try importRows([
            "par_index_score,Bộ Tư pháp,,,2023,89.1,,,,,,,,,",
            "par_index_rank,VN,Việt Nam,Bộ Tư pháp,2023,1,1,17,,,,,,,",
        ])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try Chiso.sqlite3(db, "SELECT indicator, area, agency FROM observations ORDER BY indicator")
                == "par_index_rank|VN|Bộ Tư pháp\npar_index_score|VN|Bộ Tư pháp\n")
        // The country as a whole still has no rank.
        let country = try importRows(["par_index_rank,VN,Việt Nam,,2023,1,1,17,,,,,,,"], name: "country.csv")
        #expect(country.exitCode == 1)
        #expect(country.stderr.contains("the country has no rank"))
    }

    @Test func addResolvesTheAgencyAndSaysTheNewUnit() throws {
        let result = try Chiso.run(["add", "observation", "--indicator", "online_dossier_rate", "--area", "Nghệ An", "--agency", "Sở LĐTB&XH",
                                    "--period", "2024", "--value", "65", "--db", db])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains(",Sở Lao động - Thương binh và Xã hội,2024,65,"))
        #expect(result.stderr.hasPrefix("new unit: Sở Lao động - Thương binh và Xã hội (department of p63-40)\n"))
    }

    @Test func listsTheUnitsOfAProvinceWithTheFiguresTheyHold() throws {
        _ = try importRows([
            "online_dossier_rate,27,Bắc Ninh,Sở TT&TT,2024,70,,,,,,,,,",
            "online_dossier_rate,27,Bắc Ninh,huyện Gia Bình,2024,55,,,,,,,,,",
        ])
        let result = try Chiso.run(["areas", "--in", "Bắc Ninh", "--as-of", "2024-12-31", "--format", "csv", "--db", db])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "kind,name,area,valid_from,valid_to,successor,observations,targets,note")
        #expect(lines.dropFirst().map { $0.split(separator: ",", maxSplits: 2).prefix(2).joined(separator: ",") }
                == ["department,Sở Thông tin và Truyền thông", "district,huyện Gia Bình"])
        #expect(lines[2].contains(",2025-06-30,,1,0,"))
    }

    @Test(arguments: [("2025-02-28", 22), ("2025-03-01", 17)])
    func listsTheMinistriesInForceOnADate(date: String, count: Int) throws {
        let result = try Chiso.run(["areas", "--ministries", "--as-of", date, "--format", "csv", "--db", db])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == count + 1)
        let same = try Chiso.run(["areas", "--in", "VN", "--as-of", date, "--format", "csv", "--db", db])
        #expect(same.stdout == result.stdout)
    }

    @Test func ranksTheDepartmentsOfOneProvinceAndSaysWhatIsRanked() throws {
        _ = try importRows([
            "dti_score,68,Lâm Đồng,Sở Tư pháp,2024,0.61,,,,,,,,,",
            "dti_score,68,Lâm Đồng,Sở Y tế,2024,0.72,,,,,,,,,",
            "dti_score,68,Lâm Đồng,huyện Đức Trọng,2024,0.80,,,,,,,,,",
            "dti_score,68,Lâm Đồng,,2024,0.55,,,,,,,,,",
            "dti_score,40,Nghệ An,,2024,0.5,,,,,,,,,",
        ])
        for option in ["--units", "--level"] {
            let result = try Chiso.run(["rank", "dti_score", "--in", "Lâm Đồng", option, "department", "--period", "2024", "--db", db])
            #expect(result.exitCode == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines[0] == "2 sở, ngành của Lâm Đồng · 2024 (Năm 2024)")
            #expect(lines[3].hasPrefix("   1  68    Sở Y tế"))
            #expect(lines[4].hasPrefix("   2  68    Sở Tư pháp"))
            #expect(lines.count == 5)
        }
        let provinces = try Chiso.run(["rank", "dti_score", "--db", db])
        #expect(provinces.stdout.hasPrefix("2 tỉnh, thành phố · 2024 (Năm 2024)\n"))
        #expect(!provinces.stdout.contains("Sở"))
    }

    @Test func ranksMinistriesAmongThemselves() throws {
        _ = try importRows([
            "par_index_score,VN,Việt Nam,Bộ Tư pháp,2023,89.1,,,,,,,,,",
            "par_index_score,VN,Việt Nam,Bộ KH&ĐT,2023,91.2,,,,,,,,,",
            "par_index_score,40,Nghệ An,,2023,85,,,,,,,,,",
        ])
        let result = try Chiso.run(["rank", "par_index_score", "--units", "ministry", "--db", db])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("2 bộ, cơ quan ngang bộ · 2023 (Năm 2023)\n"))
        #expect(result.stdout.contains("Bộ Kế hoạch và Đầu tư"))
        #expect(!result.stdout.contains("Nghệ An"))
        let csv = try Chiso.run(["rank", "par_index_score", "--level", "ministry", "--format", "csv", "--db", db])
        #expect(csv.stdout.hasPrefix("rank,area,area_name,"))
    }

    @Test func trendFindsAUnitByAnySpelling() throws {
        _ = try importRows([
            "online_dossier_rate,40,Nghệ An,Sở LĐTB&XH,2023,60,,,,,,,,,",
            "online_dossier_rate,40,Nghệ An,Sở Lao động - Thương binh và Xã hội,2024,65,,,,,,,,,",
        ])
        let result = try Chiso.run(["trend", "online_dossier_rate", "--area", "Nghệ An", "--agency", "Sở LĐ-TB&XH",
                                    "--format", "csv", "--db", db])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false)[3] } == ["period", "2023", "2024"])
    }

    @Test func refusesUnitsWithoutTheirProvince() throws {
        let result = try Chiso.run(["rank", "dti_score", "--units", "district", "--db", db])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("--units district ranks the units inside one province; say which with --in"))
    }

    @Test func queriesByUnitKindAndAgency() throws {
        _ = try importRows([
            "online_dossier_rate,27,Bắc Ninh,Sở Tư pháp,2024,70,,,,,,,,,",
            "online_dossier_rate,27,Bắc Ninh,huyện Gia Bình,2024,55,,,,,,,,,",
            "online_dossier_rate,27,Bắc Ninh,,2024,65,,,,,,,,,",
        ])
        let kind = try Chiso.run(["query", "select agency, unit_kind where unit_kind = department", "--format", "csv", "--db", db])
        #expect(kind.stdout == "agency,unit_kind\nSở Tư pháp,department\n")
        let agency = try Chiso.run(["query", "select agency where agency ~ \"tu phap\"", "--format", "csv", "--db", db])
        #expect(agency.stdout == "agency\nSở Tư pháp\n")
    }
}

/// A dry run names the units an import would create without saying they were created.
@Suite struct UnitsDryRunTests {
    let dir = TemporaryDirectory("chiso-units-dry")

    @Test func aDryRunSaysWhichUnitsItWouldAddAndWritesNone() throws {
        let db = dir.path("t.db")
        #expect(try Chiso.run(["init", "--db", db]).exitCode == 0)
        let before = try Chiso.dump(db)
        let file = try dir.write("u.csv", "indicator,area,agency,period,value\nonline_dossier_rate,Bắc Ninh,huyện Gia Bình,2024,55\n")
        let run = try Chiso.run(["import", file, "--dry-run", "--db", db])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stderr.contains("would add new unit: huyện Gia Bình (district of p63-27)"), "\(run.stderr)")
        #expect(!run.stderr.split(separator: "\n").contains { $0.hasPrefix("new unit:") })
        #expect(try Chiso.dump(db) == before)
    }
}
