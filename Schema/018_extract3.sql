-- Synonyms extract needs (issue 16, third round). Codes unchanged.
-- A count whose noun follows it and whose channel comes later in the clause ("278.219 hồ sơ
-- được tiếp nhận theo hình thức trực tuyến") is the online count, not the total; the groups of
-- the PAR Index counted in provinces ("Ở nhóm A (…) có 02 tỉnh, thành phố").
INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('online_dossiers_received', '@hồ sơ + tiếp nhận + trực tuyến'),
('par_index_group_a_units', 'nhóm A + @tỉnh'),
('par_index_group_b_units', 'nhóm B + @tỉnh'),
('par_index_group_c_units', 'nhóm C + @tỉnh');
