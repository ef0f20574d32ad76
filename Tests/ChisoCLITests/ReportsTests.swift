import ChisoDomain
import ChisoFormats
import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing

/// End-to-end: every report through the built binary, in every format.
@Suite struct ReportsTests {
    let directory = TemporaryDirectory("reports-cli")

    static let commands: [[String]] = [
        ["rank", "qd766_score"],
        ["rank", "qd766_rank", "--period", "2023"],
        ["trend", "online_dossier_rate", "--area", "tuyen quang"],
        ["report", "Nghệ An"],
        ["report", "Tuyên Quang", "--as-of", "2023-09-30"],
        ["compare", "Tuyên Quang", "Hà Giang", "40", "--indicators", "qd766_score,qd766_rank"],
        ["rollout"],
        ["rollout", "Nghệ An"],
    ]

    /// Tuyên Quang, Hà Giang and Nghệ An (63-era units) with scores, ranks, a series, targets
    /// met and missed (an agency at 65.16 against 90–100) and a rollout.
    private func makeDatabase() throws -> String {
        let db = try TestDatabase(directory, name: "reports.db")
        try db.write {
            try db.periods(["2023-H1", "2023-09", "2023-09-30", "2023-10-13", "2023-01/2023-09", "2024", "2024-10-31", "2025", "2020"])
            try db.source(id: "tq", title: "Tuyên Quang, 9 tháng 2023")
            try db.source(id: "na", title: "Nghệ An, 2024")
            for row: ObservationRecord in [
                .init(indicator: "qd766_score", area: "p63-08", period: "2023-01/2023-09", value: 58.52, source: "tq"),
                .init(indicator: "qd766_rank", area: "p63-08", period: "2023-01/2023-09", value: 56, numerator: 56, denominator: 63,
                      baselinePeriod: "2023-H1", change: 3, source: "tq"),
                .init(indicator: "qd766_score", area: "p63-02", period: "2023-10-13", value: 71.4),
                .init(indicator: "qd766_rank", area: "p63-02", period: "2023-10-13", value: 25, numerator: 25, denominator: 63),
                .init(indicator: "online_dossier_rate", area: "p63-08", period: "2023-H1", value: 30, source: "tq"),
                .init(indicator: "online_dossier_rate", area: "p63-08", period: "2023-09", value: 78.63,
                      numerator: 13322, denominator: 16942, source: "tq"),
                .init(indicator: "online_dossier_rate", area: "p63-08", period: "2023-09-30", value: 42.06, source: "tq"),
                .init(indicator: "par_index_score", area: "p63-08", period: "2020", value: 83.81, source: "tq"),
                .init(indicator: "social_payment_accounts_rate", area: "p63-40", agency: "Sở LĐTB&XH", period: "2024-10-31",
                      value: 65.16, source: "na"),
                .init(indicator: "cccd_issuance_rate", area: "p63-40", period: "2024-10-31", value: 100, source: "na"),
            ] { try db.add(row) }
            try db.target(TargetRecord(indicator: "par_index_score", area: "p63-08", period: "2025",
                                                   comparator: .atLeast, value: 86, source: "tq"))
            try db.target(TargetRecord(indicator: "social_payment_accounts_rate", area: "p63-40", agency: "Sở LĐTB&XH",
                                                   period: "2024", comparator: .between, value: 90, valueHigh: 100, source: "na"))
            try db.rollout(RolloutRecord(area: "p63-40", period: "2024-10-31", total: 38, completed: 16,
                                                     inProgress: 21, notStarted: 1, source: "na"))
        }
        return db.path
    }

    private func run(_ arguments: [String], db: String) throws -> RunResult {
        try Chiso.run(arguments + ["--db", db])
    }

    @Test(arguments: commands)
    func printsInEveryFormat(command: [String]) throws {
        let db = try makeDatabase()
        let json = try run(command + ["--format", "json"], db: db)
        #expect(json.exitCode == 0, "\(command): \(json.stderr)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [[String: Any]])
        #expect(!objects.isEmpty)

        let csv = try run(command + ["--format", "csv"], db: db)
        #expect(csv.exitCode == 0)
        var reader = try CSVReader(data: Data(csv.stdoutBytes), delimiter: ",")
        let header = try #require(try reader.next()).fields
        var records: [[String]] = []
        while let record = try reader.next() { records.append(record.fields) }
        #expect(records.count == objects.count)
        // The CSV holds the same cells as the JSON: numbers as plain text, null as empty.
        for (record, object) in zip(records, objects) {
            #expect(Set(object.keys) == Set(header))
            for (name, field) in zip(header, record) {
                #expect(Self.plain(object[name]) == field, "\(command) \(name)")
            }
        }

        let tsv = try run(command + ["--format", "tsv", "--no-header"], db: db)
        #expect(tsv.exitCode == 0)
        #expect(tsv.lines.count == objects.count)
        #expect(tsv.lines.first?.split(separator: "\t", omittingEmptySubsequences: false).count == header.count)

        let jsonl = try run(command + ["--format", "jsonl"], db: db)
        #expect(jsonl.exitCode == 0)
        #expect(jsonl.lines.count == objects.count)
        for line in jsonl.lines {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }

        let markdown = try run(command + ["--format", "markdown"], db: db)
        #expect(markdown.exitCode == 0)
        // The table's lines, between the report's header lines and its notes.
        #expect(markdown.lines.filter { $0.hasPrefix("| ") }.count == objects.count + 2)

        let table = try run(command, db: db)
        #expect(table.exitCode == 0)
        #expect(table.lines.count >= objects.count + 2)
    }

    /// A JSON value as the CSV writes it.
    private static func plain(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return ""
        case let s as String: return s
        case let n as NSNumber: return NumberText.plain(n.doubleValue)
        default: return "\(value!)"
        }
    }

    @Test func rankJSONCarriesNumbersAsNumbers() throws {
        let db = try makeDatabase()
        let result = try run(["rank", "qd766_score", "--latest-each", "--format", "json"], db: db)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdoutBytes)) as? [[String: Any]])
        #expect(objects.count == 2)
        #expect(objects[0]["area_name"] as? String == "Hà Giang")
        #expect((objects[0]["rank"] as? NSNumber)?.intValue == 1)
        #expect((objects[0]["value"] as? NSNumber)?.doubleValue == 71.4)
        #expect(objects[0]["official_rank"] as? String == "25/63")
        #expect((objects[1]["value"] as? NSNumber)?.doubleValue == 58.52)
        #expect(objects[1]["numerator"] is NSNull)
    }

    @Test func rankTablePinsTheLeague() throws {
        let db = try makeDatabase()
        let result = try run(["rank", "qd766_rank", "--latest-each"], db: db)
        #expect(result.stdout == """
            2 tỉnh, thành phố · each one's latest figure
            warning: these figures are of 2 different periods (2023-01/2023-09, 2023-10-13) and are not comparable; ranks compare them anyway
            rank  area  area_name    value  numerator  denominator  period           official_rank  change  change_since  change_kind
            ----  ----  -----------  -----  ---------  -----------  ---------------  -------------  ------  ------------  -----------
               1  02    Hà Giang        25         25           63  2023-10-13       25/63
               2  08    Tuyên Quang     56         56           63  2023-01/2023-09  56/63               3  2023-H1       reported

            """)
        #expect(result.stderr == "")
    }

    @Test func trendEndsWithASparklinePerSeriesInTableModeOnly() throws {
        let db = try makeDatabase()
        let table = try run(["trend", "online_dossier_rate", "--area", "08"], db: db)
        #expect(table.lines.first == "online_dossier_rate · Tuyên Quang (p63-08)")
        #expect(table.lines.suffix(4) == [
            "months: ▄  78.63 → 78.63 (min 78.63, max 78.63)",
            "halves: ▄  30 → 30 (min 30, max 30)",
            "snapshots: ▄  42.06 → 42.06 (min 42.06, max 42.06)",
            "Tuyên Quang (p63-08) became part of Tuyên Quang (p34-08) on 2025-07-01; its figures from then on are filed under Tuyên Quang: chiso trend online_dossier_rate --area p34-08 --lineage",
        ])
        let csv = try run(["trend", "online_dossier_rate", "--area", "08", "--format", "csv"], db: db)
        #expect(csv.stdout == """
            area_id,area_name,series,period,start,end,value,qualifier,numerator,denominator,change,change_since,change_kind,status,source
            p63-08,Tuyên Quang,month,2023-09,2023-09-01,2023-09-30,78.63,,13322,16942,,,,reported,tq
            p63-08,Tuyên Quang,half,2023-H1,2023-01-01,2023-06-30,30,,,,,,,reported,tq
            p63-08,Tuyên Quang,snapshot,2023-09-30,2023-09-30,2023-09-30,42.06,,,,,,,reported,tq

            """)
        #expect(csv.stderr.hasPrefix("note: Tuyên Quang (p63-08) became part of"))
    }

    @Test func reportShowsTheAgencyMissingItsTarget() throws {
        let db = try makeDatabase()
        let result = try run(["report", "nghe an", "--format", "jsonl"], db: db)
        #expect(result.exitCode == 0)
        let rows = try result.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let labour = try #require(rows.first { $0["agency"] as? String == "Sở LĐTB&XH" })
        #expect(labour["result"] as? String == "behind")
        #expect(labour["area_name"] as? String == "Nghệ An")
        #expect(labour["as_of"] as? String == "2024-10-31")
        #expect(labour["target_comparator"] as? String == "between")
        #expect((labour["target_value"] as? NSNumber)?.doubleValue == 90)
        #expect((labour["target_high"] as? NSNumber)?.doubleValue == 100)
        #expect(NumberText.plain((labour["gap"] as? NSNumber)?.doubleValue ?? -1) == "24.84")
        let rollout = try #require(rows.first { $0["indicator"] as? String == "rollout:de_an_06" })
        #expect((rollout["denominator"] as? NSNumber)?.intValue == 38)
        let table = try run(["report", "Nghệ An"], db: db)
        #expect(table.stderr == "")
        #expect(table.lines.first == "Nghệ An (p63-40), as of 2024-10-31")
        #expect(table.stdout.contains("90–100"))
    }

    @Test func rolloutDrawsABarInTableMode() throws {
        let db = try makeDatabase()
        let result = try run(["rollout"], db: db)
        #expect(result.lines.last == "40    Nghệ An    2024-10-31         16           21            1     38  ████████░░░░░░░░░░░░ 42%  na")
        let json = try run(["rollout", "--format", "json"], db: db)
        #expect(json.stdout.contains("\"completed_percent\":42.11"))
    }

    @Test func errorsAreOneLineAndChangeNothing() throws {
        let db = try makeDatabase()
        let before = try Chiso.dump(db)
        let unknown = try run(["rank", "qd766_scor"], db: db)
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr == "Error: unknown indicator 'qd766_scor'; did you mean qd766_score, qd766_score_change?\n")
        let area = try run(["report", "Tuyen Quag"], db: db)
        #expect(area.exitCode == 1)
        #expect(area.stderr == "Error: unknown area 'Tuyen Quag'; did you mean Tuyên Quang?\n")
        let both = try run(["rank", "qd766_score", "--latest", "--period", "2023"], db: db)
        #expect(both.exitCode == 64)
        let single = try run(["compare", "08"], db: db)
        #expect(single.exitCode == 64)
        #expect(try Chiso.dump(db) == before)
    }

    @Test func emptyResultsPrintTheHeaderOrNoRows() throws {
        let db = try makeDatabase()
        let table = try run(["trend", "online_dossier_rate", "--area", "Hà Nội"], db: db)
        #expect(table.exitCode == 0)
        #expect(table.stdout == "online_dossier_rate · Hà Nội (p34-01)\nno rows\n")
        let csv = try run(["trend", "online_dossier_rate", "--area", "Hà Nội", "--format", "csv"], db: db)
        #expect(csv.stdout == "area_id,area_name,series,period,start,end,value,qualifier,numerator,denominator,change,change_since,change_kind,status,source\n")
        let json = try run(["rank", "dti_score", "--format", "json"], db: db)
        #expect(json.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }
}
