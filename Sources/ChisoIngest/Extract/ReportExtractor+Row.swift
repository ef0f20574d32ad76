import ChisoDomain

extension ReportExtractor {
    /// The candidate row of a draft: value, period, area, notes and a confidence that says how
    /// much of it the text stated rather than the extractor inferred.
    /// The area and agency of a figure whose sentence names a unit: a ministry is a unit of the
    /// country (area VN); a department, district or commune one of the figure's province,
    /// under its canonical name when the database knows it.
    func unit(named mention: UnitMentions.Mention?, area: AreaRecord?) -> (AreaRecord?, String?) {
        guard let mention else { return (area, nil) }
        if mention.kind == .ministry {
            guard let ministry = units.ministry(named: mention.name), let country = areas.record(id: "VN") else { return (area, nil) }
            return (country, ministry.name)
        }
        guard let area, area.level == "province" else { return (area, nil) }
        return (area, units.find(mention.name, in: area.id)?.name ?? UnitName.normalize(mention.name))
    }

    func row(_ d: Draft, area: AreaRecord?, areaNamed: Bool, agency: String? = nil, sentence: ReportText.Sentence, text: ReportText,
             scanner: FigureScanner, options: Options) -> ExtractedRow {
        let f = d.figure
        var notes = d.notes
        var indicator = d.indicator
        var value = f.value
        var baseline = d.baseline?.code
        var change = d.change
        // An annual index's change with no "so với …" ("tăng 4 bậc", "(-5,31%)") is against the
        // year before, as such reports always compare.
        if baseline == nil, f.change != nil || change != nil, let p = d.period, p.kind == .year,
           let before = try? Period.year(p.start.year - 1) {
            baseline = before.code
            notes.append("baseline assumed: the year before (\(before.code))")
        }
        var status = "reported"
        if f.selfAssessed {
            status = "self_assessed"
            if f.estimated { notes.append("also an estimate ('ước đạt')") }
        } else if f.estimated {
            status = "estimated"
        }
        if f.change != nil {
            // A change with no level: its own *_change indicator, value = the change.
            if let code = indicator, !code.hasSuffix("_change") {
                let changeCode = code + "_change"
                if indicators.contains(changeCode) {
                    indicator = changeCode
                } else {
                    notes.append("a change of \(code) given without its level")
                    indicator = nil
                }
            }
            value = f.value
            change = nil
            if baseline == nil { notes.append("no baseline ('so với …') in the sentence") }
        }
        if let c = change {
            switch d.changeUnit {
            case .places: notes.append("change in places (+ = moved up)")
            case .percent where !(f.isPercentagePoints):
                notes.append("change \(VietnameseNumber.format(c)) as written; the text does not say percentage points or relative")
            default: break
            }
            if baseline == nil {
                notes.append("change \(VietnameseNumber.format(c)) has no baseline in the text")
                change = nil
            }
        }
        if f.isTarget {
            notes.insert("TARGET (comparator \(f.targetComparator)\(f.figure.high.map { ", high \(VietnameseNumber.format($0))" } ?? "")): a goal, not an observation; move it to targets.csv", at: 0)
        }
        if let decimal = Self.decimalPointReading(f), f.change == nil, let code = d.indicator, let scale = indicators.maxima[code],
           f.value > scale, decimal <= scale {
            // "42.269 điểm" on PAPI's 80-point scale, "98.125%": a decimal point, since the
            // thousands reading lies past the indicator's scale.
            value = decimal
            notes.append("'\(f.raw)' read with a decimal point (\(code) is out of \(VietnameseNumber.format(scale)))")
        } else if f.raw.contains("."), !f.raw.contains(","), f.raw.split(separator: ".").last?.prefix(while: \.isASCIIDigitChar).count == 3 {
            notes.append("'\(f.raw)' read with a thousands dot")
        }
        if indicator == nil { notes.append("indicator unknown: choose one from `chiso indicators`") }
        if area == nil { notes.append("area unknown: give --area") }
        if !areaNamed, area != nil, options.defaultArea == nil { notes.append("area inferred: the province the report names most") }

        var confidence = 0.5
        if indicator != nil {
            confidence += d.indicatorScore >= 12 ? 0.3 : d.indicatorScore >= 6 ? 0.2 : 0.05
        } else {
            confidence -= 0.25
        }
        switch d.periodHow {
        case .sentence: confidence += 0.1
        case .paragraph, .framing, .option: break
        case .document: confidence -= 0.05
        case .none: confidence -= 0.2
        }
        if f.isTarget { confidence -= 0.1 }
        confidence = (min(0.99, max(0.05, confidence)) * 100).rounded() / 100

        let (numerator, denominator): (Double?, Double?) = f.shape == .score || f.change != nil ? (nil, nil) : (f.numerator, f.denominator)
        return ExtractedRow(
            indicator: indicator, area: area?.code, areaName: area?.name, agency: agency, period: d.period?.code,
            value: value, numerator: numerator, denominator: denominator, qualifier: f.qualifier, status: status,
            baselinePeriod: f.change != nil || change != nil ? baseline : nil,
            change: change, source: options.source, quote: quote(for: f, sentence: sentence, text: text),
            note: notes.isEmpty ? nil : notes.joined(separator: "; "), kind: f.isTarget ? .target : .observation,
            confidence: confidence, raw: f.raw,
            comparator: f.isTarget ? f.targetComparator : nil, valueHigh: f.isTarget ? f.figure.high : nil)
    }

    /// The value of a figure written with one dot before three digits ("42.269 điểm", "1.561")
    /// read as a decimal point, when the scanner read it as a thousands dot; else nil.
    static func decimalPointReading(_ f: ScannedFigure) -> Double? {
        guard f.numerator == nil || f.shape == .score, !f.raw.contains(",") else { return nil }
        let digits = f.raw.prefix { $0.isASCIIDigitChar || $0 == "." }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...3).contains(parts[0].count), parts[1].count == 3,
              let whole = Double(parts.joined()), whole == f.value else { return nil }
        return whole / 1000
    }

    /// A short exact substring around the figure: its cue words and what it counts, inside its
    /// sentence and clause.
    private func quote(for f: ScannedFigure, sentence: ReportText.Sentence, text: ReportText) -> String {
        var lo = max(sentence.tokens.lowerBound, min(f.cueStart, f.tokens.lowerBound) - 6)
        var hi = min(sentence.tokens.upperBound - 1, f.tokens.upperBound + 5)
        for k in stride(from: f.tokens.lowerBound - 1, through: lo, by: -1) where text.symbol(k).map({ ";:".contains($0) }) == true {
            lo = k + 1
            break
        }
        for k in (f.tokens.upperBound + 1)...max(f.tokens.upperBound + 1, hi) where k <= hi {
            if let s = text.symbol(k), ";:.(".contains(s) { hi = k - 1; break }
        }
        while lo < f.tokens.lowerBound, text.tokens[lo].kind == .symbol, text.tokens[lo].folded != "(" { lo += 1 }
        while hi > f.tokens.upperBound, text.tokens[hi].kind == .symbol, text.tokens[hi].folded != ")" { hi -= 1 }
        return text.text(tokens: lo, through: hi)
    }
}
