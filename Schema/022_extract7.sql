-- What reports say of dossiers and services that the catalogue's words did not give (issue 16,
-- eighth round). Data only; existing codes unchanged.
-- Dossiers carried over are also written "từ kỳ trước chuyển qua" (the south's "qua" for
-- "sang"); online services are counted per level of government ("cấp tỉnh có 1.187 dịch vụ,
-- cấp huyện 236 dịch vụ"), as dossiers already are.

INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('dossiers_received', 'hồ sơ + kỳ trước chuyển qua'),
('dossiers_received', 'hồ sơ + từ kỳ trước');

INSERT OR IGNORE INTO indicator_breakdowns (indicator, dimension) VALUES
('dvc_provided_total', 'level'),
('dvc_integrated_national_portal', 'level');
