/// A deterministic SVG writer: the charts draw into it with plain shapes and text, and it
/// prints the same bytes for the same drawing (fixed number format, attributes in a fixed
/// order), so tests can pin a chart and a diff shows what changed.
///
/// Text stays text (`<text>` elements, never outlines), so a reader can select and search the
/// Vietnamese labels, and screen readers get the `<title>` and `<desc>`.
package struct SVGCanvas {
    package let width: Double
    package let height: Double
    private var body: [String] = []

    package init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    package enum Anchor: String { case start, middle, end }

    package mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                               stroke: String? = nil, dash: Bool = false, label: String? = nil) {
        var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(width, 0)))\" height=\"\(Self.number(max(height, 0)))\" fill=\"\(fill)\""
        if let stroke { attributes += " stroke=\"\(stroke)\"" }
        if dash { attributes += " stroke-dasharray=\"4 3\"" }
        if let label {
            body.append("<rect \(attributes)><title>\(Self.escape(label))</title></rect>")
        } else {
            body.append("<rect \(attributes)/>")
        }
    }

    package mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                               width: Double = 1, dash: Bool = false) {
        var attributes = "x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\""
        if dash { attributes += " stroke-dasharray=\"6 4\"" }
        body.append("<line \(attributes)/>")
    }

    package mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 2, dash: Bool = false) {
        guard points.count > 1 else { return }
        let list = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        var attributes = "points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\" stroke-linejoin=\"round\""
        if dash { attributes += " stroke-dasharray=\"6 4\"" }
        body.append("<polyline \(attributes)/>")
    }

    /// A marker; `shape` lets series differ by more than colour (readable in greyscale).
    package mutating func marker(x: Double, y: Double, shape: MarkerShape, fill: String, label: String? = nil) {
        let title = label.map { "<title>\(Self.escape($0))</title>" } ?? ""
        switch shape {
        case .circle:
            body.append("<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"4\" fill=\"\(fill)\">\(title)</circle>")
        case .square:
            body.append("<rect x=\"\(Self.number(x - 4))\" y=\"\(Self.number(y - 4))\" width=\"8\" height=\"8\" fill=\"\(fill)\">\(title)</rect>")
        case .diamond:
            let points = [(x, y - 5), (x + 5, y), (x, y + 5), (x - 5, y)].map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
            body.append("<polygon points=\"\(points)\" fill=\"\(fill)\">\(title)</polygon>")
        case .triangle:
            let points = [(x, y - 5), (x + 5, y + 4), (x - 5, y + 4)].map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
            body.append("<polygon points=\"\(points)\" fill=\"\(fill)\">\(title)</polygon>")
        }
    }

    package enum MarkerShape: CaseIterable { case circle, square, diamond, triangle }

    package mutating func text(_ content: String, x: Double, y: Double, size: Double = ChartTheme.fontSize,
                               anchor: Anchor = .start, weight: String? = nil, fill: String = ChartTheme.ink,
                               italic: Bool = false) {
        var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if italic { attributes += " font-style=\"italic\"" }
        if fill != ChartTheme.ink { attributes += " fill=\"\(fill)\"" }
        body.append("<text \(attributes)>\(Self.escape(content))</text>")
    }

    /// Opens a group (`<g>`) with an accessible name; `close()` ends it.
    package mutating func group(label: String? = nil, id: String? = nil) {
        var attributes = ""
        if let id { attributes += " id=\"\(Self.escape(id))\"" }
        if let label { attributes += " role=\"group\" aria-label=\"\(Self.escape(label))\"" }
        body.append("<g\(attributes)>")
    }

    package mutating func close() { body.append("</g>") }

    /// The whole document. `title` and `description` become `<title>`/`<desc>` (what a screen
    /// reader announces and what a browser shows on hover); `defs` holds patterns.
    package func document(title: String, description: String, defs: String = "") -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"\(ChartTheme.fontFamily)\">\n"
        out += "<title id=\"chart-title\">\(Self.escape(title))</title>\n"
        out += "<desc id=\"chart-desc\">\(Self.escape(description))</desc>\n"
        if !defs.isEmpty { out += "<defs>\(defs)</defs>\n" }
        out += "<rect x=\"0\" y=\"0\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"\(ChartTheme.paper)\"/>\n"
        for element in body { out += element + "\n" }
        out += "</svg>\n"
        return out
    }

    /// Coordinates with at most two decimals and no trailing zeros: stable across platforms.
    package static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded()
        let whole = Int64(hundredths) / 100, fraction = abs(Int64(hundredths) % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return "\(sign)\(whole)" }
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(sign)\(whole).\(digits)"
    }

    /// Text for XML content and attribute values; drops the C0 controls XML 1.0 forbids.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
