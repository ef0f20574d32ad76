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
        if let whole = VietnameseNumber.plainInteger(text) { return (whole, 0) }
        if style == .decimal, let machine = machineDecimal(text) { return machine }
        let value = try VietnameseNumber.parse(text)
        return (value, decimalsWritten(text, value: value))
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
