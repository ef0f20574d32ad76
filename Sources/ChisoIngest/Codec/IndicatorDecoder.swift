import ChisoDomain
import ChisoFormats
import ChisoStorage

/// A user's indicator read from one record, with where it was written (for messages that
/// `IndicatorCatalogue` gives about the catalogue as a whole: clashes, parents, cycles).
package struct DecodedIndicator: Sendable, Equatable {
    package var indicator: Indicator
    package var location: RecordLocation
}

/// Turns one `indicators.csv` record (`CSVLayout.indicators`) into a user `Indicator`, or a
/// one-line error at `file:line:column`. What a row says about itself is checked here (code
/// syntax, measure, framework, direction, scale, breakdown names); what it says about the
/// catalogue (clash, parent, cycle) is `IndicatorCatalogue.define`'s.
package struct IndicatorDecoder {
    package let header: HeaderMap
    package let file: String
    let reference: ReferenceData

    private enum C {
        static let code = 0, nameVi = 1, nameEn = 2, measure = 3, framework = 4, higherIsBetter = 5, scaleMax = 6,
                   parent = 7, synonyms = 8, breakdowns = 9, description = 10
    }

    package init(header: HeaderMap, file: String, reference: ReferenceData) {
        precondition(header.layout == CSVLayout.indicators, "an indicator decoder needs the indicators layout")
        precondition(CSVLayout.indicators.columns[C.description] == "description", "column positions out of step with the layout")
        self.header = header
        self.file = file
        self.reference = reference
    }

    /// Whether `code` is a valid indicator code: lower-case letters, digits and '_', starting
    /// with a letter (the schema's CHECK).
    package static func isValidCode(_ code: String) -> Bool {
        guard let first = code.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    package func decode(_ fields: [String], line: Int) throws(InputError) -> DecodedIndicator {
        let location = RecordLocation(file: file, line: line)
        let row = try RowReader(fields: fields, header: header, location: location, reference: reference)
        let code = try row.required(C.code)
        guard Self.isValidCode(code) else {
            let hint = Self.isValidCode(Self.suggestedCode(code)) ? "; try '\(Self.suggestedCode(code))'" : ""
            throw row.fail(C.code, "'\(code)' is not a valid code: use lower-case letters, digits and '_', starting with a letter\(hint)")
        }
        let nameVi = try row.required(C.nameVi)
        let measureText = try row.required(C.measure)
        guard let measure = Measure(rawValue: measureText.lowercased()) else {
            let codes = Measure.allCases.map(\.rawValue)
            throw row.fail(C.measure, "'\(measureText)' is not a measure\(didYouMean(Suggest.closest(to: measureText, among: codes, limit: 1))); expected one of \(codes.joined(separator: ", "))")
        }
        let framework = row.text(C.framework)?.lowercased() ?? "other"
        guard Self.isValidCode(framework) else {
            throw row.fail(C.framework, "'\(framework)' is not a framework name: use lower-case letters, digits and '_' (e.g. other)")
        }
        var higherIsBetter = measure != .rank
        if let text = row.text(C.higherIsBetter) {
            switch text.lowercased() {
            case "1", "true", "yes": higherIsBetter = true
            case "0", "false", "no": higherIsBetter = false
            default: throw row.fail(C.higherIsBetter, "'\(text)' is not 1 or 0 (1: a higher value is better)")
            }
        }
        var scaleMax: Double?
        if let text = row.text(C.scaleMax) {
            guard let value = try? FieldNumber.parse(text, style: .decimal).value, value > 0 else {
                throw row.fail(C.scaleMax, "'\(text)' is not a number above 0 (the maximum of the scale, e.g. 100)")
            }
            scaleMax = value
        }
        let parent = row.text(C.parent)?.lowercased()
        if let parent, !Self.isValidCode(parent) {
            throw row.fail(C.parent, "'\(parent)' is not an indicator code")
        }
        let synonyms = Self.list(row.text(C.synonyms))
        var breakdowns: Set<BreakdownDimension> = []
        for word in Self.list(row.text(C.breakdowns)) {
            guard let dimension = BreakdownDimension(rawValue: word.lowercased()) else {
                let names = BreakdownDimension.allCases.map(\.rawValue)
                throw row.fail(C.breakdowns, "'\(word)' is not a breakdown\(didYouMean(Suggest.closest(to: word, among: names, limit: 1))); expected \(names.joined(separator: ", ")), separated by ';'")
            }
            breakdowns.insert(dimension)
        }
        let indicator = Indicator(code: code, nameVi: nameVi, nameEn: row.text(C.nameEn) ?? nameVi, measure: measure,
                                  framework: framework, higherIsBetter: higherIsBetter, scaleMax: scaleMax,
                                  description: row.verbatim(C.description), parent: parent, origin: .user, verified: false,
                                  breakdowns: breakdowns, synonyms: synonyms)
        return DecodedIndicator(indicator: indicator, location: location)
    }

    /// "A; B ;; C" → ["A", "B", "C"].
    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func suggestedCode(_ code: String) -> String {
        VietnameseText.foldForMatching(code).replacingOccurrences(of: " ", with: "_")
    }

    /// The record of an indicator in `CSVLayout.indicators` order: what `chiso export
    /// indicators --user` writes and this decoder reads back.
    package static func fields(of indicator: Indicator) -> [String] {
        let breakdowns = BreakdownDimension.allCases.filter(indicator.breakdowns.contains).map(\.rawValue)
        return [indicator.code, indicator.nameVi, indicator.nameEn, indicator.measure.rawValue, indicator.framework,
                indicator.higherIsBetter ? "1" : "0", indicator.scaleMax.map(NumberText.plain) ?? "",
                indicator.parent ?? "", indicator.synonyms.joined(separator: "; "), breakdowns.joined(separator: ";"),
                indicator.description ?? ""]
    }
}
