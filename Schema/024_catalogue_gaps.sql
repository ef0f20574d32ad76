-- The catalogue's gaps that real reports show (issue 16, the catalogue issue). Our keyed sets
-- mapped 20–45 % of real figures to no code at all; most of those are figures every
-- provincial reform report states in some form, so they belong in the catalogue, not in a
-- reviewer's notes. Data only; existing codes unchanged (one synonym added to keep an
-- existing rate from the new early rate, below).
--
-- Left out on purpose: thresholds that define a group ("nhóm A: từ 90% trở lên", "mốc 60
-- điểm") are definitions, not figures; the country's rank on the UN e-government survey is
-- a rank of the country, which the value rules refuse; counts of units meeting a one-off
-- condition ("13/13 xã thu phí không dùng tiền mặt") and a place's population or land area
-- are context, not reform indicators.

INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max,
                        parent, verified, reference, description) VALUES
-- Publication of procedures: each month's decisions publishing lists of procedures, and what
-- they publish (new, amended or replaced, abolished), beside the existing
-- tthc_published_total; and the share of procedures posted where citizens see them.
('tthc_publication_decisions', 'Số quyết định công bố danh mục TTHC', 'Decisions publishing lists of administrative procedures', 'count', 'tthc', 1, NULL, NULL, 1, 'province TTHC reports ("ký 13 quyết định công bố danh mục TTHC"); Decree 63/2010 and 92/2017 on publishing procedures', 'How many decisions the chairman of the province (or a minister) signed publishing lists of administrative procedures in the period.'),
('tthc_published_new', 'Số TTHC mới ban hành được công bố', 'Newly issued administrative procedures published', 'count', 'tthc', 1, NULL, NULL, 1, 'province TTHC reports ("trong đó 36 thủ tục mới")', 'Procedures the period''s publication decisions list as newly issued.'),
('tthc_published_amended', 'Số TTHC sửa đổi, bổ sung, thay thế được công bố', 'Amended or replaced administrative procedures published', 'count', 'tthc', 1, NULL, NULL, 1, 'province TTHC reports ("123 thủ tục được sửa đổi, bổ sung, thay thế")', 'Procedures the period''s publication decisions list as amended, supplemented or replaced.'),
('tthc_published_abolished', 'Số TTHC bị bãi bỏ được công bố', 'Abolished administrative procedures published', 'count', 'tthc', 1, NULL, NULL, 1, 'province TTHC reports ("25 thủ tục bị bãi bỏ")', 'Procedures the period''s publication decisions list as abolished.'),
('tthc_publicly_listed_rate', 'Tỷ lệ TTHC được niêm yết, công khai', 'Share of administrative procedures posted publicly', 'percent', 'tthc', 1, 100, NULL, 1, 'province TTHC reports ("100% thủ tục hành chính đã được niêm yết, công khai")', 'Percent of the procedures in force posted at the one-stop shops, on the national procedures database and on the agencies'' portals.'),
-- Resolution: the early share, which reports give beside the on-time share ("trước hạn …
-- 27,49%, đúng hạn … 72,51%"); on_time_resolution_rate counts early and on time together.
('early_resolution_rate', 'Tỷ lệ hồ sơ TTHC giải quyết trước hạn', 'Share of dossiers resolved ahead of time', 'percent', 'tthc', 1, 100, 'on_time_resolution_rate', 1, 'province TTHC reports ("giải quyết trước hạn là 1.555 hồ sơ, chiếm tỷ lệ 27,49%")', 'Percent of the dossiers resolved that were resolved before their deadline (part of the on-time rate, which counts early and on time together).'),
-- Digitisation: two Decision 766 measures reports quote on their own.
('digitised_data_reuse_rate', 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', 'Reuse rate of digitised data', 'percent', 'tthc', 1, 100, 'digitised_dossier_result_rate', 1, 'Decision 766/QĐ-TTg (digitisation group); province reports ("tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt trên 95%")', 'Percent of dossiers where data already digitised (earlier results, the population database) was reused instead of asked for again.'),
('electronic_result_rate', 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', 'Share of procedure results issued electronically', 'percent', 'tthc', 1, 100, 'digitised_dossier_result_rate', 1, 'Decision 766/QĐ-TTg (digitisation group); province reports ("tỷ lệ cấp kết quả điện tử … đạt 100%")', 'Percent of procedure results issued as electronic documents (with or without a paper copy).'),
-- Growth of the dossiers received, the figure a report gives right after the count ("tiếp
-- nhận 4.210 hồ sơ, tăng 12,6% so với cùng kỳ"): the count's change twin.
('dossiers_received_total_change', 'Mức tăng số hồ sơ TTHC tiếp nhận', 'Change in the number of dossiers received', 'ratio', 'tthc', 1, NULL, 'dossiers_received_total', 1, 'province TTHC reports ("tăng 18,4% so với cùng kỳ năm 2024")', 'Relative change of the dossiers received against the row''s baseline period, in percent as the report writes it.'),
-- Growth of chip-based ID applications, given right after the count ("thu nhận 285.417 hồ
-- sơ cấp Căn cước, tăng 18,4% so với cùng kỳ"): the count's change twin.
('cccd_applications_collected_change', 'Mức tăng số hồ sơ cấp Căn cước công dân đã thu nhận', 'Change in citizen ID card applications collected', 'ratio', 'de_an_06', 1, NULL, 'cccd_applications_collected', 1, 'Đề án 06 reports of provincial police', 'Relative change of the ID card applications collected against the row''s baseline period, in percent as the report writes it.'),
-- Institutional reform: legal normative documents, the first field of every reform report.
('legal_documents_issued', 'Số văn bản quy phạm pháp luật đã ban hành', 'Legal normative documents issued', 'count', 'institutions', 1, NULL, NULL, 1, 'province PAR reports, institutional reform section ("ban hành 45 văn bản quy phạm pháp luật"); Law on Promulgation of Legal Documents', 'Legal normative documents (resolutions of the council, decisions of the people''s committee; at the centre laws, decrees, circulars) issued in the period.'),
('legal_documents_reviewed', 'Số văn bản quy phạm pháp luật được rà soát, kiểm tra', 'Legal normative documents reviewed or checked', 'count', 'institutions', 1, NULL, NULL, 1, 'province PAR reports, institutional reform section ("rà soát 1.236 văn bản quy phạm pháp luật")', 'Legal normative documents reviewed or checked for legality and consistency in the period.'),
-- The economy reports set beside the indices: growth of GRDP, as a level ("tốc độ tăng
-- trưởng kinh tế đạt 6,9%") and its change.
('grdp_growth_rate', 'Tốc độ tăng trưởng kinh tế (GRDP)', 'Economic growth rate (GRDP)', 'ratio', 'economy', 1, NULL, NULL, 1, 'province socio-economic reports (GSO, provincial statistics offices)', 'Growth of the gross regional domestic product against the same period of the year before, in percent (may be negative).'),
('grdp_growth_rate_change', 'Tốc độ tăng trưởng kinh tế (GRDP): mức thay đổi', 'Economic growth rate (GRDP): change', 'percentage_point_change', 'economy', 1, NULL, 'grdp_growth_rate', 1, 'province socio-economic reports', 'Change of the growth rate against the row''s baseline period, in percentage points as the report writes it.'),
-- PCI and PGI are published with their median (VCCI compares provinces to it, not to the
-- mean) and a province's gap to it. A gap is written as a plain score ("thấp hơn điểm trung
-- vị 1,5 điểm"), which extract reads as the index's figure until a rule turns it into the
-- gap with its sign, as one does for the average; the gaps' synonyms wait for that rule.
('pci_median', 'Chỉ số PCI: điểm trung vị', 'PCI: median score', 'score', 'pci', 1, 100, 'pci_score', 1, 'VCCI PCI reports ("điểm trung vị năm 2015 đạt 58,47 điểm")', 'The median PCI over the provinces of the year (area VN).'),
('pci_median_change', 'Chỉ số PCI: mức thay đổi của điểm trung vị', 'PCI: change of the median', 'points_change', 'pci', 1, NULL, 'pci_median', 1, 'VCCI PCI reports ("Điểm số trung vị … tăng 1 điểm so với năm trước")', 'Change of the median PCI against the row''s baseline period.'),
('pci_gap_to_median', 'Chỉ số PCI: chênh lệch so với trung vị', 'PCI: gap to the median', 'points_change', 'pci', 1, NULL, 'pci_score', 1, 'VCCI PCI reports', 'A province''s PCI minus the median of the year (negative below it).'),
('pgi_median', 'Chỉ số Xanh cấp tỉnh (PGI): điểm trung vị', 'PGI: median score', 'score', 'pgi', 1, NULL, 'pgi_score', 1, 'VCCI PGI reports', 'The median PGI over the provinces of the year (area VN).'),
('pgi_gap_to_median', 'Chỉ số Xanh cấp tỉnh (PGI): chênh lệch so với trung vị', 'PGI: gap to the median', 'points_change', 'pgi', 1, NULL, 'pgi_score', 1, 'VCCI PGI reports', 'A province''s PGI minus the median of the year (negative below it).'),
-- PAPI's report sorts provinces into four groups by their total (quartiles). Their names hold
-- neither "chỉ số" nor "tỉnh": a figure no synonym labels ("08 chỉ số", "34 tỉnh, thành
-- phố") is not taken for one of these counts by the words of their names.
('papi_units_high_group', 'PAPI: số địa phương thuộc nhóm điểm cao', 'PAPI: provinces in the top group', 'count', 'papi', 1, NULL, 'papi_score', 1, 'UNDP PAPI reports ("16 tỉnh thành ở mức cao")', 'How many provinces fall in the top of PAPI''s four groups (quartiles of the total).'),
('papi_units_upper_middle_group', 'PAPI: số địa phương thuộc nhóm trung bình cao', 'PAPI: provinces in the upper middle group', 'count', 'papi', 1, NULL, 'papi_score', 1, 'UNDP PAPI reports ("16 tỉnh thành ở mức trung bình cao")', 'How many provinces fall in the upper middle of PAPI''s four groups.'),
('papi_units_lower_middle_group', 'PAPI: số địa phương thuộc nhóm trung bình thấp', 'PAPI: provinces in the lower middle group', 'count', 'papi', 0, NULL, 'papi_score', 1, 'UNDP PAPI reports ("15 tỉnh thành ở mức trung bình thấp")', 'How many provinces fall in the lower middle of PAPI''s four groups.'),
('papi_units_low_group', 'PAPI: số địa phương thuộc nhóm điểm thấp', 'PAPI: provinces in the bottom group', 'count', 'papi', 0, NULL, 'papi_score', 1, 'UNDP PAPI reports ("16 tỉnh thành ở mức thấp")', 'How many provinces fall in the bottom of PAPI''s four groups.'),
-- DDCI: the competitiveness index of a province's departments and districts, run by VCCI
-- for the province on the PCI's method; a figure belongs to the unit (agency), the area is
-- the province.
('ddci_score', 'Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI)', 'Department and District Competitiveness Index (DDCI)', 'score', 'ddci', 1, 100, NULL, 1, 'provincial DDCI reports (VCCI with the province)', 'A department''s or district''s score on the province''s DDCI, out of 100.'),
('ddci_rank', 'Xếp hạng Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI)', 'DDCI rank', 'rank', 'ddci', 0, NULL, 'ddci_score', 1, 'provincial DDCI reports', 'A department''s or district''s place among the units of its group (departments, districts) on the DDCI.'),
('ddci_score_change', 'Chỉ số DDCI: mức thay đổi điểm', 'DDCI: change of the score', 'points_change', 'ddci', 1, NULL, 'ddci_score', 1, 'provincial DDCI reports', 'Change of a unit''s DDCI against the row''s baseline period.'),
('ddci_rank_change', 'Chỉ số DDCI: thay đổi thứ hạng', 'DDCI: change of rank', 'rank_change', 'ddci', 1, NULL, 'ddci_rank', 1, 'provincial DDCI reports', 'Places gained (positive) or lost (negative) against the row''s baseline period.'),
-- The commune-level units after the 2025 reorganisation: the denominator of every commune
-- count ("148 đơn vị hành chính cấp xã, gồm 133 xã và 15 phường").
('commune_level_units', 'Số đơn vị hành chính cấp xã', 'Commune-level administrative units', 'count', 'other', 1, NULL, NULL, 1, 'province reports on the 2025 reorganisation of administrative units', 'How many commune-level units (communes, wards, special zones) the area has.');

INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('tthc_publication_decisions', '@quyết định công bố'),
('tthc_publication_decisions', '@quyết định + công bố danh mục'),
('tthc_published_new', '@thủ tục mới'),
('tthc_published_new', '@TTHC mới'),
('tthc_published_new', '@thủ tục hành chính mới'),
('tthc_published_new', '@thủ tục + mới ban hành'),
('tthc_published_new', '@TTHC + mới ban hành'),
('tthc_published_new', '@thủ tục hành chính + mới ban hành'),
('tthc_published_amended', '@thủ tục được sửa đổi'),
('tthc_published_amended', '@TTHC được sửa đổi'),
('tthc_published_amended', '@thủ tục hành chính được sửa đổi'),
('tthc_published_amended', '@thủ tục sửa đổi, bổ sung'),
('tthc_published_amended', '@TTHC sửa đổi, bổ sung'),
('tthc_published_amended', '@thủ tục hành chính sửa đổi, bổ sung'),
('tthc_published_amended', '@thủ tục + sửa đổi, bổ sung, thay thế'),
('tthc_published_amended', '@TTHC + sửa đổi, bổ sung, thay thế'),
('tthc_published_amended', '@thủ tục hành chính + sửa đổi, bổ sung, thay thế'),
('tthc_published_abolished', '@thủ tục bị bãi bỏ'),
('tthc_published_abolished', '@TTHC bị bãi bỏ'),
('tthc_published_abolished', '@thủ tục hành chính bị bãi bỏ'),
('tthc_published_abolished', '@thủ tục + bị bãi bỏ'),
('tthc_published_abolished', '@TTHC + bị bãi bỏ'),
('tthc_published_abolished', '@thủ tục hành chính + bị bãi bỏ'),
('tthc_publicly_listed_rate', 'niêm yết, công khai'),
('tthc_publicly_listed_rate', 'niêm yết + thủ tục hành chính'),
('tthc_publicly_listed_rate', 'niêm yết + TTHC'),
('early_resolution_rate', 'giải quyết trước hạn'),
('early_resolution_rate', 'giải quyết sớm hạn'),
('early_resolution_rate', 'tỷ lệ trước hạn'),
('digitised_data_reuse_rate', 'sử dụng lại + số hóa'),
('digitised_data_reuse_rate', 'tái sử dụng + số hóa'),
('digitised_data_reuse_rate', 'khai thác, sử dụng lại'),
('digitised_data_reuse_rate', 'sử dụng lại dữ liệu'),
('digitised_data_reuse_rate', 'tái sử dụng dữ liệu'),
('electronic_result_rate', 'kết quả điện tử'),
('electronic_result_rate', 'kết quả giải quyết TTHC điện tử'),
('electronic_result_rate', 'kết quả giải quyết thủ tục hành chính điện tử'),
('dossiers_received_total_change', 'hồ sơ + tiếp nhận'),
('dossiers_received_total_change', 'tổng số hồ sơ'),
('cccd_applications_collected_change', 'hồ sơ cấp căn cước'),
('cccd_applications_collected_change', 'hồ sơ + căn cước'),
('cccd_applications_collected_change', 'hồ sơ + CCCD'),
('legal_documents_issued', '@văn bản quy phạm pháp luật'),
('legal_documents_issued', '@VBQPPL'),
('legal_documents_issued', '@văn bản QPPL'),
('legal_documents_reviewed', 'rà soát + @văn bản quy phạm pháp luật'),
('legal_documents_reviewed', 'rà soát + @VBQPPL'),
('legal_documents_reviewed', 'kiểm tra + @văn bản quy phạm pháp luật'),
('legal_documents_reviewed', 'kiểm tra + @VBQPPL'),
('grdp_growth_rate', 'tốc độ tăng trưởng'),
('grdp_growth_rate', 'tăng trưởng kinh tế'),
('grdp_growth_rate', 'tăng trưởng GRDP'),
('grdp_growth_rate_change', 'tốc độ tăng trưởng + tăng'),
('grdp_growth_rate_change', 'tăng trưởng kinh tế + tăng'),
('grdp_growth_rate_change', 'tăng trưởng GRDP + tăng'),
('pci_median', 'điểm số trung vị'),
('pci_median', 'PCI + điểm trung vị'),
('pci_median', 'PCI + trung vị'),
('pci_median', 'năng lực cạnh tranh + trung vị'),
('pgi_median', 'PGI + điểm số trung vị'),
('pgi_median', 'PGI + điểm trung vị'),
('pgi_median', 'Chỉ số Xanh + điểm số trung vị'),
('pgi_median', 'Chỉ số Xanh + điểm trung vị'),
('pci_median_change', 'trung vị + tăng'),
('pci_median_change', 'trung vị + giảm'),
('pci_gap_to_median', 'PCI + so với trung vị'),
('pci_gap_to_median', 'PCI + hơn điểm trung vị'),
('pgi_gap_to_median', 'PGI + so với trung vị'),
('pgi_gap_to_median', 'PGI + hơn điểm trung vị'),
('papi_units_high_group', 'PAPI + @tỉnh ở mức cao'),
('papi_units_high_group', 'PAPI + @tỉnh thuộc nhóm cao'),
('papi_units_high_group', 'PAPI + @tỉnh ở nhóm cao'),
('papi_units_high_group', 'PAPI + @tỉnh thành ở mức cao'),
('papi_units_high_group', 'PAPI + @tỉnh thành thuộc nhóm cao'),
('papi_units_high_group', 'PAPI + @tỉnh thành ở nhóm cao'),
('papi_units_high_group', 'PAPI + @tỉnh, thành phố ở mức cao'),
('papi_units_high_group', 'PAPI + @tỉnh, thành phố thuộc nhóm cao'),
('papi_units_high_group', 'PAPI + @tỉnh, thành phố ở nhóm cao'),
('papi_units_high_group', 'PAPI + @địa phương ở mức cao'),
('papi_units_high_group', 'PAPI + @địa phương thuộc nhóm cao'),
('papi_units_high_group', 'PAPI + @địa phương ở nhóm cao'),
('papi_units_upper_middle_group', 'PAPI + @tỉnh ở mức trung bình cao'),
('papi_units_upper_middle_group', 'PAPI + @tỉnh thuộc nhóm trung bình cao'),
('papi_units_upper_middle_group', 'PAPI + @tỉnh ở nhóm trung bình cao'),
('papi_units_upper_middle_group', 'PAPI + @tỉnh thành ở mức trung bình cao'),
('papi_units_upper_middle_group', 'PAPI + @tỉnh thành thuộc nhóm trung bình cao'),
('papi_units_upper_middle_group', 'PAPI + @tỉnh thành ở nhóm trung bình cao'),
('papi_units_upper_middle_group', 'PAPI + @tỉnh, thành phố ở mức trung bình cao'),
('papi_units_upper_middle_group', 'PAPI + @tỉnh, thành phố thuộc nhóm trung bình cao'),
('papi_units_upper_middle_group', 'PAPI + @tỉnh, thành phố ở nhóm trung bình cao'),
('papi_units_upper_middle_group', 'PAPI + @địa phương ở mức trung bình cao'),
('papi_units_upper_middle_group', 'PAPI + @địa phương thuộc nhóm trung bình cao'),
('papi_units_upper_middle_group', 'PAPI + @địa phương ở nhóm trung bình cao'),
('papi_units_lower_middle_group', 'PAPI + @tỉnh ở mức trung bình thấp'),
('papi_units_lower_middle_group', 'PAPI + @tỉnh thuộc nhóm trung bình thấp'),
('papi_units_lower_middle_group', 'PAPI + @tỉnh ở nhóm trung bình thấp'),
('papi_units_lower_middle_group', 'PAPI + @tỉnh thành ở mức trung bình thấp'),
('papi_units_lower_middle_group', 'PAPI + @tỉnh thành thuộc nhóm trung bình thấp'),
('papi_units_lower_middle_group', 'PAPI + @tỉnh thành ở nhóm trung bình thấp'),
('papi_units_lower_middle_group', 'PAPI + @tỉnh, thành phố ở mức trung bình thấp'),
('papi_units_lower_middle_group', 'PAPI + @tỉnh, thành phố thuộc nhóm trung bình thấp'),
('papi_units_lower_middle_group', 'PAPI + @tỉnh, thành phố ở nhóm trung bình thấp'),
('papi_units_lower_middle_group', 'PAPI + @địa phương ở mức trung bình thấp'),
('papi_units_lower_middle_group', 'PAPI + @địa phương thuộc nhóm trung bình thấp'),
('papi_units_lower_middle_group', 'PAPI + @địa phương ở nhóm trung bình thấp'),
('papi_units_low_group', 'PAPI + @tỉnh ở mức thấp'),
('papi_units_low_group', 'PAPI + @tỉnh thuộc nhóm thấp'),
('papi_units_low_group', 'PAPI + @tỉnh ở nhóm thấp'),
('papi_units_low_group', 'PAPI + @tỉnh thành ở mức thấp'),
('papi_units_low_group', 'PAPI + @tỉnh thành thuộc nhóm thấp'),
('papi_units_low_group', 'PAPI + @tỉnh thành ở nhóm thấp'),
('papi_units_low_group', 'PAPI + @tỉnh, thành phố ở mức thấp'),
('papi_units_low_group', 'PAPI + @tỉnh, thành phố thuộc nhóm thấp'),
('papi_units_low_group', 'PAPI + @tỉnh, thành phố ở nhóm thấp'),
('papi_units_low_group', 'PAPI + @địa phương ở mức thấp'),
('papi_units_low_group', 'PAPI + @địa phương thuộc nhóm thấp'),
('papi_units_low_group', 'PAPI + @địa phương ở nhóm thấp'),
('ddci_score', 'DDCI'),
('ddci_score', 'năng lực cạnh tranh cấp sở, ngành'),
('ddci_score', 'năng lực cạnh tranh cấp sở, ban, ngành'),
('ddci_score', 'năng lực cạnh tranh các sở, ban, ngành'),
('ddci_rank', 'DDCI'),
('ddci_rank', 'năng lực cạnh tranh cấp sở, ngành'),
('ddci_rank', 'năng lực cạnh tranh cấp sở, ban, ngành'),
('ddci_rank', 'năng lực cạnh tranh các sở, ban, ngành'),
('ddci_score_change', 'DDCI + tăng + điểm'),
('ddci_score_change', 'DDCI + giảm + điểm'),
('ddci_rank_change', 'DDCI + tăng + bậc'),
('ddci_rank_change', 'DDCI + giảm + bậc'),
('ddci_rank_change', 'DDCI + tụt + bậc'),
('commune_level_units', '@đơn vị hành chính cấp xã'),
('commune_level_units', '@đơn vị hành chính + cấp xã'),
-- "tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt 99,4%" is the on-time rate (early
-- included), not the early rate that "giải quyết trước hạn" names.
('on_time_resolution_rate', 'trước hạn và đúng hạn'),
('on_time_resolution_rate', 'đúng hạn và trước hạn'),
-- "trước hạn là 1.555 hồ sơ, chiếm tỷ lệ 27,49%, đúng hạn là 4.101 hồ sơ, chiếm tỷ lệ 72,51%":
-- the second share is not the early one, however long its name.
('on_time_resolution_rate', 'đúng hạn là + hồ sơ');

INSERT OR IGNORE INTO indicator_breakdowns (indicator, dimension) VALUES
('early_resolution_rate', 'level');
