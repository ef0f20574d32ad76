-- The DTI's eight main indicators beside its three pillars (issue 16, eleventh round). Data
-- only; existing codes unchanged. A city's DTI report moves each main indicator as it moves the
-- index ("hoạt động kinh tế số đạt 0,7262 điểm, lùi 5 bậc (từ 1 xuống 6)") and ranks it with
-- "đứng thứ" as often as with "xếp thứ" ("đứng thứ 2 ở hạ tầng số và hoạt động xã hội số").
-- The catalogue had each main indicator's score and rank but no change of rank, so "lùi 5
-- bậc" went to the pillar whose shorter name ("kinh tế số") is inside the main indicator's;
-- each now has its rank-change twin, named by its own longer words.

INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max,
                        parent, verified, reference, description) VALUES
('dti_awareness_rank_change', 'Thay đổi thứ hạng chỉ số Nhận thức số (DTI)', 'DTI main indicator: change of rank: digital awareness', 'rank_change', 'dti', 1, NULL, 'dti_awareness_rank', 1, 'city DTI reports ("lùi 5 bậc (từ 1 xuống 6)" of a main indicator)', 'Places gained (positive) or lost (negative) on the main indicator against the row''s baseline period.'),
('dti_institutions_rank_change', 'Thay đổi thứ hạng chỉ số Thể chế số (DTI)', 'DTI main indicator: change of rank: digital institutions', 'rank_change', 'dti', 1, NULL, 'dti_institutions_rank', 1, 'city DTI reports ("lùi 5 bậc (từ 1 xuống 6)" of a main indicator)', 'Places gained (positive) or lost (negative) on the main indicator against the row''s baseline period.'),
('dti_infrastructure_rank_change', 'Thay đổi thứ hạng chỉ số Hạ tầng số (DTI)', 'DTI main indicator: change of rank: digital infrastructure', 'rank_change', 'dti', 1, NULL, 'dti_infrastructure_rank', 1, 'city DTI reports ("lùi 5 bậc (từ 1 xuống 6)" of a main indicator)', 'Places gained (positive) or lost (negative) on the main indicator against the row''s baseline period.'),
('dti_human_resources_rank_change', 'Thay đổi thứ hạng chỉ số Nhân lực số (DTI)', 'DTI main indicator: change of rank: digital human resources', 'rank_change', 'dti', 1, NULL, 'dti_human_resources_rank', 1, 'city DTI reports ("lùi 5 bậc (từ 1 xuống 6)" of a main indicator)', 'Places gained (positive) or lost (negative) on the main indicator against the row''s baseline period.'),
('dti_cybersecurity_rank_change', 'Thay đổi thứ hạng chỉ số An toàn thông tin mạng (DTI)', 'DTI main indicator: change of rank: cybersecurity', 'rank_change', 'dti', 1, NULL, 'dti_cybersecurity_rank', 1, 'city DTI reports ("lùi 5 bậc (từ 1 xuống 6)" of a main indicator)', 'Places gained (positive) or lost (negative) on the main indicator against the row''s baseline period.'),
('dti_government_activity_rank_change', 'Thay đổi thứ hạng chỉ số Hoạt động chính quyền số (DTI)', 'DTI main indicator: change of rank: digital government activity', 'rank_change', 'dti', 1, NULL, 'dti_government_activity_rank', 1, 'city DTI reports ("lùi 5 bậc (từ 1 xuống 6)" of a main indicator)', 'Places gained (positive) or lost (negative) on the main indicator against the row''s baseline period.'),
('dti_economy_activity_rank_change', 'Thay đổi thứ hạng chỉ số Hoạt động kinh tế số (DTI)', 'DTI main indicator: change of rank: digital economy activity', 'rank_change', 'dti', 1, NULL, 'dti_economy_activity_rank', 1, 'city DTI reports ("lùi 5 bậc (từ 1 xuống 6)" of a main indicator)', 'Places gained (positive) or lost (negative) on the main indicator against the row''s baseline period.'),
('dti_society_activity_rank_change', 'Thay đổi thứ hạng chỉ số Hoạt động xã hội số (DTI)', 'DTI main indicator: change of rank: digital society activity', 'rank_change', 'dti', 1, NULL, 'dti_society_activity_rank', 1, 'city DTI reports ("lùi 5 bậc (từ 1 xuống 6)" of a main indicator)', 'Places gained (positive) or lost (negative) on the main indicator against the row''s baseline period.');

-- Names: the change by its main indicator's words and "bậc"; the rank with "đứng thứ" (the
-- pillar's bare "xã hội số" must not win "thứ 2 ở … hoạt động xã hội số").
INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('dti_awareness_rank_change', 'Nhận thức số + bậc'),
('dti_awareness_rank', 'Nhận thức số + đứng thứ'),
('dti_institutions_rank_change', 'Thể chế số + bậc'),
('dti_institutions_rank', 'Thể chế số + đứng thứ'),
('dti_infrastructure_rank_change', 'Hạ tầng số + bậc'),
('dti_infrastructure_rank', 'Hạ tầng số + đứng thứ'),
('dti_human_resources_rank_change', 'Nhân lực số + bậc'),
('dti_human_resources_rank', 'Nhân lực số + đứng thứ'),
('dti_cybersecurity_rank_change', 'An toàn thông tin mạng + bậc'),
('dti_cybersecurity_rank', 'An toàn thông tin mạng + đứng thứ'),
('dti_government_activity_rank_change', 'Hoạt động chính quyền số + bậc'),
('dti_government_activity_rank', 'Hoạt động chính quyền số + đứng thứ'),
('dti_economy_activity_rank_change', 'Hoạt động kinh tế số + bậc'),
('dti_economy_activity_rank', 'Hoạt động kinh tế số + đứng thứ'),
('dti_society_activity_rank_change', 'Hoạt động xã hội số + bậc'),
('dti_society_activity_rank', 'Hoạt động xã hội số + đứng thứ');
-- "trong 6.348 hồ sơ đã trả kết quả": the dossiers resolved, written by their result returned.
INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('dossiers_resolved', '@hồ sơ + đã trả kết quả');
