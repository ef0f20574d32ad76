/// The keyword table that guesses an indicator code from the words around a figure.
///
/// Each rule names a code, the figure shapes it can take, and alternative keyword sets (all
/// words of one set must occur in the sentence; folded, so "hoá"/"hóa" and capitals match).
/// A keyword starting with "@" must be the counted noun right after the number ("1.824 TTHC",
/// "8 bộ"), which is how Vietnamese names what a count counts. Nearer words weigh more, so
/// the rule describing this figure beats one describing its neighbour.
struct IndicatorRule {
    var code: String
    var shapes: Set<ScannedFigure.Shape>
    var sets: [[String]]
    /// Values the indicator can take, where its scale rules others out (a DTI of 2 is not a DTI).
    var valueRange: ClosedRange<Double>? = nil
}

enum IndicatorKeywords {
    private typealias S = ScannedFigure.Shape
    private static let percent: Set<S> = [.percent]
    private static let count: Set<S> = [.count, .fraction]
    private static let score: Set<S> = [.score]
    private static let rank: Set<S> = [.rank]

    static let rules: [IndicatorRule] = [
        // Decision 766 index.
        IndicatorRule(code: "qd766_score", shapes: score, sets: [["bo chi so"], ["chi so chi dao"], ["phuc vu nguoi dan"], ["766"]]),
        IndicatorRule(code: "qd766_rank", shapes: rank, sets: [["bo chi so"], ["chi so chi dao"], ["phuc vu nguoi dan"], ["766"],
                                                             ["cong dich vu cong quoc gia"]]),
        // PAR Index and SIPAS: news writes the PAR Index as a percent too.
        IndicatorRule(code: "par_index_score", shapes: [.percent, .score], sets: [["chi so cchc"], ["chi so cai cach hanh chinh"], ["par index"]]),
        IndicatorRule(code: "par_index_rank", shapes: rank, sets: [["chi so cchc"], ["chi so cai cach hanh chinh"], ["par index"]]),
        IndicatorRule(code: "sipas_index", shapes: [.percent, .score], sets: [["chi so hai long"], ["sipas"],
                                                                             ["hai long", "co quan hanh chinh nha nuoc"]]),
        IndicatorRule(code: "sipas_rank", shapes: rank, sets: [["chi so hai long"], ["sipas"]]),
        // DTI.
        IndicatorRule(code: "dti_self_assessed_score", shapes: score, sets: [["tu cham"], ["tu danh gia", "chuyen doi so"]]),
        // The published DTI is a bare 0–1 value ("đạt 0,6512"), with no "điểm" to mark a score.
        IndicatorRule(code: "dti_score", shapes: [.score, .count], sets: [["dti"], ["chi so chuyen doi so"]], valueRange: 0...1),
        IndicatorRule(code: "dti_rank", shapes: rank, sets: [["dti"], ["chuyen doi so"]]),
        IndicatorRule(code: "dti_criteria_improved", shapes: count, sets: [["@tieu chi", "tang"]]),
        IndicatorRule(code: "dti_criteria_declined", shapes: count, sets: [["@tieu chi", "giam"]]),
        IndicatorRule(code: "papi_score", shapes: score, sets: [["papi"]]),
        IndicatorRule(code: "pci_score", shapes: score, sets: [["pci"], ["nang luc canh tranh"]]),
        IndicatorRule(code: "pci_rank", shapes: rank, sets: [["pci"], ["nang luc canh tranh"]]),
        // Changes given without their level ("Số hóa hồ sơ tăng 24%").
        IndicatorRule(code: "online_dossier_rate_change", shapes: percent, sets: [["ho so", "truc tuyen"], ["tiep nhan truc tuyen"]]),
        IndicatorRule(code: "online_payment_rate_change", shapes: percent, sets: [["thanh toan truc tuyen"]]),
        IndicatorRule(code: "digitised_dossier_rate_change", shapes: percent, sets: [["so hoa ho so"], ["so hoa"]]),
        // Online public services.
        IndicatorRule(code: "online_dossier_rate", shapes: percent, sets: [["ho so", "truc tuyen"], ["tiep nhan truc tuyen"]]),
        IndicatorRule(code: "online_payment_rate", shapes: percent, sets: [["thanh toan truc tuyen"]]),
        IndicatorRule(code: "online_dossiers_received", shapes: count, sets: [["@ho so", "tiep nhan truc tuyen"], ["@ho so", "truc tuyen"]]),
        IndicatorRule(code: "dossiers_received_total", shapes: count, sets: [["@ho so", "tiep nhan"], ["tong so ho so"]]),
        IndicatorRule(code: "dvc_provided_total", shapes: count, sets: [["@dich vu cong", "cung cap"], ["@dvc", "cung cap"]]),
        IndicatorRule(code: "dvc_integrated_national_portal", shapes: count, sets: [["@dich vu cong", "tich hop"], ["@dvc", "tich hop"]]),
        IndicatorRule(code: "dvc_integrated_national_portal_rate", shapes: percent, sets: [["tich hop", "quoc gia"]]),
        IndicatorRule(code: "dvc_full_online_count", shapes: count, sets: [["@dich vu cong", "toan trinh"], ["@dvc", "toan trinh"]]),
        IndicatorRule(code: "dvc_partial_online_count", shapes: count, sets: [["@dich vu cong", "mot phan"], ["@dvc", "mot phan"]]),
        IndicatorRule(code: "depts_below_online_dossier_target", shapes: count, sets: [["@so ban nganh", "chua dat"], ["@so ban nganh", "khong dat"]]),
        IndicatorRule(code: "districts_below_online_dossier_target", shapes: count, sets: [["@dia phuong", "chua dat"], ["@huyen", "chua dat"],
                                                                                         ["@dia phuong", "khong dat"]]),
        // Administrative procedures.
        IndicatorRule(code: "tthc_published_total", shapes: count, sets: [["@tthc", "cong bo"], ["@thu tuc hanh chinh", "cong bo"]]),
        IndicatorRule(code: "tthc_published_provincial", shapes: count, sets: [["cap tinh", "@tthc"], ["cap tinh", "@thu tuc"]]),
        IndicatorRule(code: "tthc_published_district", shapes: count, sets: [["cap huyen", "@tthc"], ["cap huyen", "@thu tuc"]]),
        IndicatorRule(code: "tthc_published_commune", shapes: count, sets: [["cap xa", "@tthc"], ["cap xa", "@thu tuc"]]),
        IndicatorRule(code: "tthc_electronic_process_rate", shapes: percent, sets: [["quy trinh dien tu"]]),
        IndicatorRule(code: "tthc_simplified", shapes: count, sets: [["@tthc", "don gian hoa"], ["@thu tuc", "don gian hoa"]]),
        IndicatorRule(code: "tthc_simplification_decisions", shapes: count, sets: [["@quyet dinh", "don gian hoa"]]),
        IndicatorRule(code: "on_time_resolution_rate", shapes: percent, sets: [["dung han"], ["truoc han"]]),
        IndicatorRule(code: "feedback_on_time_rate", shapes: percent, sets: [["phan anh", "kien nghi", "dung han"]]),
        IndicatorRule(code: "tthc_satisfaction_rate", shapes: percent, sets: [["hai long", "giai quyet"]]),
        IndicatorRule(code: "eform_autofill_tthc_count", shapes: count, sets: [["@tthc", "tu dong dien"], ["@tthc", "e form"], ["@tthc", "don gian hoa thong tin"]]),
        IndicatorRule(code: "eform_autofill_rate", shapes: percent, sets: [["tu dong dien"], ["e form"]]),
        IndicatorRule(code: "digitised_dossier_result_rate", shapes: percent, sets: [["so hoa ho so", "ket qua"], ["so hoa ho so"]]),
        IndicatorRule(code: "digitised_input_dossier_rate", shapes: percent, sets: [["so hoa ho so dau vao"]]),
        IndicatorRule(code: "digitised_result_rate", shapes: percent, sets: [["so hoa ket qua"]]),
        IndicatorRule(code: "units_below_full_digitisation_rate", shapes: percent, sets: [["chua dat", "so hoa", "@so ban nganh"], ["chua so hoa"]]),
        IndicatorRule(code: "digitisation_plan_units", shapes: count, sets: [["ke hoach so hoa"]]),
        IndicatorRule(code: "one_stop_shops_digitising", shapes: count, sets: [["@bo phan mot cua"]]),
        IndicatorRule(code: "agencies_population_db_connected_rate", shapes: percent, sets: [["ket noi", "du lieu quoc gia ve dan cu"],
                                                                                            ["ket noi", "du lieu dan cu"]]),
        IndicatorRule(code: "cross_boundary_ministries", shapes: count, sets: [["@bo", "dia gioi hanh chinh"]]),
        IndicatorRule(code: "cross_boundary_provinces", shapes: count, sets: [["@dia phuong", "dia gioi hanh chinh"]]),
        IndicatorRule(code: "cross_boundary_dossiers", shapes: count, sets: [["@ho so", "dia gioi hanh chinh"]]),
        // Đề án 06 and digital government.
        IndicatorRule(code: "eid_accounts_activated", shapes: count, sets: [["@tai khoan dinh danh"], ["dinh danh dien tu", "kich hoat"]]),
        IndicatorRule(code: "eid_activation_rate", shapes: percent, sets: [["dinh danh dien tu", "kich hoat"]]),
        IndicatorRule(code: "cccd_applications_collected", shapes: count, sets: [["@ho so", "cccd"], ["@ho so", "can cuoc"]]),
        IndicatorRule(code: "cccd_issuance_rate", shapes: percent, sets: [["cap cccd"], ["cap the can cuoc"], ["cap can cuoc"]]),
        IndicatorRule(code: "de_an_06_documents_issued", shapes: count, sets: [["@ke hoach", "ban hanh"], ["@van ban", "ban hanh"]]),
        IndicatorRule(code: "de_an_06_task_force_meetings", shapes: count, sets: [["@cuoc hop"], ["@phien hop", "to cong tac"]]),
        IndicatorRule(code: "de_an_06_models_completed", shapes: count, sets: [["@mo hinh", "hoan thanh"]]),
        IndicatorRule(code: "de_an_06_models_in_progress", shapes: count, sets: [["@mo hinh", "dang trien khai"]]),
        IndicatorRule(code: "de_an_06_models_not_started", shapes: count, sets: [["@mo hinh", "chua trien khai"]]),
        IndicatorRule(code: "community_digital_teams_commune", shapes: count, sets: [["to cong nghe so", "cap xa"]]),
        IndicatorRule(code: "community_digital_teams_village", shapes: count, sets: [["@to cap thon"], ["to cong nghe so", "cap thon"]]),
        IndicatorRule(code: "community_digital_team_members", shapes: count, sets: [["@nguoi tham gia"], ["to cong nghe so", "@nguoi"]]),
        IndicatorRule(code: "schools_cashless_fee_rate", shapes: percent, sets: [["@truong hoc", "khong dung tien mat"], ["hoc phi", "khong dung tien mat"]]),
        IndicatorRule(code: "health_facilities_chip_id_insurance_rate", shapes: percent, sets: [["kham chua benh", "can cuoc"],
                                                                                              ["kham chua benh", "bhyt"]]),
        IndicatorRule(code: "health_facilities_cashless_rate", shapes: percent, sets: [["kham chua benh", "khong dung tien mat"]]),
        IndicatorRule(code: "social_payment_accounts_rate", shapes: percent, sets: [["chi tra qua tai khoan"], ["cap tai khoan"]]),
        IndicatorRule(code: "digital_signature_rate", shapes: percent, sets: [["chu ky so"]]),
        IndicatorRule(code: "agencies_internet_lan_rate", shapes: percent, sets: [["mang internet"], ["mang noi bo"]]),
        IndicatorRule(code: "par_plan_solution_groups", shapes: count, sets: [["@nhom giai phap"]]),
        IndicatorRule(code: "par_plan_solutions", shapes: count, sets: [["@giai phap"]]),
    ]
}
