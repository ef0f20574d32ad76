/// What every chart carries besides its drawing: a title, a subtitle saying what is shown and
/// for which period, and footnotes naming the sources — so a chart cut out of a report still
/// says where its figures come from.
package struct ChartFrame: Sendable, Equatable {
    package var title: String
    package var subtitle: String
    package var footnotes: [String]

    package init(title: String, subtitle: String = "", footnotes: [String] = []) {
        self.title = title
        self.subtitle = subtitle
        self.footnotes = footnotes
    }

    static let titleSize = 18.0
    static let subtitleSize = 13.0
    static let footnoteSize = 11.0
    static let margin = 16.0

    /// Height of the title block.
    var headerHeight: Double { subtitle.isEmpty ? 40 : 60 }

    /// The footnotes wrapped to `width`.
    func footnoteLines(width: Double) -> [String] {
        footnotes.flatMap { ChartText.wrap($0, maxWidth: width - 2 * Self.margin, size: Self.footnoteSize) }
    }

    func footerHeight(width: Double) -> Double {
        let lines = footnoteLines(width: width).count
        return lines == 0 ? Self.margin : Double(lines) * 15 + Self.margin + 8
    }

    func drawHeader(on canvas: inout SVGCanvas) {
        canvas.text(title, x: Self.margin, y: 28, size: Self.titleSize, weight: "bold")
        if !subtitle.isEmpty {
            canvas.text(subtitle, x: Self.margin, y: 50, size: Self.subtitleSize, fill: ChartTheme.muted)
        }
    }

    func drawFooter(on canvas: inout SVGCanvas, top: Double) {
        for (index, line) in footnoteLines(width: canvas.width).enumerated() {
            canvas.text(line, x: Self.margin, y: top + 14 + Double(index) * 15, size: Self.footnoteSize, fill: ChartTheme.muted)
        }
    }

    /// The plain-text description for `<desc>`: subtitle and footnotes.
    var description: String {
        ([subtitle] + footnotes).filter { !$0.isEmpty }.joined(separator: " ")
    }
}
