import ChisoStorage

/// The findings of a check, held out of memory and read back in output order.
///
/// A check over a million figures finds ~100,000 things (~400,000 at 4M); holding them all to
/// sort by severity first took 132 MB at 1M and 443 MB at 4M (issue 18). They go instead into a
/// private temporary SQLite file (an empty file name: SQLite deletes it on close and keeps it in
/// its page cache until that fills, https://sqlite.org/inmemorydb.html#temp_db), appended in
/// order of arrival (the rowid), and SQLite's sorter gives them back in output order, spilling
/// to temporary files past its cache, so memory stays flat. A table keyed by the output order
/// (WITHOUT ROWID) gave the same order at read time for no sort, but put every finding into a
/// B-tree at its place as it came: with each value bound through an array of existentials,
/// that was ≈ 13 % of a check's CPU at 1M rows, reading back and printing them another 7 %.
final class FindingSpool {
    private let connection: Connection
    private let insert: Statement
    /// Order of arrival (the rowid): ties in the sort key keep the order the rules found them in.
    private var sequence: Int64 = 0
    private(set) var counts: [Severity: Int] = [:]
    private(set) var total = 0

    init() throws(StorageError) {
        connection = try Connection(path: "", mode: .readWriteCreate)
        // A scratch file nobody else sees, deleted on close: nothing to protect from a power cut.
        try connection.execute("PRAGMA journal_mode = OFF")
        try connection.execute("PRAGMA synchronous = OFF")
        try connection.execute("""
            CREATE TABLE findings (
                sequence INTEGER PRIMARY KEY, severity INTEGER NOT NULL, rule INTEGER NOT NULL, area TEXT NOT NULL,
                indicator TEXT NOT NULL, period TEXT NOT NULL, agency TEXT NOT NULL, message TEXT NOT NULL,
                rows TEXT NOT NULL, sources TEXT NOT NULL, quotes TEXT NOT NULL)
            """)
        insert = try connection.prepare("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        try connection.execute("BEGIN")
    }

    deinit {
        try? connection.execute("ROLLBACK")
    }

    /// Appends `f` after the findings before it (a rowid one above the last: SQLite appends
    /// without searching the table), each value bound as it is.
    func append(_ f: Finding) throws(StorageError) {
        sequence += 1
        total += 1
        counts[f.severity, default: 0] += 1
        let values: [SQLiteValue] = [
            .integer(sequence), .integer(Int64(Self.order(f.severity))), .integer(Int64(Self.order(f.rule))),
            .text(f.area), .text(f.indicator), .text(f.period), .text(f.agency), .text(f.message),
            .text(Self.encode(f.rows)), .text(Self.encode(f.sources)), .text(Self.encode(f.quotes)),
        ]
        for (index, value) in values.enumerated() { try insert.bind(value, at: Int32(index + 1)) }
        try insert.step()
        insert.resetKeepingBindings()
    }

    /// Every finding by severity, rule, area, indicator, period, then order of arrival: the
    /// order of `DataCheck.sorted`. Area ids, indicator codes and periods are ASCII, where
    /// SQLite's byte order and Swift's string order agree.
    func forEach(_ body: (Finding) throws -> Void) throws {
        let select = try connection.prepare("""
            SELECT severity, rule, area, agency, indicator, period, message, rows, sources, quotes
            FROM findings ORDER BY severity, rule, area, indicator, period, sequence
            """)
        while try select.step() {
            guard let severity = Severity.allCases.dropFirst(Int(select.int(at: 0) ?? 0)).first,
                  let rule = CheckRule.allCases.dropFirst(Int(select.int(at: 1) ?? 0)).first
            else { preconditionFailure("the spool holds only the severities and rules it was given") }
            try body(Finding(severity, rule, area: select.string(at: 2) ?? "", agency: select.string(at: 3) ?? "",
                             indicator: select.string(at: 4) ?? "", period: select.string(at: 5) ?? "",
                             message: select.string(at: 6) ?? "", rows: Self.decodeRows(select.string(at: 7) ?? ""),
                             sources: Self.decode(select.string(at: 8) ?? ""), quotes: Self.decode(select.string(at: 9) ?? "")))
        }
    }

    private static func order(_ severity: Severity) -> Int { Severity.allCases.firstIndex(of: severity) ?? 0 }
    private static func order(_ rule: CheckRule) -> Int { CheckRule.allCases.firstIndex(of: rule) ?? 0 }

    /// "o12 t3 r4".
    private static func encode(_ rows: [RowReference]) -> String {
        rows.map { row in
            switch row {
            case .observation(let id): "o\(id)"
            case .target(let id): "t\(id)"
            case .rollout(let id): "r\(id)"
            }
        }.joined(separator: " ")
    }

    private static func decodeRows(_ text: String) -> [RowReference] {
        text.split(separator: " ").map { item in
            guard let id = Int64(item.dropFirst()) else { preconditionFailure("the spool wrote '\(item)'") }
            switch item.first {
            case "o": return .observation(id)
            case "t": return .target(id)
            default: return .rollout(id)
            }
        }
    }

    /// Each text as its UTF-8 length, a colon and the text: any character may occur in a quote.
    static func encode(_ texts: [String]) -> String {
        texts.map { "\($0.utf8.count):\($0)" }.joined()
    }

    static func decode(_ text: String) -> [String] {
        var items: [String] = []
        var rest = Substring(text).utf8[...]
        while let colon = rest.firstIndex(of: UInt8(ascii: ":")) {
            guard let count = Int(Substring(rest[..<colon])) else { preconditionFailure("the spool wrote a bad length") }
            let start = rest.index(after: colon)
            let end = rest.index(start, offsetBy: count)
            items.append(String(Substring(rest[start..<end])))
            rest = rest[end...]
        }
        return items
    }
}

@available(*, unavailable, message: "owns a SQLite connection, which belongs to one thread")
extension FindingSpool: Sendable {}
