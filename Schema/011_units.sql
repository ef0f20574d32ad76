-- Units inside an area: the departments (sở, ban, ngành), districts and communes of a
-- province, and the ministries and central agencies of the country (area 'VN'). An
-- observation or target still holds its unit as text in `agency` (the unit's canonical
-- name, '' = the whole area); chiso resolves what a row writes ("Sở LĐTB&XH", "UBND huyện
-- Gia Bình") to that canonical name through this table when it reads a row.
--
-- Rows with `area` NULL are the TEMPLATE of the standard provincial departments: every
-- province has them, so a department name written for any province resolves to the
-- template's canonical spelling, and the province's own row is created on first use (as are
-- districts and communes, which are too many to list here).
-- Ministries: 18 ministries + 4 ministry-level agencies until 2025-02-28, 14 + 3 from
-- 2025-03-01 (Nghị quyết 176/2025/QH15). Ministry-level agencies (cơ quan ngang bộ) have kind
-- 'ministry' so they rank with the ministries; 'central_agency' is for agencies under the
-- Government (cơ quan thuộc Chính phủ). Dates and successors of the 2025 restructuring were
-- written from the resolution's known content, not checked against its text here.
CREATE TABLE units (
    id            INTEGER PRIMARY KEY,
    area          TEXT REFERENCES areas(id),            -- NULL: a department template
    kind          TEXT NOT NULL CHECK (kind IN ('department', 'district', 'commune', 'ministry', 'central_agency', 'other')),
    name          TEXT NOT NULL CHECK (name <> ''),
    name_folded   TEXT NOT NULL CHECK (name_folded <> ''),
    valid_from    TEXT CHECK (valid_from IS NULL OR date(valid_from, '+0 days') IS valid_from),
    valid_to      TEXT CHECK (valid_to IS NULL OR date(valid_to, '+0 days') IS valid_to),
    successor_id  INTEGER REFERENCES units(id),
    note          TEXT,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
    CHECK (area IS NOT NULL OR kind = 'department'),
    -- Districts were abolished on 2025-07-01 (two-level local government).
    CHECK (kind <> 'district' OR (valid_to IS NOT NULL AND valid_to <= '2025-06-30')),
    UNIQUE (area, name_folded)
) STRICT;
CREATE INDEX units_name_folded ON units(name_folded);

-- Other spellings of a unit: abbreviations ("Sở LĐTB&XH", "Bộ KH&ĐT") and variants.
CREATE TABLE unit_aliases (
    unit_id       INTEGER NOT NULL REFERENCES units(id),
    alias         TEXT NOT NULL CHECK (alias <> ''),
    alias_folded  TEXT NOT NULL CHECK (alias_folded <> ''),
    PRIMARY KEY (unit_id, alias_folded)
) STRICT;
CREATE INDEX unit_aliases_folded ON unit_aliases(alias_folded);


-- Ministries and ministry-level agencies (area 'VN').
INSERT INTO units (id, area, kind, name, name_folded, valid_from, valid_to, successor_id, note) VALUES
(1, 'VN', 'ministry', 'Bộ Quốc phòng', 'bo quoc phong', NULL, NULL, NULL, NULL),
(2, 'VN', 'ministry', 'Bộ Công an', 'bo cong an', NULL, NULL, NULL, NULL),
(3, 'VN', 'ministry', 'Bộ Ngoại giao', 'bo ngoai giao', NULL, NULL, NULL, NULL),
(4, 'VN', 'ministry', 'Bộ Nội vụ', 'bo noi vu', NULL, NULL, NULL, 'From 2025-03-01 also holds the labour, wages, employment and social insurance tasks of the former Bộ Lao động - Thương binh và Xã hội (Nghị quyết 176/2025/QH15 (cơ cấu tổ chức Chính phủ nhiệm kỳ XV, từ 2025-03-01)).'),
(5, 'VN', 'ministry', 'Bộ Tư pháp', 'bo tu phap', NULL, NULL, NULL, NULL),
(6, 'VN', 'ministry', 'Bộ Tài chính', 'bo tai chinh', NULL, NULL, NULL, 'From 2025-03-01 merged with Bộ Kế hoạch và Đầu tư (Nghị quyết 176/2025/QH15 (cơ cấu tổ chức Chính phủ nhiệm kỳ XV, từ 2025-03-01)).'),
(7, 'VN', 'ministry', 'Bộ Công Thương', 'bo cong thuong', NULL, NULL, NULL, NULL),
(8, 'VN', 'ministry', 'Bộ Xây dựng', 'bo xay dung', NULL, NULL, NULL, 'From 2025-03-01 merged with Bộ Giao thông vận tải (Nghị quyết 176/2025/QH15 (cơ cấu tổ chức Chính phủ nhiệm kỳ XV, từ 2025-03-01)).'),
(9, 'VN', 'ministry', 'Bộ Văn hóa, Thể thao và Du lịch', 'bo van hoa the thao va du lich', NULL, NULL, NULL, NULL),
(10, 'VN', 'ministry', 'Bộ Khoa học và Công nghệ', 'bo khoa hoc va cong nghe', NULL, NULL, NULL, 'From 2025-03-01 merged with Bộ Thông tin và Truyền thông (Nghị quyết 176/2025/QH15 (cơ cấu tổ chức Chính phủ nhiệm kỳ XV, từ 2025-03-01)).'),
(11, 'VN', 'ministry', 'Bộ Giáo dục và Đào tạo', 'bo giao duc va dao tao', NULL, NULL, NULL, NULL),
(12, 'VN', 'ministry', 'Bộ Y tế', 'bo y te', NULL, NULL, NULL, NULL),
(13, 'VN', 'ministry', 'Bộ Nông nghiệp và Môi trường', 'bo nong nghiep va moi truong', '2025-03-01', NULL, NULL, 'Formed 2025-03-01 from Bộ Nông nghiệp và Phát triển nông thôn + Bộ Tài nguyên và Môi trường (Nghị quyết 176/2025/QH15 (cơ cấu tổ chức Chính phủ nhiệm kỳ XV, từ 2025-03-01)).'),
(14, 'VN', 'ministry', 'Bộ Dân tộc và Tôn giáo', 'bo dan toc va ton giao', '2025-03-01', NULL, NULL, 'Formed 2025-03-01 from Ủy ban Dân tộc, with the religion tasks of Bộ Nội vụ (Nghị quyết 176/2025/QH15 (cơ cấu tổ chức Chính phủ nhiệm kỳ XV, từ 2025-03-01)).'),
(15, 'VN', 'ministry', 'Bộ Kế hoạch và Đầu tư', 'bo ke hoach va dau tu', NULL, '2025-02-28', 6, 'Merged into Bộ Tài chính on 2025-03-01 (Nghị quyết 176/2025/QH15 (cơ cấu tổ chức Chính phủ nhiệm kỳ XV, từ 2025-03-01)).'),
(16, 'VN', 'ministry', 'Bộ Nông nghiệp và Phát triển nông thôn', 'bo nong nghiep va phat trien nong thon', NULL, '2025-02-28', 13, 'Merged into Bộ Nông nghiệp và Môi trường on 2025-03-01 (Nghị quyết 176/2025/QH15 (cơ cấu tổ chức Chính phủ nhiệm kỳ XV, từ 2025-03-01)).'),
(17, 'VN', 'ministry', 'Bộ Tài nguyên và Môi trường', 'bo tai nguyen va moi truong', NULL, '2025-02-28', 13, 'Merged into Bộ Nông nghiệp và Môi trường on 2025-03-01 (Nghị quyết 176/2025/QH15 (cơ cấu tổ chức Chính phủ nhiệm kỳ XV, từ 2025-03-01)).'),
(18, 'VN', 'ministry', 'Bộ Giao thông vận tải', 'bo giao thong van tai', NULL, '2025-02-28', 8, 'Merged into Bộ Xây dựng on 2025-03-01 (Nghị quyết 176/2025/QH15 (cơ cấu tổ chức Chính phủ nhiệm kỳ XV, từ 2025-03-01)).'),
(19, 'VN', 'ministry', 'Bộ Thông tin và Truyền thông', 'bo thong tin va truyen thong', NULL, '2025-02-28', 10, 'Merged into Bộ Khoa học và Công nghệ on 2025-03-01 (Nghị quyết 176/2025/QH15 (cơ cấu tổ chức Chính phủ nhiệm kỳ XV, từ 2025-03-01)).'),
(20, 'VN', 'ministry', 'Bộ Lao động - Thương binh và Xã hội', 'bo lao dong thuong binh va xa hoi', NULL, '2025-02-28', 4, 'Ended 2025-03-01: labour and employment to Bộ Nội vụ (the successor recorded here), social protection and children to Bộ Y tế, vocational education to Bộ Giáo dục và Đào tạo (Nghị quyết 176/2025/QH15 (cơ cấu tổ chức Chính phủ nhiệm kỳ XV, từ 2025-03-01)).'),
(21, 'VN', 'ministry', 'Ủy ban Dân tộc', 'uy ban dan toc', NULL, '2025-02-28', 14, 'Cơ quan ngang bộ; became Bộ Dân tộc và Tôn giáo on 2025-03-01 (Nghị quyết 176/2025/QH15 (cơ cấu tổ chức Chính phủ nhiệm kỳ XV, từ 2025-03-01)).'),
(22, 'VN', 'ministry', 'Ngân hàng Nhà nước Việt Nam', 'ngan hang nha nuoc viet nam', NULL, NULL, NULL, 'Cơ quan ngang bộ.'),
(23, 'VN', 'ministry', 'Thanh tra Chính phủ', 'thanh tra chinh phu', NULL, NULL, NULL, 'Cơ quan ngang bộ.'),
(24, 'VN', 'ministry', 'Văn phòng Chính phủ', 'van phong chinh phu', NULL, NULL, NULL, 'Cơ quan ngang bộ.');

-- The standard provincial departments (template rows: area NULL).
INSERT INTO units (id, area, kind, name, name_folded, valid_from, valid_to, successor_id, note) VALUES
(25, NULL, 'department', 'Văn phòng UBND tỉnh', 'van phong ubnd tinh', NULL, NULL, NULL, NULL),
(26, NULL, 'department', 'Sở Nội vụ', 'so noi vu', NULL, NULL, NULL, 'From 2025-03-01 also holds the labour and employment tasks of the former Sở Lao động - Thương binh và Xã hội (Nghị định 45/2025/NĐ-CP; unverified here).'),
(27, NULL, 'department', 'Sở Tư pháp', 'so tu phap', NULL, NULL, NULL, NULL),
(28, NULL, 'department', 'Sở Tài chính', 'so tai chinh', NULL, NULL, NULL, 'From 2025-03-01 merged with Sở Kế hoạch và Đầu tư.'),
(29, NULL, 'department', 'Sở Công Thương', 'so cong thuong', NULL, NULL, NULL, NULL),
(30, NULL, 'department', 'Sở Xây dựng', 'so xay dung', NULL, NULL, NULL, 'From 2025-03-01 merged with Sở Giao thông vận tải.'),
(31, NULL, 'department', 'Sở Văn hóa, Thể thao và Du lịch', 'so van hoa the thao va du lich', NULL, NULL, NULL, NULL),
(32, NULL, 'department', 'Sở Khoa học và Công nghệ', 'so khoa hoc va cong nghe', NULL, NULL, NULL, 'From 2025-03-01 merged with Sở Thông tin và Truyền thông.'),
(33, NULL, 'department', 'Sở Giáo dục và Đào tạo', 'so giao duc va dao tao', NULL, NULL, NULL, NULL),
(34, NULL, 'department', 'Sở Y tế', 'so y te', NULL, NULL, NULL, NULL),
(35, NULL, 'department', 'Thanh tra tỉnh', 'thanh tra tinh', NULL, NULL, NULL, NULL),
(36, NULL, 'department', 'Sở Ngoại vụ', 'so ngoai vu', NULL, NULL, NULL, 'Only in some provinces.'),
(37, NULL, 'department', 'Sở Nông nghiệp và Môi trường', 'so nong nghiep va moi truong', '2025-03-01', NULL, NULL, 'Formed 2025-03-01 from Sở Nông nghiệp và Phát triển nông thôn + Sở Tài nguyên và Môi trường.'),
(38, NULL, 'department', 'Sở Dân tộc và Tôn giáo', 'so dan toc va ton giao', '2025-03-01', NULL, NULL, 'Formed 2025-03-01 from Ban Dân tộc, with the religion tasks of Sở Nội vụ; only in some provinces.'),
(39, NULL, 'department', 'Sở Kế hoạch và Đầu tư', 'so ke hoach va dau tu', NULL, '2025-02-28', 28, 'Merged into Sở Tài chính on 2025-03-01.'),
(40, NULL, 'department', 'Sở Nông nghiệp và Phát triển nông thôn', 'so nong nghiep va phat trien nong thon', NULL, '2025-02-28', 37, 'Merged into Sở Nông nghiệp và Môi trường on 2025-03-01.'),
(41, NULL, 'department', 'Sở Tài nguyên và Môi trường', 'so tai nguyen va moi truong', NULL, '2025-02-28', 37, 'Merged into Sở Nông nghiệp và Môi trường on 2025-03-01.'),
(42, NULL, 'department', 'Sở Giao thông vận tải', 'so giao thong van tai', NULL, '2025-02-28', 30, 'Merged into Sở Xây dựng on 2025-03-01.'),
(43, NULL, 'department', 'Sở Thông tin và Truyền thông', 'so thong tin va truyen thong', NULL, '2025-02-28', 32, 'Merged into Sở Khoa học và Công nghệ on 2025-03-01.'),
(44, NULL, 'department', 'Sở Lao động - Thương binh và Xã hội', 'so lao dong thuong binh va xa hoi', NULL, '2025-02-28', 26, 'Ended 2025-03-01: labour and employment to Sở Nội vụ (the successor recorded here), social protection and children to Sở Y tế.'),
(45, NULL, 'department', 'Ban Dân tộc', 'ban dan toc', NULL, '2025-02-28', 38, 'Became Sở Dân tộc và Tôn giáo on 2025-03-01 (in the provinces that have one).');

INSERT INTO unit_aliases (unit_id, alias, alias_folded) VALUES
(1, 'BQP', 'bqp'),
(2, 'BCA', 'bca'),
(3, 'BNG', 'bng'),
(4, 'BNV', 'bnv'),
(5, 'BTP', 'btp'),
(6, 'BTC', 'btc'),
(7, 'BCT', 'bct'),
(7, 'Bộ Công thương', 'bo cong thuong'),
(8, 'BXD', 'bxd'),
(9, 'Bộ VHTTDL', 'bo vhttdl'),
(9, 'Bộ VH-TT&DL', 'bo vh tt dl'),
(9, 'Bộ VHTT&DL', 'bo vhtt dl'),
(10, 'Bộ KH&CN', 'bo kh cn'),
(10, 'Bộ KHCN', 'bo khcn'),
(11, 'Bộ GD&ĐT', 'bo gd dt'),
(11, 'Bộ GDĐT', 'bo gddt'),
(12, 'BYT', 'byt'),
(13, 'Bộ NN&MT', 'bo nn mt'),
(13, 'Bộ NNMT', 'bo nnmt'),
(14, 'Bộ DT&TG', 'bo dt tg'),
(14, 'Bộ DTTG', 'bo dttg'),
(15, 'Bộ KH&ĐT', 'bo kh dt'),
(15, 'Bộ KHĐT', 'bo khdt'),
(16, 'Bộ NN&PTNT', 'bo nn ptnt'),
(16, 'Bộ NNPTNT', 'bo nnptnt'),
(17, 'Bộ TN&MT', 'bo tn mt'),
(17, 'Bộ TNMT', 'bo tnmt'),
(18, 'Bộ GTVT', 'bo gtvt'),
(19, 'Bộ TT&TT', 'bo tt tt'),
(19, 'Bộ TTTT', 'bo tttt'),
(20, 'Bộ LĐTB&XH', 'bo ldtb xh'),
(20, 'Bộ LĐ-TB&XH', 'bo ld tb xh'),
(20, 'Bộ Lao động, Thương binh và Xã hội', 'bo lao dong thuong binh va xa hoi'),
(21, 'UBDT', 'ubdt'),
(21, 'Uỷ ban Dân tộc', 'uy ban dan toc'),
(22, 'NHNN', 'nhnn'),
(22, 'Ngân hàng Nhà nước', 'ngan hang nha nuoc'),
(23, 'TTCP', 'ttcp'),
(24, 'VPCP', 'vpcp'),
(25, 'Văn phòng Ủy ban nhân dân tỉnh', 'van phong uy ban nhan dan tinh'),
(25, 'VP UBND tỉnh', 'vp ubnd tinh'),
(25, 'Văn phòng UBND', 'van phong ubnd'),
(25, 'Văn phòng UBND thành phố', 'van phong ubnd thanh pho'),
(25, 'Văn phòng Ủy ban nhân dân thành phố', 'van phong uy ban nhan dan thanh pho'),
(26, 'Sở NV', 'so nv'),
(27, 'Sở TP', 'so tp'),
(28, 'Sở TC', 'so tc'),
(29, 'Sở CT', 'so ct'),
(29, 'Sở Công thương', 'so cong thuong'),
(30, 'Sở XD', 'so xd'),
(31, 'Sở VHTTDL', 'so vhttdl'),
(31, 'Sở VH-TT&DL', 'so vh tt dl'),
(31, 'Sở VHTT&DL', 'so vhtt dl'),
(31, 'Sở Văn hoá, Thể thao và Du lịch', 'so van hoa the thao va du lich'),
(32, 'Sở KH&CN', 'so kh cn'),
(32, 'Sở KHCN', 'so khcn'),
(33, 'Sở GD&ĐT', 'so gd dt'),
(33, 'Sở GDĐT', 'so gddt'),
(34, 'Sở YT', 'so yt'),
(35, 'Thanh tra thành phố', 'thanh tra thanh pho'),
(35, 'TTT', 'ttt'),
(36, 'Sở NgV', 'so ngv'),
(37, 'Sở NN&MT', 'so nn mt'),
(37, 'Sở NNMT', 'so nnmt'),
(38, 'Sở DT&TG', 'so dt tg'),
(38, 'Sở DTTG', 'so dttg'),
(39, 'Sở KH&ĐT', 'so kh dt'),
(39, 'Sở KHĐT', 'so khdt'),
(40, 'Sở NN&PTNT', 'so nn ptnt'),
(40, 'Sở NNPTNT', 'so nnptnt'),
(41, 'Sở TN&MT', 'so tn mt'),
(41, 'Sở TNMT', 'so tnmt'),
(42, 'Sở GTVT', 'so gtvt'),
(42, 'Sở GT-VT', 'so gt vt'),
(43, 'Sở TT&TT', 'so tt tt'),
(43, 'Sở TTTT', 'so tttt'),
(43, 'Sở Thông tin - Truyền thông', 'so thong tin truyen thong'),
(44, 'Sở LĐTB&XH', 'so ldtb xh'),
(44, 'Sở LĐ-TB&XH', 'so ld tb xh'),
(44, 'Sở LĐTBXH', 'so ldtbxh'),
(44, 'Sở Lao động, Thương binh và Xã hội', 'so lao dong thuong binh va xa hoi'),
(45, 'Ban Dân tộc tỉnh', 'ban dan toc tinh');

-- A ministry's own rank (PAR Index among ministries) is filed under area VN with the ministry
-- as agency: the rule "the country has no rank" now means the country as a whole (agency '').
-- Only the views change (009_open_catalogue's, with this one exception); the triggers read
-- them by name and keep their messages.
DROP VIEW observation_value_rules;
CREATE VIEW observation_value_rules AS
SELECT o.id,
       CASE
           WHEN abs(o.value) > 1.7976931348623157e308 THEN 'value is not a finite number'
           WHEN i.measure = 'percent' AND (o.value < 0 OR o.value > 100) THEN 'percent must be between 0 and 100'
           WHEN i.measure IN ('score', 'index_points') AND (o.value < 0 OR o.value > i.scale_max) THEN 'score must be between 0 and the indicator''s scale_max'
           WHEN i.measure = 'count' AND (o.value < 0 OR o.value <> round(o.value)) THEN 'count must be a whole number from 0'
           WHEN i.measure = 'amount' AND o.value < 0 THEN 'amount must not be negative'
           WHEN i.measure = 'rank_change' AND o.value <> round(o.value) THEN 'a rank change must be a whole number of places'
           WHEN i.measure = 'rank' AND a.level = 'country' AND o.agency = '' THEN 'the country has no rank'
           WHEN i.measure = 'rank' AND (o.value < 1 OR o.value <> round(o.value)) THEN 'rank must be a whole number from 1'
           WHEN i.measure = 'rank' AND o.value > o.denominator THEN 'rank must be between 1 and its denominator'
           WHEN i.measure = 'rank' AND o.denominator IS NULL AND a.level = 'province'
                AND o.value > (CASE WHEN p.start_date < '2025-07-01' THEN 63 ELSE 34 END)
                THEN 'rank exceeds the number of provinces in its period'
           WHEN i.measure IN ('percent', 'rank') AND o.numerator > o.denominator THEN 'numerator exceeds denominator for a rate'
           WHEN a.valid_to < p.start_date THEN 'the area no longer existed in the period'
           WHEN a.valid_from > p.end_date THEN 'the area did not exist yet in the period'
           WHEN (o.level <> '' AND NOT EXISTS (SELECT 1 FROM indicator_breakdowns b WHERE b.indicator = o.indicator AND b.dimension = 'level'))
             OR (o.channel <> '' AND NOT EXISTS (SELECT 1 FROM indicator_breakdowns b WHERE b.indicator = o.indicator AND b.dimension = 'channel'))
             OR (o.dossier_status <> '' AND NOT EXISTS (SELECT 1 FROM indicator_breakdowns b WHERE b.indicator = o.indicator AND b.dimension = 'dossier_status'))
                THEN 'the indicator has no such breakdown'
       END AS rule
FROM observations o
LEFT JOIN indicators i ON i.code = o.indicator
LEFT JOIN areas a      ON a.id = o.area
LEFT JOIN periods p    ON p.code = o.period;

DROP VIEW target_value_rules;
CREATE VIEW target_value_rules AS
SELECT t.id,
       CASE
           WHEN abs(b.bound) > 1.7976931348623157e308 THEN 'value is not a finite number'
           WHEN i.measure = 'percent' AND (b.bound < 0 OR b.bound > 100) THEN 'percent must be between 0 and 100'
           WHEN i.measure IN ('score', 'index_points') AND (b.bound < 0 OR b.bound > i.scale_max) THEN 'score must be between 0 and the indicator''s scale_max'
           WHEN i.measure = 'count' AND (b.bound < 0 OR b.bound <> round(b.bound)) THEN 'count must be a whole number from 0'
           WHEN i.measure = 'amount' AND b.bound < 0 THEN 'amount must not be negative'
           WHEN i.measure = 'rank_change' AND b.bound <> round(b.bound) THEN 'a rank change must be a whole number of places'
           WHEN i.measure = 'rank' AND a.level = 'country' AND t.agency = '' THEN 'the country has no rank'
           WHEN i.measure = 'rank' AND (b.bound < 1 OR b.bound <> round(b.bound)) THEN 'rank must be a whole number from 1'
           WHEN i.measure = 'rank' AND a.level = 'province'
                AND b.bound > (CASE WHEN p.start_date < '2025-07-01' THEN 63 ELSE 34 END)
                THEN 'rank exceeds the number of provinces in its period'
           WHEN a.valid_to < p.start_date THEN 'the area no longer existed in the period'
           WHEN a.valid_from > p.end_date THEN 'the area did not exist yet in the period'
       END AS rule
FROM targets t
JOIN (SELECT id, value AS bound FROM targets
      UNION ALL
      SELECT id, value_high FROM targets WHERE value_high IS NOT NULL) b ON b.id = t.id
LEFT JOIN indicators i ON i.code = t.indicator
LEFT JOIN areas a      ON a.id = t.area
LEFT JOIN periods p    ON p.code = t.period;

-- Figures already in the file keep their agency text exactly (an upgrade changes no row): each
-- (area, agency) they use becomes a unit under that very spelling, its kind read from its first
-- word, so `areas --in` lists it and a later row naming it — or, for a standard department,
-- any spelling of it — resolves to it rather than to a second unit. fold() is chiso's
-- VietnameseText.fold, registered on the connection by the Migrator; the replaces make it
-- foldForMatching (punctuation to spaces, runs of spaces to one).
INSERT OR IGNORE INTO units (area, kind, name, name_folded, valid_to, note)
SELECT area, kind, agency,
       trim(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
           fold(agency), '.', ' '), '-', ' '), '&', ' '), ',', ' '), '(', ' '), ')', ' '), '/', ' '),
           '–', ' '), ';', ' '), ':', ' '), '   ', ' '), '  ', ' ')),
       CASE WHEN kind = 'district' THEN '2025-06-30' END,
       'Named by figures stored before units existed (schema 009); spelling kept as written.'
FROM (
    SELECT DISTINCT area, agency,
           CASE
               WHEN agency LIKE 'Bộ %' THEN 'ministry'
               WHEN agency LIKE 'Sở %' OR agency LIKE 'Ban %' OR agency LIKE 'Văn phòng %'
                    OR agency LIKE 'Thanh tra tỉnh%' OR agency LIKE 'Thanh tra thành phố%' THEN 'department'
               WHEN agency LIKE 'huyện %' OR agency LIKE 'quận %' OR agency LIKE 'thị xã %' OR agency LIKE 'thành phố %' THEN 'district'
               WHEN agency LIKE 'xã %' OR agency LIKE 'phường %' OR agency LIKE 'thị trấn %' OR agency LIKE 'đặc khu %' THEN 'commune'
               ELSE 'other'
           END AS kind
    FROM (SELECT area, agency FROM observations WHERE agency <> ''
          UNION SELECT area, agency FROM targets WHERE agency <> '')
);
