/// A value a spreadsheet mangled that the rest of its row undoes, read back as it was meant:
/// `8` for the area code 08 when `area_name` agrees (the leading zero dropped), or a rank
/// turned into a date ("11-Jun", "2023-11-63") when numerator and denominator hold it. An
/// import says so once per kind, with the first row, not once per row.
package struct SpreadsheetRepair: Sendable, Equatable {
    package enum Kind: Sendable, Equatable, CaseIterable {
        case areaCode
        case rankAsDate
    }

    package var kind: Kind
    /// The field as written.
    package var written: String
    /// What it was read as.
    package var readAs: String

    /// One line for the whole import, naming the first row.
    package func notice(file: String, line: Int) -> String {
        switch kind {
        case .areaCode:
            "\(file): one-digit area codes read with their leading zero, as area_name says (first on line \(line): '\(written)' → \(readAs)); a spreadsheet had turned the code into a number"
        case .rankAsDate:
            "\(file): ranks a spreadsheet had turned into dates read from numerator/denominator (first on line \(line): '\(written)' → \(readAs))"
        }
    }

    /// True for text a spreadsheet makes of "11/63" or "11-6": a month name ("11-Jun",
    /// "Jun-11") or three numbers joined by '-', '/' or '.' ("2023-11-63", "11/63/2023").
    static func looksLikeDate(_ text: String) -> Bool {
        let lower = text.lowercased()
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let parts = lower.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." || $0 == " " })
        if parts.count == 2, parts.contains(where: { part in months.contains { part.hasPrefix($0) } }),
           parts.contains(where: { $0.allSatisfy(\.isNumber) }) {
            return true
        }
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}
