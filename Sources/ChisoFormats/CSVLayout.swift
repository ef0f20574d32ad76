import ChisoDomain

/// The columns of one spreadsheet-friendly CSV file: the seeds, `chiso import`, `chiso
/// export`, the rows `chiso extract` proposes and the row `chiso add` prints all use these, so
/// a file written by chiso loads back unchanged.
///
/// Defined once here, in the formats layer every other layer reads; readers map a file's header onto it with `header(_:location:)`, so
/// columns may come in any order and optional ones may be left out.
package struct CSVLayout: Sendable, Equatable {
    /// "observations", "targets", …: names the kind of row in messages.
    package let name: String
    /// Every column, in the order chiso writes them.
    package let columns: [String]
    /// Columns a file must have (a value may still be empty where the column allows it).
    package let required: Set<String>

    package init(name: String, columns: [String], required: Set<String>) {
        precondition(required.isSubset(of: columns), "required columns must be columns")
        self.name = name
        self.columns = columns
        self.required = required
    }

    /// `Seeds/observations.csv`, `chiso import`, `chiso export observations`. `level`,
    /// `channel` and `dossier_status` are the breakdown (empty for the whole figure), after
    /// the figure's own columns so that a file written before they existed is the same file
    /// minus those columns; such files still read. The two `readable` columns come last.
    package static let observations = CSVLayout(
        name: "observations",
        columns: ["indicator", "area", "area_name", "agency", "period", "value", "numerator", "denominator",
                  "qualifier", "status", "baseline_period", "change", "source", "quote", "note",
                  "level", "channel", "dossier_status", "indicator_name_vi", "period_label_vi"],
        required: ["indicator", "area", "period", "value"])

    /// Columns chiso writes for a person reading the file in a spreadsheet and import reads
    /// past: the indicator's Vietnamese name and the period in words ("Quý III/2023") are the
    /// catalogue's, said again beside the codes. A file may leave them out or hold anything in
    /// them; the codes decide. (`area_name` is not one of them: import checks it against the
    /// code, because a spreadsheet's "8" for "08" is repaired by it.)
    package static let readable: Set<String> = ["indicator_name_vi", "period_label_vi"]

    /// `indicators.csv` in a seeds folder or an import, and `chiso export indicators --user`:
    /// indicators users define. `synonyms` and `breakdowns` are lists separated by ';'.
    package static let indicators = CSVLayout(
        name: "indicators",
        columns: ["code", "name_vi", "name_en", "measure", "framework", "higher_is_better", "scale_max", "parent",
                  "synonyms", "breakdowns", "description"],
        required: ["code", "name_vi", "measure"])

    /// `Seeds/targets.csv`.
    package static let targets = CSVLayout(
        name: "targets",
        columns: ["indicator", "area", "area_name", "agency", "period", "comparator", "value", "value_high",
                  "source", "quote", "note", "indicator_name_vi", "period_label_vi"],
        required: ["indicator", "area", "period", "comparator", "value"])

    /// `Seeds/rollouts.csv`.
    package static let rollouts = CSVLayout(
        name: "rollouts",
        columns: ["programme", "area", "area_name", "period", "total", "completed", "in_progress", "not_started",
                  "source", "quote", "note", "period_label_vi"],
        required: ["area", "period", "total", "completed", "in_progress", "not_started"])

    /// `Seeds/sources.csv`: the document text itself is read from `file`.
    package static let sources = CSVLayout(
        name: "sources",
        columns: ["id", "file", "title", "publisher", "url", "published_on", "area", "period"],
        required: ["id", "title"])

    /// A row in this layout's column order from cells given by column name: the one place a
    /// printed or proposed row (`chiso add`, `chiso extract`) is put in file order. Every
    /// column must have a cell; a missing one is a bug in the caller.
    package func row(_ cells: [String: Cell]) -> [Cell] {
        precondition(Set(cells.keys) == Set(columns), "cells \(cells.keys.sorted()) do not match the \(name) layout")
        return columns.map { cells[$0] ?? .null }
    }

    /// Maps a header row onto this layout. Column names are matched exactly after trimming
    /// and lower-casing; an unknown name (with a suggestion), a duplicate or a missing
    /// required column is an error at the header line.
    package func header(_ fields: [String], location: RecordLocation) throws(InputError) -> HeaderMap {
        var indices = [Int?](repeating: nil, count: columns.count)
        for (offset, raw) in fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard let position = columns.firstIndex(of: name) else {
                let hint = didYouMean(Suggest.closest(to: name, among: columns, limit: 1))
                throw location.error("unknown column '\(raw)' in the \(self.name) header\(hint)", column: offset + 1)
            }
            if let earlier = indices[position] {
                throw location.error("column '\(name)' appears twice in the header (fields \(earlier + 1) and \(offset + 1))",
                                     column: offset + 1)
            }
            indices[position] = offset
        }
        let missing = columns.indices.filter { required.contains(columns[$0]) && indices[$0] == nil }.map { columns[$0] }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            throw location.error("the \(name) header lacks the required column\(missing.count == 1 ? "" : "s") \(list); expected columns: \(columns.joined(separator: ","))")
        }
        return HeaderMap(layout: self, indices: indices, width: fields.count)
    }
}

/// A file's header mapped onto a layout: where each layout column sits in the file's rows.
/// Built once per file; reading a field is an array lookup, so rows cost no dictionary work.
package struct HeaderMap: Sendable, Equatable {
    package let layout: CSVLayout
    /// For each layout column (by position), the field index in the file, or nil when absent.
    package let indices: [Int?]
    /// How many fields every row must have.
    package let width: Int

    /// The header that matches the layout exactly, for rows built in code (`chiso add`).
    package init(layout: CSVLayout) {
        self.layout = layout
        self.indices = layout.columns.indices.map { $0 }
        self.width = layout.columns.count
    }

    package init(layout: CSVLayout, indices: [Int?], width: Int) {
        self.layout = layout
        self.indices = indices
        self.width = width
    }

    /// The field index in the file of layout column `position`.
    package func fieldIndex(_ position: Int) -> Int? { indices[position] }

    /// The position of `name` in the layout; a name outside the layout is a bug in our code.
    package func position(of name: String) -> Int {
        guard let p = layout.columns.firstIndex(of: name) else {
            preconditionFailure("column \(name) is not in the \(layout.name) layout")
        }
        return p
    }
}
