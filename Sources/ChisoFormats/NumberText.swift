/// Numbers as the plain text every machine format and report shares.
///
/// Figures here are points, percentages and counts: a reader wants `42.06`, never
/// `42.060000000000002` or `4.206e1`, so reals are rounded to 10 decimals (which removes
/// binary noise such as 0.1 + 0.2) and never printed with an exponent.
package enum NumberText {
    /// `42.06` → "42.06", `1824.0` → "1824", `0.1 + 0.2` → "0.3", `-0.0` → "0", `1e-5` →
    /// "0.00001". Not-finite values print as "NaN", "inf", "-inf" (JSON writes them as null).
    package static func plain(_ value: Double) -> String {
        guard value.isFinite else {
            return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf")
        }
        var v = value
        // Below 9e5 the value times 1e10 is an exact integer in a Double, so dividing back
        // yields the Double nearest to the 10-decimal figure, whose shortest form is short.
        // Above it a Double has no 10 decimals of precision left to clean.
        if abs(v) < 9e5 {
            v = (v * 1e10).rounded() / 1e10
        }
        if v == 0 { return "0" }
        if v == v.rounded(), abs(v) < 9.2e18 {
            return String(Int64(v))
        }
        return expandExponent(v.description)
    }

    /// Swift's shortest round-trip text with any exponent written out as digits.
    static func expandExponent(_ text: String) -> String {
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
