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
                                        units: try database.units.directory(), sources: try database.sources.all(withBody: true),
                                        keepsFields: !bulk && rejects != nil)
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
        if !bulk {
            return try loadKeyed(decoding, writer: writer, ensure: ensure, ensureUnit: ensureUnit)
        }
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

    /// Appends one decoded row (bulk path: the table was empty, every key is new).
    private mutating func write(_ r: ObservationRecord, line: Int, writer: ImportWriter, file: String) throws -> String? {
        try writer.insert(r)
        lines.append(line: line)
        summary.new += 1
        return nil
    }

    /// The keyed path (the table holds rows, or `--skip-bad`), set-wise: every decoded row is
    /// staged as it arrives (`ObservationStaging`), the staged rows are classified against the
    /// table in one pass in key order, then the rows are replayed in file order to decide and
    /// count each one exactly as writing them one at a time would have (the first row with a
    /// key meets the existing row; a later row with the same key is refused, naming the first),
    /// and only then are the new rows inserted (in key order) and the changed ones updated.
    private mutating func loadKeyed(_ decoding: DecodingProducer.Running, writer: ImportWriter,
                                    ensure: (Period) throws(StorageError) -> Void,
                                    ensureUnit: (UnitRecord) throws(StorageError) -> Bool) throws {
        let staging = try writer.staging(keepingFields: rejects != nil)
        var staged = StagedRows()
        var read = 0
        reading: while let message = decoding.queue.pop() {
            let batch: DecodedBatch
            switch message {
            case .batch(let next): batch = next
            case .fatal(let error):
                staged.fatal = error
                break reading
            case .header: preconditionFailure("the decoding thread sends one header")
            }
            for row in batch.rows {
                read += 1
                if read & 0x3FFF == 0, let progress {
                    progress(ImportProgress(rows: read, bytesRead: batch.bytesRead, totalBytes: batch.totalBytes,
                                            seconds: Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9))
                }
                switch row {
                case .rejected(let fields, let message):
                    staged.rejected.append((staging.count, fields, message))
                case .decoded(let decoded, let line, let fields):
                    try ensure(decoded.period)
                    if let baseline = decoded.baseline { try ensure(baseline) }
                    if let unit = decoded.newUnit, try ensureUnit(unit) { staged.units.append((staging.count, unit)) }
                    if !decoded.repairs.isEmpty { staged.repairs.append((staging.count, decoded.repairs)) }
                    staged.lines.append(line: line)
                    try staging.stage(decoded.record, fields: fields)
                }
                // Problems of decoding alone reach the limit: the replay stops at this row
                // at the latest, so reading on would only make the user wait.
                if !options.skipBad, staged.rejected.count >= options.problemLimit { break reading }
            }
            decoding.recycle(batch.rows)
        }

        let (matches, keyOrder) = try staging.classify()
        var newOrdinal = [Int32](repeating: -1, count: matches.count)
        var updates: [(seq: Int, id: Int64)] = []
        var nextRejected = 0, nextUnit = 0, nextRepair = 0
        let name = input.name
        for seq in 0...matches.count {
            while nextRejected < staged.rejected.count, staged.rejected[nextRejected].before == seq {
                let (_, fields, message) = staged.rejected[nextRejected]
                nextRejected += 1
                summary.rows += 1
                try reject(fields, message)
                if stopsHere() { return }
            }
            guard seq < matches.count else { break }
            summary.rows += 1
            let line = staged.lines.line(of: seq) ?? 0
            while nextRepair < staged.repairs.count, staged.repairs[nextRepair].seq == seq {
                summary.noteRepairs(staged.repairs[nextRepair].repairs, file: name, line: line)
                nextRepair += 1
            }
            while nextUnit < staged.units.count, staged.units[nextUnit].seq == seq {
                summary.newUnits.append(staged.units[nextUnit].unit)
                nextUnit += 1
            }
            let match = matches[seq]
            if match.first != seq {
                let r = try staging.record(of: seq)
                try reject(try staging.fields(of: seq), "\(name):\(line): the key \(r.key) appears again "
                           + "(first on line \(staged.lines.line(of: match.first) ?? 0)); a file holds each figure once")
            } else if match.existingID == 0 {
                newOrdinal[seq] = Int32(summary.new)
                summary.new += 1
            } else if match.same {
                summary.unchanged += 1
            } else {
                switch options.onConflict {
                case .skip:
                    summary.skipped += 1
                case .replace:
                    updates.append((seq, match.existingID))
                    summary.changed += 1
                case .fail:
                    summary.conflicting += 1
                    let r = try staging.record(of: seq)
                    let old = try staging.existing(id: match.existingID)
                    try reject(try staging.fields(of: seq), "\(name):\(line): \(r.key) already exists as row \(match.existingID) with \(Self.describe(old)); "
                               + "this file has \(Self.describe(r)); pass --on-conflict replace to overwrite it or --on-conflict skip to keep it")
                }
            }
            if stopsHere() { return }
        }
        if let error = staged.fatal { return fail(error) }
        // Without --skip-bad a problem means a rollback: nothing to write.
        guard options.skipBad || summary.problemCount == 0 else { return }
        var inserts: [(seq: Int, id: Int64)] = []
        inserts.reserveCapacity(summary.new)
        for seq in keyOrder where newOrdinal[Int(seq)] >= 0 {
            inserts.append((Int(seq), writer.firstNewID + Int64(newOrdinal[Int(seq)])))
        }
        try staging.insert(inserts)
        try staging.update(updates)
        _ = try writer.finishBulk(limit: options.problemLimit)
    }

    /// Without --skip-bad one problem already means nothing is written: past the listed ones,
    /// reading on only makes the user wait for a count.
    private mutating func stopsHere() -> Bool {
        guard !options.skipBad, summary.problemCount >= options.problemLimit else { return false }
        summary.stoppedEarly = true
        return true
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

/// What the keyed path keeps of the rows until they are classified: the line of every staged
/// row, and the few things that happen between them, each at the `seq` of the staged row it
/// comes before (or belongs to), so the replay meets them in file order.
private struct StagedRows {
    var lines = LineMap()
    var rejected: [(before: Int, fields: [String], message: String)] = []
    var repairs: [(seq: Int, repairs: [SpreadsheetRepair])] = []
    var units: [(seq: Int, unit: UnitRecord)] = []
    var fatal: InputError?
}
