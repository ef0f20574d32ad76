-- What reports say of an index's components year on year, and names they use that the
-- catalogue did not give (issue 16, tenth round). Data only; existing codes unchanged.
-- A component's change is written beside its level as the index's is ("chi phí không chính
-- thức 7,49 điểm (giảm 0,42 điểm)", "công khai, minh bạch tăng 0,1 điểm"): every PCI
-- sub-index, PAPI dimension and Decision 766 group gets a change twin, as the indices and the
-- SIPAS components (Schema/022) have, so the change is stored as the component's, not left
-- without an indicator or given to the whole index.

INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max,
                        parent, verified, reference, description) VALUES
('papi_accountability_change', 'Chỉ số nội dung Trách nhiệm giải trình với người dân (PAPI): mức thay đổi', 'PAPI dimension: vertical accountability: change', 'points_change', 'papi', 1, NULL, 'papi_accountability', 1, 'province PAPI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('papi_corruption_control_change', 'Chỉ số nội dung Kiểm soát tham nhũng trong khu vực công (PAPI): mức thay đổi', 'PAPI dimension: control of corruption: change', 'points_change', 'papi', 1, NULL, 'papi_corruption_control', 1, 'province PAPI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('papi_e_governance_change', 'Chỉ số nội dung Quản trị điện tử (PAPI): mức thay đổi', 'PAPI dimension: e-governance: change', 'points_change', 'papi', 1, NULL, 'papi_e_governance', 1, 'province PAPI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('papi_environment_change', 'Chỉ số nội dung Quản trị môi trường (PAPI): mức thay đổi', 'PAPI dimension: environmental governance: change', 'points_change', 'papi', 1, NULL, 'papi_environment', 1, 'province PAPI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('papi_participation_change', 'Chỉ số nội dung Tham gia của người dân ở cấp cơ sở (PAPI): mức thay đổi', 'PAPI dimension: participation at local levels: change', 'points_change', 'papi', 1, NULL, 'papi_participation', 1, 'province PAPI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('papi_procedures_change', 'Chỉ số nội dung Thủ tục hành chính công (PAPI): mức thay đổi', 'PAPI dimension: public administrative procedures: change', 'points_change', 'papi', 1, NULL, 'papi_procedures', 1, 'province PAPI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('papi_services_change', 'Chỉ số nội dung Cung ứng dịch vụ công (PAPI): mức thay đổi', 'PAPI dimension: public service delivery: change', 'points_change', 'papi', 1, NULL, 'papi_services', 1, 'province PAPI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('papi_transparency_change', 'Chỉ số nội dung Công khai, minh bạch trong việc ra quyết định (PAPI): mức thay đổi', 'PAPI dimension: transparency in decision-making: change', 'points_change', 'papi', 1, NULL, 'papi_transparency', 1, 'province PAPI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('pci_business_support_change', 'Chỉ số thành phần Dịch vụ hỗ trợ doanh nghiệp (PCI): mức thay đổi', 'PCI sub-index: business support services: change', 'points_change', 'pci', 1, NULL, 'pci_business_support', 1, 'province PCI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('pci_informal_charges_change', 'Chỉ số thành phần Chi phí không chính thức (PCI): mức thay đổi', 'PCI sub-index: informal charges: change', 'points_change', 'pci', 1, NULL, 'pci_informal_charges', 1, 'province PCI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('pci_labour_training_change', 'Chỉ số thành phần Đào tạo lao động (PCI): mức thay đổi', 'PCI sub-index: labour training: change', 'points_change', 'pci', 1, NULL, 'pci_labour_training', 1, 'province PCI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('pci_land_access_change', 'Chỉ số thành phần Tiếp cận đất đai (PCI): mức thay đổi', 'PCI sub-index: access to land: change', 'points_change', 'pci', 1, NULL, 'pci_land_access', 1, 'province PCI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('pci_legal_institutions_change', 'Chỉ số thành phần Thiết chế pháp lý (PCI): mức thay đổi', 'PCI sub-index: legal institutions: change', 'points_change', 'pci', 1, NULL, 'pci_legal_institutions', 1, 'province PCI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('pci_market_entry_change', 'Chỉ số thành phần Gia nhập thị trường (PCI): mức thay đổi', 'PCI sub-index: market entry: change', 'points_change', 'pci', 1, NULL, 'pci_market_entry', 1, 'province PCI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('pci_policy_bias_change', 'Chỉ số thành phần Cạnh tranh bình đẳng (PCI): mức thay đổi', 'PCI sub-index: equal competition: change', 'points_change', 'pci', 1, NULL, 'pci_policy_bias', 1, 'province PCI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('pci_proactivity_change', 'Chỉ số thành phần Tính năng động của chính quyền tỉnh (PCI): mức thay đổi', 'PCI sub-index: proactivity of the provincial government: change', 'points_change', 'pci', 1, NULL, 'pci_proactivity', 1, 'province PCI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('pci_time_costs_change', 'Chỉ số thành phần Chi phí thời gian (PCI): mức thay đổi', 'PCI sub-index: time costs: change', 'points_change', 'pci', 1, NULL, 'pci_time_costs', 1, 'province PCI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('pci_transparency_change', 'Chỉ số thành phần Tính minh bạch (PCI): mức thay đổi', 'PCI sub-index: transparency: change', 'points_change', 'pci', 1, NULL, 'pci_transparency', 1, 'province PCI reports (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('qd766_digitisation_score_change', 'Điểm nhóm Số hóa hồ sơ (QĐ 766): mức thay đổi', 'Decision 766 dossier digitisation group score: change', 'points_change', 'qd766', 1, NULL, 'qd766_digitisation_score', 1, 'Decision 766 notices (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('qd766_online_payment_score_change', 'Điểm nhóm Thanh toán trực tuyến (QĐ 766): mức thay đổi', 'Decision 766 online payment group score: change', 'points_change', 'qd766', 1, NULL, 'qd766_online_payment_score', 1, 'Decision 766 notices (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('qd766_online_service_score_change', 'Điểm nhóm Dịch vụ công trực tuyến (QĐ 766): mức thay đổi', 'Decision 766 online public services group score: change', 'points_change', 'qd766', 1, NULL, 'qd766_online_service_score', 1, 'Decision 766 notices (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('qd766_progress_score_change', 'Điểm nhóm Tiến độ giải quyết (QĐ 766): mức thay đổi', 'Decision 766 case-handling timeliness group score: change', 'points_change', 'qd766', 1, NULL, 'qd766_progress_score', 1, 'Decision 766 notices (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('qd766_publicity_score_change', 'Điểm nhóm Công khai, minh bạch (QĐ 766): mức thay đổi', 'Decision 766 publicity and transparency group score: change', 'points_change', 'qd766', 1, NULL, 'qd766_publicity_score', 1, 'Decision 766 notices (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.'),
('qd766_satisfaction_score_change', 'Điểm nhóm Mức độ hài lòng (QĐ 766): mức thay đổi', 'Decision 766 satisfaction group score: change', 'points_change', 'qd766', 1, NULL, 'qd766_satisfaction_score', 1, 'Decision 766 notices (a component''s level with its change beside it)', 'Change of the component against the row''s baseline period, as the report writes it.');

-- Names: a PAPI dimension is named by its short name in a PAPI report ("Chỉ số \"công khai, minh
-- bạch\": năm 2019 đạt 5,46 điểm"; the "+ PAPI" is met by the index the report speaks of);
-- "đề xuất đơn giản hóa 49 thủ tục" is a proposal to amend (ahead of "đơn giản hóa … thủ tục",
-- what was approved); satisfaction with how feedback was handled is written "hài lòng khi xử lý
-- phản ánh".
INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('papi_transparency', 'công khai, minh bạch + PAPI'),
('tthc_proposed_amendment', 'đề xuất đơn giản hóa + @thủ tục'),
('tthc_proposed_amendment', 'đề xuất đơn giản hóa + @TTHC'),
('qd766_feedback_satisfaction_rate', 'hài lòng + xử lý phản ánh'),
('qd766_feedback_satisfaction_rate', 'hài lòng + xử lý phản ánh, kiến nghị');

-- "1.618 TTHC cung cấp dịch vụ công trực tuyến (DVCTT) toàn trình và 143 TTHC cung cấp DVCTT
-- một phần": procedures counted by the online service they are given as, not procedures
-- published.
INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('dvc_full_online_count', '@TTHC + dịch vụ công trực tuyến toàn trình'),
('dvc_full_online_count', '@thủ tục + dịch vụ công trực tuyến toàn trình'),
('dvc_partial_online_count', '@TTHC + dịch vụ công trực tuyến một phần'),
('dvc_partial_online_count', '@thủ tục + dịch vụ công trực tuyến một phần');

