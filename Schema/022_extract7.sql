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
('sipas_policy_change', 'Chỉ số hài lòng về chính sách (SIPAS): mức thay đổi', 'SIPAS component: change of satisfaction with policy implementation', 'percentage_point_change', 'sipas', 1, NULL, 'sipas_policy', 1, 'province SIPAS reports', 'Change of the policy implementation component against the row''s baseline period, as the report writes it.');

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
