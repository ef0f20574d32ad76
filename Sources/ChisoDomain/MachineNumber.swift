/// Numbers as machine formats write them (csv, tsv, json, jsonl, extract's rows): the
/// shortest decimal text that reads back to the very same Double, so a figure survives any
/// number of exports and imports bit for bit.
///
/// Digits are written out in full from 1e-7 to 1e21 (the range JavaScript also writes
/// plainly), since spreadsheets and people read `0.00001234` better than `1.234e-05`; outside
/// it an exponent keeps `1e-300` from becoming 300 zeros. Every reader chiso's users use
/// (Python, pandas, Excel, LibreOffice, chiso itself) reads both.
package enum MachineNumber {
    /// `42.06` → "42.06", `1824.0` → "1824", `0.1 + 0.2` → "0.30000000000000004",
    /// `1e-12` → "0.000000000001", `1e-300` → "1e-300", `-0.0` → "0".
    package static func text(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
        if value == 0 { return "0" }
        if value == value.rounded(), value.magnitude < 9.2e18 { return String(Int64(value)) }
        let shortest = value.description
        guard let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }),
              let exponent = Int(shortest[shortest.index(after: e)...]) else { return shortest }
        if exponent >= -7 && exponent < 21 { return expandExponent(shortest) }
        return shortest
    }

    /// The result of arithmetic on reported figures (a change, a gap, a difference) without the
    /// binary noise of that arithmetic: 48.63 − 0 is 48.63, not 48.629999999999995. Rounded to
    /// 10 decimals below 9e5 (where that is exact); reported figures are never passed through
    /// this, only values chiso computes.
    package static func cleaned(_ value: Double) -> Double {
        guard value.isFinite, abs(value) < 9e5 else { return value }
        let rounded = (value * 1e10).rounded() / 1e10
        return rounded == 0 && value != 0 ? value : rounded
    }

    /// The largest whole number a Double holds exactly (2^53): past it, neighbouring whole
    /// numbers share one Double, and a count or id would change in silence.
    package static let largestExactInteger: Double = 9_007_199_254_740_992

    /// Shortest round-trip text with its exponent written out as digits ("1.5e-05" → "0.000015").
    package static func expandExponent(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
              let exponent = Int(text[text.index(after: e)...])
        else { return text }
        var mantissa = text[..<e]
        var sign = ""
        if mantissa.first == "-" {
            sign = "-"
            mantissa = mantissa.dropFirst()
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let intDigits = String(parts[0])
        let fracDigits = parts.count > 1 ? String(parts[1]) : ""
        var digits = intDigits + fracDigits
        var point = intDigits.count + exponent        // position of the decimal point in digits
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        var whole = String(digits.prefix(point))
        var fraction = String(digits.dropFirst(point))
        while fraction.last == "0" { fraction.removeLast() }
        while whole.count > 1, whole.first == "0" { whole.removeFirst() }
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }
}
