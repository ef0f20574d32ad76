import Foundation

/// Numbers as Vietnamese reports write them, and back to plain machine text.
///
/// Rules (each is tested on both sides):
/// - A comma is the decimal separator: "42,06" = 42.06. More than one comma is an error
///   ("4,2,1"), since a list like "mức độ 3,4" is not one number.
/// - A dot is a thousands separator when the number has no comma, the first group has 1–3
///   digits and does not start with 0, and every later group has exactly 3 digits:
///   "1.824" = 1824, "447.228" = 447228, "1.234.567". Otherwise a single dot is a decimal
///   point, as portals and English-style pages write it: "774.45", "82.8", "0.834", "1.82".
/// - With both, the Vietnamese order is required: "1.234,5" = 1234.5. The English "1,234.5" is
///   an error rather than a guess, because "1,234" alone means 1.234 in Vietnamese.
/// - Spaces (also no-break spaces) may group thousands: "1 824" = 1824; every group after
///   the first must have exactly 3 digits.
/// - Leading zeros are ignored ("05" = 5); a leading "+" or "-" sets the sign.
/// - A scale word may follow: "nghìn"/"ngàn" ×10³, "triệu" ×10⁶, "tỷ"/"tỉ" ×10⁹ ("1,5 triệu").
///   "tỷ lệ" (rate) is a word, not a scale, and is rejected.
package enum VietnameseNumber {
    package static func parse(_ text: String) throws(NumberError) -> Double {
        if let value = plainInteger(text) { return value }
        return try parse(text, reportingAs: text)
    }

    /// The fast path for what most fields hold, ASCII digits with an optional sign ("1824",
    /// "-3", "05"): the general reader would give the same value after normalising, splitting
    /// and checking separators. nil for anything else (or past 15 digits, beyond exact Int).
    package static func plainInteger(_ text: String) -> Double? {
        var utf8 = Substring(text).utf8[...]
        var negative = false
        if let first = utf8.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        guard !utf8.isEmpty, utf8.count <= 15 else { return nil }
        var total: Int64 = 0
        for byte in utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            total = total * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return total == 0 ? 0 : Double(negative ? -total : total)
    }

    /// A figure: plain number (with scale word), percent ("64,64%%" counts as one percent),
    /// fraction / rank / score over a maximum ("13.322/16.942", "56/63", "58,52/100"), or a
    /// range ("90-100%", "90 – 100%"). A trailing "điểm" (points) is allowed and dropped.
    /// A zero denominator and a range whose low end exceeds its high end are errors.
    package static func parseFigure(_ text: String) throws(NumberError) -> Figure {
        if let plain = try plainFigure(text) { return plain }
        var body = VietnameseText.collapseWhitespace(VietnameseText.nfc(text).replacingOccurrences(of: "\u{00A0}", with: " "))
        if VietnameseText.fold(body).hasSuffix(" diem") {
            body = String(body.dropLast(5)).trimmingCharacters(in: .whitespaces)
        }
        var isPercent = false
        while body.hasSuffix("%") {
            isPercent = true
            body = String(body.dropLast()).trimmingCharacters(in: .whitespaces)
        }
        guard !body.isEmpty else {
            throw NumberError(input: text, message: "expected a number, percent, fraction such as 56/63, or range such as 90-100%")
        }
        if body.contains("/") {
            guard !isPercent else {
                throw NumberError(input: text, message: "a fraction cannot carry a percent sign (expected 56/63 or 42,06%)")
            }
            let sides = body.split(separator: "/", omittingEmptySubsequences: false)
            guard sides.count == 2 else {
                throw NumberError(input: text, message: "expected one '/' between a numerator and a denominator, such as 56/63")
            }
            let numerator = try parseSide(String(sides[0]), of: text, role: "numerator")
            let denominator = try parseSide(String(sides[1]), of: text, role: "denominator")
            guard denominator != 0 else {
                throw NumberError(input: text, message: "the denominator is 0 (expected a positive maximum or total)")
            }
            return Figure(shape: .fraction, value: numerator, numerator: numerator, denominator: denominator, raw: text)
        }
        if let (lowText, highText) = splitRange(body) {
            let low = try parseSide(stripPercent(lowText), of: text, role: "low end")
            let high = try parseSide(stripPercent(highText), of: text, role: "high end")
            guard low <= high else {
                throw NumberError(input: text, message: "the range's low end \(format(low)) is above its high end \(format(high))")
            }
            return Figure(shape: .range, value: low, high: high, isPercent: isPercent, raw: text)
        }
        let value = try parse(body, reportingAs: text)
        return Figure(shape: isPercent ? .percent : .plain, value: value, isPercent: isPercent, raw: text)
    }

    /// `parseFigure` of the commonest figure, ASCII digits with '.' and ',' and the '%' signs
    /// after them ("1.824", "42,06%"), read without the normalising, space handling and
    /// Foundation calls the other shapes need (they cost most of reading a figure, and
    /// `extract` reads every number of a report); nil for any other text. The same rules
    /// (`plainDigits`) and errors as the long way.
    private static func plainFigure(_ text: String) throws(NumberError) -> Figure? {
        var digits = 0, percents = 0
        for b in text.utf8 {
            if b == 0x25 {
                percents += 1
            } else if percents == 0, (0x30...0x39).contains(b) || b == 0x2E || b == 0x2C {
                digits += 1
            } else {
                return nil
            }
        }
        guard digits > 0, let first = text.utf8.first, (0x30...0x39).contains(first) else { return nil }
        let body = String(text.utf8.prefix(digits)) ?? text
        let plain = try plainDigits(body) { NumberError(input: text, message: $0) }
        guard let value = Double(plain) else {
            throw NumberError(input: text, message: "expected a number such as 1.824, 42,06 or 1,5 triệu")
        }
        let isPercent = percents > 0
        return Figure(shape: isPercent ? .percent : .plain, value: value == 0 ? 0 : value, isPercent: isPercent, raw: text)
    }

    /// Plain machine text: "42.06", "1824", no exponent, no trailing ".0", at most 10
    /// decimals so binary noise (0.30000000000000004) never reaches a CSV.
    package static func format(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "nan" : (v < 0 ? "-inf" : "inf") }
        if v == v.rounded(), abs(v) < 1e15 {
            return String(Int64(v))
        }
        var s = String(format: "%.10f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        if s == "0" || s == "-0" { return v == 0 ? "0" : MachineNumber.text(v) }
        return s
    }

    // MARK: - Reading

    private static let scales: [(words: [String], factor: Int)] = [
        (["nghin", "ngan"], 3), (["trieu"], 6), (["ty", "ti"], 9),
    ]

    private static func parse(_ text: String, reportingAs input: String) throws(NumberError) -> Double {
        func fail(_ message: String) -> NumberError { NumberError(input: input, message: message) }
        let spaced = VietnameseText.nfc(text)
            .replacingOccurrences(of: "\u{00A0}", with: " ")
            .replacingOccurrences(of: "\u{202F}", with: " ")
        var words = spaced.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard !words.isEmpty else {
            throw fail("expected a number such as 1.824, 42,06 or 1,5 triệu")
        }
        var exponent = 0
        if let last = words.last, last.contains(where: \.isLetter) {
            let folded = VietnameseText.fold(last)
            guard let scale = scales.first(where: { $0.words.contains(folded) }), words.count > 1 else {
                throw fail("expected a number optionally followed by nghìn, triệu or tỷ, not '\(last)'")
            }
            exponent = scale.factor
            words.removeLast()
        }
        var sign = ""
        if let first = words.first, first.hasPrefix("+") || first.hasPrefix("-") || first.hasPrefix("−") {
            sign = first.hasPrefix("+") ? "" : "-"
            let rest = String(first.dropFirst())
            if rest.isEmpty { words.removeFirst() } else { words[0] = rest }
        }
        guard !words.isEmpty else { throw fail("expected digits after the sign") }
        let body = try joinSpaceGroups(words, fail: fail)
        let plain = try plainDigits(body, fail: fail)
        guard let value = Double(sign + plain + (exponent == 0 ? "" : "e\(exponent)")) else {
            throw fail("expected a number such as 1.824, 42,06 or 1,5 triệu")
        }
        return value == 0 ? 0 : value
    }

    /// "1 824" → "1824": groups after the first must have exactly 3 digits (the last may carry
    /// a decimal part), so "12 34" is not silently read as 1234.
    private static func joinSpaceGroups(_ words: [String], fail: (String) -> NumberError) throws(NumberError) -> String {
        guard words.count > 1 else { return words[0] }
        guard words[0].count <= 3, words[0].allSatisfy(\.isASCIIDigit) else {
            throw fail("expected groups of 3 digits after a space, such as 1 824")
        }
        for (i, word) in words.enumerated().dropFirst() {
            let digits = word.prefix(while: \.isASCIIDigit)
            let rest = word.dropFirst(digits.count)
            let isLast = i == words.count - 1
            guard digits.count == 3, rest.isEmpty || (isLast && rest.first == ",") else {
                throw fail("expected groups of 3 digits after a space, such as 1 824")
            }
        }
        return words.joined()
    }

    /// Turns Vietnamese digit text into "1234.5" for `Double`, applying the separator rules.
    private static func plainDigits(_ s: String, fail: (String) -> NumberError) throws(NumberError) -> String {
        guard !s.isEmpty, s.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }) else {
            throw fail("expected only digits with '.' or ',' separators, such as 1.824 or 42,06")
        }
        guard s.first?.isASCIIDigit == true, s.last?.isASCIIDigit == true else {
            throw fail("expected digits on both sides of a separator")
        }
        let commas = s.filter { $0 == "," }.count
        let dots = s.filter { $0 == "." }.count
        guard commas <= 1 else {
            throw fail("expected at most one decimal comma (a list such as '3,4' is not one number)")
        }
        if commas == 1 {
            let parts = s.split(separator: ",", omittingEmptySubsequences: false)
            let whole = String(parts[0])
            if dots > 0 {
                guard isThousandsGrouped(whole) else {
                    throw fail("expected Vietnamese notation with dots for thousands and a comma for decimals, such as 1.234,5")
                }
            }
            return whole.replacingOccurrences(of: ".", with: "") + "." + parts[1]
        }
        if dots == 0 { return s }
        if isThousandsGrouped(s) { return s.replacingOccurrences(of: ".", with: "") }
        guard dots == 1 else {
            throw fail("expected dots only between groups of 3 digits (1.234.567) or one decimal point")
        }
        return s
    }

    /// "1.824", "447.228", "1.234.567": first group 1–3 digits not starting with 0, the rest 3.
    private static func isThousandsGrouped(_ s: String) -> Bool {
        let groups = s.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first,
              (1...3).contains(first.count), first.first != "0" else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCIIDigit) } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    private static func parseSide(_ s: String, of text: String, role: String) throws(NumberError) -> Double {
        let trimmed = s.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw NumberError(input: text, message: "the \(role) is missing")
        }
        do {
            return try parse(trimmed, reportingAs: text)
        } catch {
            throw NumberError(input: text, message: "the \(role) '\(trimmed)': \(error.message)")
        }
    }

    private static func stripPercent(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespaces)
        while t.hasSuffix("%") { t = String(t.dropLast()).trimmingCharacters(in: .whitespaces) }
        return t
    }

    /// Splits "90-100", "90 - 100", "90–100" at the dash between two numbers; a leading
    /// minus sign is not a range.
    private static func splitRange(_ s: String) -> (String, String)? {
        let dashes: Set<Character> = ["-", "–", "—"]
        let chars = Array(s)
        for i in chars.indices where i > 0 && dashes.contains(chars[i]) {
            let before = chars[..<i].last(where: { $0 != " " })
            guard let b = before, b.isASCIIDigit || b == "%" else { continue }
            return (String(chars[..<i]), String(chars[(i + 1)...]))
        }
        return nil
    }
}
