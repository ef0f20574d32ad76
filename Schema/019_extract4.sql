-- The indicators real reports state that the catalogue lacked (issue 16, fourth round), and
-- the wording reports use for them. Data only; existing codes unchanged. Units are never a new
-- indicator: a department's, district's or ministry's own score is the index's indicator with
-- the unit in `agency`; a dossier's status (new, carried over, early, on time, late) is the
-- `dossier_status` breakdown of dossiers_received / dossiers_resolved / dossiers_pending.

INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max,
                        parent, verified, reference, description) VALUES
-- Dossiers: what the breakdowns cannot say.
('dossiers_on_time', 'Số hồ sơ TTHC giải quyết trước và đúng hạn', 'Procedure dossiers resolved early or on time', 'count', 'tthc', 1, NULL, NULL, 1, 'province TTHC reports ("trả kết quả trước và đúng hạn")', 'Dossiers resolved before or on their deadline together: the numerator of on_time_resolution_rate. Early alone or on time alone is dossiers_resolved with dossier_status truoc_han or dung_han.'),
('dossiers_due', 'Số hồ sơ TTHC đến hạn giải quyết', 'Procedure dossiers due in the period', 'count', 'tthc', 1, NULL, NULL, 1, 'province TTHC reports ("hồ sơ đến hạn giải quyết")', 'Dossiers whose deadline fell in the period: the base of the on-time and late rates.'),
('late_resolution_rate', 'Tỷ lệ hồ sơ TTHC chậm, quá hạn', 'Share of procedure dossiers late or overdue', 'percent', 'tthc', 0, 100, NULL, 1, 'province TTHC reports ("tỷ lệ hồ sơ chậm, quá hạn")', 'Share of the dossiers due that were resolved late or are overdue without a result; of a unit (agency) or of the whole area.'),
('late_resolution_rate_change', 'Mức thay đổi tỷ lệ hồ sơ TTHC chậm, quá hạn', 'Change in the share of late or overdue dossiers', 'percentage_point_change', 'tthc', 0, NULL, 'late_resolution_rate', 1, 'province TTHC reports ("tỷ lệ này giảm 3,86%")', 'Change of the late rate against the row''s baseline period, as the report writes it.'),
('dossiers_returned', 'Số hồ sơ TTHC bị trả lại hoặc xin rút', 'Procedure dossiers returned or withdrawn', 'count', 'tthc', 0, NULL, NULL, 1, 'province TTHC reports ("bị trả lại hoặc được người nộp xin rút")', 'Dossiers the handling agency returned or the applicant withdrew.'),
('dossiers_returned_rate', 'Tỷ lệ hồ sơ TTHC bị trả lại hoặc xin rút', 'Share of procedure dossiers returned or withdrawn', 'percent', 'tthc', 0, 100, NULL, 1, 'province TTHC reports', 'Share of the dossiers handled that were returned or withdrawn.'),
('tthc_reviewed', 'Số TTHC được rà soát, đánh giá', 'Administrative procedures reviewed', 'count', 'tthc', 1, NULL, NULL, 1, 'department and province TTHC reports ("rà soát, đánh giá 39 thủ tục")', 'Procedures reviewed and assessed in the period.'),
('tthc_proposed_amendment', 'Số TTHC đề xuất sửa đổi, bổ sung, bãi bỏ', 'Administrative procedures proposed for amendment or abolition', 'count', 'tthc', 1, NULL, NULL, 1, 'department and province TTHC reports ("đề xuất sửa đổi, bổ sung 15 thủ tục")', 'Procedures the review proposed to amend, supplement, replace or abolish.'),
-- Ratings of units (departments, districts, communes) by class: shares beside the counts.
('units_rated_fair', 'Số đơn vị xếp loại Khá', 'Units rated fair', 'count', 'other', 0, NULL, NULL, 1, 'province scoring of departments and districts (PAR, Decision 766)', 'Departments or districts rated ''Khá'' in the province''s own scoring.'),
('units_rated_average', 'Số đơn vị xếp loại Trung bình', 'Units rated average', 'count', 'other', 0, NULL, NULL, 1, 'province scoring of departments and districts (PAR, Decision 766)', 'Departments or districts rated ''Trung bình'' in the province''s own scoring.'),
('units_rated_excellent_rate', 'Tỷ lệ đơn vị xếp loại Xuất sắc', 'Share of units rated excellent', 'percent', 'other', 1, 100, 'units_rated_excellent', 1, 'province scoring of departments and districts (PAR, Decision 766)', 'Share of the units scored that were rated ''Xuất sắc''.'),
('units_rated_good_rate', 'Tỷ lệ đơn vị xếp loại Tốt', 'Share of units rated good', 'percent', 'other', 1, 100, 'units_rated_good', 1, 'province scoring of departments and districts (PAR, Decision 766)', 'Share of the units scored that were rated ''Tốt''.'),
('units_rated_fair_rate', 'Tỷ lệ đơn vị xếp loại Khá', 'Share of units rated fair', 'percent', 'other', 0, 100, 'units_rated_fair', 1, 'province scoring of departments and districts (PAR, Decision 766)', 'Share of the units scored that were rated ''Khá''.'),
-- The ministries' PAR Index average (the provinces' is par_index_average; both are area VN).
('par_index_ministry_average', 'Chỉ số CCHC (PAR Index): giá trị trung bình của các bộ, cơ quan ngang bộ', 'PAR Index: average over ministries', 'percent', 'par_index', 1, 100, 'par_index_score', 1, 'shared/reference/frameworks.md; the ministries'' PAR Index as the Ministry of Home Affairs announces it', 'The average PAR Index of the ministries and ministry-level agencies ranked (area VN, no agency).'),
('par_index_ministry_average_change', 'Chỉ số CCHC (PAR Index): thay đổi giá trị trung bình của các bộ', 'PAR Index: change of the ministries'' average', 'percentage_point_change', 'par_index', 1, NULL, 'par_index_ministry_average', 1, 'shared/reference/frameworks.md', 'Change of the ministries'' average against the row''s baseline period, as written ("tăng 1,93% so với năm 2019").'),
-- Counts of an index's parts that rose.
('pci_components_increased', 'Số chỉ số thành phần PCI tăng điểm', 'PCI sub-indices whose score rose', 'count', 'pci', 1, 10, 'pci_score', 1, 'shared/reference/frameworks.md §6', 'How many of a province''s 10 PCI sub-indices scored higher than in the previous edition.'),
('qd766_groups_increased', 'Số nhóm chỉ số QĐ 766 tăng điểm', 'Decision 766 groups whose points rose', 'count', 'qd766', 1, 6, 'qd766_score', 1, 'shared/reference/frameworks.md', 'How many of the index''s groups gained points against the previous assessment.'),
-- Survey sizes of the surveyed indices.
('pci_firms_surveyed', 'Số doanh nghiệp tham gia khảo sát PCI', 'Firms surveyed for the PCI', 'count', 'pci', 1, NULL, 'pci_score', 1, 'VCCI PCI reports', 'Firms that answered the PCI survey of the year (area VN).'),
('papi_respondents', 'Số người dân tham gia khảo sát PAPI', 'Citizens surveyed for PAPI', 'count', 'papi', 1, NULL, 'papi_score', 1, 'UNDP PAPI reports', 'Citizens who answered the PAPI survey of the year (area VN, or a province''s sample).'),
-- The Provincial Green Index (PGI, VCCI, from 2022).
('pgi_score', 'Chỉ số Xanh cấp tỉnh (PGI)', 'Provincial Green Index (PGI)', 'score', 'pgi', 1, NULL, NULL, 1, 'VCCI PGI reports (pgi.vn), published with the PCI from 2022', 'A province''s Provincial Green Index, from the PCI survey''s environmental questions.'),
('pgi_rank', 'Xếp hạng Chỉ số Xanh cấp tỉnh (PGI)', 'PGI rank', 'rank', 'pgi', 0, NULL, 'pgi_score', 1, 'VCCI PGI reports', 'Rank of a province on the PGI among the provinces of the year.'),
('pgi_score_change', 'Chỉ số Xanh cấp tỉnh (PGI): mức thay đổi điểm', 'PGI: change of the value', 'points_change', 'pgi', 1, NULL, 'pgi_score', 1, 'VCCI PGI reports', 'Change of the PGI against the row''s baseline period.'),
('pgi_rank_change', 'Chỉ số Xanh cấp tỉnh (PGI): thay đổi thứ hạng', 'PGI: change of rank', 'rank_change', 'pgi', 1, NULL, 'pgi_rank', 1, 'VCCI PGI reports', 'Places gained (positive) or lost (negative) against the row''s baseline period.');

-- The ten PCI sub-indices' ranks ("chỉ số Chi phí thời gian … xếp thứ 4").
INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max,
                        parent, verified, reference, description)
SELECT code || '_rank', 'Xếp hạng ' || name_vi, name_en || ': rank', 'rank', 'pci', 0, NULL, code, 1,
       'shared/reference/frameworks.md §6', 'Rank of a province on this PCI sub-index among the provinces of the year.'
FROM indicators WHERE framework = 'pci' AND parent = 'pci_score' AND measure = 'score'
  AND code IN ('pci_market_entry', 'pci_land_access', 'pci_transparency', 'pci_time_costs', 'pci_informal_charges',
               'pci_policy_bias', 'pci_proactivity', 'pci_business_support', 'pci_labour_training', 'pci_legal_institutions');

INSERT INTO indicator_breakdowns (indicator, dimension) VALUES
('dossiers_on_time', 'level'),
('dossiers_due', 'level'),
('late_resolution_rate', 'level'),
('dossiers_returned', 'level');

INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
-- "Số hồ sơ trả kết quả trước và đúng hạn là 19.255", "4.157 hồ sơ đã trả kết quả trước và đúng hạn".
('dossiers_on_time', '@hồ sơ + trước và đúng hạn'),
('dossiers_on_time', '@hồ sơ + đúng và trước hạn'),
('dossiers_on_time', 'hồ sơ + trả kết quả trước và đúng hạn'),
('dossiers_on_time', 'hồ sơ + giải quyết trước và đúng hạn'),
('dossiers_on_time', 'hồ sơ + giải quyết đúng và trước hạn'),
('dossiers_due', '@hồ sơ + đến hạn'),
('dossiers_due', 'hồ sơ đến hạn'),
-- The late rate, as reports write "late": chậm, trễ, quá hạn.
('late_resolution_rate', 'tỷ lệ + quá hạn'),
('late_resolution_rate', 'tỷ lệ + trễ hạn'),
('late_resolution_rate', 'tỷ lệ chậm'),
('late_resolution_rate', 'hồ sơ + quá hạn'),
('late_resolution_rate', 'hồ sơ + trễ hạn'),
('late_resolution_rate', 'hồ sơ chậm'),
('late_resolution_rate', 'hồ sơ trả chậm'),
-- "bị cơ quan thụ lý trả lại hoặc được người nộp xin rút", "bị trả lại hoặc được rút".
('dossiers_returned', '@hồ sơ + bị trả lại'),
('dossiers_returned', '@hồ sơ + xin rút'),
('dossiers_returned', '@hồ sơ + được rút'),
('dossiers_returned', '@hồ sơ + đề nghị rút'),
('dossiers_returned_rate', 'hồ sơ + bị trả lại'),
('dossiers_returned_rate', 'hồ sơ + xin rút'),
('dossiers_returned_rate', 'hồ sơ + được rút'),
('dossiers_returned_rate', 'hồ sơ + đề nghị rút'),
-- Statuses the breakdown says: the count is resolved or pending, its status comes from the words.
('dossiers_resolved', 'giải quyết trước hạn + @hồ sơ'),
('dossiers_resolved', 'giải quyết đúng hạn + @hồ sơ'),
('dossiers_resolved', '@hồ sơ + giải quyết + quá hạn'),
('dossiers_resolved', '@hồ sơ + chậm hoặc quá hạn'),
('dossiers_resolved', '@hồ sơ + trễ hạn'),
('dossiers_resolved', '@hồ sơ + quá hạn'),
('dossiers_pending', 'hồ sơ + quá hạn + chưa có kết quả'),
('dossiers_received', 'tiếp nhận mới + @hồ sơ'),
('dossiers_received', '@hồ sơ + tiếp nhận mới'),
('dossiers_received', 'hồ sơ + kỳ trước chuyển sang'),
('dossiers_received', 'hồ sơ tồn'),
-- "tổng số hồ sơ đã và đang giải quyết": all the dossiers of the period, not the pending ones.
('dossiers_received_total', 'hồ sơ đã và đang giải quyết'),
('tthc_reviewed', 'rà soát + @thủ tục hành chính'),
('tthc_reviewed', 'rà soát + @TTHC'),
('tthc_reviewed', 'rà soát + @thủ tục'),
('tthc_proposed_amendment', 'đề xuất + @thủ tục hành chính'),
('tthc_proposed_amendment', 'đề xuất + @TTHC'),
('tthc_proposed_amendment', 'đề xuất + @thủ tục'),
('tthc_proposed_amendment', 'sửa đổi, bổ sung + @thủ tục hành chính'),
('tthc_proposed_amendment', 'sửa đổi, bổ sung + @TTHC'),
-- Ratings: the class's share, and the classes below "tốt".
('units_rated_excellent', 'xuất sắc + @đơn vị'),
('units_rated_good', 'xếp loại tốt + @đơn vị'),
('units_rated_good', 'loại tốt + @đơn vị'),
('units_rated_fair', 'xếp loại khá + @đơn vị'),
('units_rated_fair', '@đơn vị + xếp loại khá'),
('units_rated_average', 'xếp loại trung bình + @đơn vị'),
('units_rated_average', '@đơn vị + xếp loại trung bình'),
('units_rated_excellent_rate', 'xếp loại xuất sắc'),
('units_rated_excellent_rate', 'loại xuất sắc'),
('units_rated_good_rate', 'xếp loại tốt'),
('units_rated_good_rate', 'loại tốt'),
('units_rated_fair_rate', 'xếp loại khá'),
-- The ministries' average: "giá trị trung bình … của các bộ, cơ quan ngang bộ", "bình quân các bộ".
('par_index_ministry_average', 'trung bình + cơ quan ngang bộ'),
('par_index_ministry_average', 'bình quân + cơ quan ngang bộ'),
('par_index_ministry_average', 'trung bình + các bộ'),
('par_index_ministry_average', 'bình quân + các bộ'),
('par_index_ministry_average', 'trung bình + khối bộ'),
('pci_components_increased', '@chỉ số + tăng điểm + PCI'),
('pci_components_increased', '@chỉ số thành phần + tăng điểm'),
('qd766_groups_increased', '@nhóm chỉ số + tăng điểm'),
('qd766_groups_increased', '@nhóm + tăng điểm + 766'),
('pci_firms_surveyed', '@doanh nghiệp + khảo sát'),
('pci_firms_surveyed', 'khảo sát + @doanh nghiệp'),
('papi_respondents', '@người dân + PAPI'),
('papi_respondents', 'khảo sát + @người dân'),
('papi_respondents', '@người dân + khảo sát'),
('pgi_score', 'PGI'),
('pgi_score', 'Chỉ số Xanh cấp tỉnh'),
('pgi_score', 'Chỉ số Xanh'),
('pgi_rank', 'PGI'),
('pgi_rank', 'Chỉ số Xanh cấp tỉnh'),
('pgi_rank', 'Chỉ số Xanh'),
-- The PCI sub-indices by their bare names ("chỉ số Chi phí thời gian … 8,40 điểm"), for the
-- score and its rank; names no other index uses.
('pci_market_entry', 'Gia nhập thị trường'),
('pci_land_access', 'Tiếp cận đất đai'),
('pci_transparency', 'Tính minh bạch + PCI'),
('pci_time_costs', 'Chi phí thời gian'),
('pci_informal_charges', 'Chi phí không chính thức'),
('pci_policy_bias', 'Cạnh tranh bình đẳng'),
('pci_proactivity', 'Tính năng động'),
('pci_business_support', 'Dịch vụ hỗ trợ doanh nghiệp'),
('pci_labour_training', 'Đào tạo lao động + PCI'),
('pci_legal_institutions', 'Thiết chế pháp lý'),
('pci_market_entry_rank', 'Gia nhập thị trường'),
('pci_land_access_rank', 'Tiếp cận đất đai'),
('pci_transparency_rank', 'Tính minh bạch + PCI'),
('pci_time_costs_rank', 'Chi phí thời gian'),
('pci_informal_charges_rank', 'Chi phí không chính thức'),
('pci_policy_bias_rank', 'Cạnh tranh bình đẳng'),
('pci_proactivity_rank', 'Tính năng động'),
('pci_business_support_rank', 'Dịch vụ hỗ trợ doanh nghiệp'),
('pci_labour_training_rank', 'Đào tạo lao động + PCI'),
('pci_legal_institutions_rank', 'Thiết chế pháp lý');

-- The PAR Index components' rank movements ("xếp thứ nhất, tăng 10 hạng so với năm 2014"), the
-- `<rank>_change` twin of each component rank.
INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max,
                        parent, verified, reference, description)
SELECT code || '_change', 'Thay đổi ' || lower(substr(name_vi, 1, 1)) || substr(name_vi, 2), name_en || ': change', 'rank_change',
       'par_index', 1, NULL, code, 1, 'shared/reference/frameworks.md',
       'Places gained (positive) or lost (negative) on this component against the row''s baseline period ("tăng 10 hạng").'
FROM indicators WHERE framework = 'par_index' AND measure = 'rank' AND parent GLOB 'par_index_*_percent';

-- Decision 766 groups and PAR Index fields by their shorter everyday names; these are scores
-- out of the group's own maximum, so only figures in points within it take them ("thanh toán
-- trực tuyến (10/10 điểm)", "mức độ hài lòng (17,93/18 điểm)", "công tác chỉ đạo, điều hành …
-- đạt 15,96/16 điểm"). "đã và đang giải quyết" counts every dossier of the period.
INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('qd766_online_payment_score', 'thanh toán trực tuyến'),
('qd766_satisfaction_score', 'mức độ hài lòng'),
('qd766_satisfaction_score', 'sự hài lòng'),
('par_index_leadership_points', 'chỉ đạo, điều hành'),
('par_index_institutions_points', 'thể chế'),
('par_index_organisation_points', 'tổ chức bộ máy'),
('par_index_public_finance_points', 'tài chính công'),
('par_index_public_finance_points', 'cơ chế tài chính'),
('par_index_civil_service_points', 'chế độ công vụ'),
('par_index_e_government_points', 'Chính phủ điện tử'),
('dossiers_received_total', 'đã và đang giải quyết + @hồ sơ');

-- The PAR Index fields' ranks by the same everyday names ("Chỉ số … thể chế … xếp thứ nhất,
-- tăng 10 hạng"), so a field named in its sentence takes its bare rank and movement; the staff
-- of commune service centres counted as people.
INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('par_index_leadership_rank', 'chỉ đạo, điều hành'),
('par_index_institutions_rank', 'thể chế'),
('par_index_organisation_rank', 'tổ chức bộ máy'),
('par_index_public_finance_rank', 'tài chính công'),
('par_index_public_finance_rank', 'cơ chế tài chính'),
('par_index_civil_service_rank', 'chế độ công vụ'),
('par_index_e_government_rank', 'Chính phủ điện tử'),
('commune_service_centre_staff', '@người + Trung tâm phục vụ hành chính công'),
('commune_service_centre_staff', '@nhân sự + Trung tâm phục vụ hành chính công');
