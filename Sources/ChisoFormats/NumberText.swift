import ChisoDomain

/// Numbers as text: exact for machine formats, clean for people.
///
/// Machine formats (csv, tsv, json, jsonl) write `exact`: the shortest text that reads back
/// to the same Double (`MachineNumber`). Tables, reports and messages write `plain`: figures
/// there are points, percentages and counts, and a reader wants `42.06`, never
/// `42.060000000000002`, so reals are rounded to 10 decimals (which removes binary noise such
/// as 0.1 + 0.2) unless that would turn a tiny value into 0.
package enum NumberText {
    /// Shortest round-trip text: what csv, tsv, json and jsonl write.
    package static func exact(_ value: Double) -> String { MachineNumber.text(value) }

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
            // 1e-12 is a value, not noise: shown exactly rather than as 0.
            if v == 0, value != 0 { return MachineNumber.text(value) }
        }
        if v == 0 { return "0" }
        if v == v.rounded(), abs(v) < 9.2e18 {
            return String(Int64(v))
        }
        return MachineNumber.expandExponent(v.description)
    }
}
