/// Strict UTF-8 validation that says where the first bad byte is, which `String(decoding:)`
/// (it repairs silently) and `String(validating:)` (macOS 15+, no position) do not.
enum UTF8Check {
    /// Index of the first byte that does not start or continue a well-formed sequence
    /// (overlong forms, surrogates and values above U+10FFFF are ill-formed), or nil.
    static func firstInvalidIndex(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF      // allowed range of the second byte
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + 1 < n, (low...high).contains(bytes[i + 1]) else { return i + 1 < n ? i + 1 : i }
            for k in 2..<length {
                guard i + k < n, (0x80...0xBF).contains(bytes[i + k]) else { return i + k < n ? i + k : i }
            }
            i += length
        }
        return nil
    }

    static func continuationCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for b in bytes where b & 0xC0 == 0x80 { count += 1 }
        return count
    }
}
