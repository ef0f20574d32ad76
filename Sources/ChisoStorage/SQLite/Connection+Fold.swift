internal import CSQLite
import ChisoDomain

extension Connection {
    /// Registers `fold(text)`: `VietnameseText.fold` as an SQL function, so the query language's
    /// `~` compares "Tuyên Quang", "TUYEN QUANG" and "tuyen quang" alike ("đ" = "d") inside SQLite,
    /// where the rows are, instead of pulling every row into Swift.
    ///
    /// Deterministic (https://sqlite.org/deterministic.html), so SQLite may evaluate it once per
    /// distinct argument. NULL folds to NULL. Registering twice replaces the first registration.
    package func registerFold() throws(StorageError) {
        let rc = sqlite3_create_function_v2(
            handle, "fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil,
            { context, count, arguments in
                guard count == 1, let argument = arguments?[0],
                      sqlite3_value_type(argument) != SQLITE_NULL,
                      let bytes = sqlite3_value_text(argument) else {
                    sqlite3_result_null(context)
                    return
                }
                let length = Int(sqlite3_value_bytes(argument))
                let text = String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
                var folded = VietnameseText.fold(text)
                folded.withUTF8 { buffer in
                    // SQLITE_TRANSIENT: SQLite copies the text before the buffer goes away.
                    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
                    guard let base = buffer.baseAddress else {
                        sqlite3_result_text(context, "", 0, transient)
                        return
                    }
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        sqlite3_result_text(context, $0, Int32(buffer.count), transient)
                    }
                }
            },
            nil, nil, nil)
        if rc != SQLITE_OK { throw error(rc, sql: nil, context: "cannot register the fold() SQL function") }
    }
}
