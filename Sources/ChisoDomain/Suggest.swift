/// "Did you mean …?" candidates for a misspelt name.
package enum Suggest {
    /// The closest candidates by edit distance on folded text (diacritics, case and punctuation
    /// do not count as mistakes), best first, at most `limit`. Only candidates within
    /// max(2, length/3) edits qualify, or those the input is a prefix of (3+ letters), so a
    /// wild input gets no suggestions rather than a random list. Ties keep the candidates' order.
    package static func closest(to input: String, among candidates: [String], limit: Int = 3) -> [String] {
        let needle = Array(VietnameseText.foldForMatching(input))
        guard !needle.isEmpty, limit > 0 else { return [] }
        let threshold = max(2, needle.count / 3)
        var seen = Set<String>()
        var scored: [(distance: Int, prefix: Bool, index: Int, name: String)] = []
        for (index, candidate) in candidates.enumerated() where seen.insert(candidate).inserted {
            let folded = Array(VietnameseText.foldForMatching(candidate))
            let prefix = needle.count >= 3 && folded.starts(with: needle)
            // The distance is at least the difference in length, and exactly that for a prefix:
            // skipping the quadratic table keeps a megabyte-long input from taking minutes.
            let lengthGap = abs(folded.count - needle.count)
            guard lengthGap <= threshold || prefix else { continue }
            let distance = prefix ? lengthGap : editDistance(needle, folded)
            guard distance <= threshold || prefix else { continue }
            scored.append((prefix && distance > threshold ? Int.max : distance, prefix, index, candidate))
        }
        scored.sort { a, b in
            if a.distance != b.distance { return a.distance < b.distance }
            if a.prefix != b.prefix { return a.prefix }
            return a.index < b.index
        }
        return scored.prefix(limit).map(\.name)
    }

    /// Levenshtein distance with one rolling row.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...b.count {
                let above = row[j]
                row[j] = a[i - 1] == b[j - 1] ? diagonal : 1 + min(diagonal, row[j], row[j - 1])
                diagonal = above
            }
        }
        return row[b.count]
    }
}
