import ChisoDomain

/// Reads the figures of one sentence, following how Vietnamese reports write numbers
/// (frameworks.md §9), and skips the digits that are not figures: dates, document numbers
/// ("Quyết định số 766", "76/NQ-CP", "Đề án 06"), ordinals ("phiên họp thứ 2"), levels
/// ("mức độ 3,4"), durations ("qua 02 năm") and years.
struct FigureScanner {
    let text: ReportText
    /// Tokens inside period phrases: their digits are dates, never figures.
    let timeTokens: Set<Int>

    private static let documentTypes: [[String]] = [
        ["quyet", "dinh"], ["nghi", "quyet"], ["nghi", "dinh"], ["chi", "thi"], ["de", "an"], ["thong", "tu"],
        ["cong", "van"], ["luat"], ["ke", "hoach", "so"], ["van", "ban", "so"], ["thong", "bao", "so"],
        ["quy", "dinh", "so"], ["to", "trinh"], ["ket", "luan", "so"], ["so", "hieu"],
        // "Bộ chỉ số 766": the set of indicators named by its decision's number.
        ["bo", "chi", "so"],
    ]
    /// Words before a number that make it a reference, not a quantity ("Điều 5", "khoản 2").
    private static let referenceWords: Set<String> = ["dieu", "khoan", "chuong", "lan", "khoa"]
    private static let timeUnits: Set<String> = ["nam", "thang", "ngay", "tuan", "gio", "phut", "quy", "buoi"]
    private static let scaleWords: Set<String> = ["nghin", "ngan", "trieu", "ty", "ti"]

    /// Words that make a sentence speak of ranks ("xếp", "đứng", "hạng", "vị trí", "bậc"), so a
    /// "thứ 13" continuing a list ("đứng thứ 12 về …, thứ 13 về …") is a rank, not an ordinal.
    private static let rankWords: Set<String> = ["xep", "dung", "hang", "tri", "bac"]
    /// Movements of a rank ("nhích lên 2 bậc", "vươn lên 1 hạng", "lùi 11 bậc", "rơi xuống 3 bậc").
    private static let rankUpVerbs: Set<String> = ["len", "them", "tien", "vuot", "nhich", "nang", "tang"]
    private static let rankDownVerbs: Set<String> = ["xuong", "roi", "lui", "tut", "giam", "sut"]

    func scan(_ sentence: ReportText.Sentence) -> [ScannedFigure] {
        var figures: [ScannedFigure] = []
        var t = sentence.tokens.lowerBound
        var facts: SentenceFacts?
        // Read once per sentence, not once per figure (a line may hold thousands).
        let speaksOfRanks = sentence.tokens.contains { text.word($0).map(Self.rankWords.contains) ?? false }
        let speaksOfPoints = sentence.tokens.contains { text.word($0) == "diem" }
        while t < sentence.tokens.upperBound {
            if text.isNumber(t), !timeTokens.contains(t), !isSkipped(t, in: sentence, speaksOfRanks: speaksOfRanks),
               var f = read(at: t, in: sentence, facts: &facts, speaksOfRanks: speaksOfRanks) {
                // "tổng điểm là 86,97, gồm: công khai, minh bạch được 15,67; tiến độ 19,31 điểm":
                // a bare decimal among points is points (a count has no decimals).
                if speaksOfPoints, f.shape == .count, f.change == nil, f.figure.shape != .fraction, f.value.rounded() != f.value,
                   !f.raw.contains(where: \.isLetter) {
                    f.shape = .score
                }
                figures.append(f)
                t = f.tokens.upperBound + 1
            } else {
                t += 1
            }
        }
        return continuedChanges(markFromLevels(mergeFractionShares(figures, in: sentence)))
    }

    /// "nơi giảm nhiều nhất là 2,94% và ít nhất là 0,21%": a figure right after a change, with
    /// only "và" or ',' and degree words between, is the same kind of change, with its sign.
    private func continuedChanges(_ figures: [ScannedFigure]) -> [ScannedFigure] {
        var figures = figures
        guard figures.count >= 2 else { return figures }
        for i in 1..<figures.count {
            let a = figures[i - 1], b = figures[i]
            guard let unit = a.change, unit != .places, b.change == nil, b.qualifier == nil, a.shape == b.shape else { continue }
            var k = a.tokens.upperBound + 1
            if text.symbol(k) == "," { k += 1 }
            guard text.word(k) == "va" || text.symbol(k - 1) == "," else { continue }
            if text.word(k) == "va" { k += 1 }
            var degrees = 0
            while let w = text.word(k), Self.degreeWords.contains(w) { degrees += 1; k += 1 }
            if ["voi", "la"].contains(text.word(k) ?? "") { k += 1 }
            guard degrees > 0, k == b.tokens.lowerBound else { continue }
            figures[i].change = unit
            if a.value < 0 { figures[i].value = -b.value }
        }
        return figures
    }

    /// Words of degree between a change verb and its size: "tăng mạnh nhất với", "giảm nhiều
    /// nhất là", "tăng nhẹ", "giảm sâu ở mức", "tăng thấp nhất với".
    static let degreeWords: Set<String> = ["manh", "nhieu", "it", "thap", "cao", "sau", "nhanh", "cham", "nhe", "nhat", "hon"]

    /// The token of "tăng"/"giảm" when the words from `k` back to it are degree words and at
    /// most one linking word right before the figure ("với", "là", "ở mức"), with at least one
    /// degree word; else nil.
    static func verbBeforeDegree(_ k: Int, word: (Int) -> String?) -> Int? {
        var j = k
        if word(j) == "voi" || word(j) == "la" { j -= 1 } else if word(j) == "muc", word(j - 1) == "o" { j -= 2 }
        var degrees = 0
        while let w = word(j), degreeWords.contains(w), degrees < 4 {
            degrees += 1
            j -= 1
        }
        guard degrees > 0, ["tang", "giam"].contains(word(j) ?? "") else { return nil }
        // "tăng cao hơn": a comparison ("cao hơn năm trước"), read by the comparative rule.
        if word(j + 1) == "cao" || word(j + 1) == "thap", word(j + 2) == "hon" { return nil }
        return j
    }

    /// "thứ 13" after a list separator or a movement ("…, thứ 13 về kinh tế số và thứ 14",
    /// "từ thứ 5 lên thứ 4") in a sentence that speaks of ranks.
    private func isListedRank(_ t: Int, speaksOfRanks: Bool) -> Bool {
        guard speaksOfRanks, text.word(t - 1) == "thu" else { return false }
        if text.symbol(t - 2) == "," { return true }
        return ["va", "tu", "len", "xuong", "roi", "lui"].contains(text.word(t - 2) ?? "")
    }

    /// "từ 87,61% xuống còn 86,78%", "từ vị trí 15 lên vị trí 13", "rơi từ vị trí thứ 6 xuống
    /// 17": the first figure is the level the movement started from (a baseline level), and the
    /// second has the first's shape when it has none of its own.
    private func markFromLevels(_ figures: [ScannedFigure]) -> [ScannedFigure] {
        var figures = figures
        guard figures.count >= 2 else { return figures }
        let fillers: Set<String> = ["con", "muc", "vi", "tri", "thu", "hang", "o"]
        for i in 1..<figures.count {
            let a = figures[i - 1], b = figures[i]
            guard a.change == nil, b.change == nil else { continue }
            // "Phú Yên (xếp thứ 12), Bình Định (20) và Khánh Hòa (31)": after a rank in parentheses
            // behind a name, a whole number alone in parentheses behind the next name is a rank too.
            if b.shape == .count, b.figure.shape != .fraction, isBareInParentheses(b), isBehindName(b),
               figures[..<i].contains(where: { $0.shape == .rank && isBehindName($0) }) {
                figures[i].shape = .rank
                continue
            }
            // "vị trí thứ 2 và 3", "đứng thứ 5, 6": the next of a list of ranks is a rank.
            if a.shape == .rank, b.shape == .count, b.figure.shape != .fraction, b.tokens.lowerBound - a.tokens.upperBound <= 3,
               ((a.tokens.upperBound + 1)..<b.tokens.lowerBound).allSatisfy({ text.word($0) == "va" || text.symbol($0) == "," }) {
                figures[i].shape = .rank
                continue
            }
            // Before a: "từ" with only level words between ("từ mức", "từ vị trí thứ").
            var k = a.tokens.lowerBound - 1
            while let w = text.word(k), fillers.contains(w) { k -= 1 }
            guard text.word(k) == "tu" else { continue }
            // Between a and b: a period of a ("của năm 2021"), then "xuống"/"lên" and level words.
            var verb = false
            var ok = true
            for m in (a.tokens.upperBound + 1)..<b.tokens.lowerBound {
                if timeTokens.contains(m) { continue }
                guard let w = text.word(m) else { ok = false; break }
                if w == "xuong" || w == "len" { verb = true } else if !(fillers.contains(w) || w == "cua" || w == "nam") { ok = false; break }
            }
            guard ok, verb else { continue }
            figures[i - 1].isFromLevel = true
            if a.shape == .rank, b.shape == .count {
                figures[i].shape = .rank
            }
        }
        return figures
    }

    /// "(16)": a whole number alone between parentheses.
    private func isBareInParentheses(_ f: ScannedFigure) -> Bool {
        f.tokens.lowerBound == f.tokens.upperBound && text.symbol(f.tokens.lowerBound - 1) == "("
            && text.symbol(f.tokens.upperBound + 1) == ")" && f.value.rounded() == f.value && f.value >= 1
    }

    /// In parentheses right behind a capitalised word ("Lạng Sơn (16)", "Phú Thọ (xếp thứ 8)").
    private func isBehindName(_ f: ScannedFigure) -> Bool {
        var k = f.tokens.lowerBound - 1
        while k > f.tokens.lowerBound - 4, text.symbol(k) != "(" {
            guard text.word(k) != nil else { return false }
            k -= 1
        }
        guard text.symbol(k) == "(", text.tokens.indices.contains(k - 1) else { return false }
        return text.tokens[k - 1].kind == .word && text.tokens[k - 1].capitalised
    }

    // MARK: - What is not a figure

    private func isSkipped(_ t: Int, in sentence: ReportText.Sentence, speaksOfRanks: Bool) -> Bool {
        let tok = text.tokens[t]
        // Glued to letters: "4G", "T9", "H1", "E2".
        if tok.range.lowerBound > 0, text.chars[tok.range.lowerBound - 1].isLetter { return true }
        if tok.range.upperBound < text.chars.count, text.chars[tok.range.upperBound].isLetter { return true }
        // The second half of a skipped "d/m" or "n/N": "16/10" gives no "10".
        if text.symbol(t - 1) == "/", text.isNumber(t - 2) { return true }
        // A scale written as a unit: "84,79 (%/100 điểm tối đa)".
        if text.symbol(t - 1) == "/", text.symbol(t - 2) == "%" { return true }
        // Document numbers: "76/NQ-CP", "06/CP", "54-NQ/TW".
        if let s = text.symbol(t + 1), "/-".contains(s), t + 2 < text.tokens.count, text.tokens[t + 2].kind == .word,
           text.tokens[t + 2].capitalised, text.spaceBefore(t + 2) == false {
            return true
        }
        // "Quyết định (số) 766", "Đề án 06", "Nghị quyết 76", "Điều 5", "lần thứ 2".
        var before = t
        if text.word(before - 1) == "so" { before -= 1 }
        if Self.documentTypes.contains(where: { text.matchesBefore($0, at: before) || text.matchesBefore($0, at: t) }) { return true }
        if let w = text.word(t - 1), Self.referenceWords.contains(w) { return true }
        if text.matchesBefore(["phu", "luc"], at: t) { return true }
        // Ordinals: "phiên họp thứ 2" (a rank keeps its "/63" or its "đứng/xếp thứ").
        if text.word(t - 1) == "thu", !isRankCue(before: t), text.symbol(t + 1) != "/", !isListedRank(t, speaksOfRanks: speaksOfRanks) {
            return true
        }
        // Levels: "mức độ 3,4", "mức 2", "mức độ 3 và 4", "cấp độ 2".
        if isLevel(t) { return true }
        // "đứng thứ 2 trong 6 tỉnh Bắc Trung Bộ", "dẫn đầu 5 tỉnh Tây Nguyên": the size of the
        // field a rank is counted in (its denominator), not a figure of its own.
        if isRankField(t) { return true }
        // Durations and counts of time: "qua 02 năm", "9 tháng qua", "trong 3 ngày".
        if let w = text.word(t + 1), Self.timeUnits.contains(w) {
            // "sớm 10 ngày so với mốc", "sớm hơn 39 ngày", "rút ngắn 5 ngày": how far ahead.
            let ahead = text.word(t - 1) == "som" || (text.word(t - 1) == "hon" && text.word(t - 2) == "som")
                || text.matchesBefore(["rut", "ngan"], at: t)
                // "về đích trước 39 ngày", "hoàn thành trước 15 ngày so với kế hoạch".
                || text.word(t - 1) == "truoc" && (["dich", "thanh"].contains(text.word(t - 2) ?? "") || text.matches(["so", "voi"], at: t + 2))
            if !(w == "ngay" && ahead) { return true }
        }
        // Years and dates the period scanner left: "2023", "16/10".
        let digits = tok.folded
        if digits.count == 4, let y = Int(digits), (1945...2100).contains(y), text.symbol(t + 1) != "%",
           text.symbol(t + 1) != "/", !(text.tokens.indices.contains(t + 1) && text.tokens[t + 1].kind == .word && text.word(t - 1) != "nam") {
            return true
        }
        if digits.count <= 2, let d = Int(digits), (1...31).contains(d), text.symbol(t + 1) == "/", text.isNumber(t + 2),
           text.tokens[t + 2].folded.count <= 2, let m = Int(text.tokens[t + 2].folded), (1...12).contains(m),
           !(text.tokens.indices.contains(t + 3) && (text.tokens[t + 3].kind == .word || text.symbol(t + 3) == "%")),
           !isRankCue(before: t) {
            return true
        }
        // Numbered list items: "1." or "2)" opening a paragraph.
        if t == sentence.tokens.lowerBound, let s = text.symbol(t + 1), ".)".contains(s), digits.count <= 2 { return true }
        // Phone numbers, codes.
        if digits.filter(\.isASCIIDigitChar).count > 13 { return true }
        return false
    }

    /// Whether "so với" opens the clause before token `t` (a dozen tokens back, to a ';').
    private func soVoiBefore(_ t: Int, in sentence: ReportText.Sentence) -> Bool {
        var k = t - 1
        var seen = 0
        while k > sentence.tokens.lowerBound, seen < 16, text.symbol(k) != ";" {
            if text.matches(["so", "voi"], at: k - 1) { return true }
            seen += 1
            k -= 1
        }
        return false
    }

    private func isLevel(_ t: Int) -> Bool {
        func levelWordEnds(at i: Int) -> Bool {
            text.matchesBefore(["muc", "do"], at: i) || text.matchesBefore(["cap", "do"], at: i)
                || (text.word(i - 1) == "muc" && text.word(i - 2) != "tang")
        }
        // "từ mức 90,30%", "mức 85 điểm" are values at a level, not the level's number.
        if text.symbol(t + 1) == "%" || text.word(t + 1) == "diem" { return false }
        if levelWordEnds(at: t) { return true }
        // The second of a list: "mức độ 3 và 4", "mức độ 3, 4".
        if (text.word(t - 1) == "va" || text.symbol(t - 1) == ","), text.isNumber(t - 2), levelWordEnds(at: t - 2) { return true }
        return false
    }

    /// Nouns of the units a rank is counted among ("tỉnh", "địa phương", "bộ", "huyện" …).
    private static let fieldNouns: Set<String> = ["tinh", "dia", "bo", "huyen", "don", "thanh", "so", "quan", "xa", "co"]

    /// A number right after a rank "thứ N trong", or after "đứng/dẫn/xếp đầu (cuối)", followed
    /// by a unit noun: the number of units the rank is among.
    private func isRankField(_ t: Int) -> Bool {
        guard let noun = text.word(t + 1), Self.fieldNouns.contains(noun) else { return false }
        if text.word(t - 1) == "trong", text.isNumber(t - 2), text.word(t - 3) == "thu" { return true }
        return ["dau", "cuoi"].contains(text.word(t - 1) ?? "") && ["dung", "dan", "xep"].contains(text.word(t - 2) ?? "")
    }

    private func isRankCue(before t: Int) -> Bool {
        let window = ((t - 3)..<t).compactMap { text.word($0) }
        return window.contains("xep") || window.contains("hang") || window.contains("dung")
            || (window.contains("vi") && window.contains("tri"))
    }

    // MARK: - Reading one figure

    private func read(at t: Int, in sentence: ReportText.Sentence, facts: inout SentenceFacts?, speaksOfRanks: Bool) -> ScannedFigure? {
        let end = sentence.tokens.upperBound
        var last = t
        var isFraction = false
        if text.symbol(t + 1) == "/", text.isNumber(t + 2), t + 2 < end, text.spaceBefore(t + 1) == false || text.spaceBefore(t + 2) == false {
            last = t + 2
            isFraction = true
        } else if text.symbol(t + 1) == "-", text.isNumber(t + 2), t + 2 < end {
            // A range "90-100%": only with a percent sign after it.
            var k = t + 3
            var percent = false
            while text.symbol(k) == "%" { percent = true; k += 1 }
            if percent { last = k - 1 }
        }
        while last + 1 < end, text.symbol(last + 1) == "%" { last += 1 }
        var scaleLast = last
        if !isFraction, let w = text.word(last + 1), Self.scaleWords.contains(w), text.word(last + 2) != "le",
           text.symbol(last + 1 + 1) != "%" {
            scaleLast = last + 1
        }
        var rawFigure = text.text(tokens: t, through: scaleLast)
        // "(8, 12%)": a decimal comma with a stray space, in parentheses that hold only the
        // figure (a list of two would need two percents, "(8%, 12%)").
        if !isFraction, scaleLast == t, text.symbol(t - 1) == "(", text.symbol(t + 1) == ",", text.isNumber(t + 2),
           text.symbol(t + 3) == "%", text.symbol(t + 4) == ")", text.spaceBefore(t + 1) == false,
           text.tokens[t].folded.allSatisfy(\.isASCIIDigitChar),
           (1...2).contains(text.tokens[t + 2].folded.count), text.tokens[t + 2].folded.allSatisfy(\.isASCIIDigitChar) {
            rawFigure = text.tokens[t].folded + "," + text.tokens[t + 2].folded + "%"
            scaleLast = t + 3
        }
        guard let figure = try? VietnameseNumber.parseFigure(rawFigure) else { return nil }
        last = scaleLast

        var shape: ScannedFigure.Shape = figure.isPercent ? .percent : .count
        var percentagePoints = false
        var unitLast = last
        if text.word(last + 1) == "diem" {
            unitLast = last + 1
            if text.symbol(last + 2) == "%" || text.matches(["phan", "tram"], at: last + 2) {
                percentagePoints = true
                unitLast = text.symbol(last + 2) == "%" ? last + 2 : last + 3
                shape = .percent
            } else {
                shape = .score
            }
        }
        var change: ScannedFigure.ChangeUnit?
        var sign = 1.0
        var cue = t
        // Qualifiers and change verbs sit just before the number.
        var qualifier: String?
        var k = t - 1
        func word(_ i: Int) -> String? { i >= sentence.tokens.lowerBound ? text.word(i) : nil }
        // "so với năm 2022 đã cao hơn 2,19%", "cao hơn năm 2020 là 2,87%": how much higher or
        // lower than the baseline, a change, not a bound.
        var comparedAt = t - 1
        if word(comparedAt) == "la" {
            var j = comparedAt - 1
            while j >= sentence.tokens.lowerBound, timeTokens.contains(j) { j -= 1 }
            if j < comparedAt - 1 { comparedAt = j }
        }
        var comparative = false
        // "cao hơn 1,39% so với năm 2023": the baseline right after the figure says the same.
        let soVoiAfter = text.matches(["so", "voi"], at: last + 1) || text.matches(["so", "voi"], at: last + 2)
        if word(comparedAt) == "hon", let w = word(comparedAt - 1), w == "cao" || w == "thap",
           comparedAt < t - 1 || soVoiBefore(comparedAt, in: sentence) || soVoiAfter {
            comparative = true
            change = .plain
            if w == "thap" { sign = -1 }
            cue = comparedAt - 1
            k = sentence.tokens.lowerBound - 1  // no qualifier, no other verb
        }
        if !comparative, let w = word(k) {
            switch w {
            case "tren", "hon": qualifier = "more_than"; cue = k; k -= 1
            case "gan": qualifier = "nearly"; cue = k; k -= 1
            case "khoang": qualifier = "about"; cue = k; k -= 1
            case "duoi": qualifier = "less_than"; cue = k; k -= 1
            case "da" where word(k - 1) == "toi": qualifier = "at_most"; cue = k - 1; k -= 2
            case "qua" where word(k - 1) == "khong": qualifier = "at_most"; cue = k - 1; k -= 2
            case "nhat" where word(k - 1) == "it": qualifier = "at_least"; cue = k - 1; k -= 2
            case "thieu" where word(k - 1) == "toi": qualifier = "at_least"; cue = k - 1; k -= 2
            case "tu" where (last + 1..<min(last + 4, end)).contains(where: { text.matches(["tro", "len"], at: $0) }):
                qualifier = "at_least"; cue = k; k -= 1
            default: break
            }
        }
        // "giảm tới 49,54%", "tăng đến 30%": by as much as, still the change.
        if ["toi", "den"].contains(word(k) ?? ""), ["tang", "giam"].contains(word(k - 1) ?? "") { k -= 1 }
        // "tăng mạnh nhất với 6,39%", "giảm nhiều nhất là 2,94%", "tăng nhẹ 0,4 điểm", "giảm sâu
        // ở mức 3,1%": how much it rose or fell, said with a degree and "với"/"là", is the change.
        if qualifier == nil, !comparative, let verb = Self.verbBeforeDegree(k, word: word) { k = verb }
        if let w = word(k) {
            if ["them", "len"].contains(w), word(k - 1) == "tang" { change = .plain; cue = k - 1 }
            else if w == "tang" { change = .plain; cue = k }
            else if ["giam", "lui", "tut", "sut"].contains(w) { change = .plain; sign = -1; cue = k }
            else if w == "thien", word(k - 1) == "cai" { change = .plain; cue = k - 1 }
        }
        if qualifier == nil, (t + 1..<min(last + 4, end)).contains(where: { text.matches(["tro", "len"], at: $0) }) {
            qualifier = "at_least"
        }
        // "mức sụt giảm khá sâu (8,12%)", "mức tăng (2,5 điểm)": the size of the rise or fall
        // named just before the parentheses.
        if change == nil, text.symbol(t - 1) == "(" {
            var j = t - 2
            var seen = 0
            while seen < 5, let w = word(j) {
                if w == "giam" || w == "tang" {
                    if word(j - 1) == "muc" || (word(j - 1) == "sut" && word(j - 2) == "muc") {
                        change = .plain
                        if w == "giam" { sign = -1 }
                    }
                    break
                }
                j -= 1
                seen += 1
            }
        }
        // "(-5,31%)", "(+2 bậc)": a signed change in parentheses after a level.
        if change == nil, text.symbol(t - 1) == "-" || text.symbol(t - 1) == "+", text.symbol(t - 2) == "(" {
            change = .plain
            if text.symbol(t - 1) == "-" { sign = -1 }
            cue = t - 2
        }
        if text.word(unitLast + 1) == "bac" || (text.word(unitLast + 1) == "hang" && change == nil && word(k).map { Self.rankUpVerbs.contains($0) || Self.rankDownVerbs.contains($0) } == true)
            || (text.word(unitLast + 1) == "hang" && change != nil) {
            unitLast += 1
            if change == nil, let w = word(k), Self.rankUpVerbs.contains(w) || Self.rankDownVerbs.contains(w) {
                // "nhích lên 2 bậc", "vươn lên 1 hạng", "rơi xuống 3 bậc", "và lên 3 bậc".
                change = .plain
                if Self.rankDownVerbs.contains(w) { sign = -1 }
                cue = k
            }
            if change != nil { change = .places } else { return nil }  // "bậc" without a movement: a level or grade.
        }
        if change != nil, change != .places {
            change = shape == .score ? .points : (figure.isPercent || percentagePoints ? .percent : .plain)
        }
        // A rank: "đứng thứ 56/63", "xếp thứ 38/63", "xếp hạng 25/63".
        if figure.shape == .fraction {
            if text.word(t - 1) == "thu" || isRankCue(before: t) || text.word(t - 1) == "hang" {
                shape = .rank
                if text.word(t - 1) == "thu" { cue = ["dung", "xep"].contains(word(t - 2) ?? "") ? t - 2 : t - 1 }
            } else if shape == .score || (figure.denominator.map { [1, 10, 100, 1000].contains($0) } ?? false) && text.word(last + 1) == "diem" {
                shape = .score
            } else if let n = figure.numerator, n.rounded() != n, let d = figure.denominator, [10, 100, 1000].contains(d) {
                // "đạt 88,02/100": a decimal out of a round maximum is a score (a count is whole).
                shape = .score
            } else {
                shape = .fraction
            }
        } else if text.word(t - 1) == "thu", isRankCue(before: t) || isListedRank(t, speaksOfRanks: speaksOfRanks) {
            shape = .rank
        } else if change == nil, text.word(t - 1) == "tri" && text.word(t - 2) == "vi" || text.word(t - 1) == "hang"
                    || text.matchesBefore(["vi", "tri", "so"], at: t) {
            // "ở vị trí 21", "đứng hạng 1", "nằm ở vị trí số 27".
            shape = .rank
        }
        var value = figure.value
        var numerator = figure.numerator
        var denominator = figure.denominator
        // "đứng thứ 2 trong 6 tỉnh": the rank out of the field's size.
        if shape == .rank, denominator == nil, text.word(unitLast + 1) == "trong", isRankField(unitLast + 2),
           let m = Double(text.tokens[unitLast + 2].folded) {
            numerator = value
            denominator = m
        }
        switch shape {
        case .score:
            numerator = nil; denominator = nil
        case .rank, .fraction:
            break
        case .percent, .count:
            if figure.shape == .fraction { shape = .fraction }
        }
        if change != nil { value *= sign }
        var result = ScannedFigure(tokens: t...unitLast, sentence: sentence.index, paragraph: sentence.paragraph,
                                   figure: figure, shape: shape, raw: text.text(tokens: t, through: unitLast), value: value,
                                   numerator: numerator, denominator: denominator, change: change, qualifier: qualifier,
                                   cueStart: cue, isPercentagePoints: percentagePoints)
        result.parenthesised = text.symbol(t - 1) == "("
        if facts == nil { facts = SentenceFacts(sentence, text: text) }
        if let facts { markStatusAndTarget(&result, in: sentence, facts: facts) }
        return result
    }

    /// "ước đạt" makes a figure an estimate, "điểm tự chấm" a self-assessment, and the goal
    /// words ("phấn đấu", "mục tiêu", "chỉ tiêu 90-100%", "chưa đạt tỷ lệ 70%", "70% theo yêu
    /// cầu") a target.
    private func markStatusAndTarget(_ f: inout ScannedFigure, in sentence: ReportText.Sentence, facts: SentenceFacts) {
        let t = f.tokens.lowerBound
        let lo = max(sentence.tokens.lowerBound, t - 4)
        let nearWords = (lo..<t).compactMap { text.word($0) }
        let near = nearWords.joined(separator: " ")
        if nearWords.contains("uoc") || near.contains("du kien") {
            f.estimated = true
        }
        // The words of the clause, and of the sentence, before the figure: looked up in the
        // sentence's facts rather than joined again at every figure of a long sentence.
        let clauseStart = facts.clauseStart(before: t)
        if facts.selfAssessed.contains(where: { $0.occurs(from: clauseStart, before: t) }) { f.selfAssessed = true }
        let goalBefore = facts.goal.occurs(from: sentence.tokens.lowerBound, before: t)
        let justBefore = (max(sentence.tokens.lowerBound, t - 4)..<t).compactMap { text.word($0) }.joined(separator: " ")
        let after = (f.tokens.upperBound + 1..<min(sentence.tokens.upperBound, f.tokens.upperBound + 4))
            .compactMap { text.word($0) }.joined(separator: " ")
        let goal = (max(sentence.tokens.lowerBound, t - 8)..<t).compactMap { text.word($0) }.joined(separator: " ")
        if goalBefore || (goal.contains("muc tieu") && goal.contains(" dat"))
            || justBefore.hasSuffix("chi tieu") || justBefore.hasSuffix("muc tieu") || justBefore.hasSuffix("chi tieu la")
            || justBefore.hasSuffix("muc tieu la") || justBefore.contains("chua dat") || justBefore.contains("khong dat")
            || after.hasPrefix("theo yeu cau") || after.hasPrefix("theo ke hoach") {
            f.isTarget = f.change == nil
        }
        if f.isTarget {
            if f.figure.shape == .range { f.targetComparator = "between" }
            else if f.qualifier == "at_most" || f.qualifier == "less_than" { f.targetComparator = "<=" }
        }
    }


    /// "13.322/16.942, đạt 78,63%" and "16/38 (42,1%)" are one figure: the share with its
    /// numerator and denominator.
    private func mergeFractionShares(_ figures: [ScannedFigure], in sentence: ReportText.Sentence) -> [ScannedFigure] {
        var result: [ScannedFigure] = []
        var i = 0
        let cues: Set<String> = ["(", "dat", "bang", "chiem", "="]
        while i < figures.count {
            let a = figures[i]
            if a.shape == .fraction, a.change == nil, i + 1 < figures.count {
                let b = figures[i + 1]
                let between = (a.tokens.upperBound + 1)..<b.tokens.lowerBound
                // "n/N <noun>, đạt x%": at most a short noun and a cue word between.
                if b.shape == .percent, b.change == nil, between.count <= 7,
                   between.contains(where: { cues.contains(text.tokens[$0].folded) }),
                   !between.contains(where: { text.isNumber($0) || text.symbol($0) == ";" }) {
                    var merged = b
                    merged.tokens = a.tokens.lowerBound...b.tokens.upperBound
                    merged.numerator = a.numerator
                    merged.denominator = a.denominator
                    merged.raw = text.text(tokens: a.tokens.lowerBound, through: b.tokens.upperBound)
                    merged.cueStart = a.cueStart
                    result.append(merged)
                    i += 2
                    continue
                }
            }
            result.append(a)
            i += 1
        }
        return result
    }
}

/// What the target and self-assessment rules ask about a sentence at every figure, found in
/// one pass over it: a sentence of 8,000 figures must not be re-read 8,000 times.
struct SentenceFacts {
    /// Where a run of words occurs in the sentence's words joined by spaces (as
    /// `joined().contains(_:)` would find it): the first word ends with the phrase's first
    /// word, the last starts with its last, the middle ones are equal.
    struct Occurrences {
        /// (first token, last token), in order.
        var spans: [(start: Int, end: Int)] = []

        init(_ phrase: String, words: [Int], text: ReportText) {
            let parts = phrase.split(separator: " ").map(String.init)
            guard parts.count >= 2 else { preconditionFailure("a phrase of two words or more") }
            let k = parts.count
            var i = 0
            while i + k <= words.count {
                let first = text.tokens[words[i]].folded, last = text.tokens[words[i + k - 1]].folded
                if first.hasSuffix(parts[0]), last.hasPrefix(parts[k - 1]),
                   (1..<(k - 1)).allSatisfy({ text.tokens[words[i + $0]].folded == parts[$0] }) {
                    spans.append((words[i], words[i + k - 1]))
                }
                i += 1
            }
        }

        /// Whether an occurrence lies within tokens `from..<before`.
        func occurs(from start: Int, before t: Int) -> Bool {
            // Spans of one phrase are in order by both ends: the last ending before `t` is the
            // one that starts latest.
            let i = spans.partitionPoint { $0.end >= t }
            return i > 0 && spans[i - 1].start >= start
        }
    }

    private let lowerBound: Int
    /// For each token of the sentence, the token after the last ';' or ':' before it.
    private var clauseStarts: [Int] = []
    let goal: Occurrences
    let selfAssessed: [Occurrences]

    init(_ sentence: ReportText.Sentence, text: ReportText) {
        lowerBound = sentence.tokens.lowerBound
        var start = sentence.tokens.lowerBound
        clauseStarts.reserveCapacity(sentence.tokens.count)
        for k in sentence.tokens {
            clauseStarts.append(start)
            if let s = text.symbol(k), ";:".contains(s) { start = k + 1 }
        }
        let words = sentence.tokens.filter { text.tokens[$0].kind == .word }
        goal = Occurrences("phan dau", words: words, text: text)
        selfAssessed = [Occurrences("tu cham", words: words, text: text), Occurrences("tu danh gia", words: words, text: text)]
    }

    /// The token after the last ';' or ':' before `t` in the sentence.
    func clauseStart(before t: Int) -> Int {
        t - lowerBound < clauseStarts.count ? clauseStarts[t - lowerBound] : clauseStarts.last ?? lowerBound
    }
}
