-- Synonyms extract needs for reports it has never seen (issue 16): the everyday wording of the
-- indices' subjects, so a figure is labelled by what its clause describes. Vocabulary of the
-- indices themselves, not of particular reports; codes are unchanged.
INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('sipas_index', 'mức độ hài lòng'),
('sipas_index', 'mức hài lòng'),
('sipas_index', 'sự hài lòng + hành chính'),
('sipas_rank', 'mức độ hài lòng'),
('sipas_rank', 'mức hài lòng'),
('sipas_rank', 'sự hài lòng + hành chính'),
('sipas_region_rank', 'SIPAS + vùng'),
('sipas_region_rank', 'hài lòng + vùng'),
('par_index_region_rank', 'Chỉ số CCHC + vùng'),
('par_index_region_rank', 'PAR Index + vùng'),
('par_index_region_rank', 'cải cách hành chính + vùng'),
('dti_digital_government_score', 'chính quyền số'),
('dti_digital_government_rank', 'chính quyền số'),
('dti_digital_economy_score', 'kinh tế số'),
('dti_digital_economy_rank', 'kinh tế số'),
('dti_digital_society_score', 'xã hội số'),
('dti_digital_society_rank', 'xã hội số'),
('dti_score', 'chuyển đổi số + tổng điểm'),
('dti_rank', 'mức độ chuyển đổi số'),
('on_time_resolution_rate', 'đúng thời hạn'),
('online_dossier_rate', 'hồ sơ + xử lý trực tuyến'),
('full_online_dossier_rate', 'trực tuyến toàn trình + hồ sơ');
