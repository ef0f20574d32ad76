import ChisoDomain
import ChisoStorage
import Foundation

/// The level a change implies for its baseline period: "56/63, tăng 3 bậc so với 6 tháng đầu
/// năm 2023" implies rank 59 in 2023-H1; "774.45 điểm, tăng 76,9 điểm so với năm 2022" implies
/// 697.55 in 2022.
///
/// For ranks "tăng" means moved up, so the rank number fell: baseline = rank + change. For
/// other measures baseline = value − change, unless the text wrote the change as a percent of
/// a percent-like figure ("42,06% (tăng 18,2%…)"): then it may be percentage points or a
/// relative change, both readings are kept, and nothing is derived from it.
struct ImpliedValue: Sendable {
    enum Reading: Sendable {
        case exact(Double)
        case ambiguous(points: Double, relative: Double)
    }

    let origin: ObservationRecord
    let baselinePeriod: String
    let measure: Measure
    let reading: Reading
    /// "56 + 3 = 59", "42.06 − 18.2 = 23.86 (percentage points) or 42.06 / 1.182 = 35.58 (relative)".
    let arithmetic: String
    /// The words of the quote that state the change, for notes ("tăng 3 bậc so với …").
    let phrase: String?

    init?(_ r: ObservationRecord, measure: Measure) {
        guard let change = r.change, let baseline = r.baselinePeriod else { return nil }
        origin = r
        baselinePeriod = baseline
        self.measure = measure
        phrase = Self.phrase(in: r.quote)
        let places = max(Rounding.decimals(r.value), Rounding.decimals(change))
        let v = Rounding.text(r.value), c = Rounding.text(abs(change))
        if measure == .rank {
            let b = r.value + change
            reading = .exact(b)
            arithmetic = "\(v) \(change < 0 ? "−" : "+") \(c) = \(Rounding.text(b, places: places))"
        } else if Self.changeIsPercentOfPercent(r, measure: measure, change: change) {
            let points = Self.round(r.value - change, places)
            let factor = 1 + change / 100
            let relative = factor > 0 ? Self.round(r.value / factor, max(2, places)) : .nan
            reading = .ambiguous(points: points, relative: relative)
            arithmetic = "\(v) \(change < 0 ? "+" : "−") \(c) = \(Rounding.text(points)) (percentage points) or "
                + "\(v) / \(Rounding.text(factor)) = \(Rounding.text(relative)) (relative)"
        } else {
            let b = Self.round(r.value - change, places)
            reading = .exact(b)
            arithmetic = "\(v) \(change < 0 ? "+" : "−") \(c) = \(Rounding.text(b))"
        }
    }

    /// The exact implied value, when there is one reading.
    var value: Double? {
        if case .exact(let v) = reading { v } else { nil }
    }

    /// A rank outside 1..N cannot be: the change or the rank is wrong.
    var isImpossibleRank: Bool {
        guard measure == .rank, let v = value else { return false }
        return v < 1 || (origin.denominator.map { v > $0 } ?? false)
    }

    /// "rank 59/63", "697.55".
    func describe(_ v: Double) -> String {
        if measure == .rank {
            return "rank \(Rounding.text(v))" + (origin.denominator.map { "/\(Rounding.text($0))" } ?? "")
        }
        return Rounding.text(v) + measure.suffix
    }

    /// The stored row `--derive` writes: same indicator, area, agency and source, at the
    /// baseline period, with the arithmetic in the note.
    func derivedRecord() -> ObservationRecord? {
        guard let v = value, !isImpossibleRank else { return nil }
        let from = phrase.map { " from '\($0)'" } ?? ""
        let origin = self.origin.id.map { " (observation \($0))" } ?? ""
        let isRank = measure == .rank && self.origin.denominator != nil
        return ObservationRecord(
            indicator: self.origin.indicator, area: self.origin.area, agency: self.origin.agency, period: baselinePeriod,
            value: v, numerator: isRank ? v : nil, denominator: isRank ? self.origin.denominator : nil,
            qualifier: self.origin.qualifier, status: .derived, source: self.origin.source, quote: self.origin.quote,
            note: "derived: \(arithmetic)\(from)\(origin)")
    }

    private static func round(_ value: Double, _ places: Int) -> Double {
        let scale = (0..<min(places, 10)).reduce(1.0) { r, _ in r * 10 }
        return (value * scale).rounded() / scale
    }

    /// Whether the quote writes the change followed by "%" ("tăng 18,2%", "tăng 6,53%"), which
    /// for a percent or a score written as a percent does not say points from relative.
    /// "điểm phần trăm" (percentage points) settles it. Without a quote a percent is ambiguous.
    static func changeIsPercentOfPercent(_ r: ObservationRecord, measure: Measure, change: Double) -> Bool {
        guard let quote = r.quote else { return measure == .percent }
        let plain = Rounding.text(abs(change))
        for written in Set([plain, plain.replacingOccurrences(of: ".", with: ",")]) {
            var searchStart = quote.startIndex
            while let found = quote.range(of: written, range: searchStart..<quote.endIndex) {
                let after = quote[found.upperBound...].drop { $0 == " " || $0 == "\u{00A0}" }
                if after.hasPrefix("%") { return true }
                if after.hasPrefix("điểm phần trăm") { return false }
                searchStart = found.upperBound
            }
        }
        return false
    }

    /// From the first "tăng"/"giảm"/"lùi"/"tụt" up to a bracket or the end of the quote.
    static func phrase(in quote: String?) -> String? {
        guard let quote, mayNameAChange(quote) else { return nil }
        let starts = ["tăng", "giảm", "lùi", "tụt"].compactMap { quote.range(of: $0, options: .caseInsensitive)?.lowerBound }
        guard let start = starts.min() else { return nil }
        let rest = quote[start...]
        let end = rest.firstIndex { $0 == "(" || $0 == ")" } ?? rest.endIndex
        let text = rest[..<end].trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",;.")))
        return text.isEmpty ? nil : text
    }

    /// Whether `quote` can hold "tăng", "giảm", "lùi" or "tụt" in any case: each has a vowel
    /// outside ASCII (ă, ả, ù, ụ), so a quote holding none of them — precomposed in either
    /// case, a Vietnamese vowel built on ă, or any combining mark (U+0300–U+036F, the same
    /// letters decomposed) — cannot, and skips Foundation's case-insensitive search, which was
    /// ≈ 0.25 s of a check over 1M rows (issue 18). Bytes only: no decoding, no Foundation.
    static func mayNameAChange(_ quote: String) -> Bool {
        var utf8 = quote.utf8.makeIterator()
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        while let byte = utf8.next() {
            switch (beforePrevious, previous, byte) {
            case (_, 0xC4, 0x82), (_, 0xC4, 0x83),          // Ă ă
                 (_, 0xC3, 0x99), (_, 0xC3, 0xB9),          // Ù ù
                 (0xE1, 0xBA, 0xA2), (0xE1, 0xBA, 0xA3),    // Ả ả
                 (0xE1, 0xBA, 0xAE...0xB7),                 // Ắ ắ Ằ ằ Ẳ ẳ Ẵ ẵ Ặ ặ
                 (0xE1, 0xBB, 0xA4), (0xE1, 0xBB, 0xA5):    // Ụ ụ
                return true
            case (_, _, 0xCC), (_, _, 0xCD):                // a combining mark's first byte
                return true
            default:
                beforePrevious = previous
                previous = byte
            }
        }
        return false
    }
}
