-- What reports say of dossiers and services that the catalogue's words did not give (issue 16,
-- eighth round). Data only; existing codes unchanged.
-- Dossiers carried over are also written "từ kỳ trước chuyển qua" (the south's "qua" for
-- "sang"); online services are counted per level of government ("cấp tỉnh có 1.187 dịch vụ,
-- cấp huyện 236 dịch vụ"), as dossiers already are. PAR INDEX components are named without
-- "hành chính" ("cải cách tổ chức bộ máy đạt 94,52%"), the impact component bare like the
-- others' points ("tác động của cải cách hành chính … đạt 5,09/6,5 điểm"); SIPAS's service
-- component as "mức độ hài lòng về cung ứng dịch vụ hành chính công". The two SIPAS components
-- reports follow year on year (service delivery, policy) get change twins, as the index has,
-- so "đạt 85,7%, tăng 4,68% và tăng 29 bậc" is the component's change, not the index's.

INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max,
                        parent, verified, reference, description) VALUES
('sipas_service_delivery_change', 'Chỉ số hài lòng về cung ứng dịch vụ hành chính công (SIPAS): mức thay đổi', 'SIPAS component: change of satisfaction with administrative service delivery', 'percentage_point_change', 'sipas', 1, NULL, 'sipas_service_delivery', 1, 'province SIPAS reports ("mức độ hài lòng về cung ứng dịch vụ hành chính công đạt …, tăng …")', 'Change of the service delivery component against the row''s baseline period, as the report writes it.'),
('sipas_policy_change', 'Chỉ số hài lòng về chính sách (SIPAS): mức thay đổi', 'SIPAS component: change of satisfaction with policy implementation', 'percentage_point_change', 'sipas', 1, NULL, 'sipas_policy', 1, 'province SIPAS reports', 'Change of the policy implementation component against the row''s baseline period, as the report writes it.'),
-- How many of an index's parts rose or fell: PAPI's eight dimensions ("trục nội dung", "chỉ số
-- nội dung": "07 trục tăng điểm và 01 trục giảm điểm"), and PCI's components that fell, beside
-- the existing pci_components_increased.
('papi_dimensions_increased', 'Số trục nội dung PAPI tăng điểm', 'PAPI dimensions whose score rose', 'count', 'papi', 1, 8, 'papi_score', 1, 'province PAPI reports ("07 trục tăng điểm")', 'How many of the eight PAPI dimensions scored higher than in the baseline year.'),
('papi_dimensions_decreased', 'Số trục nội dung PAPI giảm điểm', 'PAPI dimensions whose score fell', 'count', 'papi', 0, 8, 'papi_score', 1, 'province PAPI reports ("01 trục giảm điểm")', 'How many of the eight PAPI dimensions scored lower than in the baseline year.'),
('papi_dimensions_rank_increased', 'Số trục nội dung PAPI tăng hạng', 'PAPI dimensions whose rank rose', 'count', 'papi', 1, 8, 'papi_score', 1, 'province PAPI reports ("3/8 chỉ số nội dung tăng hạng")', 'How many of the eight PAPI dimensions ranked higher than in the baseline year.'),
('papi_dimensions_rank_decreased', 'Số trục nội dung PAPI giảm hạng', 'PAPI dimensions whose rank fell', 'count', 'papi', 0, 8, 'papi_score', 1, 'province PAPI reports', 'How many of the eight PAPI dimensions ranked lower than in the baseline year.'),
('pci_components_decreased', 'Số chỉ số thành phần PCI giảm điểm', 'PCI components whose score fell', 'count', 'pci', 0, 10, 'pci_score', 1, 'province PCI reports ("3 chỉ số giảm điểm")', 'How many of the PCI components scored lower than in the baseline year.');

INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('papi_dimensions_increased', '@trục + tăng điểm'),
('papi_dimensions_decreased', '@trục + giảm điểm'),
('papi_dimensions_rank_increased', '@trục + tăng hạng'),
('papi_dimensions_rank_increased', '@chỉ số thành phần + tăng hạng + PAPI'),
('papi_dimensions_rank_decreased', '@trục + giảm hạng'),
('papi_dimensions_rank_decreased', '@chỉ số thành phần + giảm hạng + PAPI'),
('pci_components_decreased', '@chỉ số thành phần + giảm điểm'),
('pci_components_decreased', '@chỉ số + giảm điểm + PCI');

INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('dossiers_received', 'hồ sơ + kỳ trước chuyển qua'),
('dossiers_received', 'hồ sơ + từ kỳ trước'),
('par_index_organisation_percent', 'Cải cách tổ chức bộ máy + %'),
('par_index_impact_points', 'tác động của cải cách hành chính'),
('sipas_service_delivery', 'hài lòng về cung ứng dịch vụ hành chính công'),
('sipas_service_delivery', 'hài lòng về cung ứng dịch vụ công');

INSERT OR IGNORE INTO indicator_breakdowns (indicator, dimension) VALUES
('dvc_provided_total', 'level'),
('dvc_integrated_national_portal', 'level');
