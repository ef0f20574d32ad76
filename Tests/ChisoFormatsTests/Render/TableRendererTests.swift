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

    @Test func truncatesLongTextWithEllipsis() throws {
        var options = RenderOptions()
        options.maxCellWidth = 8
        let text = try render(.table, [Column("name")], [[.text("Thành phố Hồ Chí Minh")], [.text("short\nline")]], options: options)
        #expect(text == "name\n--------\nThành p…\nshort l…\n")
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
