import ChisoDomain

extension ReportExtractor {
    /// The index the report is speaking of, as it reads: named in a sentence ("Với Chỉ số
    /// Sipas, …", "Kết quả SIPAS 2023 …"), a whole index holds for the figures after it until
    /// another is named; a component (a DTI pillar) only within its sentence.
    struct Topic {
        var family: Int
        /// The running number of the sentence that named it.
        var sentence: Int
    }

    /// Sentences after its naming that a bare percent or score still belongs to the index; a
    /// rank or a movement in places belongs to it until another index is named.
    static let topicReach = 3

    /// The indices a sentence names, in order: (word position, family).
    func indexMentions(in words: IndicatorGuesser.Sentence) -> [(position: Int, family: Int)] {
        var found: [(Int, Int)] = []
        for (f, family) in indicators.families.enumerated() {
            for name in family.names {
                for p in words.occurrences(ofName: name) { found.append((p + name.count - 1, f)) }
            }
        }
        return found.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }.map { (position: $0.0, family: $0.1) }
    }

    /// "(một) trong 13 địa phương", "nhóm 7 địa phương": a count of the field's units the
    /// province is among (not "trong 9 địa phương cấp huyện", "của tỉnh", "trên địa bàn").
    static func isGroupOfField(_ figure: ScannedFigure, text: ReportText) -> Bool {
        let before = text.word(figure.tokens.lowerBound - 1)
        let after = figure.tokens.upperBound + 3  // past "địa phương"
        guard before == "trong" || before == "nhom" || (before == "so" && text.word(figure.tokens.lowerBound - 2) == "trong") else { return false }
        return !["cap", "cua", "trong", "tren", "thuoc"].contains(text.word(after) ?? "")
    }

    /// A bound (trên, từ … trở lên, dưới, không quá) in a clause that says which units of the
    /// field have it: "Không có tỉnh nào có chỉ số dưới 70%", "Những tỉnh có chỉ số từ 90% trở
    /// lên", "13 địa phương có chỉ số trên 90%", "4 tỉnh có kết quả tăng trên 10 điểm". Back from
    /// the figure over words only (a dozen), a plural of provinces or localities ("N", "những",
    /// "các", "nào" with it) and a "có"/"đạt" between it and the figure.
    static func boundsGroupOfUnits(_ figure: ScannedFigure, text: ReportText, sentence: ReportText.Sentence) -> Bool {
        guard ["more_than", "at_least", "less_than", "at_most"].contains(figure.qualifier ?? ""), figure.change == nil || figure.shape != .rank else { return false }
        var k = figure.cueStart - 1
        var verb = false
        while k > sentence.tokens.lowerBound, figure.tokens.lowerBound - k <= 14 {
            guard let w = text.word(k) else {
                // The count of the group may stand in the clause ("13 địa phương có …").
                guard text.isNumber(k) else { return false }
                k -= 1
                continue
            }
            if w == "co" || w == "dat" { verb = true }
            let noun = w == "tinh" ? k : text.matches(["dia", "phuong"], at: k) ? k + 1 : nil
            if verb, let n = noun, !(text.tokens.indices.contains(n + 1) && text.tokens[n + 1].kind == .word && text.tokens[n + 1].capitalised) {
                let previous = text.word(k - 1)
                if text.isNumber(k - 1) || ["nhung", "cac"].contains(previous ?? "") || text.word(n + 1) == "nao" { return true }
            }
            k -= 1
        }
        return false
    }

    /// A count of provinces or units ("53 tỉnh", "34 tỉnh, thành", "10 địa phương"): the
    /// country's figure, whatever province the sentence is about.
    static func countsUnits(_ figure: ScannedFigure, text: ReportText) -> Bool {
        let next = figure.tokens.upperBound + 1
        guard figure.shape == .count, let w = text.word(next) else { return false }
        if w == "tinh" {
            let named = text.tokens.indices.contains(next + 1) && text.tokens[next + 1].kind == .word && text.tokens[next + 1].capitalised
            return !named
        }
        // "17 bộ, cơ quan ngang bộ", "10/17 bộ" (not "2 Bộ Tư pháp …", a named one).
        // "Trong 17 sở, ngành, Sở An toàn thực phẩm đứng đầu": a province's departments ranked.
        if w == "so", text.text(tokens: next, through: next).lowercased() == "sở" {
            return !(text.tokens.indices.contains(next + 1) && text.tokens[next + 1].kind == .word && text.tokens[next + 1].capitalised)
        }
        if w == "bo" {
            return !(text.tokens.indices.contains(next + 1) && text.tokens[next + 1].kind == .word && text.tokens[next + 1].capitalised)
        }
        return text.matches(["dia", "phuong"], at: next) || text.matches(["don", "vi"], at: next)
    }

    /// A rank or its movement in a clause about the region ("ở phạm vi vùng, chỉ số giảm 4
    /// bậc", "trong vùng …, tỉnh tiến 1 bậc") is the rank within the region.
    func regionalised(_ code: String, figure: ScannedFigure, text: ReportText, sentence: ReportText.Sentence) -> String {
        // "xếp hạng 33/63 …, xếp thứ 5/14 trong các tỉnh khu vực …": a rank out of the whole
        // country's provinces (63, or 34 after 2025) is the national rank, whatever region a
        // later clause names.
        if let family = indicators.families.first(where: { $0.regionRank == code }), let total = figure.denominator,
           Self.provinceTotals.contains(total), let rank = family.rank {
            return rank
        }
        // "Ở nhóm rất thấp của khu vực có các tỉnh: Bạc Liêu đứng hạng 59": no region has more
        // provinces than `largestRegion`, so a place past it is in the country's ranking.
        let pastAnyRegion = figure.shape == .rank && figure.change == nil && figure.value > Self.largestRegion
        if pastAnyRegion, let family = indicators.families.first(where: { $0.regionRank == code }), let rank = family.rank {
            return rank
        }
        guard !pastAnyRegion, let family = indicators.families.first(where: { $0.rank == code || $0.rankChange == code }) else { return code }
        // "đứng thứ 2 trong 6 tỉnh Bắc Trung Bộ", "xếp thứ 4 khu vực Tây Nguyên": the region named
        // in the rank's own clause, after it.
        let regional = clauseBefore(figure, text: text, sentence: sentence).region
            || (family.rank == code && figure.shape == .rank && Self.regionAfter(figure, text: text, sentence: sentence))
        guard regional else { return code }
        return (family.rank == code ? family.regionRank : family.regionRankChange) ?? code
    }

    /// How many provinces the country has (before and after 1 July 2025): a rank out of one of
    /// these is a national rank.
    static let provinceTotals: Set<Double> = [63, 34]

    /// The most provinces a socio-economic region has (the Northern midlands and mountains, 14).
    static let largestRegion = 14.0

    /// The rank's own clause after it (to the next ',', ';' or figure, a dozen tokens) names a
    /// region: "vùng", "khu vực", or "trong (số) M tỉnh" with M fewer than the country's provinces.
    static func regionAfter(_ figure: ScannedFigure, text: ReportText, sentence: ReportText.Sentence) -> Bool {
        if let total = figure.denominator, provinceTotals.contains(total) { return false }
        var k = figure.tokens.upperBound + 1
        let end = min(sentence.tokens.upperBound, k + 12)
        while k < end {
            if text.symbol(k) != nil { return false }
            if text.word(k) == "vung" || text.matches(["khu", "vuc"], at: k) { return true }
            if text.isNumber(k) {
                guard ["trong", "so"].contains(text.word(k - 1) ?? ""), text.word(k + 1) == "tinh",
                      let m = Double(text.tokens[k].folded), m < 34 else { return false }
                return true
            }
            k += 1
        }
        return false
    }

    /// What the clause before a figure says (back to a ';' or the sentence start, a dozen words).
    func clauseBefore(_ figure: ScannedFigure, text: ReportText, sentence: ReportText.Sentence)
        -> (region: Bool, average: Bool, rate: Bool, refersBack: Bool) {
        var region = false, average = false, rate = false, refersBack = false
        var k = figure.tokens.lowerBound - 1
        // A bounded look back (every token counts), so a sentence of thousands of figures
        // stays linear.
        var seen = 0
        // A figure in parentheses ("Phú Thọ (xếp thứ 8)") is its own clause: what the sentence
        // says before the '(' is about the list, not this figure.
        let inParentheses = figure.parenthesised || (1...3).contains { text.symbol(figure.tokens.lowerBound - $0) == "(" }
        while k >= sentence.tokens.lowerBound, seen < 24, text.symbol(k) != ";", !(inParentheses && text.symbol(k) == "(") {
            seen += 1
            if let w = text.word(k) {
                if w == "vung" || (w == "vuc" && text.word(k - 1) == "khu") { region = true }
                // Not a group's name: "nhóm trung bình cao", "mức trung bình thấp", "trung bình khá".
                if (w == "binh" && text.word(k + 1) == "quan")
                    || (w == "trung" && text.word(k + 1) == "binh" && !["cao", "thap", "kha"].contains(text.word(k + 2) ?? "")) { average = true }
                if w == "le" && text.word(k - 1) == "ty" { rate = true }
                // "tỷ lệ này đã tăng 94%", "chỉ số này": the one the sentence before stated.
                if w == "nay", text.word(k - 1) == "le" || text.word(k - 1) == "so" { refersBack = true }
            }
            k -= 1
        }
        return (region, average, rate, refersBack)
    }

    /// The indicator of a figure no synonym labels, from the index named before it in its
    /// sentence, else the report's topic: a rank, a movement, or a bare value of the index
    /// ("đạt 83,84%", "với 90,61%", not "98% hồ sơ", not "tỷ lệ … 70%").
    func topicIndicator(for figure: ScannedFigure, mentions: [(position: Int, family: Int)], topic: Topic?,
                        sentenceNumber: Int, words: IndicatorGuesser.Sentence, text: ReportText,
                        sentence: ReportText.Sentence) -> (code: String, family: IndexFamily)? {
        let first = words.word(atOrAfter: figure.tokens.lowerBound)
        let family: IndexFamily
        var recent = true
        let m = mentions.partitionPoint { $0.position >= first }
        if m > 0 {
            family = indicators.families[mentions[m - 1].family]
        } else if let topic {
            family = indicators.families[topic.family]
            // "Sở An toàn thực phẩm đứng đầu bảng với 90,71 điểm": a score in a sentence that
            // ranks is a score of the index the ranking is of, however far back it was named.
            recent = sentenceNumber - topic.sentence <= Self.topicReach || figure.shape == .score && ranks(sentence, text: text)
        } else {
            return nil
        }
        let (region, average, rate, _) = clauseBefore(figure, text: text, sentence: sentence)
        if figure.shape == .count, figure.change == nil, Self.countsUnits(figure, text: text) {
            // "53 tỉnh (84,13%) bị giảm điểm", "trong tổng số 34 tỉnh, thành".
            var k = figure.tokens.upperBound + 1
            var seen = 0
            while k < sentence.tokens.upperBound, seen < 10, text.symbol(k) != ";" {
                if text.matches(["giam", "diem"], at: k) { return family.unitsDecreased.map { ($0, family) } }
                if text.matches(["tang", "diem"], at: k) { return family.unitsIncreased.map { ($0, family) } }
                // "53 địa phương có chỉ số tăng so với năm 2023", "9 địa phương giảm chỉ số".
                if let moved = IndexFamily.unitsMoved(at: k, text: text) {
                    return (moved ? family.unitsIncreased : family.unitsDecreased).map { ($0, family) }
                }
                // "57 tỉnh có chỉ số cao hơn năm 2022": against an earlier year, a rise; "cao hơn
                // mức trung bình" is another count.
                if text.matches(["cao", "hon"], at: k) || text.matches(["thap", "hon"], at: k) {
                    var j = k + 2
                    if text.word(j) == "so" { j += 2 }
                    guard text.word(j) == "nam" || text.word(j) == "cung" || text.word(j) == "ky" else { break }
                    return (text.word(k) == "cao" ? family.unitsIncreased : family.unitsDecreased).map { ($0, family) }
                }
                seen += 1
                k += 1
            }
            let before = text.word(figure.tokens.lowerBound - 1)
            if before == "trong" || before == "ca" || (before == "so" && ["tong", "trong"].contains(text.word(figure.tokens.lowerBound - 2) ?? "")) {
                return family.unitsRanked.map { ($0, family) }
            }
            // "việc xếp hạng áp dụng cho 17 bộ", "xếp hạng 63 tỉnh": the units ranked.
            if figure.shape == .count, (max(sentence.tokens.lowerBound, figure.tokens.lowerBound - 5)..<figure.tokens.lowerBound)
                .contains(where: { text.matches(["xep", "hang"], at: $0) }) {
                return family.unitsRanked.map { ($0, family) }
            }
            return nil
        }
        if figure.shape == .count, figure.change == nil, recent, let code = family.surveyCount(noun: text.word(figure.tokens.upperBound + 1)) { return (code, family) }
        let isValue = figure.change == nil && figure.shape != .rank
        if isValue || (figure.change != nil && figure.change != .places) {
            guard recent, !rate else { return nil }
            // A counted noun after the number ("98% hồ sơ", "100% cơ sở") says what it is a share of.
            let after = figure.tokens.upperBound + 1
            if after < sentence.tokens.upperBound, let w = text.word(after),
               !["va", "so", "xep", "dung", "cao", "thap", "tang", "giam", "nhung", "con", "o", "la", "voi", "trong", "nam", "tren", "dat"].contains(w) {
                return nil
            }
        }
        return family.indicator(for: figure, region: region, average: average).map { (family.scoped($0, figure: figure, text: text, sentence: sentence), family) }
    }
}

extension ReportExtractor {
    /// In a province's (city's) report, figures of the whole field of provinces are the
    /// country's, though the report's own place is the one it names most: "giá trị trung bình
    /// DTI cấp tỉnh năm 2023 là 0,6783, tăng 17,2% so với năm 2022 (0,5763 điểm)" (the average
    /// over provinces, with its change and its earlier level), "63/63 tỉnh, thành phố có …",
    /// "34/63 tỉnh, thành phố vượt mức trung bình" (a count out of all the country's provinces).
    /// Only for a figure whose area was not named in its own sentence before it.
    static func isFieldOfProvinces(_ figure: ScannedFigure, text: ReportText, sentence: ReportText.Sentence) -> Bool {
        // "34/63 tỉnh": a count out of every province.
        // (Not a rank: "đứng thứ 38/63 tỉnh", "vị trí 16/63 tỉnh".)
        let rankWords: Set<String> = ["thu", "tri", "hang", "xep", "dung", "bac"]
        if let total = figure.denominator, provinceTotals.contains(total), figure.value <= total,
           figure.shape == .fraction || figure.shape == .count, figure.change == nil,
           !(1...3).contains(where: { rankWords.contains(text.word(figure.tokens.lowerBound - $0) ?? "") }),
           text.word(figure.tokens.upperBound + 1) == "tinh" {
            return true
        }
        // "(giá trị) trung bình … cấp tỉnh / cả nước / toàn quốc" before the figure in its sentence.
        var average = false, field = false
        for k in sentence.tokens.lowerBound..<figure.tokens.lowerBound {
            if text.matches(["trung", "binh"], at: k) || text.matches(["binh", "quan"], at: k) { average = true }
            if average, text.matches(["cap", "tinh"], at: k) || text.matches(["ca", "nuoc"], at: k) || text.matches(["toan", "quoc"], at: k) { field = true }
        }
        return field
    }
}

extension ReportExtractor {
    /// "hoạt động kinh tế số đạt 0,7262 điểm, lùi 5 bậc (từ 1 xuống 6)": the level a rank
    /// movement started from is the rank the movement is of, not the score stated before it
    /// (its period is already the baseline's; the "6" it moved to repeats the rank).
    func rankMovedFrom(_ drafts: inout [Draft], text: ReportText) {
        // "hoạt động chính quyền số đạt 0,8123 điểm, lùi 3 bậc": a movement in places right
        // after an index's level (only a ',' between) is that index's, not that of the index the
        // report speaks of, whose shorter name ("chính quyền số") the level's name holds.
        for i in drafts.indices.dropFirst() where drafts[i].figure.change == .places && (drafts[i].indicator == nil || drafts[i].indicatorScore == 6) {
            let level = drafts[i - 1]
            let between = (level.figure.tokens.upperBound + 1)..<drafts[i].figure.tokens.lowerBound
            let glue: Set<String> = ["diem", "tang", "giam", "lui", "tut", "vuot", "len", "xuong", "thang", "hang"]
            guard level.figure.change == nil, let code = level.indicator, between.count <= 4,
                  between.allSatisfy({ text.symbol($0) == "," || glue.contains(text.word($0) ?? "") }),
                  between.contains(where: { text.symbol($0) == "," }),
                  let family = indicators.families.first(where: { $0.code == code }), let move = family.rankChange,
                  drafts[i].indicator != move else { continue }
            drafts[i].indicator = move
            drafts[i].notes.append("the movement of the level before it (\(code))")
        }
        for i in drafts.indices.dropFirst() where drafts[i].figure.isFromLevel && drafts[i].figure.change == nil {
            let move = drafts[i - 1]
            guard move.figure.change == .places, let code = move.indicator,
                  drafts[i].figure.tokens.lowerBound - move.figure.tokens.upperBound <= 5,
                  let family = indicators.families.first(where: { $0.rankChange == code || $0.regionRankChange == code }),
                  let rank = family.rankChange == code ? family.rank : family.regionRank,
                  drafts[i].indicator != rank else { continue }
            drafts[i].indicator = rank
            drafts[i].indicatorFromName = false
            drafts[i].notes.append("the rank the movement '\(text.text(tokens: move.figure.tokens.lowerBound, through: move.figure.tokens.upperBound))' started from")
        }
    }
}
