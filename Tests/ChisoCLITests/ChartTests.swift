import ChisoTestSupport
import Foundation
import FoundationXML
import Testing

/// `chiso chart` on the reports fixture (several reports per province, a merged province):
/// each chart type is pinned, well-formed, says what it shows and where it comes from.
@Suite struct ChartTests {
    static let fixture = PackagePaths.root.appendingPathComponent("Tests/Fixtures/reports").path

    static func database(_ dir: TemporaryDirectory) throws -> String {
        let db = dir.path("f.db")
        let load = try Chiso.run(["load", fixture, "--db", db])
        #expect(load.exitCode == 0, "\(load.stderr)")
        return db
    }

    static func svg(_ arguments: [String], db: String) throws -> String {
        let result = try Chiso.run(["chart"] + arguments + ["--db", db])
        #expect(result.exitCode == 0, "\(result.stderr)")
        _ = try XMLDocument(data: Data(result.stdout.utf8))
        return result.stdout
    }

    @Test(arguments: [
        ("rank", ["rank", "qd766_score"]),
        ("trend", ["trend", "online_dossier_rate", "--area", "08"]),
        ("compare", ["compare", "08", "10", "15"]),
        ("rollout", ["rollout"]),
        ("map", ["map", "qd766_score"]),
    ])
    func eachChartIsPinnedOnTheFixture(name: String, arguments: [String]) throws {
        let dir = TemporaryDirectory()
        let db = try Self.database(dir)
        let svg = try Self.svg(arguments, db: db)
        #expect(svg == (try Self.svg(arguments, db: db)), "the same data gives the same bytes")
        #expect(svg.contains("<title id=\"chart-title\">") && svg.contains("<desc id=\"chart-desc\">"))
        let mismatch = GoldenFile.mismatch(svg, pinnedAt: "charts/fixture-\(name).svg")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func aLeagueTableChartRanksOnePeriodAndShowsWhoLacksIt() throws {
        let dir = TemporaryDirectory()
        let svg = try Self.svg(["rank", "qd766_score", "--highlight", "Lào Cai"], db: try Self.database(dir))
        #expect(svg.contains("2024-H1"), "the period ranked is named")
        #expect(svg.contains("Hà Giang") && svg.contains("chưa có số liệu"), "an area without a 2024-H1 figure is drawn as missing")
        #expect(svg.contains("hạng 28/63"), "the official rank is beside the value")
        #expect(svg.contains("Nguồn:"), "the sources are in the footnote")
        #expect(svg.contains("fill=\"#c8553d\""), "the highlighted area is drawn in the highlight colour")
    }

    /// A goal is drawn as a line only where one goal holds for every bar: the country's own
    /// target of a period that holds the ranked one, else the target all drawn provinces
    /// share; provinces with different goals get them named in the footnote; a goal of
    /// another period (2023 for a 2024 table) is never drawn. The map says the goal under it.
    @Test func aLeagueTableChartDrawsTheGoalOfItsOwnPeriod() throws {
        let dir = TemporaryDirectory()
        let db = try Self.database(dir)
        let dashed = "stroke=\"#b00020\" stroke-width=\"2\" stroke-dasharray"
        // Thừa Thiên Huế's own 2024 goal; Tuyên Quang's 2023 goal is of another year.
        let huế = try Self.svg(["rank", "online_dossier_rate", "--period", "2024"], db: db)
        #expect(huế.contains("mục tiêu 2024: ≥ 70") && huế.contains(dashed))
        #expect(!huế.contains("mục tiêu 2023"))
        // Different goals for one period: no line, each named.
        let different = try Self.svg(["rank", "qd766_score"], db: db)
        #expect(!different.contains(dashed))
        #expect(different.contains("Mục tiêu riêng của từng địa phương: Nghệ An ≥ 80 (2024)"))
        // The country's goal for 2024 holds for every province's 2024-H1 bar.
        let added = try Chiso.run(["add", "target", "--indicator", "qd766_score", "--area", "VN", "--period", "2024",
                                   "--at-least", "75", "--db", db])
        #expect(added.exitCode == 0, "\(added.stderr)")
        let country = try Self.svg(["rank", "qd766_score"], db: db)
        #expect(country.contains("mục tiêu cả nước 2024: ≥ 75") && country.contains(dashed))
        let map = try Self.svg(["map", "qd766_score"], db: db)
        #expect(map.contains("Mục tiêu cả nước 2024: ≥ 75"))
    }

    /// The compare chart's footnote names the reports its bars come from.
    @Test func aComparisonChartNamesItsSources() throws {
        let dir = TemporaryDirectory()
        let svg = try Self.svg(["compare", "08", "10", "--indicators", "qd766_score"], db: try Self.database(dir))
        #expect(svg.contains("[lc-2024-6m]"), "\(svg.suffix(600))")
        #expect(!svg.contains("--format csv cho từng số liệu"))
    }

    @Test func aRankChartTakesRanksOwnSelections() throws {
        let dir = TemporaryDirectory()
        let db = try Self.database(dir)
        let table = try Chiso.run(["rank", "qd766_score", "--period", "2023", "--db", db, "--format", "csv"])
        let chart = try Self.svg(["rank", "qd766_score", "--period", "2023"], db: db)
        for name in table.lines.dropFirst().compactMap({ $0.split(separator: ",").dropFirst(2).first }) {
            #expect(chart.contains(">\(name)</text>"), "the chart draws the table's \(name)")
        }
        let units = try Chiso.run(["chart", "rank", "qd766_score", "--units", "department", "--db", db])
        let rankUnits = try Chiso.run(["rank", "qd766_score", "--units", "department", "--db", db])
        #expect(units.exitCode == 64 && units.stderr.contains("say which with --in"))
        #expect(units.stderr.components(separatedBy: "\n").first == rankUnits.stderr.components(separatedBy: "\n").first,
                "the same options, the same message")
    }

    @Test func aRankTrendIsDrawnBetterHigher() throws {
        let dir = TemporaryDirectory()
        let svg = try Self.svg(["trend", "qd766_rank", "--area", "08"], db: try Self.database(dir))
        #expect(svg.contains("hạng cao hơn ở trên (1 = đứng đầu)"))
    }

    @Test func aPictureFileIsWrittenWholeAndItsKindFollowsItsName() throws {
        let dir = TemporaryDirectory()
        let db = try Self.database(dir)
        let svg = try Chiso.run(["chart", "rank", "qd766_score", "--db", db, "-o", dir.path("r.svg")])
        #expect(svg.exitCode == 0)
        #expect(try String(contentsOfFile: dir.path("r.svg"), encoding: .utf8).hasPrefix("<?xml"))
        let wrong = try Chiso.run(["chart", "rank", "qd766_score", "--db", db, "-o", dir.path("r.txt")])
        #expect(wrong.exitCode == 64 && wrong.stderr.contains(".svg or .png"))
        let clash = try Chiso.run(["chart", "rank", "qd766_score", "--db", db, "-o", dir.path("r.svg"), "--format", "png"])
        #expect(clash.exitCode == 64 && clash.stderr.contains("make them agree"))
        let before = try Chiso.dump(db)
        let overDatabase = try Chiso.run(["chart", "rank", "qd766_score", "--db", db, "-o", db, "--format", "svg"])
        #expect(overDatabase.exitCode != 0 && overDatabase.stderr.contains("is the database"))
        #expect(try Chiso.dump(db) == before)
    }

    @Test(.enabled(if: SystemTool.runs("rsvg-convert"), "rsvg-convert is not installed (apt-get install librsvg2-bin)"))
    func aPNGIsRenderedByRsvgConvert() throws {
        _ = try #require(SystemTool.path("rsvg-convert"), "rsvg-convert is missing: apt-get install librsvg2-bin")
        let dir = TemporaryDirectory()
        let db = try Self.database(dir)
        let result = try Chiso.run(["chart", "map", "qd766_score", "--db", db, "-o", dir.path("m.png")])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: dir.path("m.png")))
        #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG file")
    }

    @Test func aMissingRendererIsNamedWithItsPackage() throws {
        let dir = TemporaryDirectory()
        let db = try Self.database(dir)
        let result = try Chiso.run(["chart", "rank", "qd766_score", "--db", db, "-o", dir.path("r.png")],
                                   environment: ["PATH": dir.url.path])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("rsvg-convert") && result.stderr.contains("librsvg2-bin"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("r.png")), "no half-written file")
    }
}
