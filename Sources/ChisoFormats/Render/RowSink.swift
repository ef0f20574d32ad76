/// Where result rows go, one at a time, so a million-row export never sits in memory.
///
/// Call `begin(columns:)` once, `write(_:)` per row (exactly one cell per column), then
/// `finish()` once; nothing is guaranteed to reach the output before `finish()`.
package protocol RowSink {
    mutating func begin(columns: [Column]) throws
    mutating func write(_ row: [Cell]) throws
    mutating func finish() throws
}
