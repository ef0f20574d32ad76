/// Maps the n-th row written in a bulk load back to its line in the file, so a duplicate
/// key found when the unique index is built can be reported as `file:line`.
///
/// Stores only the points where the line stops advancing one per row (multi-line quoted
/// fields, skipped rows, blank lines), so memory stays flat for an ordinary file.
struct LineMap {
    private var breaks: [(ordinal: Int, offset: Int)] = []
    private(set) var count = 0

    /// Records that row number `count` (0-based) starts on `line`.
    mutating func append(line: Int) {
        let offset = line - count
        if breaks.last?.offset != offset { breaks.append((count, offset)) }
        count += 1
    }

    /// The line of row `ordinal`, nil outside the rows appended.
    func line(of ordinal: Int) -> Int? {
        guard ordinal >= 0, ordinal < count else { return nil }
        var low = 0, high = breaks.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if breaks[mid].ordinal <= ordinal { low = mid } else { high = mid - 1 }
        }
        return ordinal + breaks[low].offset
    }
}
