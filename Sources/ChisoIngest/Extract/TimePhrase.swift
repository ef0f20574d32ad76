import ChisoDomain

/// A period phrase found in a report: "Tính đến ngày 30/9/2023", "9 tháng đầu năm 2023",
/// "so với năm 2016" (a baseline), "Đến nay".
struct TimePhrase {
    /// Token indices, leading words such as "tính đến" included.
    var tokens: ClosedRange<Int>
    var period: Period
    /// After "so với": what a change is measured against, not when a figure was observed.
    var isBaseline: Bool
    /// Opens its sentence ("Giai đoạn 2016-2020, …", "Tính đến tháng 9/2023, …"), so it frames
    /// the sentences after it, not only its own.
    var isFraming: Bool
    var sentence: Int
    var paragraph: Int
    var text: String
    /// A bare day ("Sáng 21/10", "ngày 19/4/2023"): when the report was written or an event
    /// took place, not the period of a figure; "tính đến ngày …" (a snapshot) is not one.
    var isDateline = false
    /// In a sentence about a goal ("phấn đấu đến năm 2025"): not the period of what follows.
    var isGoal = false
    /// In a contrast with another time ("trong khi năm 2022 tỉnh chỉ xếp thứ 28/63", "Đặt cạnh
    /// kết quả năm 2022, …", "khác với năm trước"): the period of its own clause's figures, never
    /// the report's subject period for the sentences after it, nor of a figure before it.
    var isContrast = false
}
