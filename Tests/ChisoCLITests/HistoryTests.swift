import ChisoTestSupport
import Foundation
import Testing

/// `chiso correct`, `delete`, `history` and `undo` end to end: after every operation the data
/// and the change log agree, undo of an undo restores, and a refused or failed command leaves
/// the file byte-identical.
@Suite struct HistoryTests {
    let dir = TemporaryDirectory("chiso-history")
    var db: String { dir.path("t.db") }

    init() throws {
        let result = try Chiso.run(["init", "--db", dir.path("t.db")])
        precondition(result.exitCode == 0, result.stderr)
    }

    func chiso(_ arguments: [String]) throws -> RunResult {
        try Chiso.run(arguments + ["--db", db])
    }

    static let rate = ["--indicator", "online_dossier_rate", "--area", "Tuyên Quang", "--period", "2023-09"]

    func value(_ id: Int = 1) throws -> String {
        try Chiso.sqlite3(db, "SELECT value FROM observations WHERE id = \(id)").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Rows whose current values differ from the last values the log recorded for them (a row
    /// the log says exists but is gone, or one that exists but was last logged as deleted,
    /// counts too): zero when the data and the history agree.
    func disagreements() throws -> Int {
        // A bulk import logs each new row compactly (key and value, "compact": 1): such a
        // row agrees when those fields agree.
        let compact = "json_object('indicator', o.indicator, 'area', o.area, 'agency', o.agency, 'period', o.period, 'level', o.level, 'channel', o.channel, 'dossier_status', o.dossier_status, 'source', o.source, 'value', o.value, 'compact', 1)"
        let json = "CASE WHEN json_extract((SELECT new_json FROM change_log_rows r WHERE r.table_name = 'observations' AND r.row_id = CAST(o.id AS TEXT) ORDER BY rowid DESC LIMIT 1), '$.compact') = 1 THEN \(compact) ELSE json_object('indicator', o.indicator, 'area', o.area, 'agency', o.agency, 'period', o.period, 'value', o.value, 'numerator', o.numerator, 'denominator', o.denominator, 'qualifier', o.qualifier, 'status', o.status, 'baseline_period', o.baseline_period, 'change', o.change, 'source', o.source, 'quote', o.quote, 'note', o.note, 'level', o.level, 'channel', o.channel, 'dossier_status', o.dossier_status) END"
        let last = "(SELECT new_json FROM change_log_rows r WHERE r.table_name = 'observations' AND r.row_id = l.row_id ORDER BY rowid DESC LIMIT 1)"
        // A bulk import logs its new rows as one range of ids with a digest (change_log_ranges):
        // a row of a range never logged since agrees (undo checks the digest).
        let inRangeOnly = "(EXISTS (SELECT 1 FROM change_log_ranges g WHERE o.id BETWEEN g.first_id AND g.last_id) AND NOT EXISTS (SELECT 1 FROM change_log_rows r WHERE r.table_name = 'observations' AND r.row_id = CAST(o.id AS TEXT)))"
        let sql = """
            SELECT (SELECT count(*) FROM observations o WHERE NOT \(inRangeOnly) AND \(json) IS NOT
                       (SELECT new_json FROM change_log_rows r WHERE r.table_name = 'observations' AND r.row_id = CAST(o.id AS TEXT) ORDER BY rowid DESC LIMIT 1))
                 + (SELECT count(*) FROM (SELECT DISTINCT row_id FROM change_log_rows WHERE table_name = 'observations') l
                    WHERE \(last) IS NOT NULL AND NOT EXISTS (SELECT 1 FROM observations WHERE id = CAST(l.row_id AS INTEGER)))
            """
        return Int(try Chiso.sqlite3(db, sql).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test func correctionIsLoggedAndUndoOfUndoRestoresIt() throws {
        #expect(try chiso(["add", "observation"] + Self.rate + ["--value", "80,5"]).exitCode == 0)
        #expect(try disagreements() == 0)
        let corrected = try chiso(["correct"] + Self.rate + ["--value", "8,05"])
        #expect(corrected.exitCode == 0)
        #expect(corrected.stderr == "corrected observation 1: value 80.5 → 8.05\n")
        #expect(try value() == "8.05")
        #expect(try disagreements() == 0)

        let history = try chiso(["history", "--format", "csv"])
        #expect(history.stdout.contains("2,"))
        #expect(history.stdout.contains("chiso correct --indicator online_dossier_rate --area 'Tuyên Quang' --period 2023-09 --value 8,05"))
        #expect(history.stdout.contains("1 observation changed"))

        let undo = try chiso(["undo"])
        #expect(undo.exitCode == 0)
        #expect(try value() == "80.5")
        #expect(try disagreements() == 0)
        let redo = try chiso(["undo"])
        #expect(redo.exitCode == 0)
        #expect(try value() == "8.05")
        #expect(try disagreements() == 0)
        #expect(try Chiso.sqlite3(db, "SELECT group_concat(coalesce(undoes, '-'), ' ') FROM change_log ORDER BY id") == "- - 2 3\n")
    }

    @Test func undoIsRefusedWhenALaterOperationTouchedTheRowAndChangesNothing() throws {
        #expect(try chiso(["add", "observation"] + Self.rate + ["--value", "80,5"]).exitCode == 0)
        #expect(try chiso(["correct", "--id", "1", "--value", "8,05"]).exitCode == 0)
        let before = try Chiso.dump(db)
        let refused = try chiso(["undo", "--id", "1"])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.hasPrefix("Error: cannot undo operation 1 (add, "))
        #expect(refused.stderr.contains("operation 2 (correct, "))
        #expect(refused.stderr.hasSuffix("later changed observation 1; undo 2 first; nothing was changed\n"))
        #expect(try Chiso.dump(db) == before)
        // An operation already undone says so.
        #expect(try chiso(["undo"]).exitCode == 0)
        let again = try chiso(["undo", "--id", "2"])
        #expect(again.stderr == "Error: operation 2 (correct) was already undone by operation 3; run `chiso undo --id 3` to restore it\n")
    }

    @Test func aFailedCorrectionLeavesTheFileByteIdentical() throws {
        #expect(try chiso(["add", "observation"] + Self.rate + ["--value", "80,5"]).exitCode == 0)
        let before = try Chiso.dump(db)
        let failed = try chiso(["correct", "--id", "1", "--value", "180"])
        #expect(failed.exitCode == 1)
        #expect(failed.stderr == "Error: --value 180 is outside 0–100 for the percent indicator online_dossier_rate (write 42.06 for 42,06%, not 0.4206)\n")
        #expect(try Chiso.dump(db) == before)
        let unknown = try chiso(["correct", "--id", "1", "--set", "vaule=3"])
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr.hasPrefix("Error: --set vaule=…: 'vaule' is not a field of an observation; did you mean value?"))
        let missing = try chiso(["correct", "--id", "9", "--value", "3"])
        #expect(missing.stderr.hasPrefix("Error: no observation 9 in "))
        let dryRun = try chiso(["correct", "--id", "1", "--set", "period=2023-10", "--dry-run"])
        #expect(dryRun.stderr == "would correct observation 1: period 2023-09 → 2023-10 (dry run: nothing written)\n")
        let byOption = try chiso(["correct", "--id", "1", "--period", "tháng 10 năm 2023", "--note", "x", "--dry-run"])
        #expect(byOption.stderr == "would correct observation 1: period 2023-09 → 2023-10; note (empty) → x (dry run: nothing written)\n")
        #expect(try Chiso.dump(db) == before)
    }

    @Test func correctingIntoAnotherFiguresKeyIsRefused() throws {
        #expect(try chiso(["add", "observation"] + Self.rate + ["--value", "80,5"]).exitCode == 0)
        #expect(try chiso(["add", "observation", "--indicator", "online_dossier_rate", "--area", "08", "--period", "2023-10", "--value", "81"]).exitCode == 0)
        let before = try Chiso.dump(db)
        let refused = try chiso(["correct", "--id", "2", "--set", "period=2023-09"])
        #expect(refused.stderr == "Error: observation 1 already has the key online_dossier_rate / p63-08 / 2023-09; correct or delete that one instead\n")
        #expect(try Chiso.dump(db) == before)
    }

    @Test func deleteNeedsYesForSeveralRowsAndUndoPutsThemBack() throws {
        for period in ["2023-09", "2023-10", "2023-11"] {
            #expect(try chiso(["add", "observation", "--indicator", "online_dossier_rate", "--area", "08", "--period", period, "--value", "50"]).exitCode == 0)
        }
        let before = try Chiso.dump(db)
        let asked = try chiso(["delete", "--where", "period within 2023"])
        #expect(asked.exitCode == 1)
        #expect(asked.stderr == "3 figures match; nothing was deleted; pass --yes to delete them all (or --dry-run to look first)\n")
        #expect(asked.stdout.split(separator: "\n").count == 4)
        #expect(try Chiso.dump(db) == before)
        let dry = try chiso(["delete", "--where", "period within 2023", "--dry-run"])
        #expect(dry.stderr == "would delete 3 observations (dry run: nothing written)\n")
        #expect(try Chiso.dump(db) == before)

        let deleted = try chiso(["delete", "--where", "period within 2023", "--yes"])
        #expect(deleted.exitCode == 0)
        #expect(try Chiso.sqlite3(db, "SELECT count(*) FROM observations") == "0\n")
        #expect(try disagreements() == 0)
        #expect(try chiso(["undo"]).exitCode == 0)
        #expect(try Chiso.sqlite3(db, "SELECT group_concat(id || ':' || period, ' ') FROM observations") == "1:2023-09 2:2023-10 3:2023-11\n")
        #expect(try disagreements() == 0)

        let one = try chiso(["delete", "--indicator", "online_dossier_rate", "--area", "08", "--period", "2023-10"])
        #expect(one.stderr == "deleted observation 2; `chiso undo` puts it back\n")
        #expect(try disagreements() == 0)
    }

    @Test func deletingACitedSourceNeedsCascadeAndUndoRestoresEverything() throws {
        try Chiso.sqlite3(db, "INSERT INTO sources (id, title, body) VALUES ('s1', 'Báo cáo', 'Tỷ lệ đạt 80,5%.')")
        #expect(try chiso(["add", "observation"] + Self.rate + ["--value", "80,5", "--source", "s1", "--quote", "Tỷ lệ đạt 80,5%"]).exitCode == 0)
        let before = try Chiso.dump(db)
        let refused = try chiso(["delete", "source", "s1"])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr == "Error: source 's1' is cited by 1 observation; pass --cascade to delete them with it, or delete them first; nothing was deleted\n")
        #expect(try Chiso.dump(db) == before)
        let cascade = try chiso(["delete", "source", "s1", "--cascade"])
        #expect(cascade.stderr == "deleted source s1 with 1 observation citing it; `chiso undo` puts them back\n")
        #expect(try Chiso.sqlite3(db, "SELECT count(*) FROM sources") == "0\n")
        #expect(try chiso(["search", "ty le dat"]).stdout.contains("s1") == false)
        #expect(try chiso(["undo"]).exitCode == 0)
        #expect(try Chiso.sqlite3(db, "SELECT count(*) || ' ' || (SELECT count(*) FROM observations) FROM sources") == "1 1\n")
        // The text is searchable again: undo re-indexes the passages of a source it puts back.
        #expect(try chiso(["search", "ty le dat"]).stdout.contains("s1"))
    }

    @Test func theBulkImportLogsEveryNewRowAndUndoRemovesThem() throws {
        let file = try dir.write("in.csv", """
            indicator,area,period,value
            online_dossier_rate,08,2023-09,42.06
            online_dossier_rate,08,2023-10,43
            online_dossier_rate,08,2023-11,44

            """)
        #expect(try chiso(["import", file]).exitCode == 0)
        #expect(try Chiso.sqlite3(db, "SELECT command, summary FROM change_log") == "import|3 observations added\n")
        #expect(try disagreements() == 0)
        #expect(try chiso(["undo"]).exitCode == 0)
        #expect(try Chiso.sqlite3(db, "SELECT count(*) FROM observations") == "0\n")
        #expect(try disagreements() == 0)
    }

    /// A bulk import logs its new rows as one range of ids and a digest of the rows; undo still
    /// refuses when another tool changed any column of one of them since, and changes nothing.
    @Test(arguments: ["UPDATE observations SET value = 99 WHERE period = '2023-10'",
                      "UPDATE observations SET note = 'by hand' WHERE period = '2023-10'"])
    func undoOfABulkImportRefusesARowAnotherToolChanged(change: String) throws {
        let file = try dir.write("in.csv", """
            indicator,area,period,value
            online_dossier_rate,08,2023-09,42.06
            online_dossier_rate,08,2023-10,43

            """)
        #expect(try chiso(["import", file]).exitCode == 0)
        #expect(try Chiso.sqlite3(db, "SELECT first_id, last_id, length(digest) FROM change_log_ranges") == "1|2|16\n")
        #expect(try Chiso.sqlite3(db, "SELECT count(*) FROM change_log_rows") == "0\n")
        try Chiso.sqlite3(db, change)
        let before = try Chiso.dump(db)
        let undo = try chiso(["undo"])
        #expect(undo.exitCode == 1)
        #expect(undo.stderr == "Error: cannot undo operation 1 (import): of the 2 observations it added (1–2), some have other values than the operation left (changed by another tool?); nothing was changed\n")
        #expect(try Chiso.dump(db) == before)
    }

    @Test func undoOfABulkImportRefusesWhenAnotherToolDeletedOneOfItsRows() throws {
        let file = try dir.write("in.csv", """
            indicator,area,period,value
            online_dossier_rate,08,2023-09,42.06
            online_dossier_rate,08,2023-10,43

            """)
        #expect(try chiso(["import", file]).exitCode == 0)
        try Chiso.sqlite3(db, "DELETE FROM observations WHERE id = 2")
        let before = try Chiso.dump(db)
        let undo = try chiso(["undo"])
        #expect(undo.exitCode == 1)
        #expect(undo.stderr == "Error: cannot undo operation 1 (import): of the 2 observations it added (1–2), 1 are gone (deleted by another tool?); nothing was changed\n")
        #expect(try Chiso.dump(db) == before)
    }

    /// A later operation that changed a row of an import's range must be undone first.
    @Test func undoOfABulkImportIsRefusedAfterALaterChangeToOneOfItsRows() throws {
        let file = try dir.write("a.csv", """
            indicator,area,period,value
            online_dossier_rate,08,2023-09,42.06
            online_dossier_rate,08,2023-10,43

            """)
        #expect(try chiso(["import", file]).exitCode == 0)
        #expect(try chiso(["correct", "--id", "2", "--value", "44"]).exitCode == 0)
        let before = try Chiso.dump(db)
        let refused = try chiso(["undo", "--id", "1"])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("operation 2 (correct"), "\(refused.stderr)")
        #expect(refused.stderr.contains("later changed observation 2; undo 2 first; nothing was changed"), "\(refused.stderr)")
        #expect(try Chiso.dump(db) == before)
    }

    /// Undo of an import's undo puts its rows back; once a new import has taken the same ids
    /// again, that new import must be undone first.
    @Test func undoOfAnImportsUndoRestoresItsRowsUnlessANewImportTookTheirIds() throws {
        let first = try dir.write("a.csv", """
            indicator,area,period,value
            online_dossier_rate,08,2023-09,42.06
            online_dossier_rate,08,2023-10,43

            """)
        #expect(try chiso(["import", first]).exitCode == 0)     // 1
        let undone = try chiso(["undo"])                           // 2
        #expect(undone.exitCode == 0, "\(undone.stderr)")
        #expect(undone.stderr.contains("2 removed"), "\(undone.stderr)")
        #expect(try Chiso.sqlite3(db, "SELECT count(*) FROM observations") == "0\n")
        #expect(try disagreements() == 0)
        #expect(try chiso(["undo"]).exitCode == 0)                 // 3 restores them
        #expect(try Chiso.sqlite3(db, "SELECT id, value FROM observations ORDER BY id") == "1|42.06\n2|43.0\n")
        #expect(try disagreements() == 0)
        #expect(try chiso(["undo"]).exitCode == 0)                 // 4 removes them again

        let second = try dir.write("b.csv", """
            indicator,area,period,value
            online_dossier_rate,08,2023-11,50

            """)
        #expect(try chiso(["import", second]).exitCode == 0)    // 5 takes id 1 again
        #expect(try Chiso.sqlite3(db, "SELECT change_id, first_id, last_id FROM change_log_ranges ORDER BY change_id") == "1|1|2\n5|1|1\n")
        let before = try Chiso.dump(db)
        let refused = try chiso(["undo", "--id", "4"])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("operation 5 (import"), "\(refused.stderr)")
        #expect(refused.stderr.contains("undo 5 first; nothing was changed"), "\(refused.stderr)")
        #expect(try Chiso.dump(db) == before)
    }

    @Test func historyShowsAnImportsRangeAndFindsItByAreaAndIndicator() throws {
        let file = try dir.write("in.csv", """
            indicator,area,period,value
            online_dossier_rate,08,2023-09,42.06
            online_dossier_rate,08,2023-10,43

            """)
        #expect(try chiso(["import", file]).exitCode == 0)
        let rows = try chiso(["history", "--id", "1", "--format", "csv"])
        #expect(rows.stdout.contains("observation,1–2,insert,,"), "\(rows.stdout)")
        #expect(rows.stderr.contains("2 observations added"))
        let byArea = try chiso(["history", "--area", "Tuyên Quang", "--format", "csv"])
        #expect(byArea.stdout.contains("chiso import"), "\(byArea.stdout)")
        let otherArea = try chiso(["history", "--area", "Nghệ An", "--format", "csv"])
        #expect(!otherArea.stdout.contains("chiso import"))
        let byIndicator = try chiso(["history", "--indicator", "online_dossier_rate", "--format", "csv"])
        #expect(byIndicator.stdout.contains("chiso import"))
    }

    @Test func historyFiltersByAreaIndicatorAndDate() throws {
        #expect(try chiso(["add", "observation"] + Self.rate + ["--value", "80,5"]).exitCode == 0)
        #expect(try chiso(["add", "observation", "--indicator", "online_dossier_rate", "--area", "Nghệ An", "--period", "2023-09", "--value", "70"]).exitCode == 0)
        let tq = try chiso(["history", "--area", "Tuyên Quang", "--format", "csv"])
        #expect(tq.stdout.split(separator: "\n").count == 2)
        #expect(tq.stdout.contains("Tuyên Quang"))
        let none = try chiso(["history", "--since", "2999-01-01", "--format", "csv"])
        #expect(none.stdout.split(separator: "\n").count <= 1)
        let bad = try chiso(["history", "--since", "yesterday"])
        #expect(bad.exitCode == 64)
        let rows = try chiso(["history", "--id", "2", "--format", "csv"])
        #expect(rows.stdout.contains("observation,2,insert,,"))
    }

    @Test func theLogIsOrdinaryTablesAndAnotherToolsChangeBlocksUndo() throws {
        #expect(try chiso(["add", "observation"] + Self.rate + ["--value", "80,5"]).exitCode == 0)
        // No trigger or other object of ours stays in the file: any SQLite tool reads and writes it.
        #expect(try Chiso.sqlite3(db, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'chiso_log%'") == "0\n")
        #expect(try Chiso.sqlite3(db, "SELECT command, summary FROM change_log") == "add|1 observation added\n")
        try Chiso.sqlite3(db, "UPDATE observations SET note = 'by hand' WHERE id = 1")
        #expect(try Chiso.sqlite3(db, "SELECT count(*) FROM change_log_rows") == "1\n")
        let before = try Chiso.dump(db)
        let refused = try chiso(["undo"])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr == "Error: cannot undo operation 1 (add): observation 1 has other values than the operation left (changed by another tool?); nothing was changed\n")
        #expect(try Chiso.dump(db) == before)
    }

    @Test func loadAndCheckDeriveAreOperationsToo() throws {
        let seeded = dir.path("seeds.db")
        #expect(try Chiso.run(["load", PackagePaths.seeds.path, "--db", seeded]).exitCode == 0)
        #expect(try Chiso.run(["check", "--derive", "--db", seeded]).exitCode == 0)
        let log = try Chiso.sqlite3(seeded, "SELECT command || ': ' || summary FROM change_log ORDER BY id")
        #expect(log.hasPrefix("load: 5 sources added; 59 observations added; 5 targets added; 1 rollout added\ncheck: "))
        #expect(log.contains("observation"))
        // A second load changes nothing, so it is no operation.
        #expect(try Chiso.run(["load", PackagePaths.seeds.path, "--db", seeded]).exitCode == 0)
        #expect(try Chiso.sqlite3(seeded, "SELECT count(*) FROM change_log") == "2\n")
    }

    @Test(arguments: [["correct"], ["edit"], ["delete"], ["delete", "source"], ["history"], ["undo"], ["add", "source"], ["sources"]])
    func everyNewCommandHasHelpWithExamples(command: [String]) throws {
        let help = try Chiso.run(command + ["--help"])
        #expect(help.exitCode == 0)
        #expect(help.stdout.contains("Examples:"))
        // The alias shows the help of the command it names.
        let name = command == ["edit"] ? "correct" : command.joined(separator: " ")
        #expect(help.stdout.contains("  chiso " + name))
        if command != ["history"], command != ["sources"] { #expect(help.stdout.contains("--dry-run")) }
    }

    @Test func anUndoWithNothingToUndoSaysSo() throws {
        let result = try chiso(["undo"])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "Error: nothing to undo: the history is empty\n")
    }
}
