import ChisoDomain

/// Places a report names: "tỉnh Tuyên Quang", "Tỉnh Hà Giang", "thành phố Hà Nội" (a
/// centrally-run city only: "TP Tuyên Quang" is the provincial capital, not the province), and
/// the whole country ("Cả nước", "toàn quốc", "các bộ, ngành, địa phương").
struct AreaMentions {
    struct Mention {
        var token: Int
        /// nil: "toàn tỉnh", "của tỉnh", "UBND tỉnh": the report's own province.
        var record: AreaRecord?
        var sentence: Int
        var paragraph: Int
        var isCountry: Bool { record?.level == "country" }
    }

    /// Capitalised words after "tỉnh"/"thành phố"/"TP" as they could name a unit, longest
    /// first: resolved on the report's date, which is only known once the report is read.
    struct Name: Hashable {
        var candidates: [String]
        /// After "thành phố"/"TP": only a centrally-run city counts.
        var cityOnly: Bool
        /// A bare name ("Quảng Ninh đạt 92,18%"): only a province counts, not a district or
        /// commune that shares its name.
        var provinceOnly = false
    }

    /// What a place word says before any lookup.
    enum Cue {
        /// A name after "tỉnh"/"thành phố"; `ownIfUnknown`: a bare "toàn tỉnh", "của tỉnh"
        /// stands for the report's own province when no name follows.
        case name(Name, ownIfUnknown: Bool)
        case country
    }

    /// Names looked up so far, on the one date of a report: a 10 MB report names its province
    /// thousands of times, and a failed lookup computes suggestions.
    struct Lookup {
        let directory: AreaDirectory
        let date: CalendarDate?
        private var resolved: [String: AreaRecord?] = [:]

        init(directory: AreaDirectory, on date: CalendarDate?) {
            self.directory = directory
            self.date = date
        }

        /// The unit a name denotes, longest candidate first.
        mutating func record(for name: Name) -> AreaRecord? {
            for candidate in name.candidates {
                let record: AreaRecord?
                if let hit = resolved[candidate] {
                    record = hit
                } else {
                    record = directory.resolvedIfKnown(candidate, on: date)
                    if resolved.count >= 10_000 { resolved.removeAll(keepingCapacity: true) }
                    resolved[candidate] = record
                }
                if let record, record.level != "country" {
                    if name.provinceOnly { return record.level == "province" ? record : nil }
                    if !name.cityOnly { return record }
                    return AreaMentions.isCity(record, directory: directory) ? record : nil
                }
            }
            return nil
        }
    }

    /// A centrally-run city, or a province that later became one under the same code without
    /// merging ("TP.Huế" in a 2023 ranking of the 63: Thừa Thiên Huế, the city Huế from 2025);
    /// not a provincial capital ("TP Tuyên Quang").
    static func isCity(_ record: AreaRecord, directory: AreaDirectory) -> Bool {
        var current: AreaRecord? = record
        var steps = 0
        while let r = current, r.code == record.code, steps < 4 {
            if VietnameseText.fold(r.officialName ?? "").hasPrefix("thanh pho") { return true }
            current = r.mergedInto.flatMap(directory.record(id:))
            steps += 1
        }
        return false
    }

    private(set) var mentions: [Mention] = []
    /// Mentions by sentence index, for the figures of one sentence.
    private var bySentence: [Int: [Mention]] = [:]
    private var byParagraph: [Int: Mention] = [:]

    init(text: ReportText, lookup: inout Lookup) {
        let country = lookup.directory.records.first { $0.level == "country" }
        for (token, sentence, cue) in Self.cues(in: text) {
            var record: AreaRecord?
            var ownProvince = false
            switch cue {
            case .name(let name, let ownIfUnknown):
                record = lookup.record(for: name)
                ownProvince = record == nil && ownIfUnknown
            case .country:
                record = country
            }
            if record != nil || ownProvince {
                mentions.append(Mention(token: token, record: record, sentence: sentence.index, paragraph: sentence.paragraph))
            }
        }
        for m in mentions { bySentence[m.sentence, default: []].append(m) }
        for m in mentions {
            // The paragraph's area: its first province, else its first mention.
            if let kept = byParagraph[m.paragraph], !kept.isCountry || m.isCountry { continue }
            byParagraph[m.paragraph] = m
        }
    }

    /// The place words of a text, in order.
    static func cues(in text: ReportText) -> [(token: Int, sentence: ReportText.Sentence, cue: Cue)] {
        var cues: [(Int, ReportText.Sentence, Cue)] = []
        for sentence in text.sentences {
            for t in sentence.tokens {
                guard var w = text.word(t) else { continue }
                if isDatelinePlace(t, text: text, sentence: sentence) { continue }
                // "tính đến …" (counting up to) folds like "tỉnh" (province): only "tỉnh", or
                // "tinh" in a text written without diacritics, is the province.
                if w == "tinh", !["tỉnh", "tinh"].contains(text.text(tokens: t, through: t).lowercased()) { w = "tính" }
                let next = t + 1 < text.tokens.count ? text.tokens[t + 1] : nil
                let namedNext = next.map { $0.kind == .word && $0.capitalised } ?? false
                if (w == "tinh" && ["cac", "khoi"].contains(text.word(t - 1) ?? "") && !namedNext
                    // "thuộc nhóm các tỉnh đạt điểm cao nhất": a group the province is in.
                    && !(text.word(t - 1) == "cac" && text.word(t - 2) == "nhom"))
                    || (w == "bo" && text.word(t - 1) == "khoi") {
                    // "bình quân các tỉnh", "khối tỉnh, thành phố", "khối bộ, ngành": all of them,
                    // the country's figure (not "các tỉnh Thanh Hóa, …", which names them).
                    cues.append((t, sentence, .country))
                } else if w == "tinh" || (w == "pho" && text.word(t - 1) == "thanh") || w == "tp" {
                    // "toàn tỉnh", "của tỉnh": the report's province; not "các tỉnh", "63 tỉnh".
                    // "cấp tỉnh" is a level ("Chỉ số … cấp tỉnh (PCI)"), not the province.
                    let own = w == "tinh" && !["cac", "nhung", "moi", "cap"].contains(text.word(t - 1) ?? "")
                        && !text.isNumber(t - 1) && text.symbol(t - 1) != "/"
                        && (!text.isNumber(t - 2) || ["cua", "toan"].contains(text.word(t - 1) ?? ""))  // "năm 2023 của tỉnh"
                    cues.append((t, sentence, .name(name(after: t, text: text, cityOnly: w != "tinh"), ownIfUnknown: own)))
                } else if (w == "ca" && text.word(t + 1) == "nuoc") || (w == "toan" && text.word(t + 1) == "quoc") {
                    // "đứng thứ 25 toàn quốc", "thứ hạng toàn quốc của tỉnh", "dẫn đầu cả nước với
                    // 72,10 điểm", "21/63 tỉnh, thành phố cả nước": where a rank is counted, not whose
                    // figure it is.
                    if !isRankScope(t, text: text, sentence: sentence), !isComparedAverage(t, text: text, sentence: sentence) {
                        cues.append((t, sentence, .country))
                    }
                } else if w == "cac" && text.matches(["cac", "bo", "nganh", "dia", "phuong"], at: t) {
                    cues.append((t, sentence, .country))
                } else if w == "bo", text.word(t - 1) != "cac", spells(["bo", "nganh", "dia", "phuong"], at: t, text: text) {
                    // "tại các bộ, ngành, địa phương", "67/76 bộ, ngành, địa phương": all of them.
                    cues.append((t, sentence, .country))
                } else if text.tokens[t].capitalised, !followsUnitWord(t, text: text),
                          !continuesName(t, text: text) || t - 1 == sentence.tokens.lowerBound {
                    // After a sentence's capitalised first word a name may start too ("Riêng Đồng
                    // Nai, …", "Tại Bắc Ninh, …"): the word is capitalised for the sentence.
                    // A bare name at the start of a run of capitalised words: "Quảng Ninh đạt
                    // 92,18%", "QUẢNG NINH", "Quang Ninh"; only a province counts.
                    var bare = name(after: t - 1, text: text, cityOnly: false)
                    bare.provinceOnly = true
                    cues.append((t, sentence, .name(bare, ownIfUnknown: false)))
                }
            }
        }
        return cues
    }

    /// Where a report was written or an event held: "Sáng 9/5/2024, tại Hà Nội, …", "Ngày
    /// 17/4 tại TP Hồ Chí Minh", "(Chinhphu.vn) – Hà Nội": not the subject of the figures.
    /// A place after "tại" counts as one when only a date (and a time of day) comes before it
    /// in its sentence; a place after a news site's name in parentheses and a dash, at the
    /// start of a paragraph.
    static func isDatelinePlace(_ t: Int, text: ReportText, sentence: ReportText.Sentence) -> Bool {
        guard text.tokens[t].kind == .word else { return false }
        let isPho = text.word(t) == "pho" && text.word(t - 1) == "thanh"
        guard text.tokens[t].capitalised || isPho || ["tinh", "tp"].contains(text.word(t) ?? "") else { return false }
        var k = isPho ? t - 2 : t - 1
        // The name after a unit word: the cue is the unit word's.
        if ["tinh", "tp", "pho"].contains(text.word(k) ?? "") || text.symbol(k) == "." { return false }
        if let s = text.symbol(k), "–-—".contains(s), k >= 1, text.symbol(k - 1) == ")", k - 1 - sentence.tokens.lowerBound <= 6 { return true }
        guard text.word(k) == "tai" else { return false }
        k -= 1
        // A day, not a year: "Năm 2023, tại Đà Nẵng, tỷ lệ …" is Đà Nẵng's figure.
        var sawNumber = false, sawDay = false
        while k >= sentence.tokens.lowerBound {
            if text.isNumber(k) {
                sawNumber = true
                if text.symbol(k + 1) == "/" || text.tokens[k].folded.contains(".") { sawDay = true }
            } else if let w = text.word(k) {
                guard ["sang", "chieu", "trua", "toi", "dem", "ngay", "hom", "nay", "qua", "vua", "thang", "nam"].contains(w) else { return false }
                if ["sang", "chieu", "trua", "toi", "dem", "ngay", "hom"].contains(w) { sawDay = true }
            }
            k -= 1
        }
        return sawNumber && sawDay
    }

    /// Tokens from `t` spell `words`, commas between them allowed ("bộ, ngành, địa phương").
    private static func spells(_ words: [String], at t: Int, text: ReportText) -> Bool {
        var k = t
        for w in words {
            if text.symbol(k) == "," { k += 1 }
            guard text.word(k) == w else { return false }
            k += 1
        }
        return true
    }

    /// The province a report names most, from the names counted over all of it: what
    /// "toàn tỉnh" and an unplaced figure refer to.
    /// Of two named as often, the one named first (in the title: "Đồng Nai chưa cải thiện …").
    static func mostNamedProvince(_ names: [Name: Int], firstParagraph: [Name: Int] = [:], lookup: inout Lookup) -> AreaRecord? {
        var counts: [String: (n: Int, first: Int, record: AreaRecord)] = [:]
        for (name, n) in names {
            guard let record = lookup.record(for: name) else { continue }
            let first = min(counts[record.id]?.first ?? Int.max, firstParagraph[name] ?? Int.max)
            counts[record.id] = ((counts[record.id]?.n ?? 0) + n, first, record)
        }
        return counts.values.max {
            ($0.n, -$0.first) < ($1.n, -$1.first) || (($0.n, $0.first) == ($1.n, $1.first) && $0.record.id > $1.record.id)
        }?.record
    }

    /// How often the names counted over a report name a province, any province.
    static func provinceMentions(_ names: [Name: Int], lookup: inout Lookup) -> Int {
        var total = 0
        for (name, n) in names where lookup.record(for: name)?.level == "province" { total += n }
        return total
    }

    /// Whether the names counted over a report are at least `count` distinct provinces.
    static func namedProvinces(_ names: [Name: Int], lookup: inout Lookup, atLeast count: Int) -> Bool {
        var ids: Set<String> = []
        for name in names.keys {
            guard let record = lookup.record(for: name), record.level == "province" else { continue }
            ids.insert(record.id)
            if ids.count >= count { return true }
        }
        return false
    }

    /// The places a sentence names, in order.
    func inSentence(_ sentence: Int) -> [Mention] { bySentence[sentence] ?? [] }

    /// "A, B và C lần lượt đứng thứ 5, 6, 7", "vị trí thứ 2 và 3 lần lượt thuộc về TP.HCM và
    /// Quảng Ninh": in the clause of "lần lượt" (between semicolons), the figures on one side
    /// go to the places on the other, in order, when their numbers agree. Returns the area of
    /// each such figure by its first token.
    func distributed(figures: [Int], sentence: ReportText.Sentence, text: ReportText) -> [Int: AreaRecord] {
        guard let k = sentence.tokens.first(where: { text.matches(["lan", "luot"], at: $0) }) else { return [:] }
        var lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        for t in sentence.tokens where text.symbol(t) == ";" {
            if t < k { lo = t + 1 } else if t < hi { hi = t; break }
        }
        let places = inSentence(sentence.index).filter { (lo..<hi).contains($0.token) && $0.record != nil && !$0.isCountry }
        let inClause = figures.filter { (lo..<hi).contains($0) }
        let figuresBefore = inClause.filter { $0 < k }, figuresAfter = inClause.filter { $0 > k }
        let placesBefore = places.filter { $0.token < k }, placesAfter = places.filter { $0.token > k }
        var out: [Int: AreaRecord] = [:]
        if figuresAfter.count >= 2, placesBefore.count >= figuresAfter.count {
            for (f, m) in zip(figuresAfter, placesBefore.suffix(figuresAfter.count)) { out[f] = m.record }
        } else if figuresBefore.count >= 2, figuresBefore.count == placesAfter.count {
            for (f, m) in zip(figuresBefore, placesAfter) { out[f] = m.record }
        }
        return out
    }

    /// "Ba vị trí còn lại trong nhóm 5 địa phương dẫn đầu thuộc về TP Hải Phòng, tỉnh Bắc Giang và
    /// Đồng Tháp", "nhóm 10 tỉnh đạt trên 90%, gồm Hà Nội, Huế và Đà Nẵng": a figure followed in
    /// its clause (before the next figure, no ';') by "thuộc về"/"gồm (có)" and two or more places
    /// holds for each of them. The places of the list, in order; empty when there is no such list.
    func shared(after t: Int, before next: Int?, sentence: ReportText.Sentence, text: ReportText) -> [AreaRecord] {
        var hi = min(next ?? sentence.tokens.upperBound, sentence.tokens.upperBound, t + 60)
        var k = t + 1, cue: Int?
        while k < hi {
            if text.symbol(k) == ";" { hi = k; break }
            if cue == nil, text.matches(["thuoc", "ve"], at: k) || text.word(k) == "gom" { cue = k }
            k += 1
        }
        guard let cue else { return [] }
        let places = inSentence(sentence.index).filter { $0.token > cue && $0.token < hi }
        guard places.count >= 2, places.allSatisfy({ $0.record != nil && !$0.isCountry }) else { return [] }
        var seen: Set<String> = []
        return places.compactMap(\.record).filter { seen.insert($0.id).inserted }
    }

    /// The area of a figure: named in its sentence (the nearest mention before it, else a
    /// province after it), else in its paragraph (a province before the country), else the
    /// report's own. A bare "tỉnh" stands for `own`.
    /// `province`: the province the report is about, which "của tỉnh"/"toàn tỉnh" name even when
    /// the report's unplaced figures are the country's (a provincial report that ranks its
    /// neighbours: "Chỉ số SIPAS của tỉnh xếp thứ 12").
    func area(forToken t: Int, sentence: Int, paragraph: Int, own: AreaRecord?, province: AreaRecord? = nil) -> (record: AreaRecord?, named: Bool) {
        if let inSentence = bySentence[sentence] {
            let i = inSentence.partitionPoint { $0.token >= t }
            if i > 0 { return (inSentence[i - 1].record ?? province ?? own, true) }
            if let after = inSentence.first(where: { !$0.isCountry }) { return (after.record ?? province ?? own, true) }
        }
        // A place first named in a later sentence of the paragraph ("Riêng Hà Nội và Quảng Ninh
        // …") does not own the figures before it when the report has its own.
        if let m = byParagraph[paragraph], m.sentence <= sentence || own == nil { return (m.record ?? own, true) }
        return (own, false)
    }

    /// "cả nước"/"toàn quốc" after a rank ("thứ hạng", "dẫn đầu", "cao nhất", "vị trí", a number
    /// or "tỉnh, thành phố" of a "25/63") in the same clause: the field ranked over.
    private static func isRankScope(_ t: Int, text: ReportText, sentence: ReportText.Sentence) -> Bool {
        var k = t - 1
        var seen = 0
        while k >= sentence.tokens.lowerBound, seen < 5 {
            if let s = text.symbol(k) {
                if s == ";" || (s == "," && seen == 0) { return false }
            } else if text.isNumber(k) {
                // "đứng thứ 25 toàn quốc", "21/63 tỉnh, thành phố cả nước": a rank; not a count
                // ("khảo sát 31.200 người dân trên cả nước").
                if ["thu", "hang", "tri"].contains(text.word(k - 1) ?? "") || text.symbol(k + 1) == "/" || text.symbol(k - 1) == "/" { return true }
            } else if let w = text.word(k), ["hang", "dau", "nhat", "tri", "nhom"].contains(w) {
                // "thuộc nhóm trung bình của cả nước": the group of a ranking, over the country.
                return true
            }
            seen += 1
            k -= 1
        }
        return false
    }

    /// "cao hơn trung bình cả nước 1.561 điểm", "thấp hơn mức bình quân toàn quốc": the country's
    /// average a figure is measured against, not whose figure it is (unless the average's own
    /// value follows in parentheses: "thấp hơn mức trung bình cả nước (82,66%)").
    private static func isComparedAverage(_ t: Int, text: ReportText, sentence: ReportText.Sentence) -> Bool {
        guard text.symbol(t + 2) != "(" else { return false }
        var k = t - 1
        if text.word(k) == "cua" { k -= 1 }
        if text.word(k) == "chung" { k -= 1 }
        guard text.matches(["trung", "binh"], at: k - 1) || text.matches(["binh", "quan"], at: k - 1) else { return false }
        k -= 2
        if text.word(k) == "muc" { k -= 1 }
        return k >= sentence.tokens.lowerBound && (text.word(k) == "hon" || text.matches(["so", "voi"], at: k - 1))
    }

    /// Words that make what follows a named unit of some level ("huyện Gia Bình", "TP Tuyên
    /// Quang", "Bộ Tư pháp"), so a capitalised name after them is not a bare province.
    private static func followsUnitWord(_ t: Int, text: ReportText) -> Bool {
        var k = t - 1
        if text.symbol(k) == "." { k -= 1 }
        guard let w = text.word(k) else { return false }
        return ["tinh", "pho", "tp", "huyen", "xa", "quan", "phuong", "tran", "thi", "so", "bo", "ban", "cuc", "vien",
                "truong", "trung", "tam", "dong", "ong", "ba", "anh", "chi"].contains(w)
    }

    /// Inside a run of capitalised words ("Sở Nội vụ", "Viện Hàn lâm"), where a bare name does
    /// not start; after an acronym ("UBND", "CCHC") a name may.
    private static func continuesName(_ t: Int, text: ReportText) -> Bool {
        guard text.tokens.indices.contains(t - 1), text.tokens[t - 1].kind == .word, text.tokens[t - 1].capitalised else { return false }
        let previous = text.text(tokens: t - 1, through: t - 1)
        return !(previous.count >= 2 && previous.allSatisfy { $0.isUppercase || $0 == "&" })
    }

    /// Capitalised words after "tỉnh"/"thành phố", longest first.
    private static func name(after t: Int, text: ReportText, cityOnly: Bool) -> Name {
        var words: [Int] = []
        var k = t + 1
        if text.symbol(k) == "." { k += 1 }
        while words.count < 4, k < text.tokens.count, text.tokens[k].kind == .word, text.tokens[k].capitalised {
            words.append(k)
            k += 1
            if text.symbol(k) == "-", text.tokens.indices.contains(k + 1), text.tokens[k + 1].capitalised { k += 1 }
        }
        var candidates: [String] = []
        while let last = words.last {
            candidates.append(text.text(tokens: words[0], through: last))
            words.removeLast()
        }
        return Name(candidates: candidates, cityOnly: cityOnly)
    }
}
