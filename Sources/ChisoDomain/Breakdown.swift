/// A dimension a figure may be broken down by, as reports publish dossier figures: by the level
/// of government that handles them (cấp tỉnh / huyện / xã), by the channel they came in through
/// (trực tuyến, trực tiếp, bưu chính) and by their status (mới tiếp nhận, kỳ trước chuyển sang,
/// trước hạn, đúng hạn, quá hạn, trong hạn). An indicator allows a dimension in
/// `indicator_breakdowns`; '' is "no breakdown", the whole figure.
package enum BreakdownDimension: String, Sendable, CaseIterable, Codable {
    case level
    case channel
    case dossierStatus = "dossier_status"

    /// The canonical codes, as the schema's CHECK lists them.
    package var codes: [String] {
        switch self {
        case .level: ["tinh", "huyen", "xa"]
        case .channel: ["truc_tuyen", "truc_tiep", "buu_chinh"]
        case .dossierStatus: ["moi_tiep_nhan", "ky_truoc_chuyen_sang", "truoc_han", "dung_han", "qua_han", "trong_han"]
        }
    }

    /// Other words for each code (folded, words separated by spaces): English and the
    /// Vietnamese as reports write it. The code itself, with '_' as a space, always matches.
    private var aliases: [String: String] {
        switch self {
        case .level:
            ["province": "tinh", "provincial": "tinh", "cap tinh": "tinh",
             "district": "huyen", "cap huyen": "huyen",
             "commune": "xa", "cap xa": "xa"]
        case .channel:
            ["online": "truc_tuyen", "in person": "truc_tiep", "truc tiep tai bo phan mot cua": "truc_tiep",
             "postal": "buu_chinh", "post": "buu_chinh", "qua buu chinh": "buu_chinh", "buu chinh cong ich": "buu_chinh"]
        case .dossierStatus:
            ["new": "moi_tiep_nhan", "received": "moi_tiep_nhan", "tiep nhan moi": "moi_tiep_nhan",
             "carried over": "ky_truoc_chuyen_sang", "chuyen sang": "ky_truoc_chuyen_sang",
             "early": "truoc_han", "before deadline": "truoc_han",
             "on time": "dung_han", "overdue": "qua_han", "late": "qua_han",
             "within deadline": "trong_han", "chua den han": "trong_han"]
        }
    }

    /// The canonical code `text` names: '' for an empty field, nil for a word this dimension
    /// does not know. Case, diacritics, '_'/'-' and spacing do not matter.
    package func canonical(_ text: String) -> String? {
        let key = VietnameseText.foldForMatching(text.replacingOccurrences(of: "_", with: " "))
        if key.isEmpty { return "" }
        if let code = codes.first(where: { $0.replacingOccurrences(of: "_", with: " ") == key }) { return code }
        return aliases[key]
    }

    /// "tinh, huyen, xa": the allowed codes, for messages.
    package var allowedList: String { codes.joined(separator: ", ") }
}

/// The breakdown of one figure: '' in a dimension means the figure is not broken down by it.
package struct Breakdown: Sendable, Hashable {
    package var level: String
    package var channel: String
    package var dossierStatus: String

    package static let none = Breakdown()

    package init(level: String = "", channel: String = "", dossierStatus: String = "") {
        self.level = level
        self.channel = channel
        self.dossierStatus = dossierStatus
    }

    package subscript(_ dimension: BreakdownDimension) -> String {
        get {
            switch dimension {
            case .level: level
            case .channel: channel
            case .dossierStatus: dossierStatus
            }
        }
        set {
            switch dimension {
            case .level: level = newValue
            case .channel: channel = newValue
            case .dossierStatus: dossierStatus = newValue
            }
        }
    }

    package var isNone: Bool { level.isEmpty && channel.isEmpty && dossierStatus.isEmpty }

    /// The dimensions this breakdown uses.
    package var dimensions: [BreakdownDimension] { BreakdownDimension.allCases.filter { !self[$0].isEmpty } }

    /// "level xa, channel truc_tuyen"; empty for no breakdown.
    package var description: String {
        dimensions.map { "\($0.rawValue) \(self[$0])" }.joined(separator: ", ")
    }
}
