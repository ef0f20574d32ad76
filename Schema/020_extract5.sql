-- Counts real reports give that the catalogue lacked (issue 16, sixth round), and the wording
-- reports use for them and for close indicators. Data only; existing codes unchanged.
-- A public-service centre's (Trung tâm phục vụ hành chính công, Bộ phận một cửa) own work:
-- guidance given, calls made and answered, visits; a portal's visits; fees collected (all of
-- them, where fees_collected is the fees paid online); the forms a PAR Index survey collected.
-- A unit's figure carries the unit in `agency`, as elsewhere.

INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max,
                        parent, verified, reference, description) VALUES
('service_centre_guidance', 'Số lượt hướng dẫn, tư vấn thực hiện TTHC', 'Guidance sessions on procedures given', 'count', 'tthc', 1, NULL, NULL, 1, 'province TTHC reports ("hướng dẫn thực hiện thủ tục hành chính cho 5.687 lượt tổ chức, cá nhân")', 'Times a public-service centre or one-stop shop guided or advised people and organisations on procedures, by any channel.'),
('service_centre_guidance_in_person', 'Số lượt hướng dẫn trực tiếp thực hiện TTHC', 'Guidance sessions on procedures given in person', 'count', 'tthc', 1, NULL, 'service_centre_guidance', 1, 'province TTHC reports ("3.852 lượt hướng dẫn trực tiếp")', 'Guidance given face to face at the counter: part of service_centre_guidance.'),
('service_centre_calls_made', 'Số cuộc gọi đi hỗ trợ, hướng dẫn TTHC', 'Support calls made on procedures', 'count', 'tthc', 1, NULL, 'service_centre_guidance', 1, 'province TTHC reports ("756 lượt gọi đi")', 'Calls the centre made to guide applicants or follow up their dossiers.'),
('service_centre_calls_answered', 'Số cuộc gọi đến được trả lời, hỗ trợ về TTHC', 'Incoming calls on procedures answered', 'count', 'tthc', 1, NULL, 'service_centre_guidance', 1, 'province TTHC reports ("1.079 lượt trả lời cuộc gọi đến"), hotlines (đường dây nóng, tổng đài)', 'Incoming calls (hotline, switchboard) the centre answered.'),
('service_centre_visits', 'Số lượt tổ chức, công dân đến giao dịch tại Trung tâm phục vụ hành chính công', 'Visits of people and organisations to the public-service centre', 'count', 'tthc', 1, NULL, NULL, 1, 'province TTHC reports ("1.129 lượt tổ chức, công dân đến thực hiện giao dịch tại Trung tâm")', 'Visits to a public-service centre or one-stop shop to carry out a transaction, whatever their number of dossiers.'),
('portal_visits', 'Số lượt truy cập Cổng dịch vụ công, Cổng thông tin điện tử', 'Visits of the public-service or information portal', 'count', 'dvc', 1, NULL, NULL, 1, 'province and ministry reports ("lượt truy cập")', 'Accesses (visits) of a public-service portal or e-information portal in the period.'),
('fees_collected_total', 'Số phí, lệ phí thu được từ giải quyết TTHC', 'Fees and charges collected on procedures', 'amount', 'tthc', 1, NULL, NULL, 1, 'province TTHC reports ("Số thu lũy kế … gần 4,8 tỷ đồng"), in đồng', 'Fees and charges collected on the procedures handled, by any means of payment, in đồng (fees_collected counts those paid online).'),
('par_index_survey_responses', 'Số phiếu khảo sát Chỉ số CCHC thu về', 'PAR Index survey forms collected', 'count', 'par_index', 1, NULL, 'par_index_score', 1, 'Ministry of Home Affairs PAR Index reports ("hơn 85.600 phiếu thu về")', 'Survey forms of the year''s PAR Index collected from citizens, civil servants, managers and associations (area VN).');

INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
-- Guidance: "hướng dẫn … cho 5.687 lượt", "tư vấn 320 lượt", "3.852 lượt hướng dẫn trực tiếp".
('service_centre_guidance', 'hướng dẫn + @lượt'),
('service_centre_guidance', '@lượt hướng dẫn'),
('service_centre_guidance', 'tư vấn + @lượt'),
('service_centre_guidance', '@lượt tư vấn'),
('service_centre_guidance', '@lượt + hướng dẫn, hỗ trợ'),
('service_centre_guidance_in_person', '@lượt hướng dẫn trực tiếp'),
('service_centre_guidance_in_person', '@lượt + hướng dẫn trực tiếp'),
('service_centre_guidance_in_person', 'hướng dẫn trực tiếp + @lượt'),
('service_centre_guidance_in_person', '@lượt tư vấn trực tiếp'),
-- Calls: "756 lượt gọi đi", "1.079 lượt trả lời cuộc gọi đến", "tiếp nhận 2.150 cuộc gọi qua tổng đài".
('service_centre_calls_made', '@lượt gọi đi'),
('service_centre_calls_made', '@cuộc gọi đi'),
('service_centre_calls_made', 'gọi điện + @lượt'),
('service_centre_calls_made', 'gọi đi + @cuộc gọi'),
('service_centre_calls_answered', '@lượt trả lời'),
('service_centre_calls_answered', '@lượt + cuộc gọi đến'),
('service_centre_calls_answered', '@cuộc gọi + đến'),
('service_centre_calls_answered', '@cuộc gọi + tổng đài'),
('service_centre_calls_answered', '@cuộc gọi + đường dây nóng'),
('service_centre_calls_answered', 'trả lời + @cuộc gọi'),
('service_centre_calls_answered', 'tổng đài + @cuộc gọi'),
('service_centre_calls_answered', 'đường dây nóng + @cuộc gọi'),
-- Visits: "1.129 lượt tổ chức, công dân đến thực hiện giao dịch", "đón tiếp 4.200 lượt công dân".
('service_centre_visits', '@lượt + giao dịch'),
('service_centre_visits', '@lượt + đến giao dịch'),
('service_centre_visits', '@lượt + đến làm thủ tục'),
('service_centre_visits', 'đón tiếp + @lượt'),
('service_centre_visits', 'tiếp đón + @lượt'),
('service_centre_visits', '@lượt khách'),
('portal_visits', '@lượt truy cập'),
('portal_visits', 'truy cập + @lượt'),
('portal_visits', 'lượt truy cập'),
-- Fees: "Số thu lũy kế … 4,8 tỷ đồng", "thu phí, lệ phí được 1,2 tỷ đồng", "nộp ngân sách 350 triệu đồng lệ phí".
('fees_collected_total', 'số thu + @đồng'),
('fees_collected_total', 'thu được + @đồng'),
('fees_collected_total', 'lệ phí + @đồng'),
('fees_collected_total', 'phí, lệ phí + @đồng'),
('fees_collected_total', 'thu phí + @đồng'),
('fees_collected_total', '@đồng + phí, lệ phí'),
('fees_collected_total', '@đồng + lệ phí'),
-- PAR Index survey forms: "hơn 85.600 phiếu" of a PAR Index report (the index the report speaks
-- of also finds it, through its count child named for the survey).
('par_index_survey_responses', '@phiếu + Chỉ số CCHC'),
('par_index_survey_responses', '@phiếu + Chỉ số cải cách hành chính'),
('par_index_survey_responses', '@phiếu + PAR Index'),
-- The dossiers a unit handled, listed by unit: "Công an tỉnh (590 hồ sơ), Sở Tư pháp (128 hồ
-- sơ)" after "nhiều giao dịch nhất".
('dossiers_received', '@hồ sơ + giao dịch'),
-- Resolved, not received: "đã tiếp nhận 25.368 hồ sơ nhưng mới giải quyết được 23.239 hồ sơ",
-- "Số hồ sơ được giải quyết là 1.456/1.625".
('dossiers_resolved', 'giải quyết được + @hồ sơ'),
('dossiers_resolved', 'hồ sơ được giải quyết'),
('dossiers_resolved', 'đã giải quyết được + @hồ sơ'),
-- All the dossiers asked of the period: "218.763 hồ sơ của tổ chức, cá nhân đề nghị giải quyết".
('dossiers_received_total', '@hồ sơ + đề nghị giải quyết'),
('dossiers_received_total', '@hồ sơ + yêu cầu giải quyết'),
-- Satisfaction with a centre's or one-stop shop's service is the TTHC satisfaction rate, not
-- SIPAS (the Ministry of Home Affairs' index): "Mức độ hài lòng … đối với hoạt động của Trung
-- tâm …; tỷ lệ hài lòng đạt 98,8%".
('tthc_satisfaction_rate', 'hài lòng + Trung tâm'),
('tthc_satisfaction_rate', 'hài lòng + Bộ phận một cửa'),
('tthc_satisfaction_rate', 'hài lòng + một cửa'),
('tthc_satisfaction_rate', 'hài lòng + tiếp nhận, giải quyết'),
('tthc_satisfaction_rate', 'hài lòng + giải quyết thủ tục hành chính'),
('tthc_satisfaction_rate', 'hài lòng + giải quyết TTHC');

-- The units a province assessed (the base of units_rated_*): "Khối sở, ban, ngành có 20 đơn vị
-- được đánh giá", "đánh giá, xếp loại 54 cơ quan, đơn vị".
INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max,
                        parent, verified, reference, description) VALUES
('units_assessed', 'Số đơn vị được đánh giá, xếp loại', 'Units assessed and rated', 'count', 'other', 1, NULL, NULL, 1, 'province scoring of departments and districts (PAR, Decision 766)', 'Departments, districts or communes the province''s own scoring assessed: the base of the units_rated_* counts.');

INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('units_assessed', '@đơn vị + được đánh giá'),
('units_assessed', '@cơ quan, đơn vị + được đánh giá'),
('units_assessed', '@đơn vị + đánh giá, xếp loại'),
('units_assessed', 'đánh giá, xếp loại + @cơ quan, đơn vị'),
('units_assessed', 'đánh giá, xếp loại + @đơn vị');
