/// Text made safe for SpreadsheetML element content and attributes.
enum XMLText {
    /// Excel's limit on the characters in one cell.
    static let cellLimit = 32_767

    /// Escapes `&`, `<`, `>`, `"`; keeps CR as `&#13;` (a parser would turn a raw CR into
    /// LF); drops characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF); and
    /// protects literal `_xHHHH_` text, which Excel would otherwise decode as an escape.
    static func escape(_ text: String) -> String {
        let clean = !text.utf8.contains { b in
            b < 0x20 && b != 0x09 && b != 0x0A || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x5F || b == 0xEF
        }
        if clean { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "_" where isEscapeLike(scalars, at: index): result += "_x005F_"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `_xHHHH_` starting at `index`.
    private static func isEscapeLike(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x" || scalars[index + 1] == "X",
              scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// `text` cut to Excel's cell limit (counted in UTF-16 units, as Excel does).
    static func fitCell(_ text: String) -> String {
        guard text.utf16.count > cellLimit else { return text }
        var result = ""
        var units = 0
        for character in text {
            units += character.utf16.count
            if units > cellLimit { break }
            result.append(character)
        }
        return result
    }
}
