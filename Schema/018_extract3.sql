-- Synonyms extract needs (issue 16, third round). Codes unchanged.
-- A count whose noun follows it and whose channel comes later in the clause ("278.219 hồ sơ
-- được tiếp nhận theo/qua/bằng hình thức trực tuyến") is the online count, not the total; the groups of
-- the PAR Index counted in provinces ("Ở nhóm A (…) có 02 tỉnh, thành phố").
INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('online_dossiers_received', '@hồ sơ + hình thức trực tuyến'),
('par_index_group_a_units', 'nhóm A + @tỉnh'),
('par_index_group_b_units', 'nhóm B + @tỉnh'),
('par_index_group_c_units', 'nhóm C + @tỉnh');

-- The PAPI dimensions by their own names after "chỉ số" ("chỉ số Quản trị điện tử đạt 4,12
-- điểm"), as PAPI reports write them once the index is named; names no other index uses.
INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('papi_e_governance', 'chỉ số Quản trị điện tử'),
('papi_environment', 'chỉ số Quản trị môi trường'),
('papi_procedures', 'chỉ số Thủ tục hành chính công'),
('papi_services', 'chỉ số Cung ứng dịch vụ công'),
('papi_corruption_control', 'chỉ số Kiểm soát tham nhũng'),
('papi_accountability', 'chỉ số Trách nhiệm giải trình');

-- A flow's verb before its count ("Sở đã giải quyết 6.230 hồ sơ"), unless the dossiers are the
-- ones resolved regardless of the administrative boundary (the longer, named kind wins); the
-- everyday "đúng và trước hạn" / "trước và đúng hạn" of the on-time rate.
INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('dossiers_resolved', 'đã giải quyết + @hồ sơ'),
('cross_boundary_dossiers', '@hồ sơ + không phụ thuộc vào địa giới hành chính'),
('on_time_resolution_rate', 'hồ sơ + đúng và trước hạn'),
('on_time_resolution_rate', 'hồ sơ + trước và đúng hạn');
