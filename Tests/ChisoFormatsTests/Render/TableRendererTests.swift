import Testing
import ChisoFormats

@Suite struct TableRendererTests {
    @Test func alignsTextLeftAndNumbersRight() throws {
        let text = try render(.table, sampleColumns, sampleRows)
        #expect(text == """
            indicator  area    value  rank
            ---------  ------  -----  ----
            dvc766     Hà Nội  42.06     3
            tthc       VN       1824

            """)
    }

    @Test func countsCombiningMarksAsZeroWidth() throws {
        let nfd = "Tuye\u{0302}n Quang"         // NFD: "ê" as e + combining circumflex
        let text = try render(.table, [Column("area"), Column("n", .integer)], [
            [.text(nfd), .integer(1)],
            [.text("Huế"), .integer(22)],
        ])
        #expect(text == """
            area          n
            -----------  --
            \(nfd)   1
            Huế          22

            """)
    }

    @Test func countsWideCharactersAsTwo() throws {
        let text = try render(.table, [Column("a"), Column("b")], [[.text("漢字"), .text("x")]])
        #expect(text == "a     b\n----  -\n漢字  x\n")
    }

    /// Whole words: "Thành p…" would misquote.
    @Test func truncatesLongTextAtAWholeWordWithEllipsis() throws {
        var options = RenderOptions()
        options.maxCellWidth = 8
        let text = try render(.table, [Column("name")], [[.text("Thành phố Hồ Chí Minh")], [.text("short\nline")], [.text("Quyếtđịnh766")]], options: options)
        #expect(text == "name\n--------\nThành…\nshort…\nQuyếtđị…\n")
    }

    @Test func fitsTheLineWidthByShorteningTheWidestTextNeverNumbers() throws {
        var options = RenderOptions()
        options.maxLineWidth = 30
        let text = try render(.table, [Column("name"), Column("empty"), Column("value", .real)],
                              [[.text("Chỉ số cải cách hành chính cấp tỉnh"), .null, .real(781131.25)]], options: options)
        // The empty column goes; the quote is cut after a word; the number stays whole.
        #expect(text.split(separator: "\n").map(String.init) == [
            "name" + String(repeating: " ", count: 21) + "value",
            String(repeating: "-", count: 19) + "  " + String(repeating: "-", count: 9),
            "Chỉ số cải cách…     781131.25",
        ])
    }

    @Test func showsVietnameseHeadersLabelsAndNumbers() throws {
        var options = RenderOptions()
        options.display.vietnameseNumbers = true
        options.display.headers = ["value": "giá trị"]
        options.display.labels = ["result": ["met": "đạt"]]
        options.display.percentColumns = ["value"]
        let columns = [Column("result"), Column("value", .real), Column("count", .integer)]
        let text = try render(.table, columns, [[.text("met"), .real(42.06), .integer(781131)], [.text("x"), .real(58.52), .integer(1824)]], options: options)
        #expect(text == "result  giá trị    count\n------  -------  -------\nđạt      42,06%  781.131\nx        58,52%     1824\n")
        let markdown = try render(.markdown, columns, [[.text("met"), .real(42.06), .integer(781131)]], options: options)
        #expect(markdown.contains("| đạt | 42,06% | 781.131 |"))
        let csv = try render(.csv, columns, [[.text("met"), .real(42.06), .integer(781131)]], options: options)
        #expect(csv == "result,value,count\nmet,42.06,781131\n")
    }

    @Test func printsEmptyMessageForNoRows() throws {
        var options = RenderOptions()
        options.emptyMessage = "no values match"
        #expect(try render(.table, sampleColumns, [], options: options) == "no values match\n")
    }
}

@Suite struct MarkdownRendererTests {
    @Test func writesGitHubTableWithEscapedPipes() throws {
        let text = try render(.markdown, [Column("a"), Column("n", .real)], [
            [.text("x|y"), .real(42.06)],
            [.text("two\nlines"), .null],
        ])
        #expect(text == """
            | a | n |
            | --- | ---: |
            | x\\|y | 42.06 |
            | two<br>lines |  |

            """)
    }
}
