import ChisoDomain
import Foundation

/// The unit inside a province (or the ministry) a figure belongs to, read from the words of
/// its sentence before it: "Sở Tư pháp đạt 0,61", "UBND huyện Gia Bình, tỉnh Bắc Ninh có …",
/// "Bộ Tư pháp xếp thứ 3/17". The nearest mention before the figure wins.
///
/// A department or ministry name runs until a verb or a number ("đạt", "có", "xếp"…), since
/// their names hold lower-case words ("Sở Tư pháp"); a district's or commune's name is its
/// capitalised words ("huyện Gia Bình"), so "xã hội" and "cấp xã" are not communes. The
/// name is made canonical through the units the database knows (any spelling of a standard
/// department, the ministries); a district or commune it does not know yet is kept as written,
/// and import creates it on first use as it would for a typed row.
enum UnitMentions {
    struct Mention: Equatable {
        var name: String
        var kind: UnitKind
    }

    /// The first bytes of "Sở", "Bộ", "huyện", "quận", "thị", "xã", "phường" in either case.
    private static let initials: Set<UInt8> = Set("SBhHqQtTxXpP".utf8)
    /// `initials` as a table by byte, for the look at every word (a Set hashes each byte).
    fileprivate static let initialBytes: [Bool] = (0..<256).map { initials.contains(UInt8($0)) }

    /// Words that end a department's or ministry's name.
    private static let stops: Set<String> = [
        "đạt", "có", "là", "với", "đã", "được", "xếp", "đứng", "tiếp", "giải", "trong", "năm", "tại", "thì",
        "về", "chỉ", "tỷ", "số", "cho", "của", "ở", "từ", "đến", "tăng", "giảm", "dẫn", "nằm", "thuộc", "gồm",
        "hoàn", "triển", "thực", "cũng", "vẫn", "luôn", "chiếm", "còn", "mới", "này", "đó", "tỉnh", "thành",
    ]

    /// The last unit named in `prefix` (the sentence up to the figure), or nil.
    static func last(in prefix: String) -> Mention? {
        all(in: Array(prefix)[...]).last?.mention
    }

    /// Every unit a sentence names, with the offset (in `chars`' indices) just past its name:
    /// read once per sentence, so the figures of a long sentence each find theirs by a binary
    /// search instead of re-reading the words before them.
    static func all(in chars: ArraySlice<Character>) -> [(end: Int, mention: Mention)] {
        var words = Words(chars)
        let ends = words.ends
        var found: [(end: Int, mention: Mention)] = []
        var i = 0
        while i < words.count {
            // Every kind word starts with one of these letters: the others skip the comparisons.
            guard words.mayStartWithInitial(i) else { i += 1; continue }
            let word = trimmed(words[i])
            guard let initial = word.utf8.first, Self.initials.contains(initial) else { i += 1; continue }
            let next = i + 1 < words.count ? trimmed(words[i + 1]) : ""
            var kind: UnitKind?
            var kindWords = 1
            switch word {
            case "Sở": kind = .department
            case "Bộ": kind = .ministry
            case "huyện", "Huyện", "quận", "Quận": kind = .district
            // "thị xã" is a district-level town, "thị trấn" a commune-level one; "thị" before
            // any other word ("thị trường") names no unit.
            case "thị", "Thị":
                if next == "xã" { kind = .district; kindWords = 2 } else if next == "trấn" { kind = .commune; kindWords = 2 }
            case "xã", "Xã", "phường", "Phường": kind = .commune
            default: break
            }
            guard let kind, !words[i].hasSuffix(","), i + kindWords < words.count else { i += 1; continue }
            var name: [String] = []
            var j = i + kindWords
            while j < words.count, name.count < 9 {
                let raw = words[j], w = trimmed(raw)
                guard let first = w.first, !first.isNumber else { break }
                if kind == .department || kind == .ministry {
                    // "Phát triển" inside a name ("Sở Nông nghiệp và Phát triển nông thôn") is
                    // not the verb "triển khai".
                    let inName = w.lowercased() == "triển" && name.last?.lowercased() == "phát"
                    if name.isEmpty ? !first.isUppercase : Self.stops.contains(w.lowercased()) && !inName { break }
                } else if !first.isUppercase {
                    break
                }
                name.append(w)
                j += 1
                if let end = raw.last, ",;:.)".contains(end) { break }
            }
            if !name.isEmpty {
                // "Huyện Sông Lô" opening a sentence is the district "huyện Sông Lô".
                let kindText = (i ..< i + kindWords).map { words[$0] }.map { kind == .district || kind == .commune ? trimmed($0).lowercased() : trimmed($0) }
                found.append((ends[j - 1], Mention(name: (kindText + name).joined(separator: " "), kind: kind)))
                // "Các huyện Tuy An, Sơn Hòa và Đồng Xuân": the plural kind word goes on over the list.
                if kind == .district || kind == .commune, i > 0, ["các", "những"].contains(trimmed(words[i - 1]).lowercased()) {
                    var more = j
                    while more < words.count, words[more - 1].hasSuffix(",") || trimmed(words[more]) == "và" {
                        if trimmed(words[more]) == "và" { more += 1 }
                        var listed: [String] = []
                        while more < words.count, listed.count < 4, let c = trimmed(words[more]).first, c.isUppercase {
                            listed.append(trimmed(words[more]))
                            more += 1
                            if words[more - 1].hasSuffix(",") { break }
                        }
                        guard !listed.isEmpty else { break }
                        found.append((ends[more - 1], Mention(name: (kindText + listed).joined(separator: " "), kind: kind)))
                        j = more
                    }
                }
                i = j
            } else {
                i += 1
            }
        }
        return withBareNames(found, words: &words, ends: ends)
    }

    /// The words of a text (runs between spaces), made into Strings only when read: most
    /// words of a paragraph start with no letter a unit's kind word starts with.
    private struct Words {
        let chars: ArraySlice<Character>
        private(set) var starts: [Int] = [], ends: [Int] = []
        private var made: [String?] = []

        init(_ chars: ArraySlice<Character>) {
            self.chars = chars
            var k = chars.startIndex
            while k < chars.endIndex {
                while k < chars.endIndex, chars[k].isSpaceQuick { k += 1 }
                let start = k
                while k < chars.endIndex, !chars[k].isSpaceQuick { k += 1 }
                if k > start {
                    starts.append(start)
                    ends.append(k)
                }
            }
            made = Array(repeating: nil, count: starts.count)
        }

        var count: Int { starts.count }
        var indices: Range<Int> { 0..<count }

        subscript(i: Int) -> String {
            mutating get {
                if let w = made[i] { return w }
                let w = chars[starts[i]..<ends[i]].string
                made[i] = w
                return w
            }
        }

        /// Whether word `i` without the punctuation before it starts with a byte of `initials`
        /// (as `trimmed(self[i]).utf8.first` would), read without making the word.
        func mayStartWithInitial(_ i: Int) -> Bool {
            var k = starts[i]
            while k < ends[i], UnitMentions.punctuation.contains(chars[k]) { k += 1 }
            guard k < ends[i], let b = chars[k].utf8.first else { return false }
            return UnitMentions.initialBytes[Int(b)]
        }
    }

    /// "Huyện Sông Lô và huyện Tam Dương là hai địa phương chuyển biến rõ nét: Sông Lô giảm từ
    /// 10,85% …, Tam Dương giảm …": a district or commune named in full names itself again
    /// bare later in the sentence. At most 20 names a sentence are looked for.
    private static func withBareNames(_ found: [(end: Int, mention: Mention)], words: inout Words, ends: [Int]) -> [(end: Int, mention: Mention)] {
        var names: [(words: [String], mention: Mention, end: Int)] = []
        for (end, m) in found where m.kind == .district || m.kind == .commune {
            let parts = m.name.split(separator: " ").map(String.init)
            let kindWords = parts.first.map { ["thị"].contains($0.lowercased()) } == true ? 2 : 1
            guard parts.count > kindWords, names.count < 20, !names.contains(where: { $0.mention == m }) else { continue }
            names.append((Array(parts[kindWords...]), m, end))
        }
        guard !names.isEmpty else { return found }
        let kindWords: Set<String> = ["huyện", "quận", "xã", "phường", "thị", "trấn"]
        var out = found
        for i in words.indices {
            guard let first = trimmed(words[i]).first, first.isUppercase,
                  i == 0 || !kindWords.contains(trimmed(words[i - 1]).lowercased()) else { continue }
            for name in names where ends[i] > name.end && i + name.words.count <= words.count {
                let n = name.words.count
                guard (0..<n).allSatisfy({ trimmed(words[i + $0]) == name.words[$0] }) else { continue }
                out.append((ends[i + n - 1], name.mention))
                break
            }
        }
        return out.count == found.count ? found : out.sorted { $0.end < $1.end }
    }

    private static let punctuation: Set<Character> = [",", ";", ":", ".", "(", ")", "\"", "“", "”", "'"]

    /// The word without the punctuation around it. Every word of a paragraph passes here (twice
    /// per word before), so no Foundation character set is built per call: that was a third
    /// of `extract`'s time on a long report.
    private static func trimmed(_ word: String) -> String {
        guard let first = word.first, let last = word.last,
              punctuation.contains(first) || punctuation.contains(last) else { return word }
        var bare = Substring(word)
        while let c = bare.first, punctuation.contains(c) { bare.removeFirst() }
        while let c = bare.last, punctuation.contains(c) { bare.removeLast() }
        return String(bare)
    }
}
