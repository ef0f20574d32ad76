import Testing
import ChisoFormats

@Suite struct CSVRowSinkTests {
    @Test func writesPlainNumbersAndEmptyNulls() throws {
        let text = try render(.csv, sampleColumns, sampleRows)
        #expect(text == "indicator,area,value,rank\ndvc766,Hà Nội,42.06,3\ntthc,VN,1824,\n")
    }

    @Test func quotesOnlyWhatNeedsQuoting() throws {
        let text = try render(.csv, [Column("a"), Column("b"), Column("c"), Column("d")], [
            [.text("x,y"), .text("say \"hi\""), .text("two\nlines"), .text("cr\rhere")],
        ])
        #expect(text == "a,b,c,d\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\n")
    }

    @Test func omitsHeaderWhenAsked() throws {
        var options = RenderOptions()
        options.header = false
        #expect(try render(.csv, [Column("a")], [[.text("1")]], options: options) == "1\n")
    }

    @Test func excelModeWritesBOMCRLFAndGuardsFormulas() throws {
        var options = RenderOptions()
        options.excel = true
        let columns = [Column("t"), Column("n", .integer), Column("r", .real)]
        let text = try render(.csv, columns, [
            [.text("=1+1"), .integer(-3), .real(-0.5)],
            [.text("+84"), .integer(1), .real(2)],
            [.text("-x"), .null, .null],
            [.text("@a"), .null, .null],
            [.text("\tTab"), .null, .null],
            [.text("plain"), .null, .null],
        ], options: options)
        let expected = "\u{FEFF}t,n,r\r\n'=1+1,-3,-0.5\r\n'+84,1,2\r\n'-x,,\r\n'@a,,\r\n'\tTab,,\r\nplain,,\r\n"
        #expect(text == expected)
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func guardsBeforeQuoting() throws {
        var options = RenderOptions()
        options.excel = true
        options.header = false
        let text = try render(.csv, [Column("t")], [[.text("=HYPERLINK(\"x\",\"y\")")]], options: options)
        #expect(text == "\u{FEFF}\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\r\n")
    }

    @Test func tsvReplacesTabsAndNewlinesWithSpaces() throws {
        let text = try render(.tsv, [Column("a"), Column("b", .real)], [
            [.text("x\ty\nz\r\nw"), .real(1.25)],
        ])
        #expect(text == "a\tb\nx y z w\t1.25\n")
    }
}
