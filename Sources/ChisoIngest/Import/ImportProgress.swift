/// How far an import has got, for a progress line; the caller decides whether and how
/// often to show it (only on a terminal).
package struct ImportProgress: Sendable {
    package var rows: Int
    package var bytesRead: Int
    /// nil when the input size is unknown (standard input).
    package var totalBytes: Int?
    package var seconds: Double

    package var rowsPerSecond: Double { seconds > 0 ? Double(rows) / seconds : 0 }

    /// 0…1 of the input read, when the size is known.
    package var fraction: Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        return min(1, Double(bytesRead) / Double(totalBytes))
    }

    /// Seconds left at the current pace, when the size is known.
    package var secondsLeft: Double? {
        guard let fraction, fraction > 0, seconds > 0 else { return nil }
        return seconds * (1 - fraction) / fraction
    }
}
