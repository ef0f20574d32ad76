import ChisoStorage

/// Writes imported observations through the storage layer's prepared statements, reused for
/// every row. Two modes:
///
/// - **bulk**, when `observations` is empty at the start: `ObservationBulkLoad` drops the
///   table's indexes and triggers inside the import's transaction, appends rows without
///   lookups and rebuilds them at the end (the decoder has already checked every rule the
///   triggers and foreign keys would).
/// - **keyed** otherwise: each row looks its natural key up first (insert, update or leave).
///   The indexes stay, but the schema's INSERT and UPDATE triggers are off for the import too
///   (`bulkLoad(keepingIndexes:)`): the new and updated rows' value rules, and the new rows'
///   change log, are one pass each at the end.
final class ImportWriter {
    /// The id the first inserted row gets: ids run on from here, one per insert.
    let firstNewID: Int64
    /// True when rows are appended without lookups (the table was empty).
    let bulk: Bool
    private let keyed: ObservationTable.Writer
    private let bulkLoad: ObservationBulkLoad

    init(_ database: Database, bulk: Bool) throws(StorageError) {
        keyed = try database.observations.writer()
        self.bulk = bulk
        let load = try database.observations.bulkLoad(keepingIndexes: !bulk)
        bulkLoad = load
        firstNewID = load.firstNewID
        if !bulk {
            keyed.beforeInsert = { (r: ObservationRecord) throws(StorageError) in try load.willInsert(r) }
            keyed.beforeUpdate = { (id: Int64) throws(StorageError) in try load.willUpdate(id) }
            keyed.insertsFirst = true
        }
    }

    /// Appends a row whose key is known (or, in bulk mode, assumed) to be new.
    func insert(_ r: ObservationRecord) throws(StorageError) {
        if bulk { try bulkLoad.append(r) } else { try keyed.insert(r) }
    }

    /// Writes a row by its natural key through the storage layer's one upsert.
    func upsert(_ r: ObservationRecord, onConflict policy: ConflictPolicy,
                admit: (Int64) -> Bool) throws(StorageError) -> UpsertOutcome {
        try keyed.upsert(r, onConflict: policy, admit: admit)
    }

    /// Rebuilds what the load dropped, checks and logs the new rows; see `ObservationBulkLoad.finish(limit:)`.
    func finishBulk(limit: Int) throws(StorageError) -> (duplicates: [ObservationBulkLoad.Duplicate], total: Int) {
        try bulkLoad.finish(limit: limit)
    }
}

@available(*, unavailable, message: "a writer belongs to the import that opened it")
extension ImportWriter: Sendable {}
