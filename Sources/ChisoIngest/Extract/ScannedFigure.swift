import ChisoDomain

/// One figure as the scanner read it from a sentence, before period, area and indicator are
/// decided.
struct ScannedFigure: Equatable {
    enum Shape: String { case percent, count, score, rank, fraction }
    enum ChangeUnit: String { case places, points, percent, plain }

    /// Token indices of the figure itself ("56/63", "42,06%", "6,9 triệu", "58,52/100 điểm").
    var tokens: ClosedRange<Int>
    var sentence: Int
    var paragraph: Int
    var figure: Figure
    var shape: Shape
    var raw: String
    var value: Double
    var numerator: Double?
    var denominator: Double?
    /// "tăng 3 bậc", "giảm 0,5 điểm": a movement, signed as written.
    var change: ChangeUnit?
    var qualifier: String?
    var estimated = false
    var selfAssessed = false
    /// A goal ("phấn đấu … 86%", "chỉ tiêu 90-100%", "70% theo yêu cầu"), not an achievement.
    var isTarget = false
    var targetComparator = ">="
    /// First token of the cue words before the figure ("tăng", "trên", "đạt"), for the quote.
    var cueStart: Int
    /// Percentage points, said outright ("2,46 điểm %").
    var isPercentagePoints = false
    /// Opens a parenthesis: "(697.55 điểm)" after "so với năm 2022" is the baseline's level.
    var parenthesised = false
    /// The level a movement started from ("từ 87,61% xuống còn 86,78%"): dated to the
    /// baseline, not to the report's period.
    var isFromLevel = false
}
