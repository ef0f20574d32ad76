import Testing
@testable import ChisoStorage
import ChisoTestSupport

/// Every invariant of the schema rejects a row that breaks it, and accepts its good twin.
@Suite struct ConstraintTests {
    static let setup = """
        INSERT OR IGNORE INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('t_rate', 'Tỷ lệ', 'Rate', 'percent', 'qd766', 1, 100, NULL);
        INSERT OR IGNORE INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('t_rank', 'Xếp hạng', 'Rank', 'rank', 'qd766', 0, NULL, NULL);
        INSERT OR IGNORE INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('t_count', 'Số', 'Count', 'count', 'tthc', 1, NULL, NULL);
        INSERT OR IGNORE INTO indicator_breakdowns VALUES ('t_count', 'level');
        INSERT OR IGNORE INTO periods VALUES ('2023', 'year', '2023-01-01', '2023-12-31', 'Năm 2023');
        INSERT OR IGNORE INTO sources (id, title) VALUES ('s1', 'Báo cáo');
        INSERT OR IGNORE INTO change_log (id, at, command) VALUES (1, '2026-12-07T08:00:00Z', 'test');
        """

    /// (what it breaks, a statement that breaks it, its good twin)
    static let cases: [(String, String, String)] = [
        ("area level", "INSERT INTO areas (id, code, name, name_folded, level, parent_id) VALUES ('x', 'X', 'X', 'x', 'planet', 'VN')",
         "INSERT INTO areas (id, code, name, name_folded, level, parent_id) VALUES ('x', 'X', 'X', 'x', 'district', 'VN')"),
        ("area parent required below country", "INSERT INTO areas (id, code, name, name_folded, level) VALUES ('x', 'X', 'X', 'x', 'province')",
         "INSERT INTO areas (id, code, name, name_folded, level, parent_id) VALUES ('x', 'X', 'X', 'x', 'province', 'VN')"),
        ("area validity order", "INSERT INTO areas (id, code, name, name_folded, level, parent_id, valid_from, valid_to) VALUES ('x', 'X', 'X', 'x', 'province', 'VN', '2025-01-01', '2024-01-01')",
         "INSERT INTO areas (id, code, name, name_folded, level, parent_id, valid_from, valid_to) VALUES ('x', 'X', 'X', 'x', 'province', 'VN', '2024-01-01', '2025-01-01')"),
        ("area date format", "INSERT INTO areas (id, code, name, name_folded, level, parent_id, valid_to) VALUES ('x', 'X', 'X', 'x', 'province', 'VN', '30/6/2025')",
         "INSERT INTO areas (id, code, name, name_folded, level, parent_id, valid_to) VALUES ('x', 'X', 'X', 'x', 'province', 'VN', '2025-06-30')"),
        ("area parent foreign key", "INSERT INTO areas (id, code, name, name_folded, level, parent_id) VALUES ('x', 'X', 'X', 'x', 'province', 'nowhere')",
         "INSERT INTO areas (id, code, name, name_folded, level, parent_id) VALUES ('x', 'X', 'X', 'x', 'province', 'VN')"),
        ("indicator measure", "INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('x', 'x', 'x', 'feelings', 'qd766', 1, NULL, NULL)",
         "INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('x', 'x', 'x', 'ratio', 'qd766', 1, NULL, NULL)"),
        ("indicator framework", "INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('x', 'x', 'x', 'count', 'Astrology!', 1, NULL, NULL)",
         "INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('x', 'x', 'x', 'count', 'astrology', 1, NULL, NULL)"),
        ("indicator new measure", "INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('x', 'x', 'x', 'change', 'other', 1, NULL, NULL)",
         "INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('x', 'x', 'x', 'percentage_point_change', 'other', 1, NULL, NULL)"),
        ("indicator parent foreign key", "INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description, parent) VALUES ('x', 'x', 'x', 'count', 'other', 1, NULL, NULL, 'nowhere')",
         "INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description, parent) VALUES ('x', 'x', 'x', 'count', 'other', 1, NULL, NULL, 'qd766_score')"),
        ("indicator parent cycle", "UPDATE indicators SET parent = 'qd766_rank' WHERE code = 'qd766_score'",
         "UPDATE indicators SET parent = 'par_index_score' WHERE code = 'qd766_score'"),
        ("observation level", "INSERT INTO observations (indicator, area, period, value, level) VALUES ('t_count', 'p63-08', '2023', 5, 'village')",
         "INSERT INTO observations (indicator, area, period, value, level) VALUES ('t_count', 'p63-08', '2023', 5, 'xa')"),
        ("observation breakdown the indicator lacks", "INSERT INTO observations (indicator, area, period, value, channel) VALUES ('t_count', 'p63-08', '2023', 5, 'truc_tuyen')",
         "INSERT INTO observations (indicator, area, period, value, level) VALUES ('t_count', 'p63-08', '2023', 5, 'huyen')"),
        ("indicator code shape", "INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('Bad Code', 'x', 'x', 'count', 'other', 1, NULL, NULL)",
         "INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('good_code2', 'x', 'x', 'count', 'other', 1, NULL, NULL)"),
        ("indicator direction flag", "INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('x', 'x', 'x', 'count', 'other', 2, NULL, NULL)",
         "INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES ('x', 'x', 'x', 'count', 'other', 0, NULL, NULL)"),
        ("period kind", "INSERT INTO periods VALUES ('2024', 'decade', '2024-01-01', '2024-12-31', 'x')",
         "INSERT INTO periods VALUES ('2024', 'year', '2024-01-01', '2024-12-31', 'x')"),
        ("period date order", "INSERT INTO periods VALUES ('2024', 'year', '2024-12-31', '2024-01-01', 'x')",
         "INSERT INTO periods VALUES ('2024', 'year', '2024-01-01', '2024-12-31', 'x')"),
        ("period impossible date", "INSERT INTO periods VALUES ('2023-02', 'month', '2023-02-01', '2023-02-30', 'x')",
         "INSERT INTO periods VALUES ('2023-02', 'month', '2023-02-01', '2023-02-28', 'x')"),
        ("source sha256 shape", "INSERT INTO sources (id, title, sha256) VALUES ('s2', 't', 'xyz')",
         "INSERT INTO sources (id, title, sha256) VALUES ('s2', 't', '\(String(repeating: "ab", count: 32))')"),
        ("source id shape", "INSERT INTO sources (id, title) VALUES ('a b', 't')",
         "INSERT INTO sources (id, title) VALUES ('a-b', 't')"),
        ("observation percent above 100", "INSERT INTO observations (indicator, area, period, value) VALUES ('t_rate', 'p63-08', '2023', 100.5)",
         "INSERT INTO observations (indicator, area, period, value) VALUES ('t_rate', 'p63-08', '2023', 100)"),
        ("observation percent below 0", "INSERT INTO observations (indicator, area, period, value) VALUES ('t_rate', 'p63-08', '2023', -1)",
         "INSERT INTO observations (indicator, area, period, value) VALUES ('t_rate', 'p63-08', '2023', 0)"),
        ("observation rank above its denominator", "INSERT INTO observations (indicator, area, period, value, numerator, denominator) VALUES ('t_rank', 'p63-08', '2023', 64, 64, 63)",
         "INSERT INTO observations (indicator, area, period, value, numerator, denominator) VALUES ('t_rank', 'p63-08', '2023', 63, 63, 63)"),
        ("observation rank below 1", "INSERT INTO observations (indicator, area, period, value) VALUES ('t_rank', 'p63-08', '2023', 0)",
         "INSERT INTO observations (indicator, area, period, value) VALUES ('t_rank', 'p63-08', '2023', 1)"),
        ("observation numerator above denominator for a rate", "INSERT INTO observations (indicator, area, period, value, numerator, denominator) VALUES ('t_rate', 'p63-08', '2023', 50, 20, 10)",
         "INSERT INTO observations (indicator, area, period, value, numerator, denominator) VALUES ('t_rate', 'p63-08', '2023', 50, 5, 10)"),
        ("observation numerator without denominator", "INSERT INTO observations (indicator, area, period, value, numerator) VALUES ('t_count', 'p63-08', '2023', 5, 5)",
         "INSERT INTO observations (indicator, area, period, value, numerator, denominator) VALUES ('t_count', 'p63-08', '2023', 5, 5, 10)"),
        ("observation zero denominator", "INSERT INTO observations (indicator, area, period, value, numerator, denominator) VALUES ('t_count', 'p63-08', '2023', 5, 5, 0)",
         "INSERT INTO observations (indicator, area, period, value, numerator, denominator) VALUES ('t_count', 'p63-08', '2023', 5, 5, 5)"),
        ("observation qualifier", "INSERT INTO observations (indicator, area, period, value, qualifier) VALUES ('t_count', 'p63-08', '2023', 5, 'roughly')",
         "INSERT INTO observations (indicator, area, period, value, qualifier) VALUES ('t_count', 'p63-08', '2023', 5, 'about')"),
        ("observation status", "INSERT INTO observations (indicator, area, period, value, status) VALUES ('t_count', 'p63-08', '2023', 5, 'rumoured')",
         "INSERT INTO observations (indicator, area, period, value, status) VALUES ('t_count', 'p63-08', '2023', 5, 'estimated')"),
        ("observation channel", "INSERT INTO observations (indicator, area, period, value, channel) VALUES ('t_count', 'p63-08', '2023', 5, 'pigeon')",
         "INSERT INTO observations (indicator, area, period, value, channel) VALUES ('t_count', 'p63-08', '2023', 5, '')"),
        ("observation dossier status", "INSERT INTO observations (indicator, area, period, value, dossier_status) VALUES ('t_count', 'p63-08', '2023', 5, 'lost')",
         "INSERT INTO observations (indicator, area, period, value, dossier_status) VALUES ('t_count', 'p63-08', '2023', 5, '')"),
        ("change log row table", "INSERT INTO change_log_rows (change_id, table_name, row_id, new_json) VALUES (1, 'areas', '1', '{}')",
         "INSERT INTO change_log_rows (change_id, table_name, row_id, new_json) VALUES (1, 'targets', '1', '{}')"),
        ("observation change without baseline", "INSERT INTO observations (indicator, area, period, value, change) VALUES ('t_count', 'p63-08', '2023', 5, 3)",
         "INSERT INTO observations (indicator, area, period, value, change, baseline_period) VALUES ('t_count', 'p63-08', '2023', 5, 3, '2023')"),
        ("observation unknown indicator", "INSERT INTO observations (indicator, area, period, value) VALUES ('nope', 'p63-08', '2023', 5)",
         "INSERT INTO observations (indicator, area, period, value) VALUES ('t_count', 'p63-08', '2023', 5)"),
        ("observation unknown area", "INSERT INTO observations (indicator, area, period, value) VALUES ('t_count', '08', '2023', 5)",
         "INSERT INTO observations (indicator, area, period, value) VALUES ('t_count', 'p63-08', '2023', 5)"),
        ("observation unknown period", "INSERT INTO observations (indicator, area, period, value) VALUES ('t_count', 'p63-08', '2023-H1', 5)",
         "INSERT INTO observations (indicator, area, period, value) VALUES ('t_count', 'p63-08', '2023', 5)"),
        ("observation unknown source", "INSERT INTO observations (indicator, area, period, value, source) VALUES ('t_count', 'p63-08', '2023', 5, 'nope')",
         "INSERT INTO observations (indicator, area, period, value, source) VALUES ('t_count', 'p63-08', '2023', 5, 's1')"),
        ("observation value required", "INSERT INTO observations (indicator, area, period, value) VALUES ('t_count', 'p63-08', '2023', NULL)",
         "INSERT INTO observations (indicator, area, period, value) VALUES ('t_count', 'p63-08', '2023', 0)"),
        ("target comparator", "INSERT INTO targets (indicator, area, period, comparator, value) VALUES ('t_rate', 'p63-08', '2023', '>>', 86)",
         "INSERT INTO targets (indicator, area, period, comparator, value) VALUES ('t_rate', 'p63-08', '2023', '>=', 86)"),
        ("target between needs a high value", "INSERT INTO targets (indicator, area, period, comparator, value) VALUES ('t_rate', 'p63-08', '2023', 'between', 90)",
         "INSERT INTO targets (indicator, area, period, comparator, value, value_high) VALUES ('t_rate', 'p63-08', '2023', 'between', 90, 100)"),
        ("target high below low", "INSERT INTO targets (indicator, area, period, comparator, value, value_high) VALUES ('t_rate', 'p63-08', '2023', 'between', 90, 80)",
         "INSERT INTO targets (indicator, area, period, comparator, value, value_high) VALUES ('t_rate', 'p63-08', '2023', 'between', 80, 90)"),
        ("rollout parts must sum to total", "INSERT INTO rollouts (area, period, total, completed, in_progress, not_started) VALUES ('p63-40', '2023', 38, 16, 21, 2)",
         "INSERT INTO rollouts (area, period, total, completed, in_progress, not_started) VALUES ('p63-40', '2023', 38, 16, 21, 1)"),
        ("rollout negative part", "INSERT INTO rollouts (area, period, total, completed, in_progress, not_started) VALUES ('p63-40', '2023', 10, 12, -2, 0)",
         "INSERT INTO rollouts (area, period, total, completed, in_progress, not_started) VALUES ('p63-40', '2023', 10, 10, 0, 0)"),
        ("rollout empty total", "INSERT INTO rollouts (area, period, total, completed, in_progress, not_started) VALUES ('p63-40', '2023', 0, 0, 0, 0)",
         "INSERT INTO rollouts (area, period, total, completed, in_progress, not_started) VALUES ('p63-40', '2023', 1, 0, 0, 1)"),
    ]

    @Test(arguments: cases.map { $0.0 })
    func rejectsARowThatBreaks(_ rule: String) throws {
        let (_, bad, good) = try #require(Self.cases.first { $0.0 == rule })
        let dir = TemporaryDirectory()
        let db = try Database(path: dir.path("c.db"), access: .create)
        try db.connection.executeScript(Self.setup)
        #expect(throws: StorageError.self, "\(rule) should be rejected") { try db.connection.execute(bad) }
        try db.connection.execute(good)
    }

    /// SQLite 3.40 builds a temporary B-tree for a CHECK's `IN (…)` list on every row it
    /// checks; the tables a bulk import writes say the same with OR chains (Schema/015_perf.sql).
    @Test func theTablesAnImportWritesCheckNoInLists() throws {
        let dir = TemporaryDirectory()
        let db = try Database(path: dir.path("c.db"), access: .create)
        for table in ["observations", "change_log_rows", "change_log_ranges"] {
            let sql = try db.connection.scalar("SELECT sql FROM sqlite_schema WHERE name = ?", [table]).stringValue ?? ""
            #expect(sql.hasPrefix("CREATE TABLE \(table)"))
            #expect(!sql.contains(" IN ("), "\(table): \(sql)")
        }
        #expect(try db.connection.scalar("PRAGMA integrity_check").stringValue == "ok")
    }

    @Test func naturalKeyRejectsADuplicateFigure() throws {
        let dir = TemporaryDirectory()
        let db = try Database(path: dir.path("c.db"), access: .create)
        try db.connection.executeScript(Self.setup)
        let insert = "INSERT INTO observations (indicator, area, period, value, source) VALUES ('t_count', 'p63-08', '2023', 5, NULL)"
        try db.connection.execute(insert)
        #expect(throws: StorageError.self) { try db.connection.execute(insert) }
    }
}
