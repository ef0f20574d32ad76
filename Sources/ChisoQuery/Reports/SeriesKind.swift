import ChisoDomain

/// The kind of period a figure covers, as far as comparing figures is concerned: a month's
/// rate and a year-to-date rate measure different things, so a league table, a trend and a
/// comparison keep them apart.
///
/// A span that starts on 1 January and ends before 31 December is year-to-date ("9 tháng đầu
/// năm"); any other span of several days is an interval; one day is a snapshot ("tính đến
/// ngày 30/9").
package enum SeriesKind: String, Sendable, CaseIterable, Comparable {
    case month, quarter, half, year, yearToDate = "year_to_date", interval, snapshot

    package init(kind: Period.Kind, start: String, end: String) {
        switch kind {
        case .month: self = .month
        case .quarter: self = .quarter
        case .half: self = .half
        case .year: self = .year
        case .day: self = .snapshot
        case .interval:
            // ISO text: "YYYY-01-01" starts a year; a span within one year is year-to-date.
            self = start.hasSuffix("-01-01") && start.prefix(4) == end.prefix(4) ? .yearToDate : .interval
        }
    }

    /// How the kind reads in a table: "months", "year-to-date".
    package var label: String {
        switch self {
        case .month: "months"
        case .quarter: "quarters"
        case .half: "halves"
        case .year: "years"
        case .yearToDate: "year-to-date"
        case .interval: "spans"
        case .snapshot: "snapshots"
        }
    }

    /// The same in Vietnamese.
    package var labelVi: String {
        switch self {
        case .month: "theo tháng"
        case .quarter: "theo quý"
        case .half: "theo 6 tháng"
        case .year: "theo năm"
        case .yearToDate: "lũy kế từ đầu năm"
        case .interval: "theo giai đoạn"
        case .snapshot: "tại thời điểm"
        }
    }

    package static func < (a: SeriesKind, b: SeriesKind) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// Figures that may stand in one league table or one column of a comparison: the same
/// period, or periods of the same kind that end on the same day.
struct ComparableGroup: Hashable, Sendable, Comparable {
    var kind: SeriesKind
    var end: String

    init(_ row: ObservationRow) {
        kind = row.seriesKind
        end = row.end
    }

    init(kind: SeriesKind, end: String) {
        self.kind = kind
        self.end = end
    }

    /// Later end first, then kind order: sorting puts the most recent group first.
    static func < (a: ComparableGroup, b: ComparableGroup) -> Bool {
        a.end != b.end ? a.end > b.end : a.kind < b.kind
    }
}
