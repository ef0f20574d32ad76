-- Đề án 06 model counts by status, for reports that give them one by one ("18 mô hình đang
-- triển khai", "02 mô hình chưa triển khai") without a full breakdown that fits the rollouts
-- table; chiso extract proposes them, and an analyst may move a complete set to rollouts.csv.
INSERT INTO indicators (code, name_vi, name_en, measure, framework, higher_is_better, scale_max, description) VALUES
('de_an_06_models_in_progress', 'Số mô hình Đề án 06 đang triển khai', 'Project 06 models in progress', 'count', 'de_an_06', 1, NULL,
 'Number of Project 06 models being implemented but not yet completed.'),
('de_an_06_models_not_started', 'Số mô hình Đề án 06 chưa triển khai', 'Project 06 models not started', 'count', 'de_an_06', 0, NULL,
 'Number of Project 06 models not yet started; fewer is better.');
