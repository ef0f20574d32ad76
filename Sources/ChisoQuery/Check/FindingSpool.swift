import ChisoStorage

/// The findings of a check, held out of memory and read back in output order.
///
/// A check over a million figures finds ~100,000 things (~400,000 at 4M); holding them all to
/// sort by severity first took 132 MB at 1M and 443 MB at 4M (issue 18). They go instead into a
/// private temporary SQLite file (an empty file name: SQLite deletes it on close and keeps it in
/// its page cache until that fills, https://sqlite.org/inmemorydb.html#temp_db), in a table
/// whose key is the output order, so reading them back needs no sort and little memory.
/// (Appending them to a rowid table and sorting on the way out, tried in issue 18's sixth
/// round, moved the cost from the appends to the read-back, where SQLite's sorter spilled past
/// its cache: 13 % + 7 % of a check's samples at 1M rows became 8 % + 15 %.)
final class FindingSpool {
    private let connection: Connection
    private let insert: Statement
    /// Order of arrival: ties in the sort key keep the order the rules found them in.
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
                severity INTEGER NOT NULL, rule INTEGER NOT NULL, area TEXT NOT NULL, indicator TEXT NOT NULL,
                period TEXT NOT NULL, sequence INTEGER NOT NULL, agency TEXT NOT NULL, message TEXT NOT NULL,
                rows TEXT NOT NULL, sources TEXT NOT NULL, quotes TEXT NOT NULL,
                PRIMARY KEY (severity, rule, area, indicator, period, sequence)) WITHOUT ROWID
            """)
        insert = try connection.prepare("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        try connection.execute("BEGIN")
    }

    deinit {
        try? connection.execute("ROLLBACK")
    }

    /// Each value is bound as it is, not boxed in an array of `any SQLiteBindable`.
    func append(_ f: Finding) throws(StorageError) {
        sequence += 1
        total += 1
        counts[f.severity, default: 0] += 1
        let values: [SQLiteValue] = [
            .integer(Int64(Self.order(f.severity))), .integer(Int64(Self.order(f.rule))), .text(f.area), .text(f.indicator),
            .text(f.period), .integer(sequence), .text(f.agency), .text(f.message),
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
