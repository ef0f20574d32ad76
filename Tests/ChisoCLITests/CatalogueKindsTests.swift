import ChisoTestSupport
import Foundation
import Testing

/// Issue 13's table of what real reports publish and the seed catalogue could not hold: one
/// real-style row of each kind imports, and reads back through `query` and `export`.
@Suite struct CatalogueKindsTests {
    let dir = TemporaryDirectory("chiso-kinds")
    var db: String { dir.path("t.db") }

    /// (kind, the CSV row after the header). Columns: indicator, area, agency, period, value,
    /// numerator, denominator, baseline_period, level, channel, dossier_status.
    static let rows: [(kind: String, row: String)] = [
        ("a department's DTI", "dti_score,Lâm Đồng,Sở Tư pháp,2023,0.61,,,,,,"),
        ("a district's 766 score", "qd766_score,Bắc Ninh,huyện Gia Bình,2024,85.5,,,,,,"),
        ("a commune's online rate", "online_dossier_rate,Bắc Ninh,xã Gia Bình,2025-09,70,,,,,,"),
        ("an average over provinces", "par_index_average,VN,,2023,86.98,,,,,,"),
        ("a gap to the average", "par_index_gap_to_average,Quảng Ninh,,2023,4.47,,,,,,"),
        ("a count of provinces above the average", "par_index_units_above_average,VN,,2023,35,,,,,,"),
        ("a regional rank", "sipas_region_rank,Thái Nguyên,,2023,2,2,14,,,,"),
        ("a PAR Index component", "par_index_institutions_percent,Hà Tĩnh,,2023,88.1,,,,,,"),
        ("a DTI pillar score", "dti_digital_economy_score,Gia Lai,,2023,0.52,,,,,,"),
        ("a PCI sub-index", "pci_transparency,Hà Nam,,2023,6.5,,,,,,"),
        ("a full-process online dossier rate", "full_online_dossier_rate,Gia Lai,,2024,45.2,,,,,,"),
        ("commune-level dossiers received online", "dossiers_received,Sơn La,,2024-H1,1200,,,,xa,truc_tuyen,"),
        ("district-level dossiers resolved late", "dossiers_resolved,Sơn La,,2024-H1,12,,,,huyen,,qua_han"),
        ("a ministry's PAR Index", "par_index_score,VN,Bộ Tư pháp,2023,89.5,,,,,,"),
        ("a ministry's rank among ministries", "par_index_rank,VN,Bộ Tư pháp,2023,3,3,17,,,,"),
        ("chip ID cards issued", "cccd_issued,Hà Nam,,2023-06-30,650000,,,,,,"),
        ("VNeID utilities", "vneid_utilities,VN,,2024,40,,,,,,"),
        ("a change of points with no level", "par_index_score_change,Trà Vinh,,2023,1.59,,,2022,,,"),
        ("a change of rank with no level", "qd766_rank_change,Yên Bái,,2023,5,,,2022,,,"),
        ("a survey sample size", "sipas_sample_size,Hòa Bình,,2023,1050,,,,,,"),
        ("fees collected online", "fees_collected,Bà Rịa - Vũng Tàu,,2023,1250000000,,,,,,"),
        ("commune service centres", "commune_service_centres,Quảng Ngãi,,2025-09,96,,,,,,"),
    ]

    static let header = "indicator,area,agency,period,value,numerator,denominator,baseline_period,level,channel,dossier_status"

    init() throws {
        let path = try dir.write("kinds.csv", ([Self.header] + Self.rows.map(\.row)).joined(separator: "\n") + "\n")
        let result = try Chiso.run(["import", path, "--db", dir.path("t.db")])
        precondition(result.exitCode == 0, result.stderr)
    }

    @Test func everyKindReadsBackThroughQueryAndExport() throws {
        let export = try Chiso.run(["export", "observations", "--format", "jsonl", "--db", db])
        #expect(export.exitCode == 0)
        let exported = try export.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(exported.count == Self.rows.count)
        for (kind, row) in Self.rows {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let indicator = fields[0], value = Double(fields[4])
            let query = try Chiso.run(["query", "indicator = \(indicator)", "--format", "csv", "--db", db])
            #expect(query.exitCode == 0 && query.lines.count == 2, "\(kind): \(query.stdout) \(query.stderr)")
            let match = exported.first { ($0["indicator"] as? String) == indicator }
            #expect((match?["value"] as? NSNumber)?.doubleValue == value, "\(kind) did not export its value")
            #expect((match?["level"] as? String ?? "") == fields[8], "\(kind): level")
            #expect((match?["dossier_status"] as? String ?? "") == fields[10], "\(kind): status")
        }
    }

    @Test func breakdownsAreFieldsOfTheQueryLanguage() throws {
        let xa = try Chiso.run(["query", "indicator = dossiers_received and level = xa and channel = truc_tuyen", "--format", "csv", "--db", db])
        #expect(xa.lines.count == 2, "\(xa.stdout)")
        let none = try Chiso.run(["query", "indicator = dossiers_received and level = huyen", "--format", "csv", "--db", db])
        #expect(none.lines.count <= 1, "\(none.stdout)")
    }

    @Test func ministriesAreRankedAmongMinistriesAndNeverWithProvinces() throws {
        let ministries = try Chiso.run(["rank", "par_index_score", "--units", "ministry", "--db", db])
        #expect(ministries.exitCode == 0, "\(ministries.stderr)")
        #expect(ministries.stdout.contains("Bộ Tư pháp"))
        let provinces = try Chiso.run(["rank", "par_index_score", "--format", "csv", "--db", db])
        #expect(!provinces.stdout.contains("Bộ Tư pháp"), "a ministry in the provinces' league table: \(provinces.stdout)")
    }

    @Test func departmentsAreRankedInsideTheirProvince() throws {
        let departments = try Chiso.run(["rank", "dti_score", "--in", "Lâm Đồng", "--level", "department", "--db", db])
        #expect(departments.exitCode == 0, "\(departments.stderr)")
        #expect(departments.stdout.contains("Sở Tư pháp"))
        let provinces = try Chiso.run(["rank", "dti_score", "--format", "csv", "--db", db])
        #expect(!provinces.stdout.contains("Sở Tư pháp"))
    }
}
