import ChisoDomain

/// The folded twin of one character of a report (`ReportText.folded`), with the letters of
/// Vietnamese (Latin-1, Latin Extended-A/B, the precomposed U+1E00–U+1EFF) read from a table
/// made once: looking each one up in a dictionary by `Character` hashed its normalised form,
/// a large part of building a paragraph's text.
enum FoldTable {
    /// One character's fold: its `VietnameseText.fold` when that is one character, else itself
    /// (a space for whitespace).
    static func fold(_ ch: Character) -> Character {
        let f = VietnameseText.fold(String(ch))
        return f.count == 1 ? f.first ?? ch : (ch.isWhitespace ? " " : ch)
    }

    /// `fold(ch)` from the table when `ch` is one scalar the table holds, else nil.
    @inline(__always)
    static func folded(_ ch: Character) -> Character? {
        let scalars = ch.unicodeScalars
        guard let v = scalars.first?.value, v < 0x1F00 else { return nil }
        if v < 0x250 {
            guard v >= 0x80 else { return nil }
        } else if v < 0x1E00 {
            return nil
        }
        guard scalars.count == 1 else { return nil }
        return table[Int(v < 0x250 ? v - 0x80 : v - 0x1E00 + 0x1D0)]
    }

    /// U+0080–U+024F at 0…0x1CF, then U+1E00–U+1EFF.
    private static let table: [Character] = {
        var table: [Character] = []
        table.reserveCapacity(0x1D0 + 0x100)
        for v in Array(0x80..<0x250) + Array(0x1E00..<0x1F00) {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { table.append(" "); continue }
            table.append(fold(Character(scalar)))
        }
        return table
    }()
}
