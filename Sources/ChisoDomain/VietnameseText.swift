import Foundation

/// Folding of Vietnamese text for matching, and its width on a terminal.
///
/// Sources mix NFC and NFD, old and new tone placement ("Hoà"/"Hòa"), upper and lower case;
/// matching on folded text makes all of those one spelling.
package enum VietnameseText {
    /// Unicode NFC. Foundation's normalisation costs microseconds per call, and an import
    /// calls this for millions of fields that are already NFC, so a quick scan first looks
    /// for a scalar NFC could alter and returns the text untouched when there is none.
    package static func nfc(_ s: String) -> String {
        isNFCStable(s) ? s : s.precomposedStringWithCanonicalMapping
    }

    /// True when NFC certainly leaves `s` unchanged; false means "maybe" (Foundation decides).
    /// Bytes below 0xCC are ASCII, continuation bytes or scalars below U+0300, none of which
    /// NFC alters, and neither does it alter U+1E00–U+1EFF; otherwise each scalar is checked
    /// by `nfcMayChange`.
    static func isNFCStable(_ s: String) -> Bool {
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                if b < 0xCC { continue }
                // E1 B8…BB: U+1E00–U+1EFF, the precomposed letters with tone marks.
                guard b == 0xE1, i < bytes.count, (0xB8...0xBB).contains(bytes[i]) else { return false }
                i += 1
            }
            return true
        }
        return plain == true || !s.unicodeScalars.contains(where: nfcMayChange)
    }

    /// The scalars NFC can alter: combining marks (they reorder or compose with what precedes
    /// them), composition exclusions (singletons such as U+212B), and the few non-combining
    /// scalars that compose with a preceding one (Hangul vowels and trailing consonants, some
    /// Indic vowel signs: NFC_Quick_Check = Maybe).
    private static func nfcMayChange(_ scalar: Unicode.Scalar) -> Bool {
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

    /// Lower case, all combining marks stripped, "đ"→"d", whitespace runs collapsed to one
    /// space, trimmed: "HOÀ BÌNH" → "hoa binh". Dropping every mark (not only tones) is what
    /// makes tone placement irrelevant.
    package static func fold(_ s: String) -> String {
        quickFold(s) ?? slowFold(s)
    }

    /// `fold` by Foundation: lower case, decompose, drop marks. Each call costs microseconds,
    /// and `extract` folds every candidate phrase it tries (a third of its time went here).
    static func slowFold(_ s: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in s.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if isCombiningMark(scalar) { continue }
            if scalar == "đ" || scalar == "Đ" {
                scalars.append("d")
            } else {
                scalars.append(scalar)
            }
        }
        return collapseWhitespace(String(scalars))
    }

    /// The scalars `quickFold` folds from its table: Latin (ASCII, Latin-1, Extended-A and -B),
    /// the combining diacritics and the precomposed Vietnamese letters (U+1E00–U+1EFF).
    private static func isTabled(_ v: UInt32) -> Bool {
        v < 0x250 || (0x300..<0x370).contains(v) || (0x1E00..<0x1F00).contains(v)
    }

    /// Each tabled scalar's fold, made once by `slowFold` itself: folding is scalar by scalar
    /// (lower case, canonical decomposition and dropping marks act on one scalar at a time;
    /// the one context-dependent lower-casing, Greek final sigma, is outside the table), so
    /// the table gives exactly what `slowFold` gives.
    private static let table: [String] = {
        var table = [String](repeating: "", count: 0x1F00)
        for v in UInt32(0)..<0x1F00 where isTabled(v) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            var scalars = String.UnicodeScalarView()
            for s in String(Character(scalar)).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            where !isCombiningMark(s) {
                scalars.append(s == "đ" || s == "Đ" ? "d" : s)
            }
            table[Int(v)] = String(scalars)
        }
        return table
    }()

    /// `fold` from the table when every scalar of `s` is tabled (whitespace runs collapsed
    /// and trimmed as `collapseWhitespace` does: with the marks gone every whitespace
    /// character is one whitespace scalar, or CR LF); nil otherwise, for `slowFold`.
    private static func quickFold(_ s: String) -> String? {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            let v = scalar.value
            guard isTabled(v) else { return nil }
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            let folded = table[Int(v)]
            guard !folded.isEmpty else { continue }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(folded)
        }
        return out
    }

    /// `fold`, then punctuation that varies between sources (.-–—,&()'’/) becomes a space:
    /// "TT-Huế" → "tt hue", "TP.HCM" → "tp hcm", "Thừa Thiên - Huế" → "thua thien hue".
    package static func foldForMatching(_ s: String) -> String {
        let punctuation: Set<Character> = [".", "-", "–", "—", ",", "&", "(", ")", "'", "’", "‘", "\"", "/", ";", ":"]
        let spaced = String(fold(s).map { punctuation.contains($0) ? " " : $0 })
        return collapseWhitespace(spaced)
    }

    /// Columns the text takes in a monospace terminal: combining marks and zero-width
    /// characters 0, East Asian wide/fullwidth 2, everything else 1. NFD Vietnamese thus
    /// measures the same as NFC, which is what keeps table columns aligned.
    package static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func collapseWhitespace(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if isCombiningMark(scalar) { return 0 }
        switch scalar.properties.generalCategory {
        case .format, .control: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
            0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
            0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
            0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
            0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
            0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
            0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,
            0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
            0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
            0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return wide.contains(where: { $0.contains(v) }) ? 2 : 1
    }
}
