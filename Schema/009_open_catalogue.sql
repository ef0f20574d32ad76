-- Indicators are data, not code (issue 13). The catalogue gains what a user needs to add an
-- indicator without editing the schema, and figures gain the breakdowns reports publish.
--
-- * indicators is rebuilt (the measure list widens, framework opens to any lower-case word):
--   parent     a component belongs to its index (a QĐ 766 group to qd766_score, a DTI pillar to
--              dti_score), a rank to the score it ranks; a parent cycle is refused by trigger.
--   origin     'builtin' for the rows chiso ships, 'user' for `chiso add indicator` and
--              indicators.csv; a user row never redefines a built-in one.
--   verified   0 when the definition is not confirmed from an official source.
--   reference  where the definition comes from.
--   New measures: index_points (points of an index, read like a score), and three changes
--   that a report gives without the level they start from: rank_change (whole places),
--   points_change and percentage_point_change (both may be negative, no range).
-- * indicator_synonyms: the phrases `chiso extract` matches, as reports write them (with
--   diacritics; the code folds). "A + B" means both must occur in the sentence; a leading "@"
--   means the counted noun right after the number ("@tiêu chí"). The figure shapes come from
--   the indicator's measure, its value range from scale_max.
-- * indicator_breakdowns: which breakdown dimensions an indicator allows.
-- * observations gain level, channel and dossier_status ('' = no breakdown) and the natural key
--   includes them. A breakdown the indicator does not allow is a value rule (the view below,
--   checked by the triggers and by the bulk load).
--
-- The migrator runs with foreign keys off and checks them before commit (the SQLite 12-step
-- procedure, https://sqlite.org/lang_altertable.html#otheralter), so the old table can be
-- dropped while observations and targets point at its name.

DROP TRIGGER observations_value_rules_insert;
DROP TRIGGER observations_value_rules_update;
DROP TRIGGER targets_value_rules_insert;
DROP TRIGGER targets_value_rules_update;
DROP VIEW observation_value_rules;
DROP VIEW target_value_rules;
DROP VIEW observations_view;
DROP VIEW targets_view;

CREATE TABLE indicators_new (
    code             TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9_]*'),
    name_vi          TEXT NOT NULL CHECK (name_vi <> ''),
    name_en          TEXT NOT NULL CHECK (name_en <> ''),
    measure          TEXT NOT NULL CHECK (measure IN ('percent', 'count', 'score', 'rank', 'ratio', 'amount',
                                                      'index_points', 'rank_change', 'points_change', 'percentage_point_change')),
    framework        TEXT NOT NULL CHECK (framework <> '' AND framework NOT GLOB '*[^a-z0-9_]*'),
    higher_is_better INTEGER NOT NULL CHECK (higher_is_better IN (0, 1)),
    scale_max        REAL CHECK (scale_max IS NULL OR scale_max > 0),
    description      TEXT,
    parent           TEXT REFERENCES indicators(code),
    origin           TEXT NOT NULL DEFAULT 'builtin' CHECK (origin IN ('builtin', 'user')),
    verified         INTEGER NOT NULL DEFAULT 1 CHECK (verified IN (0, 1)),
    reference        TEXT
) STRICT;
INSERT INTO indicators_new (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description)
SELECT code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description FROM indicators;
DROP TABLE indicators;
ALTER TABLE indicators_new RENAME TO indicators;
CREATE INDEX indicators_parent ON indicators(parent);

-- An indicator is never its own ancestor. The walk starts at the new parent and climbs.
CREATE TRIGGER indicators_parent_cycle_insert BEFORE INSERT ON indicators WHEN NEW.parent IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'parent cycle: an indicator cannot be its own ancestor')
    WHERE EXISTS (WITH RECURSIVE up(code) AS (
                      SELECT NEW.parent
                      UNION SELECT i.parent FROM indicators i JOIN up ON i.code = up.code WHERE i.parent IS NOT NULL)
                  SELECT 1 FROM up WHERE code = NEW.code);
END;
CREATE TRIGGER indicators_parent_cycle_update BEFORE UPDATE OF parent, code ON indicators WHEN NEW.parent IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'parent cycle: an indicator cannot be its own ancestor')
    WHERE EXISTS (WITH RECURSIVE up(code) AS (
                      SELECT NEW.parent
                      UNION SELECT i.parent FROM indicators i JOIN up ON i.code = up.code WHERE i.parent IS NOT NULL)
                  SELECT 1 FROM up WHERE code = NEW.code OR code = OLD.code);
END;

CREATE TABLE indicator_synonyms (
    indicator TEXT NOT NULL REFERENCES indicators(code),
    phrase    TEXT NOT NULL CHECK (phrase <> ''),
    PRIMARY KEY (indicator, phrase)
) STRICT;

CREATE TABLE indicator_breakdowns (
    indicator TEXT NOT NULL REFERENCES indicators(code),
    dimension TEXT NOT NULL CHECK (dimension IN ('level', 'channel', 'dossier_status')),
    PRIMARY KEY (indicator, dimension)
) STRICT;

ALTER TABLE observations ADD COLUMN level TEXT NOT NULL DEFAULT ''
    CHECK (level IN ('', 'tinh', 'huyen', 'xa'));
ALTER TABLE observations ADD COLUMN channel TEXT NOT NULL DEFAULT ''
    CHECK (channel IN ('', 'truc_tuyen', 'truc_tiep', 'buu_chinh'));
ALTER TABLE observations ADD COLUMN dossier_status TEXT NOT NULL DEFAULT ''
    CHECK (dossier_status IN ('', 'moi_tiep_nhan', 'ky_truoc_chuyen_sang', 'truoc_han', 'dung_han', 'qua_han', 'trong_han'));
DROP INDEX observations_natural_key;
CREATE UNIQUE INDEX observations_natural_key
    ON observations(indicator, area, agency, level, channel, dossier_status, period, coalesce(source, ''));

-- Components belong to their index; a rank pairs with the score it ranks.
UPDATE indicators SET parent = 'qd766_score' WHERE code IN ('qd766_publicity_score', 'qd766_progress_score',
    'qd766_online_service_score', 'qd766_online_payment_score', 'qd766_satisfaction_score', 'qd766_digitisation_score',
    'qd766_rank');
UPDATE indicators SET parent = 'dti_score' WHERE code IN ('dti_digital_government_score', 'dti_digital_economy_score',
    'dti_digital_society_score', 'dti_rank');
UPDATE indicators SET parent = 'dti_digital_government_score' WHERE code = 'dti_digital_government_rank';
UPDATE indicators SET parent = 'dti_digital_economy_score' WHERE code = 'dti_digital_economy_rank';
UPDATE indicators SET parent = 'dti_digital_society_score' WHERE code = 'dti_digital_society_rank';
UPDATE indicators SET parent = 'par_index_score' WHERE code = 'par_index_rank';
UPDATE indicators SET parent = 'sipas_index' WHERE code = 'sipas_rank';
UPDATE indicators SET parent = 'pci_score' WHERE code = 'pci_rank';
UPDATE indicators SET parent = 'online_dossier_rate' WHERE code = 'online_dossier_rate_change';
UPDATE indicators SET parent = 'online_payment_rate' WHERE code = 'online_payment_rate_change';
UPDATE indicators SET parent = 'digitised_dossier_result_rate' WHERE code = 'digitised_dossier_rate_change';
UPDATE indicators SET parent = 'tthc_published_total' WHERE code IN ('tthc_published_provincial', 'tthc_published_district',
    'tthc_published_commune');
UPDATE indicators SET parent = 'digitised_dossier_result_rate' WHERE code IN ('digitised_input_dossier_rate', 'digitised_result_rate');
UPDATE indicators SET reference = 'shared/reference/frameworks.md' WHERE framework IN ('qd766', 'par_index', 'sipas', 'dti', 'papi', 'pci');

-- The phrases extract matched in code until now (Sources/ChisoIngest/Extract/IndicatorKeywords.swift
-- of schema 8), in the same order: when two indicators score alike the earlier row wins.
INSERT INTO indicator_synonyms (indicator, phrase) VALUES
('qd766_score', 'Bộ chỉ số'),
('qd766_score', 'chỉ số chỉ đạo'),
('qd766_score', 'phục vụ người dân'),
('qd766_score', '766'),
('qd766_rank', 'Bộ chỉ số'),
('qd766_rank', 'chỉ số chỉ đạo'),
('qd766_rank', 'phục vụ người dân'),
('qd766_rank', '766'),
('qd766_rank', 'Cổng Dịch vụ công quốc gia'),
('par_index_score', 'Chỉ số CCHC'),
('par_index_score', 'Chỉ số cải cách hành chính'),
('par_index_score', 'PAR Index'),
('par_index_rank', 'Chỉ số CCHC'),
('par_index_rank', 'Chỉ số cải cách hành chính'),
('par_index_rank', 'PAR Index'),
('sipas_index', 'Chỉ số hài lòng'),
('sipas_index', 'SIPAS'),
('sipas_index', 'hài lòng + cơ quan hành chính nhà nước'),
('sipas_rank', 'Chỉ số hài lòng'),
('sipas_rank', 'SIPAS'),
('dti_self_assessed_score', 'tự chấm'),
('dti_self_assessed_score', 'tự đánh giá + chuyển đổi số'),
('dti_score', 'DTI'),
('dti_score', 'Chỉ số chuyển đổi số'),
('dti_rank', 'DTI'),
('dti_rank', 'chuyển đổi số'),
('dti_criteria_improved', '@tiêu chí + tăng'),
('dti_criteria_declined', '@tiêu chí + giảm'),
('papi_score', 'PAPI'),
('pci_score', 'PCI'),
('pci_score', 'năng lực cạnh tranh'),
('pci_rank', 'PCI'),
('pci_rank', 'năng lực cạnh tranh'),
('online_dossier_rate_change', 'hồ sơ + trực tuyến'),
('online_dossier_rate_change', 'tiếp nhận trực tuyến'),
('online_payment_rate_change', 'thanh toán trực tuyến'),
('digitised_dossier_rate_change', 'số hóa hồ sơ'),
('digitised_dossier_rate_change', 'số hóa'),
('online_dossier_rate', 'hồ sơ + trực tuyến'),
('online_dossier_rate', 'tiếp nhận trực tuyến'),
('online_payment_rate', 'thanh toán trực tuyến'),
('online_dossiers_received', '@hồ sơ + tiếp nhận trực tuyến'),
('online_dossiers_received', '@hồ sơ + trực tuyến'),
('dossiers_received_total', '@hồ sơ + tiếp nhận'),
('dossiers_received_total', 'tổng số hồ sơ'),
('dvc_provided_total', '@dịch vụ công + cung cấp'),
('dvc_provided_total', '@DVC + cung cấp'),
('dvc_integrated_national_portal', '@dịch vụ công + tích hợp'),
('dvc_integrated_national_portal', '@DVC + tích hợp'),
('dvc_integrated_national_portal_rate', 'tích hợp + quốc gia'),
('dvc_full_online_count', '@dịch vụ công + toàn trình'),
('dvc_full_online_count', '@DVC + toàn trình'),
('dvc_partial_online_count', '@dịch vụ công + một phần'),
('dvc_partial_online_count', '@DVC + một phần'),
('depts_below_online_dossier_target', '@sở, ban, ngành + chưa đạt'),
('depts_below_online_dossier_target', '@sở, ban, ngành + không đạt'),
('districts_below_online_dossier_target', '@địa phương + chưa đạt'),
('districts_below_online_dossier_target', '@huyện + chưa đạt'),
('districts_below_online_dossier_target', '@địa phương + không đạt'),
('tthc_published_total', '@TTHC + công bố'),
('tthc_published_total', '@thủ tục hành chính + công bố'),
('tthc_published_provincial', 'cấp tỉnh + @TTHC'),
('tthc_published_provincial', 'cấp tỉnh + @thủ tục'),
('tthc_published_district', 'cấp huyện + @TTHC'),
('tthc_published_district', 'cấp huyện + @thủ tục'),
('tthc_published_commune', 'cấp xã + @TTHC'),
('tthc_published_commune', 'cấp xã + @thủ tục'),
('tthc_electronic_process_rate', 'quy trình điện tử'),
('tthc_simplified', '@TTHC + đơn giản hóa'),
('tthc_simplified', '@thủ tục + đơn giản hóa'),
('tthc_simplification_decisions', '@quyết định + đơn giản hóa'),
('on_time_resolution_rate', 'đúng hạn'),
('on_time_resolution_rate', 'trước hạn'),
('feedback_on_time_rate', 'phản ánh + kiến nghị + đúng hạn'),
('tthc_satisfaction_rate', 'hài lòng + giải quyết'),
('eform_autofill_tthc_count', '@TTHC + tự động điền'),
('eform_autofill_tthc_count', '@TTHC + E-form'),
('eform_autofill_tthc_count', '@TTHC + đơn giản hóa thông tin'),
('eform_autofill_rate', 'tự động điền'),
('eform_autofill_rate', 'E-form'),
('digitised_dossier_result_rate', 'số hóa hồ sơ + kết quả'),
('digitised_dossier_result_rate', 'số hóa hồ sơ'),
('digitised_input_dossier_rate', 'số hóa hồ sơ đầu vào'),
('digitised_result_rate', 'số hóa kết quả'),
('units_below_full_digitisation_rate', 'chưa đạt + số hóa + @sở, ban, ngành'),
('units_below_full_digitisation_rate', 'chưa số hóa'),
('digitisation_plan_units', 'kế hoạch số hóa'),
('one_stop_shops_digitising', '@bộ phận một cửa'),
('agencies_population_db_connected_rate', 'kết nối + dữ liệu quốc gia về dân cư'),
('agencies_population_db_connected_rate', 'kết nối + dữ liệu dân cư'),
('cross_boundary_ministries', '@bộ + địa giới hành chính'),
('cross_boundary_provinces', '@địa phương + địa giới hành chính'),
('cross_boundary_dossiers', '@hồ sơ + địa giới hành chính'),
('eid_accounts_activated', '@tài khoản định danh'),
('eid_accounts_activated', 'định danh điện tử + kích hoạt'),
('eid_activation_rate', 'định danh điện tử + kích hoạt'),
('cccd_applications_collected', '@hồ sơ + CCCD'),
('cccd_applications_collected', '@hồ sơ + căn cước'),
('cccd_issuance_rate', 'cấp CCCD'),
('cccd_issuance_rate', 'cấp thẻ căn cước'),
('cccd_issuance_rate', 'cấp căn cước'),
('de_an_06_documents_issued', '@kế hoạch + ban hành'),
('de_an_06_documents_issued', '@văn bản + ban hành'),
('de_an_06_task_force_meetings', '@cuộc họp'),
('de_an_06_task_force_meetings', '@phiên họp + tổ công tác'),
('de_an_06_models_completed', '@mô hình + hoàn thành'),
('de_an_06_models_in_progress', '@mô hình + đang triển khai'),
('de_an_06_models_not_started', '@mô hình + chưa triển khai'),
('community_digital_teams_commune', 'tổ công nghệ số + cấp xã'),
('community_digital_teams_village', '@tổ cấp thôn'),
('community_digital_teams_village', 'tổ công nghệ số + cấp thôn'),
('community_digital_team_members', '@người tham gia'),
('community_digital_team_members', 'tổ công nghệ số + @người'),
('schools_cashless_fee_rate', '@trường học + không dùng tiền mặt'),
('schools_cashless_fee_rate', 'học phí + không dùng tiền mặt'),
('health_facilities_chip_id_insurance_rate', 'khám, chữa bệnh + căn cước'),
('health_facilities_chip_id_insurance_rate', 'khám, chữa bệnh + BHYT'),
('health_facilities_cashless_rate', 'khám, chữa bệnh + không dùng tiền mặt'),
('social_payment_accounts_rate', 'chi trả qua tài khoản'),
('social_payment_accounts_rate', 'cấp tài khoản'),
('digital_signature_rate', 'chữ ký số'),
('agencies_internet_lan_rate', 'mạng Internet'),
('agencies_internet_lan_rate', 'mạng nội bộ'),
('par_plan_solution_groups', '@nhóm giải pháp'),
('par_plan_solutions', '@giải pháp');

-- The value rules of Schema/008_value_rules.sql, with the new measures and the breakdown rule:
-- index_points read like a score; rank_change is a whole number of places; points_change and
-- percentage_point_change are free, as ratio is. A breakdown needs the indicator to allow it.
CREATE VIEW observation_value_rules AS
SELECT o.id,
       CASE
           WHEN abs(o.value) > 1.7976931348623157e308 THEN 'value is not a finite number'
           WHEN i.measure = 'percent' AND (o.value < 0 OR o.value > 100) THEN 'percent must be between 0 and 100'
           WHEN i.measure IN ('score', 'index_points') AND (o.value < 0 OR o.value > i.scale_max) THEN 'score must be between 0 and the indicator''s scale_max'
           WHEN i.measure = 'count' AND (o.value < 0 OR o.value <> round(o.value)) THEN 'count must be a whole number from 0'
           WHEN i.measure = 'amount' AND o.value < 0 THEN 'amount must not be negative'
           WHEN i.measure = 'rank_change' AND o.value <> round(o.value) THEN 'a rank change must be a whole number of places'
           WHEN i.measure = 'rank' AND a.level = 'country' THEN 'the country has no rank'
           WHEN i.measure = 'rank' AND (o.value < 1 OR o.value <> round(o.value)) THEN 'rank must be a whole number from 1'
           WHEN i.measure = 'rank' AND o.value > o.denominator THEN 'rank must be between 1 and its denominator'
           WHEN i.measure = 'rank' AND o.denominator IS NULL AND a.level = 'province'
                AND o.value > (CASE WHEN p.start_date < '2025-07-01' THEN 63 ELSE 34 END)
                THEN 'rank exceeds the number of provinces in its period'
           WHEN i.measure IN ('percent', 'rank') AND o.numerator > o.denominator THEN 'numerator exceeds denominator for a rate'
           WHEN a.valid_to < p.start_date THEN 'the area no longer existed in the period'
           WHEN a.valid_from > p.end_date THEN 'the area did not exist yet in the period'
           WHEN (o.level <> '' AND NOT EXISTS (SELECT 1 FROM indicator_breakdowns b WHERE b.indicator = o.indicator AND b.dimension = 'level'))
             OR (o.channel <> '' AND NOT EXISTS (SELECT 1 FROM indicator_breakdowns b WHERE b.indicator = o.indicator AND b.dimension = 'channel'))
             OR (o.dossier_status <> '' AND NOT EXISTS (SELECT 1 FROM indicator_breakdowns b WHERE b.indicator = o.indicator AND b.dimension = 'dossier_status'))
                THEN 'the indicator has no such breakdown'
       END AS rule
FROM observations o
LEFT JOIN indicators i ON i.code = o.indicator
LEFT JOIN areas a      ON a.id = o.area
LEFT JOIN periods p    ON p.code = o.period;

CREATE TRIGGER observations_value_rules_insert AFTER INSERT ON observations
BEGIN
    SELECT CASE rule
        WHEN 'value is not a finite number' THEN RAISE(ABORT, 'value is not a finite number')
        WHEN 'percent must be between 0 and 100' THEN RAISE(ABORT, 'percent must be between 0 and 100')
        WHEN 'score must be between 0 and the indicator''s scale_max' THEN RAISE(ABORT, 'score must be between 0 and the indicator''s scale_max')
        WHEN 'count must be a whole number from 0' THEN RAISE(ABORT, 'count must be a whole number from 0')
        WHEN 'amount must not be negative' THEN RAISE(ABORT, 'amount must not be negative')
        WHEN 'a rank change must be a whole number of places' THEN RAISE(ABORT, 'a rank change must be a whole number of places')
        WHEN 'the country has no rank' THEN RAISE(ABORT, 'the country has no rank')
        WHEN 'rank must be a whole number from 1' THEN RAISE(ABORT, 'rank must be a whole number from 1')
        WHEN 'rank must be between 1 and its denominator' THEN RAISE(ABORT, 'rank must be between 1 and its denominator')
        WHEN 'rank exceeds the number of provinces in its period' THEN RAISE(ABORT, 'rank exceeds the number of provinces in its period')
        WHEN 'numerator exceeds denominator for a rate' THEN RAISE(ABORT, 'numerator exceeds denominator for a rate')
        WHEN 'the area no longer existed in the period' THEN RAISE(ABORT, 'the area no longer existed in the period')
        WHEN 'the area did not exist yet in the period' THEN RAISE(ABORT, 'the area did not exist yet in the period')
        WHEN 'the indicator has no such breakdown' THEN RAISE(ABORT, 'the indicator has no such breakdown')
        ELSE RAISE(ABORT, 'value rule broken')
    END
    FROM observation_value_rules WHERE id = NEW.id AND rule IS NOT NULL;
END;
CREATE TRIGGER observations_value_rules_update AFTER UPDATE ON observations
BEGIN
    SELECT CASE rule
        WHEN 'value is not a finite number' THEN RAISE(ABORT, 'value is not a finite number')
        WHEN 'percent must be between 0 and 100' THEN RAISE(ABORT, 'percent must be between 0 and 100')
        WHEN 'score must be between 0 and the indicator''s scale_max' THEN RAISE(ABORT, 'score must be between 0 and the indicator''s scale_max')
        WHEN 'count must be a whole number from 0' THEN RAISE(ABORT, 'count must be a whole number from 0')
        WHEN 'amount must not be negative' THEN RAISE(ABORT, 'amount must not be negative')
        WHEN 'a rank change must be a whole number of places' THEN RAISE(ABORT, 'a rank change must be a whole number of places')
        WHEN 'the country has no rank' THEN RAISE(ABORT, 'the country has no rank')
        WHEN 'rank must be a whole number from 1' THEN RAISE(ABORT, 'rank must be a whole number from 1')
        WHEN 'rank must be between 1 and its denominator' THEN RAISE(ABORT, 'rank must be between 1 and its denominator')
        WHEN 'rank exceeds the number of provinces in its period' THEN RAISE(ABORT, 'rank exceeds the number of provinces in its period')
        WHEN 'numerator exceeds denominator for a rate' THEN RAISE(ABORT, 'numerator exceeds denominator for a rate')
        WHEN 'the area no longer existed in the period' THEN RAISE(ABORT, 'the area no longer existed in the period')
        WHEN 'the area did not exist yet in the period' THEN RAISE(ABORT, 'the area did not exist yet in the period')
        WHEN 'the indicator has no such breakdown' THEN RAISE(ABORT, 'the indicator has no such breakdown')
        ELSE RAISE(ABORT, 'value rule broken')
    END
    FROM observation_value_rules WHERE id = NEW.id AND rule IS NOT NULL;
END;

CREATE VIEW target_value_rules AS
SELECT t.id,
       CASE
           WHEN abs(b.bound) > 1.7976931348623157e308 THEN 'value is not a finite number'
           WHEN i.measure = 'percent' AND (b.bound < 0 OR b.bound > 100) THEN 'percent must be between 0 and 100'
           WHEN i.measure IN ('score', 'index_points') AND (b.bound < 0 OR b.bound > i.scale_max) THEN 'score must be between 0 and the indicator''s scale_max'
           WHEN i.measure = 'count' AND (b.bound < 0 OR b.bound <> round(b.bound)) THEN 'count must be a whole number from 0'
           WHEN i.measure = 'amount' AND b.bound < 0 THEN 'amount must not be negative'
           WHEN i.measure = 'rank_change' AND b.bound <> round(b.bound) THEN 'a rank change must be a whole number of places'
           WHEN i.measure = 'rank' AND a.level = 'country' THEN 'the country has no rank'
           WHEN i.measure = 'rank' AND (b.bound < 1 OR b.bound <> round(b.bound)) THEN 'rank must be a whole number from 1'
           WHEN i.measure = 'rank' AND a.level = 'province'
                AND b.bound > (CASE WHEN p.start_date < '2025-07-01' THEN 63 ELSE 34 END)
                THEN 'rank exceeds the number of provinces in its period'
           WHEN a.valid_to < p.start_date THEN 'the area no longer existed in the period'
           WHEN a.valid_from > p.end_date THEN 'the area did not exist yet in the period'
       END AS rule
FROM targets t
JOIN (SELECT id, value AS bound FROM targets
      UNION ALL
      SELECT id, value_high FROM targets WHERE value_high IS NOT NULL) b ON b.id = t.id
LEFT JOIN indicators i ON i.code = t.indicator
LEFT JOIN areas a      ON a.id = t.area
LEFT JOIN periods p    ON p.code = t.period;

CREATE TRIGGER targets_value_rules_insert AFTER INSERT ON targets
BEGIN
    SELECT CASE rule
        WHEN 'value is not a finite number' THEN RAISE(ABORT, 'value is not a finite number')
        WHEN 'percent must be between 0 and 100' THEN RAISE(ABORT, 'percent must be between 0 and 100')
        WHEN 'score must be between 0 and the indicator''s scale_max' THEN RAISE(ABORT, 'score must be between 0 and the indicator''s scale_max')
        WHEN 'count must be a whole number from 0' THEN RAISE(ABORT, 'count must be a whole number from 0')
        WHEN 'amount must not be negative' THEN RAISE(ABORT, 'amount must not be negative')
        WHEN 'a rank change must be a whole number of places' THEN RAISE(ABORT, 'a rank change must be a whole number of places')
        WHEN 'the country has no rank' THEN RAISE(ABORT, 'the country has no rank')
        WHEN 'rank must be a whole number from 1' THEN RAISE(ABORT, 'rank must be a whole number from 1')
        WHEN 'rank exceeds the number of provinces in its period' THEN RAISE(ABORT, 'rank exceeds the number of provinces in its period')
        WHEN 'the area no longer existed in the period' THEN RAISE(ABORT, 'the area no longer existed in the period')
        WHEN 'the area did not exist yet in the period' THEN RAISE(ABORT, 'the area did not exist yet in the period')
        ELSE RAISE(ABORT, 'value rule broken')
    END
    FROM target_value_rules WHERE id = NEW.id AND rule IS NOT NULL;
END;
CREATE TRIGGER targets_value_rules_update AFTER UPDATE ON targets
BEGIN
    SELECT CASE rule
        WHEN 'value is not a finite number' THEN RAISE(ABORT, 'value is not a finite number')
        WHEN 'percent must be between 0 and 100' THEN RAISE(ABORT, 'percent must be between 0 and 100')
        WHEN 'score must be between 0 and the indicator''s scale_max' THEN RAISE(ABORT, 'score must be between 0 and the indicator''s scale_max')
        WHEN 'count must be a whole number from 0' THEN RAISE(ABORT, 'count must be a whole number from 0')
        WHEN 'amount must not be negative' THEN RAISE(ABORT, 'amount must not be negative')
        WHEN 'a rank change must be a whole number of places' THEN RAISE(ABORT, 'a rank change must be a whole number of places')
        WHEN 'the country has no rank' THEN RAISE(ABORT, 'the country has no rank')
        WHEN 'rank must be a whole number from 1' THEN RAISE(ABORT, 'rank must be a whole number from 1')
        WHEN 'rank exceeds the number of provinces in its period' THEN RAISE(ABORT, 'rank exceeds the number of provinces in its period')
        WHEN 'the area no longer existed in the period' THEN RAISE(ABORT, 'the area no longer existed in the period')
        WHEN 'the area did not exist yet in the period' THEN RAISE(ABORT, 'the area did not exist yet in the period')
        ELSE RAISE(ABORT, 'value rule broken')
    END
    FROM target_value_rules WHERE id = NEW.id AND rule IS NOT NULL;
END;

-- The views of 001_core.sql, with the breakdowns and the indicator's parent.
CREATE VIEW observations_view AS
SELECT o.id,
       o.indicator,
       i.name_vi        AS indicator_name_vi,
       i.name_en        AS indicator_name_en,
       i.measure,
       i.framework,
       a.code           AS area_code,
       a.name           AS area_name,
       a.level          AS area_level,
       o.area           AS area_id,
       o.agency,
       o.period,
       p.kind           AS period_kind,
       p.start_date     AS period_start,
       p.end_date       AS period_end,
       p.label_vi       AS period_label,
       o.value,
       o.numerator,
       o.denominator,
       o.qualifier,
       o.status,
       o.baseline_period,
       o.change,
       o.source,
       o.quote,
       o.note,
       o.level,
       o.channel,
       o.dossier_status,
       i.parent         AS indicator_parent
FROM observations o
JOIN indicators i ON i.code = o.indicator
JOIN areas a      ON a.id = o.area
JOIN periods p    ON p.code = o.period;

CREATE VIEW targets_view AS
SELECT t.id, t.indicator, i.name_vi AS indicator_name_vi, i.measure,
       a.code AS area_code, a.name AS area_name, t.area AS area_id, t.agency,
       t.period, p.start_date AS period_start, p.end_date AS period_end,
       t.comparator, t.value, t.value_high, t.source, t.quote, t.note
FROM targets t
JOIN indicators i ON i.code = t.indicator
JOIN areas a      ON a.id = t.area
JOIN periods p    ON p.code = t.period;
