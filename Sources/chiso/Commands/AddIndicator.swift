import ArgumentParser
import ChisoFormats
import ChisoIngest
import ChisoStorage

struct AddIndicator: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicator",
        abstract: "Define a new indicator (a user indicator; built-in codes never change).",
        discussion: """
            The indicator gets origin 'user' and verified 0. Synonyms are phrases as reports write them, with diacritics: `chiso extract` then finds the indicator by them ("A + B": both in the sentence; "@noun": the noun counted right after the number). The same definition again is left unchanged; another definition of an existing code is refused.

            Examples:
              chiso add indicator dossiers_received_commune_centres --name-vi "Số hồ sơ tiếp nhận tại Trung tâm phục vụ hành chính công cấp xã" --measure count --breakdown channel --synonym "@hồ sơ + Trung tâm phục vụ hành chính công"
              chiso add indicator par_index_component_points --name-vi "Điểm chỉ số thành phần CCHC" --measure index_points --parent par_index_score --scale-max 100 --dry-run
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The new code: lower-case letters, digits and '_' (dossiers_received_online).") var code: String
    @Option(name: .customLong("name-vi"), help: "The Vietnamese name.") var nameVi: String
    @Option(name: .customLong("name-en"), help: "The English name (default: the Vietnamese one).") var nameEn: String?
    @Option(help: "percent, count, score, rank, ratio, amount, index_points, rank_change, points_change or percentage_point_change.") var measure: String
    @Option(help: "The framework (default: other).") var framework: String?
    @Option(name: .customLong("scale-max"), help: "The maximum of a score's scale (100, 1).") var scaleMax: String?
    @Flag(name: .customLong("lower-is-better"), help: "A lower value is better (a rank always is).") var lowerIsBetter = false
    @Option(help: "The index this indicator is a component of, or the score a rank ranks.") var parent: String?
    @Option(help: "A phrase reports write the indicator with (repeatable).") var synonym: [String] = []
    @Option(help: "A breakdown its figures may carry: level, channel or dossier_status (repeatable).") var breakdown: [String] = []
    @Option(help: "What the indicator counts or measures.") var description: String?
    @Flag(help: "Validate and print the row that would be written; write nothing.") var dryRun = false

    func run() throws {
        try removingNewDatabaseOnFailure(database.path) {
            let db = try Database(path: database.path, access: dryRun ? .dryRun : .create)
            let layout = CSVLayout.indicators
            let fields: [String: String] = [
                "code": code, "name_vi": nameVi, "name_en": nameEn ?? "", "measure": measure, "framework": framework ?? "",
                "higher_is_better": lowerIsBetter ? "0" : "", "scale_max": scaleMax ?? "", "parent": parent ?? "",
                "synonyms": synonym.joined(separator: ";"), "breakdowns": breakdown.joined(separator: ";"),
                "description": description ?? "",
            ]
            let decoder = IndicatorDecoder(header: HeaderMap(layout: layout), file: "<command line>", reference: try ReferenceData(db))
            let outcomes: [IndicatorCatalogue.Outcome]
            let row: DecodedIndicator
            do {
                row = try decoder.decode(layout.columns.map { fields[$0] ?? "" }, line: 1)
                outcomes = try IndicatorCatalogue.define([row], in: db, dryRun: dryRun)
            } catch let error as InputError {
                // The code is the argument, not an option: "CODE 'New-One' is not a valid code …".
                let message = AddError(error, layout: layout).message
                throw AddError(message.hasPrefix("--code ") ? "CODE " + message.dropFirst("--code ".count) : message)
            }
            // The row in the indicators.csv layout, as `chiso export indicators --user` writes it.
            let out = BufferedOutput.standardOutput()
            var sink = makeSink(.csv, options: RenderOptions(), to: out)
            let printed = ResultSet(columns: layout.columns.map { Column($0) },
                                    rows: [IndicatorDecoder.fields(of: row.indicator).map { $0.isEmpty ? .null : .text($0) }])
            try printed.render(into: &sink)
            try out.flush()
            switch (outcomes.first?.outcome, dryRun) {
            case (.unchanged, _): note("unchanged: indicator \(code) is already defined this way")
            case (_, true): note("would add indicator \(code) (dry run: nothing written)")
            default: note("added indicator \(code)")
            }
        }
    }
}
