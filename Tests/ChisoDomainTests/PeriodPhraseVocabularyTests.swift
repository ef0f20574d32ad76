import ChisoTestSupport
import Foundation
import Testing
@testable import ChisoDomain

/// `Period.phraseWords` and `phraseSymbols` must hold every word and symbol the phrase grammar
/// reads: `chiso extract` stops trying longer spans at the first token outside them, so a word
/// missing here would cut phrases short without any other test noticing at once.
@Suite struct PeriodPhraseVocabularyTests {
    /// The string literals of the grammar's source files, comments left out.
    private static func literals() throws -> [String] {
        let files = ["PeriodPhraseParser.swift", "Period+Vietnamese.swift", "PeriodToken.swift"]
        var found: [String] = []
        for file in files {
            let url = PackagePaths.root.appendingPathComponent("Sources/ChisoDomain/\(file)")
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard !code.hasPrefix("//") else { continue }
                // Literals, with interpolations ("\(w == "dau" ? …)") skipped whole.
                var inside = false, current = "", depth = 0, previous: Character = " "
                for ch in code {
                    defer { previous = ch }
                    if depth > 0 {
                        if ch == "(" { depth += 1 } else if ch == ")" { depth -= 1 }
                    } else if inside, previous == "\\", ch == "(" {
                        current.removeLast()
                        depth = 1
                    } else if ch == "\"" {
                        if inside { found.append(current) }
                        inside.toggle()
                        current = ""
                    } else if inside {
                        current.append(ch)
                    }
                }
            }
        }
        return found
    }

    @Test func holdsEveryWordTheGrammarCompares() throws {
        let words = try Self.literals().filter { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLetter } }
        #expect(words.count > 40)
        let missing = Set(words.map { $0.lowercased() }).subtracting(Period.phraseWords)
        #expect(missing.isEmpty, "words the grammar reads but Period.phraseWords lacks: \(missing.sorted())")
    }

    @Test func holdsEverySymbolTheGrammarCompares() throws {
        let symbols = try Self.literals().filter { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isPunctuation || "-/".contains($0) } }
        #expect(!symbols.isEmpty)
        let missing = Set(symbols.joined()).subtracting(Period.phraseSymbols)
        #expect(missing.isEmpty, "symbols the grammar reads but Period.phraseSymbols lacks: \(missing.sorted())")
    }

    /// Phrases of every kind the grammar reads: each word of their folded text is in the list.
    @Test(arguments: [
        "tính đến hết ngày 30/9/2023", "9 tháng đầu năm 2023", "quý I, II năm 2024", "từ tháng 11 đến tháng 2/2024",
        "giai đoạn 2016-2020", "nửa cuối năm nay", "mười một tháng đầu năm 2024", "cùng kỳ năm trước", "hiện tại",
        "hôm nay", "lũy kế 6 tháng năm 2023", "trích xuất ngày 13.10.2023", "kể từ năm 2016 đến nay", "bắt đầu từ quý IV/2023 đến nay",
        "nhiệm kỳ 2020-2025", "thời kỳ 2021-2025", "tại thời điểm 31/12/2024", "bảy tháng đầu năm ngoái", "2024 H1",
    ])
    func coversPhrasesItReads(_ phrase: String) throws {
        _ = try Period.parse(phrase, context: PeriodContext(year: 2024, asOf: try CalendarDate(year: 2024, month: 6, day: 30)))
        let words = VietnameseText.fold(phrase).split(whereSeparator: { !$0.isLetter })
        #expect(words.allSatisfy { Period.phraseWords.contains(String($0)) }, "\(phrase)")
    }

    /// A word outside the list ends a phrase: no span holding it is a period.
    @Test(arguments: ["năm 2023 đạt", "tháng 9/2023 tỉnh", "quý III/2023 (", "ngày 30/9/2023 %"])
    func refusesSpansWithOtherTokens(_ phrase: String) {
        #expect(throws: PeriodError.self) { try Period.parse(phrase, context: PeriodContext(year: 2024)) }
    }
}
