import ChisoDomain

/// The rollout of Đề án 06's models a sentence states: "đã hoàn thành 16/38 mô hình; 21/38 còn
/// lại đang triển khai thực hiện và 01 mô hình chưa triển khai thực hiện" → total 38,
/// completed 16, in progress 21, not started 1.
///
/// A sentence naming "mô hình" is cut into clauses (at ';', ',', ':' and "và"); a clause's first
/// number is a part by the words of the clause: "hoàn thành" → completed, "đang triển khai/thực
/// hiện" → in progress, "chưa triển khai/thực hiện/bắt đầu" → not started ("chưa hoàn thành"
/// says neither, and is left alone). The total is the denominator of an "N/M" part, else the
/// sum of three parts. A rollout needs every part: with the total and two parts the third is
/// their difference (said in the note); with fewer, or parts that do not add up, there is none
/// and the extractor's rows of the parts (`de_an_06_models_*`) stay observations.
package enum RolloutMentions {
    package struct Rollout: Sendable, Equatable {
        package var total: Int
        package var completed: Int
        package var inProgress: Int
        package var notStarted: Int
        /// The exact words stated, from the first part to the last.
        package var quote: String
        package var note: String?
    }

    private enum Part: Int { case completed, inProgress, notStarted }

    /// The rollouts stated in `paragraph` (NFC), one per sentence at most.
    package static func find(in paragraph: String) -> [Rollout] {
        guard paragraph.localizedCaseInsensitiveContains("mô hình") else { return [] }
        var result: [Rollout] = []
        for sentence in sentences(paragraph) where sentence.localizedCaseInsensitiveContains("mô hình") {
            if let rollout = rollout(in: sentence) { result.append(rollout) }
        }
        return result
    }

    private static func rollout(in sentence: Substring) -> Rollout? {
        var parts: [Part: Int] = [:]
        var totals: Set<Int> = []
        var first: String.Index?, last: String.Index?
        for clause in clauses(sentence) {
            let lower = clause.lowercased()
            guard let (number, denominator, range) = firstNumber(in: clause) else { continue }
            let part: Part
            if lower.contains("chưa hoàn thành") {
                continue
            } else if ["chưa triển khai", "chưa thực hiện", "chưa bắt đầu"].contains(where: lower.contains) {
                part = .notStarted
            } else if ["đang triển khai", "đang thực hiện", "đang tiếp tục"].contains(where: lower.contains) {
                part = .inProgress
            } else if lower.contains("hoàn thành") {
                part = .completed
            } else {
                continue
            }
            guard parts[part] == nil else { return nil }  // two figures for one part: not one rollout
            parts[part] = number
            if let denominator { totals.insert(denominator) }
            let start = min(range.lowerBound, clause.firstIndex(where: { $0.isLetter || $0.isNumber }) ?? clause.startIndex)
            if first == nil || start < first! { first = start }
            if last == nil || clause.endIndex > last! { last = clause.endIndex }
        }
        guard totals.count <= 1, let first, let last else { return nil }
        var note: String?
        let known = parts.count
        guard known >= 2 else { return nil }
        var total = totals.first
        if total == nil, known == 3 { total = parts.values.reduce(0, +) }
        guard let total, total > 0 else { return nil }
        if known == 2 {
            let missing = [Part.completed, .inProgress, .notStarted].first { parts[$0] == nil }!
            let rest = total - parts.values.reduce(0, +)
            guard rest >= 0 else { return nil }
            parts[missing] = rest
            let word = ["completed", "in_progress", "not_started"][missing.rawValue]
            note = "\(word) = \(total) − the other two parts (the text gives the total and two parts)"
        }
        guard parts.values.reduce(0, +) == total else { return nil }
        let quote = String(sentence[first..<last]).trimmingCharacters(in: .whitespaces)
        return Rollout(total: total, completed: parts[.completed]!, inProgress: parts[.inProgress]!,
                       notStarted: parts[.notStarted]!, quote: quote, note: note)
    }

    /// The clause's first number ("16", "16/38", "01"), not part of a date, a document number
    /// ("06/CP") or a word.
    private static func firstNumber(in clause: Substring) -> (Int, Int?, Range<String.Index>)? {
        var index = clause.startIndex
        while index < clause.endIndex {
            guard clause[index].isDigitASCII, index == clause.startIndex || !clause[clause.index(before: index)].isLetterOrDigit else {
                index = clause.index(after: index)
                continue
            }
            var end = index
            while end < clause.endIndex, clause[end].isDigitASCII { end = clause.index(after: end) }
            var denominator: Int?
            var stop = end
            if end < clause.endIndex, clause[end] == "/" {
                var d = clause.index(after: end)
                let dStart = d
                while d < clause.endIndex, clause[d].isDigitASCII { d = clause.index(after: d) }
                if d > dStart {
                    if d < clause.endIndex, clause[d].isLetter || clause[d] == "/" || clause[d] == "-" { index = d; continue }
                    denominator = Int(clause[dStart..<d])
                    stop = d
                } else {
                    index = d
                    continue
                }
            } else if end < clause.endIndex, clause[end].isLetter {
                index = end
                continue
            }
            guard let number = Int(clause[index..<end]), number < 10_000 else { index = stop; continue }
            if let denominator, denominator == 0 || number > denominator { index = stop; continue }
            return (number, denominator, index..<stop)
        }
        return nil
    }

    private static func sentences(_ paragraph: String) -> [Substring] {
        var result: [Substring] = []
        var start = paragraph.startIndex
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let next = paragraph.index(after: index)
            if ".!?".contains(paragraph[index]), next == paragraph.endIndex || paragraph[next] == " " {
                result.append(paragraph[start..<next])
                start = next
            }
            index = next
        }
        if start < paragraph.endIndex { result.append(paragraph[start...]) }
        return result
    }

    private static func clauses(_ sentence: Substring) -> [Substring] {
        var result: [Substring] = []
        var start = sentence.startIndex
        var index = sentence.startIndex
        while index < sentence.endIndex {
            if ";,:".contains(sentence[index]) {
                result.append(sentence[start..<index])
                start = sentence.index(after: index)
            } else if sentence[index] == " ", sentence[index...].hasPrefix(" và ") {
                result.append(sentence[start..<index])
                start = sentence.index(index, offsetBy: 4)
                index = start
                continue
            }
            index = sentence.index(after: index)
        }
        if start < sentence.endIndex { result.append(sentence[start...]) }
        return result
    }
}

private extension Character {
    var isDigitASCII: Bool { isASCII && isNumber }
    var isLetterOrDigit: Bool { isLetter || isNumber }
}
