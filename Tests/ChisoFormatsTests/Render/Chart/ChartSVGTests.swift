import ChisoFormats
import ChisoTestSupport
import Foundation
import FoundationXML
import Testing

/// Each chart type drawn from a small fixed model: the SVG is well-formed XML, says what it
/// shows in text (not outlines), and is byte-for-byte the pinned file.
@Suite struct ChartSVGTests {
    static let frame = ChartFrame(title: "Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)",
                                  subtitle: "Điểm trên 100 · năm 2023 · 4 tỉnh",
                                  footnotes: ["Nguồn: Báo cáo CCHC tỉnh Tuyên Quang năm 2023 (s-tq-2023); Cổng DVC quốc gia."])

    static var league: BarChart {
        BarChart(frame: frame, groups: [
            .init(bars: [
                .init(label: "Quảng Ninh", extent: 0.9218, text: "92,18", note: "hạng 1/63"),
                .init(label: "Tuyên Quang", extent: 0.8163, text: "81,63", note: "hạng 17/63", highlighted: true),
                .init(label: "Hà Giang", extent: 0.5852, text: "58,52", note: "hạng 56/63"),
                .init(label: "Lai Châu", extent: nil, text: ""),
            ], target: (0.8, "mục tiêu 80"), scaleNote: "thang điểm 100"),
        ])
    }

    static var trend: LineChart {
        LineChart(frame: frame,
                  ticks: [.init(position: 0, label: "2021"), .init(position: 1.0 / 3, label: "2022"),
                          .init(position: 2.0 / 3, label: "2023"), .init(position: 1, label: "2024")],
                  series: [.init(name: "Tuyên Quang", points: [
                      .init(position: 0, value: 59, text: "59/63", period: "2021"),
                      .init(position: 1.0 / 3, value: 56, text: "56/63", period: "2022"),
                      .init(position: 1, value: 38, text: "38/63", period: "2024"),
                  ])],
                  lowerIsBetter: true, axis: 1...63, axisCaption: "hạng trên 63")
    }

    static var map: TileMap {
        TileMap(frame: frame, era: .provinces63,
                tiles: [.init(code: "22", name: "Quảng Ninh", value: 92.18, text: "92,18"),
                        .init(code: "08", name: "Tuyên Quang", value: 81.63, text: "81,63"),
                        .init(code: "02", name: "Hà Giang", value: 58.52, text: "58,52")],
                names: ["12": "Lai Châu", "46": "Thừa Thiên Huế", "77": "Bà Rịa - Vũng Tàu"], lowerIsBetter: false,
                format: { String(format: "%.1f", $0).replacingOccurrences(of: ".", with: ",") })
    }

    @Test func aLeagueTableIsPinnedWellFormedAndReadable() throws {
        let svg = Self.league.svg()
        try Self.expectWellFormed(svg)
        #expect(svg.contains(">Tuyên Quang</text>"), "labels are text, selectable and searchable")
        #expect(svg.contains("chưa có số liệu"), "a province without a figure says so, not a zero bar")
        #expect(svg.contains("<title id=\"chart-title\">"), "accessible name")
        #expect(svg.contains("Nguồn: Báo cáo"), "the source is in the footnote")
        #expect(svg.contains("mục tiêu 80"), "the target is drawn as a line with its label")
        #expect(GoldenFile.mismatch(svg, pinnedAt: "charts/league.svg") == nil, "\(GoldenFile.mismatch(svg, pinnedAt: "charts/league.svg") ?? "")")
    }

    @Test func aRankTrendDrawsBetterAsHigherOnATimeAxis() throws {
        let svg = Self.trend.svg()
        try Self.expectWellFormed(svg)
        #expect(svg.contains("hạng cao hơn ở trên"))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 1, "one line joins the series' own figures")
        // Rank 38 (better) is drawn above rank 59 (smaller y); 2023 has no figure and no marker.
        let ys = Self.markerYs(svg)
        #expect(ys.count == 3 && ys[2] < ys[0])
        #expect(svg.contains(">1</text>") && svg.contains(">63</text>"), "a rank axis shows first and last place")
        #expect(GoldenFile.mismatch(svg, pinnedAt: "charts/trend.svg") == nil, "\(GoldenFile.mismatch(svg, pinnedAt: "charts/trend.svg") ?? "")")
    }

    @Test func aTileMapHasATileForEveryProvinceAndALegend() throws {
        let svg = Self.map.svg()
        try Self.expectWellFormed(svg)
        #expect(svg.components(separatedBy: "<rect x=").count - 1 >= 63)
        #expect(svg.contains("Lai Châu: chưa có số liệu"))
        #expect(svg.contains("đậm hơn = tốt hơn"))
        #expect(GoldenFile.mismatch(svg, pinnedAt: "charts/map63.svg") == nil, "\(GoldenFile.mismatch(svg, pinnedAt: "charts/map63.svg") ?? "")")
    }

    @Test func theSameModelGivesTheSameBytes() {
        #expect(Self.league.svg() == Self.league.svg())
        #expect(Self.map.svg() == Self.map.svg())
    }

    @Test func textIsEscapedAndControlCharactersDropped() throws {
        var frame = Self.frame
        frame.title = "A & B <c> \"d\"\u{1}"
        let svg = BarChart(frame: frame, groups: [.init(bars: [.init(label: "x<y", extent: 0.5, text: "1")])]).svg()
        try Self.expectWellFormed(svg)
        #expect(svg.contains("A &amp; B &lt;c&gt; &quot;d&quot;</title>"))
    }

    @Test func darkTilesGetWhiteTextAndLightTilesDarkText() {
        #expect(ChartTheme.textColour(on: "#440154") == "#ffffff")
        #expect(ChartTheme.textColour(on: "#fde725") == ChartTheme.ink)
    }

    static func expectWellFormed(_ svg: String) throws {
        let document = try XMLDocument(data: Data(svg.utf8))
        #expect(document.rootElement()?.name == "svg")
    }

    /// The y of each circle marker, in order.
    static func markerYs(_ svg: String) -> [Double] {
        svg.components(separatedBy: "<circle ").dropFirst().compactMap { part in
            guard let range = part.range(of: "cy=\"") else { return nil }
            return Double(part[range.upperBound...].prefix { $0 != "\"" })
        }
    }
}
