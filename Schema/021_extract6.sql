-- The names reports use for a PCI sub-index that the catalogue's name does not give (issue 16,
-- seventh round). Data only; existing codes unchanged.
-- Since PCI 2021 VCCI calls the business support sub-index "Chính sách hỗ trợ doanh nghiệp"
-- (before: "Dịch vụ hỗ trợ doanh nghiệp"); reports list it by either name.

INSERT OR IGNORE INTO indicator_synonyms (indicator, phrase) VALUES
('pci_business_support', 'Chính sách hỗ trợ doanh nghiệp + PCI'),
('pci_business_support', 'chỉ số thành phần Chính sách hỗ trợ doanh nghiệp');
