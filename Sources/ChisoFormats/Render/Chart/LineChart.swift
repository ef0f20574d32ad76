import Foundation

/// A trend: one line per series over a time axis.
///
/// "Better is higher" on the drawing whatever the measure: for ranks (lower is better) the axis
/// runs from the worst rank at the bottom to 1 at the top, and says so under the axis. Series of
/// different period kinds (months, year-to-date spans) are separate lines, each joining only
/// its own figures.
package struct LineChart: Sendable, Equatable {
    /// One figure on the chart.
    package struct Point: Sendable, Equatable {
        /// Where on the time axis, 0 (first) … 1 (last): proportional to time, so a missing
        /// year shows as a longer segment rather than as a period that never existed.
        package var position: Double
        package var value: Double
        /// How it prints ("78,63%", "56/63").
        package var text: String
        /// Its period, for the tooltip ("2023-09").
        package var period: String

        package init(position: Double, value: Double, text: String, period: String) {
            self.position = position
            self.value = value
            self.text = text
            self.period = period
        }
    }

    package struct Series: Sendable, Equatable {
        package var name: String
        /// In time order.
        package var points: [Point]

        package init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    /// A label under the time axis.
    package struct Tick: Sendable, Equatable {
        package var position: Double
        package var label: String
        package init(position: Double, label: String) {
            self.position = position
            self.label = label
        }
    }

    package var frame: ChartFrame
    package var ticks: [Tick]
    package var series: [Series]
    package var lowerIsBetter: Bool
    /// A fixed axis range (0…100 for shares, 1…63 for ranks); nil fits the data.
    package var axis: ClosedRange<Double>?
    /// The axis' caption ("%", "điểm", "hạng trên 63").
    package var axisCaption: String
    package var target: (value: Double, label: String)?

    package init(frame: ChartFrame, ticks: [Tick], series: [Series], lowerIsBetter: Bool = false,
                 axis: ClosedRange<Double>? = nil, axisCaption: String = "", target: (value: Double, label: String)? = nil) {
        self.frame = frame
        self.ticks = ticks
        self.series = series
        self.lowerIsBetter = lowerIsBetter
        self.axis = axis
        self.axisCaption = axisCaption
        self.target = target
    }

    package static func == (a: LineChart, b: LineChart) -> Bool {
        a.frame == b.frame && a.ticks == b.ticks && a.series == b.series && a.lowerIsBetter == b.lowerIsBetter
            && a.axis == b.axis && a.axisCaption == b.axisCaption && a.target?.value == b.target?.value && a.target?.label == b.target?.label
    }

    static let width = 760.0
    static let plotHeight = 280.0

    package func svg() -> String {
        let margin = ChartFrame.margin
        let legendHeight = series.count > 1 ? 22.0 : 0
        let plotTop = frame.headerHeight + legendHeight + 10
        let plotLeft = margin + 56
        let plotRight = Self.width - margin - 24
        let plotBottom = plotTop + Self.plotHeight
        let bodyBottom = plotBottom + 48
        var canvas = SVGCanvas(width: Self.width, height: bodyBottom + frame.footerHeight(width: Self.width))
        frame.drawHeader(on: &canvas)
        if series.count > 1 { drawLegend(on: &canvas, y: frame.headerHeight + 12) }

        let range = axisRange()
        var levels = AxisTicks.nice(range, count: 5).filter { range.contains($0) }
        if axis != nil {
            // A fixed scale shows its ends (rank 1 and the last rank, 0 and 100%).
            for end in [range.lowerBound, range.upperBound] where !levels.contains(end) { levels.append(end) }
            levels.sort()
        }
        func y(_ value: Double) -> Double {
            let share = (value - range.lowerBound) / max(range.upperBound - range.lowerBound, 1e-9)
            let upward = lowerIsBetter ? 1 - share : share
            return plotBottom - upward * Self.plotHeight
        }
        func x(_ position: Double) -> Double { plotLeft + min(max(position, 0), 1) * (plotRight - plotLeft) }

        canvas.group(label: "trục", id: "axes")
        for tick in levels {
            canvas.line(x1: plotLeft, y1: y(tick), x2: plotRight, y2: y(tick), stroke: ChartTheme.grid)
            canvas.text(AxisTicks.label(tick), x: plotLeft - 6, y: y(tick) + 4, size: 11, anchor: .end, fill: ChartTheme.muted)
        }
        if !axisCaption.isEmpty {
            canvas.text(axisCaption, x: margin, y: plotTop - 6, size: 11, fill: ChartTheme.muted)
        }
        var lastEnd = -Double.infinity
        for (index, tick) in ticks.enumerated() {
            // Labels that would overlap the previous one are left out (the last one always shows).
            let half = ChartText.width(tick.label, size: 11) / 2
            let isLast = index == ticks.count - 1
            if x(tick.position) - half < lastEnd + 6 && !isLast { continue }
            canvas.line(x1: x(tick.position), y1: plotBottom, x2: x(tick.position), y2: plotBottom + 4, stroke: ChartTheme.muted)
            // A label that would run off either edge is anchored at its end instead.
            let anchor: SVGCanvas.Anchor = x(tick.position) + half > Self.width - 4 ? .end
                : (x(tick.position) - half < 4 ? .start : .middle)
            canvas.text(tick.label, x: x(tick.position), y: plotBottom + 18, size: 11, anchor: anchor, fill: ChartTheme.muted)
            lastEnd = x(tick.position) + half
        }
        canvas.close()

        if let target {
            canvas.line(x1: plotLeft, y1: y(target.value), x2: plotRight, y2: y(target.value), stroke: ChartTheme.target, width: 2, dash: true)
            canvas.text(target.label, x: plotRight, y: y(target.value) - 5, size: 11, anchor: .end, fill: ChartTheme.target)
        }

        for (seriesIndex, line) in series.enumerated() {
            let colour = ChartTheme.series[seriesIndex % ChartTheme.series.count]
            let shape = SVGCanvas.MarkerShape.allCases[seriesIndex % SVGCanvas.MarkerShape.allCases.count]
            canvas.group(label: line.name, id: "series-\(seriesIndex + 1)")
            canvas.polyline(line.points.map { (x($0.position), y($0.value)) }, stroke: colour)
            for (index, point) in line.points.enumerated() {
                canvas.marker(x: x(point.position), y: y(point.value), shape: shape, fill: colour,
                              label: "\(line.name), \(point.period): \(point.text)")
                if series.count == 1 || index == line.points.count - 1 {
                    canvas.text(point.text, x: x(point.position), y: y(point.value) - 9, size: 11, anchor: .middle)
                }
            }
            canvas.close()
        }
        if lowerIsBetter {
            canvas.text("hạng cao hơn ở trên (1 = đứng đầu)", x: plotLeft, y: plotBottom + 36, size: 11, fill: ChartTheme.muted, italic: true)
        }
        frame.drawFooter(on: &canvas, top: bodyBottom)
        return canvas.document(title: frame.title, description: frame.description)
    }

    private func axisRange() -> ClosedRange<Double> {
        if let axis { return axis }
        let values = series.flatMap { $0.points.map(\.value) } + (target.map { [$0.value] } ?? [])
        guard let low = values.min(), let high = values.max() else { return 0...1 }
        if low == high { return (low - 1)...(high + 1) }
        let pad = (high - low) * 0.1
        let ticks = AxisTicks.nice(low - pad...high + pad, count: 5)
        return (ticks.first ?? low)...(ticks.last ?? high)
    }

    private func drawLegend(on canvas: inout SVGCanvas, y: Double) {
        var x = ChartFrame.margin
        for (index, line) in series.enumerated() {
            let colour = ChartTheme.series[index % ChartTheme.series.count]
            canvas.line(x1: x, y1: y - 4, x2: x + 18, y2: y - 4, stroke: colour, width: 2)
            canvas.marker(x: x + 9, y: y - 4, shape: SVGCanvas.MarkerShape.allCases[index % 4], fill: colour)
            canvas.text(line.name, x: x + 24, y: y)
            x += 24 + ChartText.width(line.name) + 18
        }
    }
}

/// Round axis ticks (1, 2 or 5 times a power of ten) and their labels.
package enum AxisTicks {
    package static func nice(_ range: ClosedRange<Double>, count: Int) -> [Double] {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else { return [range.lowerBound] }
        let raw = span / Double(max(count, 1))
        let power = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? 10 * power
        let first = floor(range.lowerBound / step) * step
        let last = ceil(range.upperBound / step) * step
        var ticks: [Double] = []
        var value = first
        while value <= last + step / 2 {
            ticks.append((value / step).rounded() * step)
            value += step
        }
        return ticks
    }

    /// A tick as plain text: whole numbers without decimals, others with up to two.
    package static func label(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return SVGCanvas.number(value)
    }
}
