import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing

/// `chiso load` end to end: counts, idempotence, changed rows, aborted loads that leave the
/// database untouched, and the figures of the five reports as the database holds them.
@Suite struct LoadTests {
    let directory = TemporaryDirectory("cli-load")
    var db: String { directory.path("chiso.db") }

    /// A copy of Seeds/ to edit, at `<tmp>/Seeds`.
    func copySeeds() throws -> URL {
        let copy = directory.url.appendingPathComponent("Seeds")
        try FileManager.default.copyItem(at: PackagePaths.seeds, to: copy)
        return copy
    }

    func edit(_ file: URL, line: Int, _ change: (String) -> String) throws {
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        lines[line - 1] = change(lines[line - 1])
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    }

    static func sqlite(_ database: String, _ sql: String) throws -> String {
        try Chiso.sqlite3(database, sql)
    }

    @Test func loadsTheSeedsIntoAFreshDatabase() throws {
        let run = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(Array(run.lines.prefix(5)) == [
            "sources: 5 new, 0 changed, 0 unchanged",
            "observations: 59 new, 0 changed, 0 unchanged",
            "targets: 5 new, 0 changed, 0 unchanged",
            "rollouts: 1 new, 0 changed, 0 unchanged",
            "\(db) holds 5 sources, 59 observations, 5 targets, 1 rollouts",
        ])
        #expect(run.stdout.contains("areas with figures: "))
        #expect(try Self.sqlite(db, "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")
    }

    @Test func loadsOnlyTheDefaultFolderFromTheWorkingDirectory() throws {
        _ = try copySeeds()
        let run = try Chiso.run(["load"], in: directory.url)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.lines.first == "sources: 5 new, 0 changed, 0 unchanged")
        #expect(FileManager.default.fileExists(atPath: directory.path("chiso.db")))
    }

    /// A bare `chiso load` run outside the project looks for ./Seeds: the error says where it
    /// looked and how to name the folder, and no database file is left behind.
    @Test func withoutASeedsFolderItSaysWhereItLookedAndHowToNameOne() throws {
        let run = try Chiso.run(["load"], in: directory.url)
        #expect(run.exitCode == 1)
        let looked = directory.url.appendingPathComponent("Seeds").standardizedFileURL.path
        #expect(run.stderr == "Error: Seeds: no such folder (\(looked)); give the seeds folder that holds sources.csv and observations.csv: chiso load DIR\n")
        #expect(!FileManager.default.fileExists(atPath: directory.path("chiso.db")))
        let file = try directory.write("notes.txt", "x\n")
        let onAFile = try Chiso.run(["load", file, "--db", db])
        #expect(onAFile.stderr == "Error: \(file): is a file, not a folder; give the seeds folder that holds sources.csv and observations.csv: chiso load DIR\n")
    }

    @Test func reloadingChangesNothing() throws {
        _ = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        let before = try Chiso.dump(db)
        let run = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        #expect(run.exitCode == 0)
        #expect(Array(run.lines.prefix(4)) == [
            "sources: 0 new, 0 changed, 5 unchanged",
            "observations: 0 new, 0 changed, 59 unchanged",
            "targets: 0 new, 0 changed, 5 unchanged",
            "rollouts: 0 new, 0 changed, 1 unchanged",
        ])
        #expect(try Chiso.dump(db) == before)
    }

    @Test func reportsAnEditedValueAsChangedAndKeepsRemovedRows() throws {
        let seeds = try copySeeds()
        _ = try Chiso.run(["load", seeds.path, "--db", db])
        let observations = seeds.appendingPathComponent("observations.csv")
        try edit(observations, line: 11) { $0.replacingOccurrences(of: ",42.06,", with: ",42.6,") }
        try edit(observations, line: 12) { _ in "" }
        let run = try Chiso.run(["load", seeds.path, "--db", db])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.lines[1] == "observations: 0 new, 1 changed, 57 unchanged, 1 not in seeds (kept)")
        let database = try Database(path: db, access: .read)
        let value = try database.connection.scalar(
            "SELECT value FROM observations WHERE indicator = 'online_dossier_rate' AND period = '2023-09-30'")
        #expect(value == .real(42.6))
        #expect(try database.observations.count() == 59)
    }

    /// One broken line each: the load stops at file:line:column and nothing changes.
    @Test(arguments: [
        (11, ",42.06,", ",42.0.6,", "observations.csv:11:6: value '42.0.6' is not a number: "),
        (11, "online_dossier_rate,", "online_dossier_rat,", "observations.csv:11:1: indicator 'online_dossier_rat' is not in the indicator catalogue; did you mean online_dossier_rate?"),
        (11, "đạt 42,06%", "đạt 42,07%", "observations.csv:11:14: quote \"tỷ lệ hồ sơ tiếp nhận và xử lý trực tuyến của các DVC trực tuyến đạt 42,07%"),
        (11, ",reported,", ",", "observations.csv:11: expected 20 fields as in the header, found 19"),
        (11, ",08,", ",99,", "observations.csv:11:2: area '99': unknown area code '99'"),
    ])
    func abortsOnABrokenRowAndChangesNothing(line: Int, find: String, replace: String, expected: String) throws {
        let seeds = try copySeeds()
        _ = try Chiso.run(["load", seeds.path, "--db", db])
        let before = try Chiso.dump(db)
        try edit(seeds.appendingPathComponent("observations.csv"), line: line) { $0.replacingOccurrences(of: find, with: replace) }
        // Also change a value earlier in the file, to prove earlier rows roll back too.
        try edit(seeds.appendingPathComponent("observations.csv"), line: 2) { $0.replacingOccurrences(of: ",60,", with: ",61,") }
        let run = try Chiso.run(["load", seeds.path, "--db", db])
        #expect(run.exitCode == 1)
        #expect(run.stderr.hasPrefix("Error: \(seeds.path)/\(expected)"), "got: \(run.stderr)")
        #expect(run.stdout == "")
        #expect(try Chiso.dump(db) == before)
    }

    @Test func aFailedFirstLoadLeavesNoFile() throws {
        let seeds = try copySeeds()
        try edit(seeds.appendingPathComponent("targets.csv"), line: 2) { $0.replacingOccurrences(of: ">=", with: "=>") }
        let run = try Chiso.run(["load", seeds.path, "--db", db])
        #expect(run.exitCode == 1)
        #expect(run.stderr.hasPrefix("Error: \(seeds.path)/targets.csv:2:6: comparator '=>' is not one of >=, <=, =, between"), "got: \(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    // MARK: - Figures of the five reports

    struct Figure: Sendable, CustomStringConvertible {
        let indicator: String, area: String, period: String, agency: String
        let value: Double, numerator: Double?, denominator: Double?, change: Double?
        var description: String { "\(indicator) \(area) \(period)" }
    }

    static let figures: [Figure] = [
        .init(indicator: "online_dossier_rate", area: "Tuyên Quang", period: "2023-09-30", agency: "", value: 42.06, numerator: nil, denominator: nil, change: 18.2),
        .init(indicator: "online_dossier_rate", area: "Tuyên Quang", period: "2023-09", agency: "", value: 78.63, numerator: 13322, denominator: 16942, change: nil),
        .init(indicator: "qd766_score", area: "Tuyên Quang", period: "2023-01/2023-09", agency: "", value: 58.52, numerator: nil, denominator: nil, change: nil),
        .init(indicator: "qd766_rank", area: "Tuyên Quang", period: "2023-01/2023-09", agency: "", value: 56, numerator: 56, denominator: 63, change: 3),
        .init(indicator: "tthc_published_total", area: "Tuyên Quang", period: "2023-09-30", agency: "", value: 1824, numerator: nil, denominator: nil, change: nil),
        .init(indicator: "eid_accounts_activated", area: "Tuyên Quang", period: "2023-09-30", agency: "", value: 447228, numerator: nil, denominator: nil, change: nil),
        .init(indicator: "digitised_input_dossier_rate", area: "Tuyên Quang", period: "2023-09", agency: "", value: 64.64, numerator: nil, denominator: nil, change: nil),
        .init(indicator: "par_index_score", area: "Tuyên Quang", period: "2020", agency: "", value: 83.81, numerator: nil, denominator: nil, change: 6.53),
        .init(indicator: "sipas_index", area: "Tuyên Quang", period: "2020", agency: "", value: 82.25, numerator: nil, denominator: nil, change: 8.45),
        .init(indicator: "qd766_rank", area: "Nghệ An", period: "2024-01/2024-10", agency: "", value: 38, numerator: 38, denominator: 63, change: 5),
        .init(indicator: "social_payment_accounts_rate", area: "Nghệ An", period: "2024-10-31", agency: "Sở Lao động - Thương binh và Xã hội", value: 65.16, numerator: nil, denominator: nil, change: nil),
        .init(indicator: "community_digital_team_members", area: "Nghệ An", period: "2024-10-31", agency: "", value: 23314, numerator: nil, denominator: nil, change: nil),
        .init(indicator: "dti_self_assessed_score", area: "Thừa Thiên Huế", period: "2023", agency: "", value: 774.45, numerator: nil, denominator: nil, change: 76.9),
        .init(indicator: "qd766_score", area: "Hà Giang", period: "2023-10-13", agency: "", value: 71.4, numerator: nil, denominator: nil, change: nil),
        .init(indicator: "qd766_rank", area: "Hà Giang", period: "2023-10-13", agency: "", value: 25, numerator: 25, denominator: 63, change: 20),
        .init(indicator: "cross_boundary_dossiers", area: "Việt Nam", period: "2023-10-16", agency: "", value: 6_900_000, numerator: nil, denominator: nil, change: nil),
        .init(indicator: "digitisation_plan_units", area: "Việt Nam", period: "2023-10-16", agency: "", value: 67, numerator: 67, denominator: 76, change: nil),
    ]

    @Test func holdsTheReportsFigures() throws {
        _ = try Chiso.run(["load", PackagePaths.seeds.path, "--db", db])
        let database = try Database(path: db, access: .read)
        let statement = try database.connection.prepare("""
            SELECT value, numerator, denominator, change FROM observations_view
            WHERE indicator = ? AND area_name = ? AND period = ? AND agency = ?
            """)
        for figure in Self.figures {
            try statement.bind([figure.indicator, figure.area, figure.period, figure.agency])
            #expect(try statement.step(), "missing: \(figure)")
            #expect(statement.double(at: 0) == figure.value, "\(figure)")
            #expect(statement.double(at: 1) == figure.numerator, "\(figure)")
            #expect(statement.double(at: 2) == figure.denominator, "\(figure)")
            #expect(statement.double(at: 3) == figure.change, "\(figure)")
        }
        let status = try database.connection.scalar("""
            SELECT status FROM observations_view WHERE indicator = 'dti_self_assessed_score' AND period = '2023'
            """)
        #expect(status == .text("self_assessed"))
        let rollout = try database.connection.query("""
            SELECT area_name, total, completed, in_progress, not_started FROM rollouts_view WHERE period = '2024-10-31'
            """)
        #expect(rollout == [[.text("Nghệ An"), .integer(38), .integer(16), .integer(21), .integer(1)]])
        let target = try database.connection.query("""
            SELECT comparator, value, value_high FROM targets_view WHERE indicator = 'social_payment_accounts_rate'
            """)
        #expect(target == [[.text("between"), .real(90), .real(100)]])
    }
}
