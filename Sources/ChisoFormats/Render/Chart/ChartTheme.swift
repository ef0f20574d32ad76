import Foundation

/// The look every chart shares. Colours are chosen to read in greyscale and by people with
/// colour-blindness: the sequential scale is viridis (lightness rises monotonically), the
/// series colours differ in lightness as well as hue, and series also differ by marker shape.
/// Text is near-black on white (contrast above 15:1); muted text stays above 4.5:1 (WCAG AA).
package enum ChartTheme {
    /// Fonts that carry the Vietnamese diacritics (DejaVu and Noto ship with Debian/Ubuntu;
    /// Arial and Segoe UI with Windows; Helvetica with macOS has them too).
    package static let fontFamily = "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, 'Segoe UI', Helvetica, sans-serif"
    package static let fontSize = 13.0
    package static let ink = "#1a1a1a"
    /// Muted text: #595959 on white is 7:1.
    package static let muted = "#595959"
    package static let paper = "#ffffff"
    package static let grid = "#d9d9d9"
    package static let bar = "#2a6f97"
    package static let highlight = "#c8553d"
    package static let target = "#b00020"
    package static let missing = "#f0f0f0"
    package static let missingStroke = "#8c8c8c"

    /// Series colours: dark blue, orange, teal, purple, brown, grey — distinct in lightness.
    package static let series = ["#1f4e79", "#e08214", "#1b9e77", "#7b3294", "#8c510a", "#636363"]

    /// Viridis in five steps, dark (low) to light (high).
    package static let sequential = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"]

    /// Black or white, whichever reads better on `background` (a "#rrggbb" colour).
    package static func textColour(on background: String) -> String {
        relativeLuminance(background) > 0.35 ? ink : "#ffffff"
    }

    /// WCAG relative luminance of a "#rrggbb" colour.
    package static func relativeLuminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6 else { return 1 }
        func channel(_ i: Int) -> Double {
            let value = Double(Int(String(digits[i..<(i + 2)]), radix: 16) ?? 255) / 255
            return value <= 0.03928 ? value / 12.92 : Foundation.pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }
}
