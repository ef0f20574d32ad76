extension Period {
    /// Natural Vietnamese for the span, as a report heading would write it.
    package var labelVi: String {
        let y = start.year
        switch kind {
        case .year:
            return "Năm \(y)"
        case .half:
            return start.month == 1 ? "6 tháng đầu năm \(y)" : "6 tháng cuối năm \(y)"
        case .quarter:
            let roman = ["I", "II", "III", "IV"][(start.month - 1) / 3]
            return "Quý \(roman)/\(y)"
        case .month:
            return "Tháng \(start.month)/\(y)"
        case .day:
            return "Ngày \(start.vietnamese)"
        case .interval:
            return intervalLabel
        }
    }

    private var intervalLabel: String {
        let monthAligned = start.day == 1 && end.day == CalendarDate.daysIn(month: end.month, year: end.year)
        guard monthAligned else {
            return "Từ ngày \(start.vietnamese) đến ngày \(end.vietnamese)"
        }
        if start.month == 1 && end.month == 12 {
            return "Giai đoạn \(start.year)–\(end.year)"
        }
        if start.year == end.year {
            if start.month == 1 {
                return "\(end.month) tháng đầu năm \(end.year)"
            }
            if end.month == 12 {
                return "\(12 - start.month + 1) tháng cuối năm \(end.year)"
            }
            return "Từ tháng \(start.month) đến tháng \(end.month)/\(end.year)"
        }
        return "Từ tháng \(start.month)/\(start.year) đến tháng \(end.month)/\(end.year)"
    }
}
