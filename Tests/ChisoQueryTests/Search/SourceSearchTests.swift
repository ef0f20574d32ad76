import ChisoFormats
import ChisoStorage
import ChisoTestSupport
import Testing
import ChisoIngest
@testable import ChisoQuery
import ChisoDomain

@Suite struct FoldedTokensTests {
    @Test func foldsTokensAndKeepsTheirPlace() {
        let tokens = FoldedTokens("Đạt 42,06% số hóa")
        #expect(tokens.tokens.map(\.folded) == ["dat", "42", "06", "so", "hoa"])
        #expect(tokens.foldedText == "dat 42 06 so hoa")
        #expect(tokens.ranges(ofPhrase: ["so", "hoa"]) == [11..<17])
    }

    @Test func marksTheAccentedOriginal() {
        let tokens = FoldedTokens("Tỷ lệ số hóa hồ sơ đạt 79,46%")
        let search = SourceSearch(text: "so hoa ho so")
        #expect(search.snippet(tokens, marks: tokens.ranges(ofPhrase: ["so", "hoa", "ho", "so"])) == "Tỷ lệ «số hóa hồ sơ» đạt 79,46%")
    }

    @Test func cutsLongPassagesAroundTheFirstMatch() {
        let text = String(repeating: "một hai ba ", count: 40) + "đạt" + String(repeating: " bốn năm", count: 40)
        var search = SourceSearch(text: "dat")
        search.snippetLength = 40
        let tokens = FoldedTokens(text)
        let snippet = search.snippet(tokens, marks: tokens.ranges(ofPhrase: ["dat"]))
        #expect(snippet.hasPrefix("…"))
        #expect(snippet.hasSuffix("…"))
        #expect(snippet.contains("«đạt»"))
        #expect(snippet.count < 60)
    }

    @Test func splitsLongParagraphsIntoSentences() {
        let paragraph = String(repeating: "x", count: 200) + ". Đạt 1.824 TTHC. " + String(repeating: "y", count: 200)
        #expect(Passages.split("A.\n\n" + paragraph) == ["A.", String(repeating: "x", count: 200) + ".", "Đạt 1.824 TTHC.", String(repeating: "y", count: 200)])
    }
}

@Suite struct SourceSearchTests {
    let directory = TemporaryDirectory("ingest-search")
    let database: Database

    init() throws {
        database = try Database(path: directory.path("search.db"), access: .create)
        _ = try SeedLoader(directory: PackagePaths.seeds.path).load(into: database)
    }

    @Test(arguments: ["so hoa ho so", "số hóa hồ sơ", "dat", "đạt", "Tuyên Quang", "tuyen quang", "ĐẠT"])
    func findsWithOrWithoutDiacritics(query: String) throws {
        let result = try SourceSearch(text: query, limit: 50).run(database)
        #expect(!result.rows.isEmpty)
        #expect(result.columns.map(\.name) == ["source", "title", "passage", "snippet"])
    }

    @Test func dAndĐFindTheSamePassages() throws {
        let plain = try SourceSearch(text: "dat", limit: 500).run(database)
        let accented = try SourceSearch(text: "Đạt", limit: 500).run(database)
        #expect(plain == accented)
    }

    @Test func treatsFTSSyntaxAsWords() throws {
        #expect(try SourceSearch(text: "\"đạt\" (*", limit: 5).run(database).rows.count == 5)
        #expect(throws: (any Error).self) { try SourceSearch(text: "\"(*", limit: 5).run(database) }
    }

    @Test func fallsBackToAllWordsWhenThePhraseIsAbsent() throws {
        let result = try SourceSearch(text: "Tuyên Quang 83,81", limit: 5).run(database)
        #expect(result.rows.count == 1)
        guard case .text(let snippet)? = result.rows.first?[3] else { Issue.record("no snippet"); return }
        #expect(snippet == "Chỉ số CCHC tỉnh «Tuyên» «Quang» năm 2020 đạt «83»,«81»%, tăng 6,53% so với năm 2016;")
    }
}
