import Foundation

/// How a unit's name is written in reports, read: the "UBND"/"Ủy ban nhân dân" prefix a
/// district or commune is often named with is dropped, and the kind comes from the first words
/// ("huyện" → district, "xã" → commune, "Sở" → department, "Bộ" → ministry).
package enum UnitName {
    /// The name in NFC, trimmed, with the people's-committee prefix removed: "UBND huyện Gia
    /// Bình" and "Ủy ban nhân dân huyện Gia Bình" → "huyện Gia Bình". "Văn phòng UBND tỉnh"
    /// keeps its words: the prefix counts only at the start. Otherwise the text stays as
    /// written, so an agency that is no known unit round-trips through export and import.
    package static func normalize(_ text: String) -> String {
        var name = VietnameseText.nfc(text).trimmingCharacters(in: .whitespacesAndNewlines)
        let words = name.split(whereSeparator: \.isWhitespace)
        let folded = words.map { VietnameseText.fold(String($0)) }
        var drop = 0
        if folded.first == "ubnd" {
            drop = 1
        } else if folded.count > 3, folded[0] == "uy", folded[1] == "ban", folded[2] == "nhan", folded[3] == "dan" {
            drop = 4
        }
        if drop > 0, words.count > drop {
            name = words.dropFirst(drop).joined(separator: " ")
        }
        return name
    }

    /// Leading words (folded) that say a unit's kind, longest first so "thị xã" is a district
    /// before "xã" could make it a commune.
    private static let prefixes: [(words: [String], kind: UnitKind)] = [
        (["van", "phong", "ubnd"], .department), (["van", "phong", "uy", "ban"], .department),
        (["thanh", "tra", "tinh"], .department), (["thanh", "tra", "thanh", "pho"], .department),
        (["thi", "xa"], .district), (["thanh", "pho"], .district), (["thi", "tran"], .commune),
        (["dac", "khu"], .commune), (["huyen"], .district), (["quan"], .district),
        (["xa"], .commune), (["phuong"], .commune), (["so"], .department), (["ban"], .department),
        (["bo"], .ministry),
    ]

    /// The kind a name announces by its first words, or nil ("Công an tỉnh", "Gia Bình").
    package static func kind(of name: String) -> UnitKind? {
        let words = VietnameseText.foldForMatching(name).split(separator: " ").map(String.init)
        for prefix in prefixes where Array(words.prefix(prefix.words.count)) == prefix.words {
            // "huyện" alone names nothing; "Thanh tra tỉnh" is a whole department's name.
            if words.count > prefix.words.count || (prefix.kind == .department && prefix.words.count > 1) { return prefix.kind }
        }
        return nil
    }

    /// The name without the word(s) of its kind: "huyện Gia Bình" → "gia binh" (folded), so a
    /// unit already known can be found when a report drops the word.
    static func core(of folded: String) -> String {
        let words = folded.split(separator: " ").map(String.init)
        for prefix in prefixes where words.count > prefix.words.count && Array(words.prefix(prefix.words.count)) == prefix.words {
            return words.dropFirst(prefix.words.count).joined(separator: " ")
        }
        return folded
    }

    /// The matching key: folded, punctuation, spaces and the word "và" gone, so "Sở LĐTB&XH",
    /// "Sở LĐ-TB&XH", "Sở LĐTBXH" are one key, and "Sở TT&TT" is "Sở TT và TT".
    static func key(_ folded: String) -> String {
        folded.split(separator: " ").filter { $0 != "va" }.joined()
    }
}
