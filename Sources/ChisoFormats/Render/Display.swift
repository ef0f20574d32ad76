import ChisoDomain

/// How a table or Markdown table shows itself to people: the language of its headers and
/// labels, and Vietnamese number display. Machine formats ignore it: csv and json stay exact.
package struct Display: Sendable, Equatable {
    /// Column names shown instead of the machine names ("value" → "giá trị").
    package var headers: [String: String] = [:]
    /// Words shown instead of fixed labels of named columns (result "behind" → "chậm tiến độ").
    package var labels: [String: [String: String]] = [:]
    /// Vietnamese number display: "58,52", "781.131" (decimal comma, thousands dot).
    package var vietnameseNumbers = false
    /// Columns whose numbers are percentages ("42,06%").
    package var percentColumns: Set<String> = []

    package init() {}

    /// The header as shown.
    func header(_ name: String) -> String { headers[name] ?? name }

    /// A cell as shown in column `name`.
    package func text(_ cell: Cell, column name: String) -> String {
        switch cell {
        case .null: return ""
        case .text(let s): return labels[name]?[s] ?? s
        case .integer(let i):
            return vietnameseNumbers ? Self.vietnamese(String(i)) + suffix(name) : String(i)
        case .real(let d):
            let plain = NumberText.plain(d)
            guard vietnameseNumbers, d.isFinite else { return plain }
            return Self.vietnamese(plain) + suffix(name)
        }
    }

    private func suffix(_ name: String) -> String { percentColumns.contains(name) ? "%" : "" }

    /// "781131.5" → "781.131,5"; "-58.52" → "-58,52". Groups of three only from 10 000 up,
    /// as Vietnamese print writes 1824 and 13.322.
    package static func vietnamese(_ plain: String) -> String {
        guard !plain.contains("e") else { return plain }
        var digits = Substring(plain)
        var sign = ""
        if digits.first == "-" { sign = "-"; digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = String(parts[0])
        if whole.count > 4 {
            var grouped: [String] = []
            while whole.count > 3 {
                grouped.insert(String(whole.suffix(3)), at: 0)
                whole = String(whole.dropLast(3))
            }
            grouped.insert(whole, at: 0)
            whole = grouped.joined(separator: ".")
        }
        return sign + whole + (parts.count > 1 ? "," + parts[1] : "")
    }
}
