-- Synonyms extract needs for the Decision 766 index's five groups (issue 16): reports list the
-- groups' points by the groups' own names ("công khai, minh bạch được 15,67; tiến độ giải quyết
-- 19,31 điểm; số hóa hồ sơ 16,64 điểm; dịch vụ trực tuyến 17,49 điểm; sự hài lòng … 17,86
-- điểm"). These indicators are scores, so only figures in points take them. Codes unchanged.
INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('qd766_publicity_score', 'công khai, minh bạch'),
('qd766_progress_score', 'tiến độ giải quyết'),
('qd766_progress_score', 'tiến độ + kết quả xử lý'),
('qd766_digitisation_score', 'số hóa hồ sơ'),
('qd766_online_service_score', 'dịch vụ trực tuyến'),
('qd766_online_service_score', 'dịch vụ công trực tuyến'),
('qd766_satisfaction_score', 'sự hài lòng của người dân'),
('qd766_satisfaction_score', 'mức độ hài lòng + 766');

-- How far ahead of a deadline ("sớm 10 ngày so với mốc") and the total written around its
-- number ("tổng số 168.000 hồ sơ").
INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('days_ahead_of_deadline', 'sớm + @ngày'),
('dossiers_received_total', 'tổng số + @hồ sơ');
