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

    private(set) var mentions: [Mention] = []

    init(text: ReportText, directory: AreaDirectory, on date: CalendarDate?) {
        let country = directory.records.first { $0.level == "country" }
        for sentence in text.sentences {
            for t in sentence.tokens {
                guard let w = text.word(t) else { continue }
                var record: AreaRecord?
                var ownProvince = false
                if w == "tinh" || (w == "pho" && text.word(t - 1) == "thanh") || w == "tp" {
                    record = Self.name(after: t, text: text, directory: directory, on: date, cityOnly: w != "tinh")
                    // "toàn tỉnh", "của tỉnh": the report's province; not "các tỉnh", "63 tỉnh".
                    ownProvince = record == nil && w == "tinh" && !["cac", "nhung", "moi"].contains(text.word(t - 1) ?? "")
                        && !text.isNumber(t - 1) && text.symbol(t - 1) != "/" && !text.isNumber(t - 2)
                } else if let country, text.matches(["ca", "nuoc"], at: t) || text.matches(["toan", "quoc"], at: t)
                            || text.matches(["cac", "bo", "nganh", "dia", "phuong"], at: t) {
                    record = country
                }
                if record != nil || ownProvince {
                    mentions.append(Mention(token: t, record: record, sentence: sentence.index, paragraph: sentence.paragraph))
                }
            }
        }
    }

    /// The most named province: what "toàn tỉnh" and an unplaced figure refer to.
    var mostNamedProvince: AreaRecord? {
        var counts: [String: (Int, AreaRecord)] = [:]
        for m in mentions where !m.isCountry {
            guard let record = m.record else { continue }
            counts[record.id] = ((counts[record.id]?.0 ?? 0) + 1, record)
        }
        return counts.values.max { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1.id > $1.1.id) }?.1
    }

    /// The area of a figure: named in its sentence (the nearest mention before it, else a
    /// province after it), else in its paragraph (a province before the country), else the
    /// report's own. A bare "tỉnh" stands for `own`.
    func area(forToken t: Int, sentence: Int, paragraph: Int, own: AreaRecord?) -> (record: AreaRecord?, named: Bool) {
        let inSentence = mentions.filter { $0.sentence == sentence }
        if let before = inSentence.last(where: { $0.token < t }) { return (before.record ?? own, true) }
        if let after = inSentence.first(where: { !$0.isCountry }) { return (after.record ?? own, true) }
        let inParagraph = mentions.filter { $0.paragraph == paragraph }
        if let m = inParagraph.first(where: { !$0.isCountry }) ?? inParagraph.first { return (m.record ?? own, true) }
        return (own, false)
    }

    /// Capitalised words after "tỉnh"/"thành phố", longest first, resolved on `date`.
    private static func name(after t: Int, text: ReportText, directory: AreaDirectory, on date: CalendarDate?,
                             cityOnly: Bool) -> AreaRecord? {
        var words: [Int] = []
        var k = t + 1
        if text.symbol(k) == "." { k += 1 }
        while words.count < 4, k < text.tokens.count, text.tokens[k].kind == .word, text.tokens[k].capitalised {
            words.append(k)
            k += 1
            if text.symbol(k) == "-", text.tokens.indices.contains(k + 1), text.tokens[k + 1].capitalised { k += 1 }
        }
        while let last = words.last {
            let name = text.text(tokens: words[0], through: last)
            if let record = try? directory.resolve(name, on: date), record.level != "country" {
                if !cityOnly { return record }
                let official = VietnameseText.fold(record.officialName ?? "")
                return official.hasPrefix("thanh pho") ? record : nil
            }
            words.removeLast()
        }
        return nil
    }
}
