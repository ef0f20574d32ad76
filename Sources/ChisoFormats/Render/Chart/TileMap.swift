/// A tile map of Vietnam's provinces coloured by an indicator: the choropleth a journalist
/// expects for "which provinces lead", with every province the same size so small ones are
/// not lost. Five equal-interval classes from the lowest to the highest figure; darker is
/// always better (for ranks the colours are reversed), and the legend says so. A province
/// without a figure is drawn pale and hatched, labelled "—".
package struct TileMap: Sendable, Equatable {
    package struct Tile: Sendable, Equatable {
        package var code: String
        package var name: String
        package var value: Double?
        package var text: String

        package init(code: String, name: String, value: Double?, text: String) {
            self.code = code
            self.name = name
            self.value = value
            self.text = text
        }
    }

    package var frame: ChartFrame
    package var era: TileLayout.Era
    /// One tile per province of the era; provinces not listed are drawn as missing.
    package var tiles: [Tile]
    /// Names for provinces without a tile in `tiles` (the era's names), by code.
    package var names: [String: String]
    package var lowerIsBetter: Bool
    /// How a class boundary prints ("58,5").
    package var format: @Sendable (Double) -> String

    package init(frame: ChartFrame, era: TileLayout.Era, tiles: [Tile], names: [String: String], lowerIsBetter: Bool,
                 format: @escaping @Sendable (Double) -> String) {
        self.frame = frame
        self.era = era
        self.tiles = tiles
        self.names = names
        self.lowerIsBetter = lowerIsBetter
        self.format = format
    }

    package static func == (a: TileMap, b: TileMap) -> Bool {
        a.frame == b.frame && a.era == b.era && a.tiles == b.tiles && a.names == b.names && a.lowerIsBetter == b.lowerIsBetter
    }

    static let tileWidth = 76.0
    static let tileHeight = 46.0
    static let gap = 3.0
    static let classes = 5

    /// The class (0 = worst … 4 = best) of each value, by equal intervals over the data.
    package func classes() -> (of: (Double) -> Int, bounds: [Double]) {
        let values = tiles.compactMap(\.value)
        let low = values.min() ?? 0, high = values.max() ?? 0
        let width = (high - low) / Double(Self.classes)
        let bounds = (0...Self.classes).map { low + Double($0) * width }
        let lowerIsBetter = self.lowerIsBetter
        return ({ value in
            guard width > 0 else { return Self.classes - 1 }
            let index = min(Int((value - low) / width), Self.classes - 1)
            return lowerIsBetter ? Self.classes - 1 - index : index
        }, bounds)
    }

    /// A province's name on its tile: up to two lines of whole words, then "…".
    private static func drawName(_ name: String, x: Double, y: Double, fill: String, on canvas: inout SVGCanvas) {
        let size = 9.5, width = tileWidth - 6
        var lines = ChartText.wrap(name, maxWidth: width, size: size)
        if lines.count > 2 { lines = [lines[0], ChartText.fit(lines[1...].joined(separator: " "), maxWidth: width, size: size)] }
        for (index, line) in lines.enumerated() {
            canvas.text(ChartText.fit(line, maxWidth: width, size: size), x: x + 4, y: y + 12 + Double(index) * 11, size: size, fill: fill)
        }
    }

    package func svg() -> String {
        let positions = TileLayout.positions(era)
        let columns = (positions.values.map(\.column).max() ?? 0) + 1
        let rows = (positions.values.map(\.row).max() ?? 0) + 1
        let margin = ChartFrame.margin
        let mapTop = frame.headerHeight + 8
        let legendWidth = 200.0
        let legendRows = 8
        // The legend goes into the empty corner west of the south when the layout has one
        // (both eras do), else to the right of the map.
        let legendCorner = (0...max(rows - legendRows, 0)).first { top in
            !positions.values.contains { $0.column <= 2 && $0.row >= top && $0.row < top + legendRows }
        }
        let mapWidth = Double(columns) * (Self.tileWidth + Self.gap)
        let width = max(margin * 2 + mapWidth + (legendCorner == nil ? legendWidth : 0), 560)
        let mapBottom = mapTop + Double(rows) * (Self.tileHeight + Self.gap)
        var canvas = SVGCanvas(width: width, height: mapBottom + 10 + frame.footerHeight(width: width))
        frame.drawHeader(on: &canvas)
        let (classOf, bounds) = classes()
        // The palette runs dark (best) to light (worst); class 4 is the best.
        let palette = Array(ChartTheme.sequential.reversed())
        let byCode = Dictionary(tiles.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

        canvas.group(label: "bản đồ", id: "tiles")
        for code in positions.keys.sorted() {
            let position = positions[code]!
            let x = margin + Double(position.column) * (Self.tileWidth + Self.gap)
            let y = mapTop + Double(position.row) * (Self.tileHeight + Self.gap)
            let tile = byCode[code]
            let name = tile?.name ?? names[code] ?? code
            if let tile, let value = tile.value {
                let fill = palette[classOf(value)]
                let ink = ChartTheme.textColour(on: fill)
                canvas.rect(x: x, y: y, width: Self.tileWidth, height: Self.tileHeight, fill: fill, label: "\(name): \(tile.text)")
                Self.drawName(name, x: x, y: y, fill: ink, on: &canvas)
                canvas.text(tile.text, x: x + 4, y: y + 40, size: 13, weight: "bold", fill: ink)
            } else {
                canvas.rect(x: x, y: y, width: Self.tileWidth, height: Self.tileHeight, fill: "url(#missing)",
                            stroke: ChartTheme.missingStroke, label: "\(name): chưa có số liệu")
                Self.drawName(name, x: x, y: y, fill: ChartTheme.muted, on: &canvas)
                canvas.text("—", x: x + 4, y: y + 40, size: 13, fill: ChartTheme.muted)
            }
        }
        canvas.close()

        // Legend: best class first.
        let legendX = legendCorner == nil ? margin + mapWidth + 20 : margin
        var y = mapTop + 12 + Double(legendCorner ?? 0) * (Self.tileHeight + Self.gap)
        canvas.group(label: "chú giải", id: "legend")
        canvas.text(lowerIsBetter ? "Hạng (đậm hơn = tốt hơn)" : "Giá trị (đậm hơn = tốt hơn)", x: legendX, y: y, size: 12, weight: "bold")
        y += 12
        for step in 0..<Self.classes {
            let classIndex = Self.classes - 1 - step
            let boundIndex = lowerIsBetter ? Self.classes - 1 - classIndex : classIndex
            let range = "\(format(bounds[boundIndex])) – \(format(bounds[boundIndex + 1]))"
            canvas.rect(x: legendX, y: y, width: 18, height: 14, fill: palette[classIndex])
            canvas.text(range, x: legendX + 24, y: y + 11, size: 11)
            y += 20
        }
        canvas.rect(x: legendX, y: y, width: 18, height: 14, fill: "url(#missing)", stroke: ChartTheme.missingStroke)
        canvas.text("chưa có số liệu", x: legendX + 24, y: y + 11, size: 11)
        canvas.close()

        frame.drawFooter(on: &canvas, top: mapBottom + 10)
        let hatch = "<pattern id=\"missing\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"\(ChartTheme.missing)\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c4c4c4\" stroke-width=\"2\"/></pattern>"
        return canvas.document(title: frame.title, description: frame.description, defs: hatch)
    }
}
