import ArgumentParser
import ChisoIngest
import ChisoStorage

struct AddObservation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "observation",
        abstract: "Add one reported figure.",
        discussion: """
            Values in either notation ("42,06", "42.06"); a fraction or rank fills numerator and denominator ("13.322/16.942", "56/63"). Periods as codes or Vietnamese phrases; areas by code or name, resolved for the period.

            Examples:
              chiso add observation --indicator online_dossier_rate --area "Tuyên Quang" --period "tính đến ngày 30/9/2023" --value 42,06
              chiso add observation --indicator qd766_rank --area 08 --period "9 tháng đầu năm 2023" --value 56/63 --source tuyenquang-2023-9m --quote "đứng thứ 56/63"
              chiso add observation --indicator online_dossier_rate --area 08 --period 2023-09 --value 78,63 --numerator 13.322 --denominator 16.942 --dry-run
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Indicator code (see `chiso indicators`).") var indicator: String
    @Option(help: "Area: 2-digit code, VN, or name.") var area: String
    @Option(help: "Period: code (2023-09-30, 2023-01/2023-09) or Vietnamese phrase.") var period: String
    @Option(help: "The value: 42,06 or 42.06, or a fraction/rank such as 56/63.") var value: String
    @Option(help: "Numerator of a fraction or rank.") var numerator: String?
    @Option(help: "Denominator of a fraction, or the number ranked.") var denominator: String?
    @Option(help: "Department within the area (default: the whole area).") var agency: String?
    @Option(help: "Breakdown by level: tinh, huyen, xa (or \"cấp xã\"…), if the indicator allows it.") var level: String?
    @Option(help: "Breakdown by channel: truc_tuyen, truc_tiep, buu_chinh, if the indicator allows it.") var channel: String?
    @Option(name: .customLong("dossier-status"), help: "Breakdown by dossier status (qua_han, dung_han…), if the indicator allows it.") var dossierStatus: String?
    @Option(help: "more_than, at_least, about, nearly, less_than or at_most.") var qualifier: String?
    @Option(help: "reported (default), estimated, self_assessed, derived or inferred.") var status: String?
    @Option(name: .customLong("baseline-period"), help: "The period a change is measured against.") var baselinePeriod: String?
    @Option(help: "Change against the baseline period (needs --baseline-period).") var change: String?
    @Option(help: "Source id (see sources in the database).") var source: String?
    @Option(help: "The exact words of the source.") var quote: String?
    @Option(help: "A note on how the figure was read.") var note: String?

    @OptionGroup var write: AddWriteOptions

    func run() throws {
        try removingNewDatabaseOnFailure(database.path) {
            let db = try Database(path: database.path, access: write.dryRun ? .dryRun : .create)
            let fields: [String: String?] = [
                "indicator": indicator, "area": area, "period": period, "value": value, "numerator": numerator,
                "denominator": denominator, "agency": agency, "qualifier": qualifier, "status": status,
                "baseline_period": baselinePeriod, "change": change, "source": source, "quote": quote, "note": note,
                "level": level, "channel": channel, "dossier_status": dossierStatus,
            ]
            let result = try RowAdder(database: db).addObservation(fields.compactMapValues { $0 }, replace: write.replace, dryRun: write.dryRun)
            try report(result, kind: "observation")
        }
    }
}
