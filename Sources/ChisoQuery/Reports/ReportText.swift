import ChisoDomain
import ChisoFormats
import ChisoStorage

/// Small text forms reports share, written once so every report says "56/63" the same way.
package enum ReportText {
    /// "56/63", or "56" when the number ranked is unknown.
    static func rank(_ value: Double, of total: Double?) -> String {
        total.map { "\(NumberText.plain(value))/\(NumberText.plain($0))" } ?? NumberText.plain(value)
    }

    /// "≥ 86", "≤ 5", "= 100", "90–100": a target as people write it.
    static func target(_ comparator: Comparator, _ low: Double, _ high: Double?) -> String {
        switch comparator {
        case .atLeast: "≥ \(NumberText.plain(low))"
        case .atMost: "≤ \(NumberText.plain(low))"
        case .equal: "= \(NumberText.plain(low))"
        case .between: "\(NumberText.plain(low))–\(NumberText.plain(high ?? low))"
        }
    }

    /// "trên", "từ", "khoảng": the word a report puts before an inexact figure.
    static func qualifierVi(_ qualifier: Qualifier) -> String {
        switch qualifier {
        case .moreThan: "trên"
        case .atLeast: "từ … trở lên"
        case .about: "khoảng"
        case .lessThan: "dưới"
        case .atMost: "tối đa"
        case .nearly: "gần"
        }
    }

    /// How a figure came to be, in a report's words; nil for a plainly reported figure.
    static func statusVi(_ status: String) -> String? {
        switch ObservationStatus(rawValue: status) {
        case .reported, nil: nil
        case .estimated: "ước đạt"
        case .selfAssessed: "tự chấm"
        case .derived: "derived"
        case .inferred: "inferred"
        }
    }

    /// Vietnamese headers and labels for table and Markdown output (`--lang vi`).
    package static var vietnameseDisplay: Display {
        var display = Display()
        display.vietnameseNumbers = true
        display.headers = [
            "rank": "hạng", "area": "mã", "area_id": "mã đơn vị", "area_name": "địa phương", "value": "giá trị",
            "numerator": "tử số", "denominator": "mẫu số", "period": "kỳ", "official_rank": "xếp hạng công bố",
            "change": "thay đổi", "change_since": "so với", "change_kind": "nguồn thay đổi", "indicator": "chỉ tiêu",
            "name_vi": "tên chỉ tiêu", "agency": "cơ quan", "qualifier": "ghi chú số", "status": "tình trạng",
            "target": "mục tiêu", "target_period": "kỳ mục tiêu", "result": "kết quả", "gap": "còn thiếu",
            "source": "nguồn", "series": "loại kỳ", "start": "từ ngày", "end": "đến ngày", "missing": "thiếu số liệu",
            "completed": "hoàn thành", "in_progress": "đang triển khai", "not_started": "chưa triển khai",
            "total": "tổng", "progress": "tiến độ",
        ]
        display.labels = [
            "result": ["met": "đạt", "missed": "không đạt", "on track": "đúng tiến độ", "behind": "chậm tiến độ",
                       "not due": "chưa đến hạn", "no figure": "không có số liệu"],
            "series": Dictionary(uniqueKeysWithValues: SeriesKind.allCases.map { ($0.rawValue, $0.labelVi) }),
            "change_kind": ["reported": "theo báo cáo", "computed": "chiso tính"],
            "status": ["reported": "báo cáo", "estimated": "ước đạt", "self_assessed": "tự chấm", "derived": "suy ra",
                       "inferred": "suy đoán"],
            "qualifier": Dictionary(uniqueKeysWithValues: Qualifier.allCases.map { ($0.rawValue, qualifierVi($0)) }),
        ]
        return display
    }
}
