/// Values looked up by a period's code given as the bytes SQLite holds, without making a
/// String per lookup.
///
/// `compare` looks up the period of every index entry of its areas (≈ 31,000 at 1M rows, 83
/// codes in the generated file): making a String of each code and hashing it was a tenth of
/// its outline reading (perf-compare). A code of at most 15 bytes is packed with its length
/// into two integers and found by binary search among the sorted keys; a longer code (chiso's
/// grammar makes none, another tool might) is found by String.
package struct PeriodCodeTable<Value> {
    private struct Key: Comparable {
        var high: UInt64
        var low: UInt64
        static func < (a: Key, b: Key) -> Bool { (a.high, a.low) < (b.high, b.low) }
    }

    private var keys: [Key] = []
    private var values: [Value] = []
    private var long: [String: Value] = [:]

    /// The codes must differ (they are the periods table's key).
    package init(_ entries: [(code: String, value: Value)]) {
        var packed: [(key: Key, value: Value)] = []
        for entry in entries {
            var code = entry.code
            let key = code.withUTF8 { Self.key($0) }
            if let key { packed.append((key, entry.value)) } else { long[entry.code] = entry.value }
        }
        packed.sort { $0.key < $1.key }
        keys = packed.map(\.key)
        values = packed.map(\.value)
    }

    package subscript(code: String) -> Value? {
        var code = code
        return code.withUTF8 { value(forUTF8: $0) }
    }

    /// The value of the code whose UTF-8 bytes are `bytes`, or nil when no code has them.
    package func value(forUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let key = Self.key(bytes) else { return long[String(decoding: bytes, as: UTF8.self)] }
        var lower = 0, upper = keys.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if keys[middle] < key { lower = middle + 1 } else { upper = middle }
        }
        return lower < keys.count && keys[lower] == key ? values[lower] : nil
    }

    /// The bytes in order, then the length in the last byte: two codes have the same key only
    /// when they have the same bytes. Nil past 15 bytes.
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> Key? {
        guard bytes.count <= 15 else { return nil }
        var high: UInt64 = 0, low: UInt64 = 0
        for (offset, byte) in bytes.enumerated() {
            if offset < 8 { high |= UInt64(byte) << (56 - 8 * offset) } else { low |= UInt64(byte) << (56 - 8 * (offset - 8)) }
        }
        return Key(high: high, low: low | UInt64(bytes.count))
    }
}
