/// Horizontal bars, in groups: a league table is one group (a bar per area), `compare` is a
/// group per indicator (a bar per area, each group on its own scale, since a share and a
/// rank do not share an axis), a rollout is a group of progress bars.
///
/// The adapter that builds a chart has already turned values into `extent` (0…1 of the track),
/// so "longer is better" holds for every measure: a rank of 5/63 draws longer than 56/63.
/// A bar without a figure is drawn as an empty dashed track saying so, never as zero.
package struct BarChart: Sendable, Equatable {
    package struct Bar: Sendable, Equatable {
        package var label: String
        /// 0…1 of the track, or nil when there is no figure.
        package var extent: Double?
        /// The figure as printed at the bar's end ("58,52", "56/63", "16/38 mô hình").
        package var text: String
        /// A second line of small print after the figure: period, status, official rank.
        package var note: String?
        /// Colour index into the series palette (areas in `compare`).
        package var series: Int
        package var highlighted: Bool

        package init(label: String, extent: Double?, text: String, note: String? = nil, series: Int = 0, highlighted: Bool = false) {
            self.label = label
            self.extent = extent.map { min(max($0, 0), 1) }
            self.text = text
            self.note = note
            self.series = series
            self.highlighted = highlighted
        }
    }

    package struct Group: Sendable, Equatable {
        /// A heading above the group (the indicator in `compare`), or nil.
        package var label: String?
        package var bars: [Bar]
        /// Where the target falls on the track (0…1) and how it reads ("mục tiêu 80%").
        package var target: (extent: Double, label: String)?
        /// What the track's end means ("100%", "hạng 1/63").
        package var scaleNote: String?

        package init(label: String? = nil, bars: [Bar], target: (extent: Double, label: String)? = nil, scaleNote: String? = nil) {
            self.label = label
            self.bars = bars
            self.target = target.map { (min(max($0.extent, 0), 1), $0.label) }
            self.scaleNote = scaleNote
        }

        package static func == (a: Group, b: Group) -> Bool {
            a.label == b.label && a.bars == b.bars && a.scaleNote == b.scaleNote
                && a.target?.extent == b.target?.extent && a.target?.label == b.target?.label
        }
    }

    package var frame: ChartFrame
    package var groups: [Group]
    /// Names of the series (areas in `compare`) for a legend; empty for no legend.
    package var legend: [String]
    /// What a missing bar says.
    package var missingText: String

    package init(frame: ChartFrame, groups: [Group], legend: [String] = [], missingText: String = "chưa có số liệu") {
        self.frame = frame
        self.groups = groups
        self.legend = legend
        self.missingText = missingText
    }

    static let width = 760.0
    static let barHeight = 18.0
    static let rowGap = 8.0
    static let groupGap = 14.0
    /// Room right of the track for the figure and its note.
    var valueColumn: Double { groups.contains { $0.bars.contains { $0.note != nil } } ? 230 : 110 }

    /// The SVG document.
    package func svg() -> String {
        let margin = ChartFrame.margin
        let labels = groups.flatMap { $0.bars.map(\.label) }
        let labelWidth = min(max(labels.map { ChartText.width($0) }.max() ?? 60, 60), 240) + 10
        let trackX = margin + labelWidth
        let trackWidth = Self.width - trackX - valueColumn - margin
        var y = frame.headerHeight
        if !legend.isEmpty { y += 22 }
        let top = y
        var height = top
        for group in groups {
            if group.label != nil { height += 22 }
            height += Double(group.bars.count) * (Self.barHeight + Self.rowGap)
            if group.target != nil || group.scaleNote != nil { height += 16 }
            if group.target != nil && group.scaleNote != nil { height += 14 }
            height += Self.groupGap
        }
        let bodyBottom = height
        height += frame.footerHeight(width: Self.width)
        var canvas = SVGCanvas(width: Self.width, height: height)
        frame.drawHeader(on: &canvas)
        if !legend.isEmpty { drawLegend(on: &canvas, y: top - 16) }

        for (groupIndex, group) in groups.enumerated() {
            canvas.group(label: group.label, id: "group-\(groupIndex + 1)")
            if let label = group.label {
                canvas.text(ChartText.fit(label, maxWidth: Self.width - 2 * margin, size: 14), x: margin, y: y + 15, size: 14, weight: "bold")
                y += 22
            }
            let groupTop = y
            for bar in group.bars {
                let labelText = ChartText.fit(bar.label, maxWidth: labelWidth - 10)
                canvas.text(labelText, x: trackX - 8, y: y + 13, anchor: .end, weight: bar.highlighted ? "bold" : nil)
                if let extent = bar.extent {
                    let colour = bar.highlighted ? ChartTheme.highlight
                        : (legend.isEmpty ? ChartTheme.bar : ChartTheme.series[bar.series % ChartTheme.series.count])
                    canvas.rect(x: trackX, y: y, width: trackWidth, height: Self.barHeight, fill: "#f4f4f4")
                    canvas.rect(x: trackX, y: y, width: trackWidth * extent, height: Self.barHeight, fill: colour,
                                label: "\(bar.label): \(bar.text)")
                    canvas.text(bar.text, x: trackX + trackWidth + 6, y: y + 13, weight: "bold")
                    if let note = bar.note {
                        let offset = ChartText.width(bar.text) + 12
                        canvas.text(ChartText.fit(note, maxWidth: valueColumn - offset), x: trackX + trackWidth + offset, y: y + 13,
                                    size: 11, fill: ChartTheme.muted)
                    }
                } else {
                    canvas.rect(x: trackX, y: y, width: trackWidth, height: Self.barHeight, fill: ChartTheme.missing,
                                stroke: ChartTheme.missingStroke, dash: true, label: "\(bar.label): \(missingText)")
                    canvas.text(missingText, x: trackX + 8, y: y + 13, size: 12, fill: ChartTheme.muted, italic: true)
                }
                y += Self.barHeight + Self.rowGap
            }
            if let target = group.target {
                let x = trackX + trackWidth * target.extent
                canvas.line(x1: x, y1: groupTop - 3, x2: x, y2: y - Self.rowGap + 3, stroke: ChartTheme.target, width: 2, dash: true)
                canvas.text(target.label, x: x, y: y + 10, size: 11, anchor: .middle, fill: ChartTheme.target)
            }
            if let note = group.scaleNote {
                // Under the target's label when they would overlap.
                let below = group.target.map { trackX + trackWidth * $0.extent + ChartText.width($0.label, size: 11) / 2
                    > trackX + trackWidth - ChartText.width(note, size: 11) - 8 } ?? false
                canvas.text(note, x: trackX + trackWidth, y: y + (below ? 24 : 10), size: 11, anchor: .end, fill: ChartTheme.muted)
                if below { y += 14 }
            }
            if group.target != nil || group.scaleNote != nil { y += 16 }
            y += Self.groupGap
            canvas.close()
        }
        frame.drawFooter(on: &canvas, top: bodyBottom)
        return canvas.document(title: frame.title, description: frame.description)
    }

    private func drawLegend(on canvas: inout SVGCanvas, y: Double) {
        var x = ChartFrame.margin
        for (index, name) in legend.enumerated() {
            canvas.rect(x: x, y: y - 10, width: 12, height: 12, fill: ChartTheme.series[index % ChartTheme.series.count])
            canvas.text(name, x: x + 16, y: y)
            x += 16 + ChartText.width(name) + 18
        }
    }
}
