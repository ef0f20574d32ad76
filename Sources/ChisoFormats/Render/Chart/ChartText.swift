/// The words and measures a chart needs for its text: an estimate of how wide a label prints
/// (SVG cannot measure text before a browser lays it out) and line-wrapping of footnotes.
package enum ChartText {
    /// Width of `text` at `size`, estimated from DejaVu Sans' average advance (0.6 em; wide
    /// letters and digits are close to it, Vietnamese marks take no extra width).
    package static func width(_ text: String, size: Double = ChartTheme.fontSize) -> Double {
        Double(text.count) * size * 0.6
    }

    /// `text` cut at a whole word to fit `maxWidth`, with "…" when anything was cut.
    package static func fit(_ text: String, maxWidth: Double, size: Double = ChartTheme.fontSize) -> String {
        guard width(text, size: size) > maxWidth else { return text }
        var kept = ""
        for word in text.split(separator: " ") {
            let candidate = kept.isEmpty ? String(word) : kept + " " + word
            if width(candidate + "…", size: size) > maxWidth { break }
            kept = candidate
        }
        if kept.isEmpty {
            let characters = max(Int(maxWidth / (size * 0.6)) - 1, 1)
            kept = String(text.prefix(characters))
        }
        return kept + "…"
    }

    /// `text` broken into lines of whole words that fit `maxWidth`.
    package static func wrap(_ text: String, maxWidth: Double, size: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if width(candidate, size: size) > maxWidth && !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
