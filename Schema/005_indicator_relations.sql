-- Which figures are arithmetic of which others, so `chiso check` can test a report against
-- itself. Kept as data, not code: adding a relation for a new indicator is one INSERT here (or
-- in a later migration), and `chiso sql` can show what check knows.

-- A rate (measure 'percent') that is 100 × numerator / denominator, where numerator and
-- denominator are count indicators reported for the same area, agency and period:
-- "Có 388 TTHC … đạt tỷ lệ 21,6%" next to "có 1.824 TTHC" tests 388 / 1824 against 21.6.
CREATE TABLE indicator_relations (
    rate        TEXT NOT NULL REFERENCES indicators(code),
    numerator   TEXT NOT NULL REFERENCES indicators(code),
    denominator TEXT NOT NULL REFERENCES indicators(code),
    note        TEXT,
    PRIMARY KEY (rate, numerator, denominator),
    CHECK (numerator <> denominator AND rate <> numerator AND rate <> denominator)
) STRICT;

-- A total that is the sum of its parts for the same area, agency and period:
-- "cấp tỉnh 1.476 TTHC, cấp huyện 218 TTHC, cấp xã 130 TTHC" add up to "1.824 TTHC".
CREATE TABLE indicator_parts (
    total TEXT NOT NULL REFERENCES indicators(code),
    part  TEXT NOT NULL REFERENCES indicators(code),
    position INTEGER NOT NULL DEFAULT 0,   -- the order reports list the parts in, for messages
    PRIMARY KEY (total, part),
    CHECK (total <> part)
) STRICT;

INSERT INTO indicator_relations (rate, numerator, denominator, note) VALUES
('online_dossier_rate', 'online_dossiers_received', 'dossiers_received_total',
 'dossiers received online over all dossiers received'),
('eform_autofill_rate', 'eform_autofill_tthc_count', 'tthc_published_total',
 'procedures with e-form autofill over the procedures the province publishes'),
('dvc_integrated_national_portal_rate', 'dvc_integrated_national_portal', 'dvc_provided_total',
 'services integrated on the national portal over the services the provincial portal provides');

INSERT INTO indicator_parts (total, part, position) VALUES
-- Procedures by the level of government that handles them.
('tthc_published_total', 'tthc_published_provincial', 1),
('tthc_published_total', 'tthc_published_district', 2),
('tthc_published_total', 'tthc_published_commune', 3),
-- The Decision 766 index is the sum of its six groups as the portal shows them
-- (18 + 20 + 12 + 10 + 18 + 22 = 100; shared/reference/frameworks.md section 1).
('qd766_score', 'qd766_publicity_score', 1),
('qd766_score', 'qd766_progress_score', 2),
('qd766_score', 'qd766_online_service_score', 3),
('qd766_score', 'qd766_online_payment_score', 4),
('qd766_score', 'qd766_satisfaction_score', 5),
('qd766_score', 'qd766_digitisation_score', 6);
