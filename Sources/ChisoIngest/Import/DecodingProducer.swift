import ChisoDomain
import ChisoFormats
import ChisoStorage
import Foundation

/// The reading and decoding half of `chiso import`, run on a second thread while the calling
/// thread writes to SQLite: on the 2-core machine, decoding (≈ 35 % of an import) then overlaps
/// the inserts instead of adding to them.
///
/// Built from Sendable values only (the input's name or path and the reference rows the writing
/// side read from the database), so the reader, the decoder and its caches are created on the
/// decoding thread and never cross to the other; the SQLite connection never leaves the writing
/// thread. Rows go over a `BatchQueue` in batches, in file order, so problems keep line order.
struct DecodingProducer: Sendable {
    let input: ImportInput
    let format: ImportFormat
    let delimiter: Character?
    let indicators: [Indicator]
    let areas: AreaDirectory
    var units = UnitDirectory([])
    let sources: [SourceRecord]
    /// Whether decoded rows carry their fields as read. Only the keyed path can find a problem
    /// after decoding (a key already in the database); the bulk path drops them here, so
    /// their strings are freed on this thread instead of the writing one (200k rows: 1.9 → 1.7 s
    /// CPU, 1.41 → 1.35 s wall).
    var keepsFields = true

    /// Rows per queue hand-off. 16,384 (the progress interval) is a multiple, so a progress
    /// line falls at the end of a batch and its byte count is exact.
    static let batchSize = 1024
    /// Batches queued at most; with one being filled and one being written, about six batches
    /// (a few MB) are alive at a time.
    static let queueCapacity = 4

    /// Starts decoding on a new thread.
    func start() -> Running {
        let queue = BatchQueue<DecodingMessage>(capacity: Self.queueCapacity)
        // Every batch alive fits: those queued, the one being written, the one being filled.
        let spent = BatchQueue<[DecodedRow]>(capacity: Self.queueCapacity + 2)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            run(into: queue, spent: spent)
            finished.signal()
        }
        thread.name = "chiso import decoding"
        thread.start()
        return Running(queue: queue, spent: spent, finished: finished)
    }

    /// A started producer: the writing side pops `queue` and calls `stop()` exactly once,
    /// however it leaves (end of input, a fatal row, a thrown storage error).
    struct Running: Sendable {
        let queue: BatchQueue<DecodingMessage>
        fileprivate let spent: BatchQueue<[DecodedRow]>
        fileprivate let finished: DispatchSemaphore

        /// Hands a written batch's rows back, so their strings are freed on the decoding thread,
        /// which allocated them: glibc frees a block from another thread's arena under that
        /// arena's lock, on the writing thread, which is the busier one (200k rows: 1.35 → 1.29 s
        /// wall). Never waits; when there is no room the rows are simply freed here.
        func recycle(_ rows: consuming [DecodedRow]) {
            _ = spent.offer(rows)
        }

        /// Tells the producer to stop (a no-op once it has finished) and waits for its thread.
        func stop() {
            queue.cancel()
            finished.wait()
        }
    }

    /// The producer's whole life; the queue is closed when it returns, so the consumer's
    /// `pop()` ends with nil after the last message.
    func run(into queue: BatchQueue<DecodingMessage>, spent: BatchQueue<[DecodedRow]>) {
        defer { queue.close() }
        var records: InputRecords
        do { records = try InputRecords(input, format: format, delimiter: delimiter) } catch {
            queue.push(.fatal(error))
            return
        }
        let name = records.name

        var ignored: [Int] = []
        var width = CSVLayout.observations.columns.count
        let header: HeaderMap
        if records.hasHeaderRecord {
            let first: InputRow?
            do { first = try records.next() } catch {
                queue.push(.fatal(error))
                return
            }
            guard case .record(let names)? = first else {
                queue.push(.fatal(InputError(file: name, line: 1,
                                              message: "no header row; expected: \(CSVLayout.observations.columns.joined(separator: ","))")))
                return
            }
            ignored = ImportColumns.ignoredPositions(in: names.fields)
            var kept = names.fields
            for position in ignored { kept.remove(at: position) }
            do {
                header = try CSVLayout.observations.header(kept, location: RecordLocation(file: name, line: names.line))
            } catch {
                queue.push(.fatal(error))
                return
            }
            width = names.fields.count
            guard queue.push(.header(columns: names.fields)) else { return }
        } else {
            header = HeaderMap(layout: .observations)
            guard queue.push(.header(columns: CSVLayout.observations.columns)) else { return }
        }

        let reference = ReferenceData(indicators: indicators, areas: areas, units: units, sources: sources)
        var decoder = ObservationDecoder(header: header, file: name, reference: reference)
        decoder.fieldsAreNFC = true     // both readers normalise

        var batch = DecodedBatch(rows: Self.emptyRows(reusing: spent))
        while true {
            let row: InputRow?
            do { row = try records.next() } catch {
                // The rows before the broken one are reported first, as they were read.
                if !batch.rows.isEmpty, !queue.push(.batch(batch)) { return }
                queue.push(.fatal(error))
                return
            }
            guard let row else { break }
            switch row {
            case .bad(let record, let error):
                batch.rows.append(.rejected(fields: record.fields, message: error.description))
            case .record(let record):
                var fields = record.fields
                if !ignored.isEmpty, fields.count == width {
                    for position in ignored { fields.remove(at: position) }
                }
                do {
                    let decoded = try decoder.decode(fields, line: record.line)
                    batch.rows.append(.decoded(decoded, line: record.line, fields: keepsFields ? record.fields : []))
                } catch {
                    batch.rows.append(.rejected(fields: record.fields, message: error.description))
                }
            }
            if batch.rows.count == Self.batchSize {
                batch.bytesRead = records.bytesRead
                batch.totalBytes = records.totalBytes
                guard queue.push(.batch(batch)) else { return }
                batch = DecodedBatch(rows: Self.emptyRows(reusing: spent))
            }
        }
        if !batch.rows.isEmpty {
            batch.bytesRead = records.bytesRead
            batch.totalBytes = records.totalBytes
            queue.push(.batch(batch))
        }
    }

    /// Room for the next batch: the rows the writer handed back are freed here, and the
    /// last one's buffer is kept.
    private static func emptyRows(reusing spent: BatchQueue<[DecodedRow]>) -> [DecodedRow] {
        var rows: [DecodedRow] = []
        while let returned = spent.poll() { rows = returned }
        rows.removeAll(keepingCapacity: true)
        rows.reserveCapacity(batchSize)
        return rows
    }
}
