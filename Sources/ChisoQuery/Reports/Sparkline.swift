/// A row of block characters (▁▂▃▄▅▆▇█) drawing a series' shape in one line of text.
package enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The lowest value draws ▁ and the highest █, the rest in proportion; a flat series
    /// draws ▄ throughout (no rise or fall to show). Not-finite values draw a space.
    package static func draw(_ values: [Double]) -> String {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return String(repeating: " ", count: values.count) }
        let span = high - low
        return String(values.map { value -> Character in
            guard value.isFinite else { return " " }
            guard span > 0 else { return blocks[3] }
            let level = Int(((value - low) / span * Double(blocks.count - 1)).rounded())
            return blocks[min(max(level, 0), blocks.count - 1)]
        })
    }
}
