import Testing
@testable import ChisoQuery

@Suite struct FindingSpoolTests {
    private func finding(_ severity: Severity, _ rule: CheckRule, area: String, indicator: String = "x", period: String = "2024",
                         message: String, sources: [String] = [], quotes: [String] = []) -> Finding {
        Finding(severity, rule, area: area, indicator: indicator, period: period, message: message,
                rows: [.observation(12), .target(3), .rollout(40)], sources: sources, quotes: quotes)
    }

    @Test func givesFindingsBackInTheOrderOfTheInMemorySort() throws {
        let found = [
            finding(.info, .implied, area: "p63-01", message: "a"),
            finding(.error, .target, area: "p63-08", message: "b"),
            finding(.warning, .conflict, area: "p63-01", message: "c"),
            finding(.error, .rateVsFraction, area: "p63-08", message: "d"),
            finding(.error, .rateVsFraction, area: "p63-01", indicator: "y", message: "e"),
            finding(.error, .rateVsFraction, area: "p63-01", indicator: "y", message: "f (same key as e: found later, shown later)"),
            finding(.error, .rateVsFraction, area: "p63-01", indicator: "y", period: "2023", message: "g"),
        ]
        let spool = try FindingSpool()
        for f in found { try spool.append(f) }
        var back: [Finding] = []
        try spool.forEach { back.append($0) }
        #expect(back == DataCheck.sorted(found))
        #expect(back.map(\.message).prefix(3) == ["g", "e", "f (same key as e: found later, shown later)"])
        #expect(spool.total == 7 && spool.counts[.error] == 5 && spool.counts[.warning] == 1 && spool.counts[.info] == 1)
    }

    @Test func keepsQuotesAndSourcesExactlyWhateverTheyHold() throws {
        let texts = ["", "3:ab", "Hà Nội; Sở Nội vụ", "12:", "a\nb\"c", "🇻🇳 đạt 98,5%"]
        let spool = try FindingSpool()
        try spool.append(finding(.warning, .conflict, area: "p63-01", message: "m", sources: texts, quotes: texts.reversed()))
        try spool.append(finding(.warning, .conflict, area: "p63-02", message: "n"))
        var back: [Finding] = []
        try spool.forEach { back.append($0) }
        #expect(back.first?.sources == texts)
        #expect(back.first?.quotes == texts.reversed())
        #expect(back.first?.rows == [.observation(12), .target(3), .rollout(40)])
        #expect(back.last?.sources == [] && back.last?.quotes == [])
    }
}
