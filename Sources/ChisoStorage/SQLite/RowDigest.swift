internal import CSQLite

/// A 64-bit FNV-1a digest of rows as SQLite returns them: each column's storage class and its
/// bytes (an integer or a real as its 8 bytes, a text or blob as its length and bytes), so two
/// rows fold to the same digest only when every column holds the same value of the same type.
/// The change log keeps the digest of a bulk import's rows (`change_log_ranges`) and undo
/// compares it with the rows as they are before it deletes them: a row changed by another tool
/// since changes the digest. Not a defence against a forger, a check against accidents.
/// http://www.isthe.com/chongo/tech/comp/fnv/
struct RowDigest {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Folds every column of the statement's current row.
    mutating func add(rowOf statement: Statement) {
        let handle = statement.handle
        for i in 0..<sqlite3_column_count(handle) {
            let type = sqlite3_column_type(handle, i)
            add(byte: UInt8(truncatingIfNeeded: type))
            switch type {
            case SQLITE_INTEGER: add(word: UInt64(bitPattern: sqlite3_column_int64(handle, i)))
            case SQLITE_FLOAT: add(word: sqlite3_column_double(handle, i).bitPattern)
            case SQLITE_TEXT, SQLITE_BLOB:
                let bytes = type == SQLITE_TEXT ? UnsafeRawPointer(sqlite3_column_text(handle, i)) : sqlite3_column_blob(handle, i)
                let count = Int(sqlite3_column_bytes(handle, i))
                add(word: UInt64(count))
                guard let bytes, count > 0 else { continue }
                for byte in UnsafeRawBufferPointer(start: bytes, count: count) { add(byte: byte) }
            default: break
            }
        }
    }

    /// Folds an INTEGER as `add(rowOf:)` folds it.
    mutating func add(integer: Int64) {
        add(byte: UInt8(SQLITE_INTEGER))
        add(word: UInt64(bitPattern: integer))
    }

    /// Folds a value bound to a REAL column of a STRICT table as `add(rowOf:)` folds it when
    /// read back: NULL for nil (and NaN, which SQLite binds as NULL), and ±0 as +0 (a REAL
    /// column keeps a whole value as an integer, so -0 comes back as 0).
    mutating func add(real: Double?) {
        guard let real, !real.isNaN else { return addNull() }
        add(byte: UInt8(SQLITE_FLOAT))
        add(word: (real == 0 ? 0 : real).bitPattern)
    }

    /// Folds a text (nil: NULL) as `add(rowOf:)` folds it: its UTF-8 bytes, which is what
    /// `Statement.bind` hands SQLite.
    mutating func add(text: String?) {
        guard var text else { return addNull() }
        add(byte: UInt8(SQLITE_TEXT))
        text.withUTF8 { bytes in
            add(word: UInt64(bytes.count))
            for byte in bytes { add(byte: byte) }
        }
    }

    mutating func addNull() {
        add(byte: UInt8(SQLITE_NULL))
    }

    private mutating func add(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    private mutating func add(word: UInt64) {
        var w = word
        for _ in 0..<8 {
            add(byte: UInt8(truncatingIfNeeded: w))
            w >>= 8
        }
    }

    /// The digest as 16 lower-case hex digits, as the log stores it.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
