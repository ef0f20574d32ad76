import Foundation

extension Period {
    /// Reads a canonical code or a Vietnamese period phrase, following the phrase grammar
    /// rather than a list of known wordings (see `PeriodPhraseParser` for the grammar).
    ///
    /// `context` supplies the year a phrase omits ("ngày 28/10") and the date for "đến nay" /
    /// "cùng kỳ". Leading "as of" words ("tính đến", "đến hết") turn a span into its last day,
    /// because such a figure is a snapshot on that day, not a total over the span.
    package static func parse(_ text: String, context: PeriodContext? = nil) throws(PeriodError) -> Period {
        // `extract` tries a dozen phrases per time word, so the common case (nothing to trim,
        // not a code) skips Foundation's trimming and upper-casing.
        let ends = (text.unicodeScalars.first, text.unicodeScalars.last)
        let trimmed = ends.0.map(Self.isSpace) == false && ends.1.map(Self.isSpace) == false
            ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.utf8.first.map({ (0x30...0x39).contains($0) }) == true, looksCanonical(trimmed.uppercased()) {
            do throws(PeriodError) {
                return try Period(code: trimmed.uppercased())
            } catch {
                throw PeriodError(input: text, message: error.message)
            }
        }
        var parser = PeriodPhraseParser(text: text, context: context ?? PeriodContext())
        do throws(PeriodError) {
            return try parser.parse()
        } catch {
            throw PeriodError(input: text, message: error.message)
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        CharacterSet.whitespacesAndNewlines.contains(scalar)
    }

    /// The shape of a canonical code ("2023-13" included, so its error names the month), but
    /// not "2016-2020" or "13-10-2023", which are phrases.
    private static func looksCanonical(_ s: String) -> Bool {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            let groups = part.split(separator: "-", omittingEmptySubsequences: false)
            guard let year = groups.first, year.count == 4, year.allSatisfy(\.isASCIIDigit), groups.count <= 3 else {
                return false
            }
            if groups.count == 1 { return true }
            let second = groups[1]
            let isHalfOrQuarter = second.count == 2 && (second.first == "H" || second.first == "Q")
                && second.last?.isASCIIDigit == true
            let isTwoDigits = second.count == 2 && second.allSatisfy(\.isASCIIDigit)
            if groups.count == 2 { return isHalfOrQuarter || isTwoDigits }
            return isTwoDigits && groups[2].count == 2 && groups[2].allSatisfy(\.isASCIIDigit)
        }
    }
}
