import ChisoDomain

/// Reads a number from a CSV field, accepting both the machine notation chiso writes
/// ("42.06", "1824") and Vietnamese report notation ("42,06", "1.824", "1,5 triệu").
///
/// The two disagree on one shape only: one dot followed by exactly three digits. "1.824" is
/// 1824 in a report but 1.824 in a file `chiso export` wrote. A count (and a numerator or
/// denominator) is a whole number, so there the dot groups thousands as in the reports; any
/// other field reads a single dot as a decimal point, so exported values load back unchanged.
enum FieldNumber {
    enum Style {
        /// Whole quantities: Vietnamese rules first ("1.824" = 1824).
        case count
        /// Rates, scores, changes: one dot is a decimal point ("1.824" = 1.824).
        case decimal
    }

    /// The value and how many decimals the text wrote (for rounding tolerances).
    static func parse(_ text: String, style: Style) throws(NumberError) -> (value: Double, decimals: Int) {
        // At most 15 digits (`plainInteger` reads no more), so below 2^53: exact, no check needed.
        if let whole = VietnameseNumber.plainInteger(text) { return (whole, 0) }
        if style == .decimal, let machine = machineDecimal(text) { return machine }
        if let scientific = scientific(text) { return scientific }
        let value = try VietnameseNumber.parse(text)
        return (try exactWhole(value, text), decimalsWritten(text, value: value))
    }

    /// A whole number past 2^53 cannot be stored exactly (its neighbours share one Double):
    /// refused in words rather than rounded in silence.
    private static func exactWhole(_ value: Double, _ text: String) throws(NumberError) -> Double {
        // The Double of 2^53 + 1 is 2^53, so the test is on the digits, not on the value.
        var digits = Substring(text).drop { $0 == "+" || $0 == "-" || $0 == "0" }.filter { $0 != "." && $0 != " " }
        if value != value.rounded() || !digits.allSatisfy({ $0.isASCII && $0.isNumber }) { digits = "" }
        let limit = "9007199254740992"
        let tooBig = digits.count > limit.count || (digits.count == limit.count && digits > limit)
        if tooBig || (value.magnitude > MachineNumber.largestExactInteger && value == value.rounded()) {
            throw NumberError(input: text, message: "a whole number above 9007199254740992 (2^53) cannot be stored exactly; store it as text in the note, or in a unit that makes it smaller (e.g. millions)")
        }
        return value
    }

    /// "1e-300", "-2.5E+21": what chiso's own exports write outside 1e-7..1e21.
    private static func scientific(_ text: String) -> (Double, Int)? {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return nil }
        let mantissa = text[..<e], exponent = text[text.index(after: e)...]
        let digits = { (s: Substring) in !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }
        var m = mantissa
        if m.first == "-" || m.first == "+" { m = m.dropFirst() }
        let pieces = m.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, pieces.allSatisfy(digits) else { return nil }
        var x = exponent
        if x.first == "-" || x.first == "+" { x = x.dropFirst() }
        guard digits(x), let value = Double(text.hasPrefix("+") ? String(text.dropFirst()) : text), value.isFinite else { return nil }
        return (value, max(0, (pieces.count == 2 ? pieces[1].count : 0) - (Int(exponent) ?? 0)))
    }

    /// "42.06", "-3.5", "+0.834": digits, one dot, digits. nil for anything else.
    private static func machineDecimal(_ text: String) -> (Double, Int)? {
        var utf8 = Substring(text).utf8[...]
        if let first = utf8.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { utf8 = utf8.dropFirst() }
        guard let dot = utf8.firstIndex(of: UInt8(ascii: ".")) else { return nil }
        let whole = utf8[..<dot], fraction = utf8[utf8.index(after: dot)...]
        let isDigit = { (b: UInt8) in b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        guard !whole.isEmpty, !fraction.isEmpty, whole.allSatisfy(isDigit), fraction.allSatisfy(isDigit),
              let value = Double(text.hasPrefix("+") ? String(text.dropFirst()) : text) else { return nil }
        return (value, fraction.count)
    }

    /// Decimals after a decimal comma, or after a lone decimal dot; 0 for whole numbers.
    private static func decimalsWritten(_ text: String, value: Double) -> Int {
        if let comma = text.lastIndex(of: ",") {
            return text[text.index(after: comma)...].prefix(while: { $0.isASCII && $0.isNumber }).count
        }
        if value != value.rounded(), let dot = text.lastIndex(of: ".") {
            return text[text.index(after: dot)...].prefix(while: { $0.isASCII && $0.isNumber }).count
        }
        return 0
    }
}
