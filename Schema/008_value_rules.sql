-- The value rules, as the backstop of the decoders. chiso checks every figure with one Swift
-- function (ChisoDomain's ValueRules) before it writes; these views and triggers refuse the
-- same rows when anything else writes (raw SQL, an older chiso, a bug). A test runs a table of
-- cases through both and through the bulk path and requires the same verdict.
--
-- Each view names the first rule a row breaks (NULL when none), joining its reference rows
-- with LEFT JOIN so that a rule needing a row that is absent is skipped, as the Swift function
-- skips it. The triggers look up the one row they guard; the bulk import, which drops triggers
-- for speed, asks the view for its new rows before it commits.
--
-- Rules: a value is finite; percent 0..100; score 0..scale_max; count whole and >= 0; amount
-- >= 0; ratio free (changes go negative); rank whole and >= 1, never for the country, at most
-- its denominator, or without one at most the provinces there were when the period began (63
-- before 2025-07-01, 34 from then); a percent's or rank's numerator at most its denominator.
-- Area: the unit existed on some day of the period. Period: years 1945..2100.

DROP TRIGGER IF EXISTS observations_measure_check_insert;
DROP TRIGGER IF EXISTS observations_measure_check_update;

CREATE VIEW observation_value_rules AS
SELECT o.id,
       CASE
           WHEN abs(o.value) > 1.7976931348623157e308 THEN 'value is not a finite number'
           WHEN i.measure = 'percent' AND (o.value < 0 OR o.value > 100) THEN 'percent must be between 0 and 100'
           WHEN i.measure = 'score' AND (o.value < 0 OR o.value > i.scale_max) THEN 'score must be between 0 and the indicator''s scale_max'
           WHEN i.measure = 'count' AND (o.value < 0 OR o.value <> round(o.value)) THEN 'count must be a whole number from 0'
           WHEN i.measure = 'amount' AND o.value < 0 THEN 'amount must not be negative'
           WHEN i.measure = 'rank' AND a.level = 'country' THEN 'the country has no rank'
           WHEN i.measure = 'rank' AND (o.value < 1 OR o.value <> round(o.value)) THEN 'rank must be a whole number from 1'
           WHEN i.measure = 'rank' AND o.value > o.denominator THEN 'rank must be between 1 and its denominator'
           WHEN i.measure = 'rank' AND o.denominator IS NULL AND a.level = 'province'
                AND o.value > (CASE WHEN p.start_date < '2025-07-01' THEN 63 ELSE 34 END)
                THEN 'rank exceeds the number of provinces in its period'
           WHEN i.measure IN ('percent', 'rank') AND o.numerator > o.denominator THEN 'numerator exceeds denominator for a rate'
           WHEN a.valid_to < p.start_date THEN 'the area no longer existed in the period'
           WHEN a.valid_from > p.end_date THEN 'the area did not exist yet in the period'
       END AS rule
FROM observations o
LEFT JOIN indicators i ON i.code = o.indicator
LEFT JOIN areas a      ON a.id = o.area
LEFT JOIN periods p    ON p.code = o.period;

-- RAISE takes a literal message, so each rule is spelt twice: as the view's value and here.
CREATE TRIGGER observations_value_rules_insert AFTER INSERT ON observations
BEGIN
    SELECT CASE rule
        WHEN 'value is not a finite number' THEN RAISE(ABORT, 'value is not a finite number')
        WHEN 'percent must be between 0 and 100' THEN RAISE(ABORT, 'percent must be between 0 and 100')
        WHEN 'score must be between 0 and the indicator''s scale_max' THEN RAISE(ABORT, 'score must be between 0 and the indicator''s scale_max')
        WHEN 'count must be a whole number from 0' THEN RAISE(ABORT, 'count must be a whole number from 0')
        WHEN 'amount must not be negative' THEN RAISE(ABORT, 'amount must not be negative')
        WHEN 'the country has no rank' THEN RAISE(ABORT, 'the country has no rank')
        WHEN 'rank must be a whole number from 1' THEN RAISE(ABORT, 'rank must be a whole number from 1')
        WHEN 'rank must be between 1 and its denominator' THEN RAISE(ABORT, 'rank must be between 1 and its denominator')
        WHEN 'rank exceeds the number of provinces in its period' THEN RAISE(ABORT, 'rank exceeds the number of provinces in its period')
        WHEN 'numerator exceeds denominator for a rate' THEN RAISE(ABORT, 'numerator exceeds denominator for a rate')
        WHEN 'the area no longer existed in the period' THEN RAISE(ABORT, 'the area no longer existed in the period')
        WHEN 'the area did not exist yet in the period' THEN RAISE(ABORT, 'the area did not exist yet in the period')
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
        WHEN 'the country has no rank' THEN RAISE(ABORT, 'the country has no rank')
        WHEN 'rank must be a whole number from 1' THEN RAISE(ABORT, 'rank must be a whole number from 1')
        WHEN 'rank must be between 1 and its denominator' THEN RAISE(ABORT, 'rank must be between 1 and its denominator')
        WHEN 'rank exceeds the number of provinces in its period' THEN RAISE(ABORT, 'rank exceeds the number of provinces in its period')
        WHEN 'numerator exceeds denominator for a rate' THEN RAISE(ABORT, 'numerator exceeds denominator for a rate')
        WHEN 'the area no longer existed in the period' THEN RAISE(ABORT, 'the area no longer existed in the period')
        WHEN 'the area did not exist yet in the period' THEN RAISE(ABORT, 'the area did not exist yet in the period')
        ELSE RAISE(ABORT, 'value rule broken')
    END
    FROM observation_value_rules WHERE id = NEW.id AND rule IS NOT NULL;
END;

-- A target's bounds are values the indicator could take: the same rules, with no denominator.
CREATE VIEW target_value_rules AS
SELECT t.id,
       CASE
           WHEN abs(b.bound) > 1.7976931348623157e308 THEN 'value is not a finite number'
           WHEN i.measure = 'percent' AND (b.bound < 0 OR b.bound > 100) THEN 'percent must be between 0 and 100'
           WHEN i.measure = 'score' AND (b.bound < 0 OR b.bound > i.scale_max) THEN 'score must be between 0 and the indicator''s scale_max'
           WHEN i.measure = 'count' AND (b.bound < 0 OR b.bound <> round(b.bound)) THEN 'count must be a whole number from 0'
           WHEN i.measure = 'amount' AND b.bound < 0 THEN 'amount must not be negative'
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
        WHEN 'the country has no rank' THEN RAISE(ABORT, 'the country has no rank')
        WHEN 'rank must be a whole number from 1' THEN RAISE(ABORT, 'rank must be a whole number from 1')
        WHEN 'rank exceeds the number of provinces in its period' THEN RAISE(ABORT, 'rank exceeds the number of provinces in its period')
        WHEN 'the area no longer existed in the period' THEN RAISE(ABORT, 'the area no longer existed in the period')
        WHEN 'the area did not exist yet in the period' THEN RAISE(ABORT, 'the area did not exist yet in the period')
        ELSE RAISE(ABORT, 'value rule broken')
    END
    FROM target_value_rules WHERE id = NEW.id AND rule IS NOT NULL;
END;

-- Rollouts carry whole counts already (column CHECKs); their area must exist in the period.
CREATE TRIGGER rollouts_area_validity_insert BEFORE INSERT ON rollouts
BEGIN
    SELECT RAISE(ABORT, 'the area no longer existed in the period')
    WHERE (SELECT valid_to FROM areas WHERE id = NEW.area) < (SELECT start_date FROM periods WHERE code = NEW.period);
    SELECT RAISE(ABORT, 'the area did not exist yet in the period')
    WHERE (SELECT valid_from FROM areas WHERE id = NEW.area) > (SELECT end_date FROM periods WHERE code = NEW.period);
END;
CREATE TRIGGER rollouts_area_validity_update BEFORE UPDATE ON rollouts
BEGIN
    SELECT RAISE(ABORT, 'the area no longer existed in the period')
    WHERE (SELECT valid_to FROM areas WHERE id = NEW.area) < (SELECT start_date FROM periods WHERE code = NEW.period);
    SELECT RAISE(ABORT, 'the area did not exist yet in the period')
    WHERE (SELECT valid_from FROM areas WHERE id = NEW.area) > (SELECT end_date FROM periods WHERE code = NEW.period);
END;

-- A period's years lie in 1945..2100 (ChisoDomain's CalendarDate.years): "0023" is a typo,
-- and a year below 1000 would get a code no reader accepts back.
CREATE TRIGGER periods_year_range_insert BEFORE INSERT ON periods
BEGIN
    SELECT RAISE(ABORT, 'a period''s years must lie in 1945..2100')
    WHERE NEW.start_date < '1945-01-01' OR NEW.end_date > '2100-12-31';
END;
CREATE TRIGGER periods_year_range_update BEFORE UPDATE ON periods
BEGIN
    SELECT RAISE(ABORT, 'a period''s years must lie in 1945..2100')
    WHERE NEW.start_date < '1945-01-01' OR NEW.end_date > '2100-12-31';
END;
