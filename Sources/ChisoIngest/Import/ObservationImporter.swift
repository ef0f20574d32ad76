import ChisoDomain
import ChisoFormats
import ChisoStorage
import Foundation

/// `chiso import`: streams observation rows from CSV, TSV or JSON Lines through the shared
/// `ObservationDecoder`, and writes them in ONE transaction that commits only when the whole
/// file is good (or, with `skipBad`, leaves out the bad rows). A dry run does all the same
/// work, writes included, and rolls back, so its counts are exactly what a real run would do.
///
/// Without `skipBad` reading stops at `problemLimit` problems: the file will not be written, and
/// a file of bad rows should fail in a moment, not after a full pass.
///
/// Memory stays flat: one record at a time, at most `problemLimit` messages, caches of
/// areas/indicators/periods, and line bookkeeping only where lines stop matching rows.
package final class ObservationImporter {
    private let database: Database
    private let options: ImportOptions

    package init(database: Database, options: ImportOptions) {
        self.database = database
        self.options = options
    }

    /// Runs the import and says what it did; `progress` is called about every 16k rows.
    /// Problems do not throw: they are in the summary, and `committed` says whether anything
    /// was written. Storage failures (disk full, a locked file) throw.
    package func run(_ input: ImportInput, progress: ((ImportProgress) -> Void)? = nil) throws -> ImportSummary {
        // Loading an empty table takes the bulk path (see `ImportWriter`); `--skip-bad` needs
        // per-row outcomes, so it always takes the keyed one.
        let bulk = try !options.skipBad && database.observations.count() == 0
        var run = Run(options: options, input: input, progress: progress, bulk: bulk)
        do {
            // Every import appends under the bulk settings (rollback journal, foreign keys off:
            // the decoder resolved every reference): into a file of 200,000 rows, 200,000 new
            // rows in WAL spilled the same index pages to the log again and again.
            try database.withBulkSettings(appending: true) {
                try database.connection.write {
                    try run.load(into: database)
                    let good = !run.fatal && (run.summary.problemCount == 0 || options.skipBad)
                    if options.dryRun || !good { throw Rollback() }
                    run.summary.committed = true
                }
            }
        } catch is Rollback {
            run.summary.committed = false
        }
        try run.finishRejects()
        return run.summary
    }

    private struct Rollback: Error {}
}

/// The state of one import as it reads.
private struct Run {
    let options: ImportOptions
    let input: ImportInput
    let progress: ((ImportProgress) -> Void)?
    let bulk: Bool
    var summary = ImportSummary()
    var fatal = false
    var rejects: RejectsFile?
    private var width = CSVLayout.observations.columns.count
    private var lines = LineMap()
    /// Existing rows this file has already matched, with the line that matched them, so a key
    /// repeated in the file is caught even when it updates or leaves an existing row.
    private var matched: [Int64: Int] = [:]
    private let started = DispatchTime.now()

    init(options: ImportOptions, input: ImportInput, progress: ((ImportProgress) -> Void)?, bulk: Bool) {
        self.options = options
        self.bulk = bulk
        self.input = input
        self.progress = progress
        summary.dryRun = options.dryRun
    }

    mutating func load(into database: Database) throws {
        if let path = options.rejectsPath {
            do { rejects = try RejectsFile(path: path) } catch { return fail(error) }
        }
        // Reading and decoding run on a second thread (see `DecodingProducer`); this thread
        // keeps the connection and does every write, in file order, in this one transaction.
        let producer = DecodingProducer(input: input, format: options.format, delimiter: options.delimiter,
                                        indicators: try database.indicators.all(), areas: try database.areas.directory(),
                                        units: try database.units.directory(), sources: try database.sources.all(withBody: true), keepsFields: !bulk)
        let decoding = producer.start()
        defer { decoding.stop() }

        guard let first = decoding.queue.pop() else { return }
        switch first {
        case .header(let columns):
            width = columns.count
            try rejects?.begin(columns: columns)
        case .fatal(let error):
            return fail(error)
        case .batch:
            preconditionFailure("the decoding thread sends the header first")
        }

        let ensure = try database.periods.ensureStatement()
        let ensureUnit = try database.units.ensureStatement()
        let writer = try ImportWriter(database, bulk: bulk)
        let name = input.name

        while let message = decoding.queue.pop() {
            let batch: DecodedBatch
            switch message {
            case .batch(let next): batch = next
            case .fatal(let error): return fail(error)
            case .header: preconditionFailure("the decoding thread sends one header")
            }
            for row in batch.rows {
                summary.rows += 1
                if summary.rows & 0x3FFF == 0, let progress {
                    progress(ImportProgress(rows: summary.rows, bytesRead: batch.bytesRead, totalBytes: batch.totalBytes,
                                            seconds: Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9))
                }
                switch row {
                case .rejected(let fields, let message):
                    try reject(fields, message)
                case .decoded(let decoded, let line, let fields):
                    if !decoded.repairs.isEmpty { summary.noteRepairs(decoded.repairs, file: name, line: line) }
                    try ensure(decoded.period)
                    if let baseline = decoded.baseline { try ensure(baseline) }
                    if let unit = decoded.newUnit, try ensureUnit(unit) { summary.newUnits.append(unit) }
                    if let problem = try write(decoded.record, line: line, writer: writer, file: name) {
                        try reject(fields, problem)
                    }
                }
                // Without --skip-bad one problem already means nothing is written: past the
                // listed ones, reading on only makes the user wait for a count.
                if !options.skipBad, summary.problemCount >= options.problemLimit {
                    summary.stoppedEarly = true
                    return
                }
            }
            decoding.recycle(batch.rows)
        }
        let (duplicates, total) = try writer.finishBulk(limit: options.problemLimit)
        for duplicate in duplicates {
            let lineNumbers = duplicate.ids.map { lines.line(of: Int($0 - writer.firstNewID)) ?? 0 }
            guard let first = lineNumbers.first else { continue }
            for line in lineNumbers.dropFirst() {
                problem("\(name):\(line): the key \(duplicate.key) appears again (first on line \(first)); a file holds each figure once")
            }
        }
        if total > duplicates.reduce(0, { $0 + $1.ids.count - 1 }) {
            summary.problemCount += total - duplicates.reduce(0, { $0 + $1.ids.count - 1 })
        }
    }

    /// Writes one decoded row; returns a problem message when it cannot be written as is.
    private mutating func write(_ r: ObservationRecord, line: Int, writer: ImportWriter, file: String) throws -> String? {
        if writer.bulk {
            try writer.insert(r)
            lines.append(line: line)
            summary.new += 1
            return nil
        }
        // A key this file already wrote (a new row's id maps to its line; an existing row's id
        // was matched by an earlier line) is refused before anything is written.
        var repeated: Int?
        let outcome = try writer.upsert(r, onConflict: options.onConflict) { id in
            repeated = id >= writer.firstNewID ? lines.line(of: Int(id - writer.firstNewID)) : matched[id]
            return repeated == nil
        }
        switch outcome {
        case .inserted:
            lines.append(line: line)
            summary.new += 1
        case .refused:
            return "\(file):\(line): the key \(r.key) appears again (first on line \(repeated ?? 0)); a file holds each figure once"
        case .unchanged(let id):
            matched[id] = line
            summary.unchanged += 1
        case .skipped(let id):
            matched[id] = line
            summary.skipped += 1
        case .updated(let id):
            matched[id] = line
            summary.changed += 1
        case .conflict(let old):
            matched[old.id ?? 0] = line
            summary.conflicting += 1
            return "\(file):\(line): \(r.key) already exists as row \(old.id ?? 0) with \(Self.describe(old)); "
                + "this file has \(Self.describe(r)); pass --on-conflict replace to overwrite it or --on-conflict skip to keep it"
        }
        return nil
    }

    private static func describe(_ r: ObservationRecord) -> String {
        var text = "value \(VietnameseNumber.format(r.value))"
        if let n = r.numerator, let d = r.denominator { text += " (\(VietnameseNumber.format(n))/\(VietnameseNumber.format(d)))" }
        text += r.source.map { " from source \($0)" } ?? " (no source)"
        return text
    }

    private mutating func reject(_ fields: [String], _ message: String) throws {
        summary.rejected += 1
        problem(message)
        try rejects?.write(fields: fields, width: width, error: message)
    }

    private mutating func problem(_ message: String) {
        summary.problemCount += 1
        if summary.problems.count < options.problemLimit { summary.problems.append(message) }
    }

    /// A problem that stops reading: the file cannot be read on from here.
    private mutating func fail(_ error: InputError) {
        fatal = true
        problem(error.description)
    }

    mutating func finishRejects() throws {
        try rejects?.finish()
    }
}
