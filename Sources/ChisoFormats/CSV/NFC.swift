import Foundation

/// Unicode NFC, applied only to text that may change under it.
///
/// Imported names must match the NFC text in the database ("Tuyên Quang" typed on a Mac
/// arrives decomposed). Foundation's normalisation costs microseconds per field, too much
/// for millions of fields, so a quick check first looks for the scalars NFC can alter:
/// combining marks, composition exclusions (singletons such as U+212B) and the few
/// non-combining scalars that compose with what precedes them (Hangul vowels and trailing
/// consonants, some Indic vowel signs).
enum NFC {
    static func normalize(_ text: String) -> String {
        if text.utf8.withContiguousStorageIfAvailable(isPlainlyStable) == true { return text }
        guard text.unicodeScalars.contains(where: mayChange) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// A byte scan for the usual case, Vietnamese in NFC: bytes below 0xCC (ASCII,
    /// continuation bytes, scalars below U+0300) and the three-byte scalars U+1E00–U+1EFF
    /// (E1 B8…BB, the precomposed letters with tone marks) never change.
    static func isPlainlyStable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            i += 1
            if b < 0xCC { continue }
            guard b == 0xE1, i < n, (0xB8...0xBB).contains(bytes[i]) else { return false }
            i += 1
        }
        return true
    }

    private static func mayChange(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 || (0x1E00...0x1EFF).contains(v) { return false }   // incl. precomposed Vietnamese
        if (0x1161...0x1175).contains(v) || (0x11A8...0x11C2).contains(v) { return true }
        switch v {
        case 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0C56, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E,
             0x0D57, 0x0DCF, 0x0DDF, 0x102E, 0x1B35:
            return true
        default:
            break
        }
        let properties = scalar.properties
        return properties.canonicalCombiningClass != .notReordered || properties.isFullCompositionExclusion
    }
}
