import ChisoDomain
import ChisoFormats

/// The sentences a report prints around its table — the line above it, the drawings of its
/// series, notes and warnings — in English, or in Vietnamese for `--lang vi`.
///
/// Only what people read is translated: a table's column headers and labels go through
/// `Display`, and machine formats (csv, json) keep their exact English values, so a report
/// asks for Vietnamese words only when its layout is `.table`. Every such sentence is written
/// here, once per language, so the two never say different things.
package struct ReportWords: Sendable, Equatable {
    package var vietnamese: Bool

    package init(vietnamese: Bool = false) {
        self.vietnamese = vietnamese
    }

    /// Vietnamese only for people's layouts: csv and json stay exact.
    package init(vietnamese: Bool, layout: ReportLayout) {
        self.vietnamese = vietnamese && layout == .table
    }

    /// A number as the reader's language writes it: "58.52" or "58,52", "781131" or "781.131".
    func number(_ value: Double) -> String {
        let plain = NumberText.plain(value)
        return vietnamese ? Display.vietnamese(plain) : plain
    }

    /// A day as the reader's language writes it: "2025-07-01" or "1/7/2025".
    func date(_ iso: String) -> String {
        guard vietnamese, let day = try? CalendarDate(iso: iso) else { return iso }
        return day.vietnamese
    }

    // MARK: - Scorecard

    /// ", as of 2024-10-31" after the area's name.
    func asOf(_ date: String) -> String { vietnamese ? ", tính đến ngày \(self.date(date))" : ", as of \(date)" }

    /// After the area's name when it has no figure at all.
    var noFigures: String { vietnamese ? ": chưa có số liệu" : ": no figures" }

    /// A predecessor's own scorecard: "Yên Bái (p63-15), merged into Lào Cai on 2025-07-01, …".
    func predecessorScorecard(_ name: String, merged into: String, on date: String?, lastData: String, command: String) -> String {
        vietnamese
            ? "\(name) đã sáp nhập vào \(into) từ ngày \(date.map(self.date) ?? "thành lập"), có số liệu riêng đến ngày \(self.date(lastData)): \(command)"
            : "\(name), merged into \(into) on \(date ?? "its founding"), has figures of its own up to \(lastData): \(command)"
    }

    // MARK: - Trend

    /// A series' name in the drawing lines: "months", "theo tháng".
    func series(_ kind: SeriesKind) -> String { vietnamese ? kind.labelVi : kind.label }

    /// "▁█  42.06 → 78.63 (min 42.06, max 78.63)": a series drawn, its first and last value.
    func drawing(_ line: String, first: Double, last: Double, low: Double, high: Double, lowerIsBetter: Bool) -> String {
        if vietnamese {
            return "\(line)  \(number(first)) → \(number(last)) (thấp nhất \(number(low)), cao nhất \(number(high)))"
                + (lowerIsBetter ? ", càng thấp càng tốt" : "")
        }
        return "\(line)  \(number(first)) → \(number(last)) (min \(number(low)), max \(number(high)))" + (lowerIsBetter ? ", lower is better" : "")
    }

    /// The merged units whose own figures a trend leaves out without `--lineage`.
    func predecessorsLeftOut(before date: String?, names: [String], mergedInto unit: String, count: Int, indicator: String) -> String {
        vietnamese
            ? "trước ngày \(date.map(self.date) ?? "sáp nhập"), \(names.joined(separator: " và ")) (nay là \(unit)) có \(count) số liệu \(indicator) riêng; --lineage để xem"
            : "before \(date ?? "the merger") \(names.joined(separator: " and ")), merged into \(unit), have \(count) \(indicator) figures of their own; --lineage shows them"
    }

    /// The unit a trend's area became.
    func becamePart(_ unit: String, of successor: String, successorName: String, on date: String?, command: String) -> String {
        vietnamese
            ? "\(unit) đã sáp nhập vào \(successor) từ ngày \(date.map(self.date) ?? "thành lập"); số liệu từ đó về sau thuộc \(successorName): \(command)"
            : "\(unit) became part of \(successor) on \(date ?? "its founding"); its figures from then on are filed under \(successorName): \(command)"
    }

    // MARK: - League tables and comparisons

    /// `--latest-each` over figures of several periods.
    func mixedPeriods(_ periods: [String]) -> String {
        vietnamese
            ? "các số liệu này thuộc \(periods.count) kỳ khác nhau (\(periods.joined(separator: ", "))), không so sánh được với nhau; thứ hạng vẫn xếp chung"
            : "these figures are of \(periods.count) different periods (\(periods.joined(separator: ", "))) and are not comparable; ranks compare them anyway"
    }

    /// After the caption of a `--latest-each` table.
    var eachOnesLatest: String { vietnamese ? "số liệu mới nhất của từng nơi" : "each one's latest figure" }

    /// Periods of one kind ending on one day: "year-to-date ending 2023-09-30 (…)".
    func group(_ kind: SeriesKind, ending end: String, periods: [String]) -> String {
        vietnamese
            ? "\(kind.labelVi) đến ngày \(self.date(end)) (\(periods.joined(separator: ", ")))"
            : "\(kind.label) ending \(end) (\(periods.joined(separator: ", ")))"
    }

    /// An area left out of a league table, with the period of its latest figure.
    func latest(_ name: String, period: String?) -> String {
        guard let period else { return vietnamese ? "\(name) (không có)" : "\(name) (none)" }
        return vietnamese ? "\(name) (mới nhất \(period))" : "\(name) (latest \(period))"
    }

    /// The line under a league table naming the areas it could not rank.
    func noFigureFor(_ period: String?, _ names: [String]) -> String {
        vietnamese
            ? "không có số liệu kỳ \(period ?? "này"): " + names.joined(separator: ", ")
            : "no figure for \(period ?? "this period"): " + names.joined(separator: ", ")
    }

    /// A comparison row of an indicator none of the areas has.
    var noFiguresCell: String { vietnamese ? "không có số liệu" : "no figures" }

    /// Before a warning printed above a table.
    package var warning: String { vietnamese ? "cảnh báo" : "warning" }
}
