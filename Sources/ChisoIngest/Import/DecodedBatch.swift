import ChisoFormats

/// What the decoding thread of an import sends the writing thread, in file order.
enum DecodingMessage: Sendable {
    /// The columns as read (the layout's for JSON Lines, which has no header record), for the
    /// rejects file; always the first message of a readable input.
    case header(columns: [String])
    case batch(DecodedBatch)
    /// Reading cannot go on (broken quoting, invalid UTF-8, no header, an unreadable file):
    /// the last message.
    case fatal(InputError)
}

/// Up to a batch size of rows, decoded: one queue hand-off per batch instead of per row.
struct DecodedBatch: Sendable {
    var rows: [DecodedRow] = []
    /// How far the input was read when the batch was full, for the progress line.
    var bytesRead = 0
    var totalBytes: Int?
}

/// One input row after decoding.
enum DecodedRow: Sendable {
    /// A row that passed every check. `fields` are the row as read, for the rejects file in
    /// case writing finds a problem (a key already in the database or in the file).
    case decoded(DecodedObservation, line: Int, fields: [String])
    /// A row that cannot be written, with its fields as read and the message.
    case rejected(fields: [String], message: String)
}
