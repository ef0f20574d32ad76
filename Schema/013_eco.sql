-- References that hold whoever writes the file.
--
-- SQLite enforces REFERENCES only on a connection that turned `PRAGMA foreign_keys` on; chiso
-- does, but the sqlite3 shell, Python's sqlite3, Datasette plugins and sqlite-utils do not by
-- default. A row they write with an unknown indicator, area or period was accepted, hidden
-- by the views (which join), yet exported. These triggers refuse such a row on any
-- connection. chiso's own writers check every reference first and say so with the file and
-- line, so these messages are only seen by other tools. An UPDATE fires them only when it
-- changes a referencing column, so a row an older file already holds stays editable.
-- Deleting a row that figures still name is refused the same way.

CREATE TRIGGER observations_references_insert BEFORE INSERT ON observations
BEGIN
    SELECT RAISE(ABORT, 'observations.indicator is not a code in indicators (see chiso indicators)')
    WHERE NOT EXISTS (SELECT 1 FROM indicators WHERE code = NEW.indicator);
    SELECT RAISE(ABORT, 'observations.area is not an id in areas (see chiso areas)')
    WHERE NOT EXISTS (SELECT 1 FROM areas WHERE id = NEW.area);
    SELECT RAISE(ABORT, 'observations.period is not a code in periods (insert the period first)')
    WHERE NOT EXISTS (SELECT 1 FROM periods WHERE code = NEW.period);
    SELECT RAISE(ABORT, 'observations.baseline_period is not a code in periods (insert the period first)')
    WHERE NEW.baseline_period IS NOT NULL AND NOT EXISTS (SELECT 1 FROM periods WHERE code = NEW.baseline_period);
    SELECT RAISE(ABORT, 'observations.source is not an id in sources (see chiso sources)')
    WHERE NEW.source IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sources WHERE id = NEW.source);
END;
CREATE TRIGGER observations_references_update BEFORE UPDATE OF indicator, area, period, baseline_period, source ON observations
BEGIN
    SELECT RAISE(ABORT, 'observations.indicator is not a code in indicators (see chiso indicators)')
    WHERE NOT EXISTS (SELECT 1 FROM indicators WHERE code = NEW.indicator);
    SELECT RAISE(ABORT, 'observations.area is not an id in areas (see chiso areas)')
    WHERE NOT EXISTS (SELECT 1 FROM areas WHERE id = NEW.area);
    SELECT RAISE(ABORT, 'observations.period is not a code in periods (insert the period first)')
    WHERE NOT EXISTS (SELECT 1 FROM periods WHERE code = NEW.period);
    SELECT RAISE(ABORT, 'observations.baseline_period is not a code in periods (insert the period first)')
    WHERE NEW.baseline_period IS NOT NULL AND NOT EXISTS (SELECT 1 FROM periods WHERE code = NEW.baseline_period);
    SELECT RAISE(ABORT, 'observations.source is not an id in sources (see chiso sources)')
    WHERE NEW.source IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sources WHERE id = NEW.source);
END;

CREATE TRIGGER targets_references_insert BEFORE INSERT ON targets
BEGIN
    SELECT RAISE(ABORT, 'targets.indicator is not a code in indicators (see chiso indicators)')
    WHERE NOT EXISTS (SELECT 1 FROM indicators WHERE code = NEW.indicator);
    SELECT RAISE(ABORT, 'targets.area is not an id in areas (see chiso areas)')
    WHERE NOT EXISTS (SELECT 1 FROM areas WHERE id = NEW.area);
    SELECT RAISE(ABORT, 'targets.period is not a code in periods (insert the period first)')
    WHERE NOT EXISTS (SELECT 1 FROM periods WHERE code = NEW.period);
    SELECT RAISE(ABORT, 'targets.source is not an id in sources (see chiso sources)')
    WHERE NEW.source IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sources WHERE id = NEW.source);
END;
CREATE TRIGGER targets_references_update BEFORE UPDATE OF indicator, area, period, source ON targets
BEGIN
    SELECT RAISE(ABORT, 'targets.indicator is not a code in indicators (see chiso indicators)')
    WHERE NOT EXISTS (SELECT 1 FROM indicators WHERE code = NEW.indicator);
    SELECT RAISE(ABORT, 'targets.area is not an id in areas (see chiso areas)')
    WHERE NOT EXISTS (SELECT 1 FROM areas WHERE id = NEW.area);
    SELECT RAISE(ABORT, 'targets.period is not a code in periods (insert the period first)')
    WHERE NOT EXISTS (SELECT 1 FROM periods WHERE code = NEW.period);
    SELECT RAISE(ABORT, 'targets.source is not an id in sources (see chiso sources)')
    WHERE NEW.source IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sources WHERE id = NEW.source);
END;

CREATE TRIGGER rollouts_references_insert BEFORE INSERT ON rollouts
BEGIN
    SELECT RAISE(ABORT, 'rollouts.area is not an id in areas (see chiso areas)')
    WHERE NOT EXISTS (SELECT 1 FROM areas WHERE id = NEW.area);
    SELECT RAISE(ABORT, 'rollouts.period is not a code in periods (insert the period first)')
    WHERE NOT EXISTS (SELECT 1 FROM periods WHERE code = NEW.period);
    SELECT RAISE(ABORT, 'rollouts.source is not an id in sources (see chiso sources)')
    WHERE NEW.source IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sources WHERE id = NEW.source);
END;
CREATE TRIGGER rollouts_references_update BEFORE UPDATE OF area, period, source ON rollouts
BEGIN
    SELECT RAISE(ABORT, 'rollouts.area is not an id in areas (see chiso areas)')
    WHERE NOT EXISTS (SELECT 1 FROM areas WHERE id = NEW.area);
    SELECT RAISE(ABORT, 'rollouts.period is not a code in periods (insert the period first)')
    WHERE NOT EXISTS (SELECT 1 FROM periods WHERE code = NEW.period);
    SELECT RAISE(ABORT, 'rollouts.source is not an id in sources (see chiso sources)')
    WHERE NEW.source IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sources WHERE id = NEW.source);
END;

CREATE TRIGGER sources_references_insert BEFORE INSERT ON sources
BEGIN
    SELECT RAISE(ABORT, 'sources.area is not an id in areas (see chiso areas)')
    WHERE NEW.area IS NOT NULL AND NOT EXISTS (SELECT 1 FROM areas WHERE id = NEW.area);
    SELECT RAISE(ABORT, 'sources.period is not a code in periods (insert the period first)')
    WHERE NEW.period IS NOT NULL AND NOT EXISTS (SELECT 1 FROM periods WHERE code = NEW.period);
END;
CREATE TRIGGER sources_references_update BEFORE UPDATE OF area, period ON sources
BEGIN
    SELECT RAISE(ABORT, 'sources.area is not an id in areas (see chiso areas)')
    WHERE NEW.area IS NOT NULL AND NOT EXISTS (SELECT 1 FROM areas WHERE id = NEW.area);
    SELECT RAISE(ABORT, 'sources.period is not a code in periods (insert the period first)')
    WHERE NEW.period IS NOT NULL AND NOT EXISTS (SELECT 1 FROM periods WHERE code = NEW.period);
END;

-- A row that figures name cannot disappear under them (chiso itself never deletes these,
-- except a source after the figures citing it: `chiso delete --source`).
CREATE TRIGGER sources_referenced_delete BEFORE DELETE ON sources
BEGIN
    SELECT RAISE(ABORT, 'the source is still cited by figures; delete it with chiso delete source ID --cascade')
    WHERE EXISTS (SELECT 1 FROM observations WHERE source = OLD.id)
       OR EXISTS (SELECT 1 FROM targets WHERE source = OLD.id)
       OR EXISTS (SELECT 1 FROM rollouts WHERE source = OLD.id);
END;
CREATE TRIGGER indicators_referenced_delete BEFORE DELETE ON indicators
BEGIN
    SELECT RAISE(ABORT, 'the indicator still has figures or targets; delete those first')
    WHERE EXISTS (SELECT 1 FROM observations WHERE indicator = OLD.code)
       OR EXISTS (SELECT 1 FROM targets WHERE indicator = OLD.code);
END;
CREATE TRIGGER areas_referenced_delete BEFORE DELETE ON areas
BEGIN
    SELECT RAISE(ABORT, 'the area still has figures, targets, rollouts or sources; delete those first')
    WHERE EXISTS (SELECT 1 FROM observations WHERE area = OLD.id)
       OR EXISTS (SELECT 1 FROM targets WHERE area = OLD.id)
       OR EXISTS (SELECT 1 FROM rollouts WHERE area = OLD.id)
       OR EXISTS (SELECT 1 FROM sources WHERE area = OLD.id);
END;
CREATE TRIGGER periods_referenced_delete BEFORE DELETE ON periods
BEGIN
    SELECT RAISE(ABORT, 'the period is still used by figures, targets, rollouts or sources; delete those first')
    WHERE EXISTS (SELECT 1 FROM observations WHERE period = OLD.code OR baseline_period = OLD.code)
       OR EXISTS (SELECT 1 FROM targets WHERE period = OLD.code)
       OR EXISTS (SELECT 1 FROM rollouts WHERE period = OLD.code)
       OR EXISTS (SELECT 1 FROM sources WHERE period = OLD.code);
END;

-- Labels for generic clients: observations_view, targets_view and rollouts_view carry the
-- names beside the codes, and `chiso datasette-metadata` tells Datasette the label column of
-- indicators (name_vi) and periods (label_vi). No generated `name` column: it would break
-- `INSERT INTO periods SELECT * FROM other.periods`, the usual way to copy between files.

-- Full-text search that finds "đạt" from "dat" AND from "đạt", from any client. FTS5's
-- unicode61 tokenizer folds "ạ" but not "đ", so the folded column (written by chiso, đ→d)
-- answers "dat", and the passage's own text, now indexed too, answers "đạt" typed with
-- its marks. `chiso search` still matches the folded column only (`folded MATCH ?`).
CREATE VIRTUAL TABLE source_passages_new USING fts5(
    source UNINDEXED,      -- sources.id (a virtual table cannot declare the foreign key)
    passage_no UNINDEXED,  -- 1-based order of the passage in the document
    text,                  -- the passage as the document writes it (NFC): matches "đạt"
    folded,                -- its folded tokens, space-separated: matches "dat"
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO source_passages_new (rowid, source, passage_no, text, folded)
    SELECT rowid, source, passage_no, text, folded FROM source_passages;
DROP TABLE source_passages;
ALTER TABLE source_passages_new RENAME TO source_passages;
