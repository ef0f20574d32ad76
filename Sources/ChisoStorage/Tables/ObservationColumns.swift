/// The written columns of `observations` and how a record binds to them: one list for every
/// statement that writes a row (the keyed writer's INSERT and the bulk load's), so the two
/// paths cannot drift apart.
enum ObservationColumns {
    /// The columns an INSERT names, in bind order (the id is SQLite's).
    static let written = ["indicator", "area", "agency", "period", "value", "numerator", "denominator", "qualifier",
                          "status", "baseline_period", "change", "source", "quote", "note", "level", "channel", "dossier_status"]

    /// `INSERT INTO observations (…) VALUES (?1, …)`.
    static let insertSQL = "INSERT INTO observations (\(written.joined(separator: ", "))) VALUES ("
        + written.indices.map { "?\($0 + 1)" }.joined(separator: ", ") + ")"

    /// `UPDATE observations SET indicator = ?1, … WHERE id = ?N+1`: binds like `insertSQL`.
    static let updateSQL = "UPDATE observations SET "
        + written.enumerated().map { "\($1) = ?\($0 + 1)" }.joined(separator: ", ") + " WHERE id = ?\(written.count + 1)"

    /// Binds `r` to an INSERT made from `insertSQL`. Every parameter is bound on every row
    /// (NULL for an absent value), so a statement whose bindings are kept between rows
    /// reuses SQLite's buffers instead of a free and a malloc per text value.
    static func bind(_ r: ObservationRecord, to insert: Statement) throws(StorageError) {
        try insert.bind(.text(r.indicator), at: 1)
        try insert.bind(.text(r.area), at: 2)
        try insert.bind(.text(r.agency), at: 3)
        try insert.bind(.text(r.period), at: 4)
        try insert.bind(.real(r.value), at: 5)
        try insert.bind(r.numerator.map(SQLiteValue.real) ?? .null, at: 6)
        try insert.bind(r.denominator.map(SQLiteValue.real) ?? .null, at: 7)
        try insert.bind(r.qualifier.map { .text($0.rawValue) } ?? .null, at: 8)
        try insert.bind(.text(r.status.rawValue), at: 9)
        try insert.bind(r.baselinePeriod.map(SQLiteValue.text) ?? .null, at: 10)
        try insert.bind(r.change.map(SQLiteValue.real) ?? .null, at: 11)
        try insert.bind(r.source.map(SQLiteValue.text) ?? .null, at: 12)
        try insert.bind(r.quote.map(SQLiteValue.text) ?? .null, at: 13)
        try insert.bind(r.note.map(SQLiteValue.text) ?? .null, at: 14)
        try insert.bind(.text(r.breakdown.level), at: 15)
        try insert.bind(.text(r.breakdown.channel), at: 16)
        try insert.bind(.text(r.breakdown.dossierStatus), at: 17)
    }
}

extension ObservationColumns {
    /// Folds row `id` holding `r` into `digest` as `RowDigest.add(rowOf:)` folds the row SQLite
    /// returns for `SELECT id, <written> …` after `bind(r, to:)` inserted it: the same columns in
    /// the same order with the same values (ObservationBulkLoadTests hold the two to agreeing).
    static func fold(_ r: ObservationRecord, id: Int64, into digest: inout RowDigest) {
        digest.add(integer: id)
        digest.add(text: r.indicator)
        digest.add(text: r.area)
        digest.add(text: r.agency)
        digest.add(text: r.period)
        digest.add(real: r.value)
        digest.add(real: r.numerator)
        digest.add(real: r.denominator)
        digest.add(text: r.qualifier?.rawValue)
        digest.add(text: r.status.rawValue)
        digest.add(text: r.baselinePeriod)
        digest.add(real: r.change)
        digest.add(text: r.source)
        digest.add(text: r.quote)
        digest.add(text: r.note)
        digest.add(text: r.breakdown.level)
        digest.add(text: r.breakdown.channel)
        digest.add(text: r.breakdown.dossierStatus)
    }
}

/// What to do when a row's natural key exists with other content.
package enum ConflictPolicy: String, Sendable, CaseIterable {
    /// Write nothing and report the existing row (the default, so an import never overwrites
    /// a curated figure by accident).
    case fail
    /// Keep the existing row.
    case skip
    /// Overwrite the existing row's content (its key and id stay).
    case replace
}

/// What `ObservationTable.Writer.upsert(_:onConflict:admit:)` did, with the row's id.
package enum UpsertOutcome: Sendable, Equatable {
    case inserted(id: Int64)
    case unchanged(id: Int64)
    case updated(id: Int64)
    /// `skip`: the existing row stays as it was.
    case skipped(id: Int64)
    /// `fail`: nothing written; the existing row, for the message.
    case conflict(existing: ObservationRecord)
    /// The caller's `admit` refused the existing row; nothing written.
    case refused(id: Int64)
}
