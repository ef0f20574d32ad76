import ChisoFormats
import Foundation
import Testing

/// Every record of `text` as (fields, line) pairs.
private func records(_ text: String, delimiter: Character? = nil) throws -> [CSVRecord] {
    try records(Data(text.utf8), delimiter: delimiter)
}

private func records(_ data: Data, delimiter: Character? = nil) throws -> [CSVRecord] {
    var reader = try CSVReader(data: data, delimiter: delimiter, name: "data.csv")
    var result: [CSVRecord] = []
    while let record = try reader.next() { result.append(record) }
    return result
}

/// The error reading all of `text` throws.
private func readError(_ text: String) -> InputError? {
    readError(Data(text.utf8))
}

private func readError(_ data: Data) -> InputError? {
    do {
        _ = try records(data)
        return nil
    } catch let error as InputError {
        return error
    } catch {
        return nil
    }
}

@Suite struct CSVReaderTests {
    @Test func readsFieldsAndLines() throws {
        #expect(try records("a,b,c\n1,2,3\n") == [
            CSVRecord(fields: ["a", "b", "c"], line: 1),
            CSVRecord(fields: ["1", "2", "3"], line: 2),
        ])
    }

    @Test func stripsBOMAndAcceptsCRLFAndLoneCR() throws {
        #expect(try records("\u{FEFF}a,b\r\n1,2\r3,4") == [
            CSVRecord(fields: ["a", "b"], line: 1),
            CSVRecord(fields: ["1", "2"], line: 2),
            CSVRecord(fields: ["3", "4"], line: 3),
        ])
    }

    @Test(arguments: [
        ("a;b;c\n1;2,5;3\n", ";" as Character, ["1", "2,5", "3"]),
        ("a\tb\tc\n1\t2\t3\n", "\t", ["1", "2", "3"]),
        ("a,b;c\n1,2;3\n", ",", ["1", "2;3"]),
        ("\"x;y\",b,c\n1,2,3\n", ",", ["1", "2", "3"]),
    ])
    func sniffsDelimiterFromHeader(text: String, delimiter: Character, second: [String]) throws {
        var reader = try CSVReader(data: Data(text.utf8))
        #expect(reader.delimiter == delimiter)
        _ = try reader.next()
        #expect(try reader.next()?.fields == second)
    }

    @Test func usesGivenDelimiter() throws {
        #expect(try records("a;b,c\n", delimiter: ",").first?.fields == ["a;b", "c"])
    }

    @Test func readsQuotedDelimitersQuotesAndNewlines() throws {
        let text = "name,note\n\"Hà Nội, VN\",\"say \"\"hi\"\"\"\n\"two\nlines\",\"\"\nlast,x\n"
        #expect(try records(text) == [
            CSVRecord(fields: ["name", "note"], line: 1),
            CSVRecord(fields: ["Hà Nội, VN", "say \"hi\""], line: 2),
            CSVRecord(fields: ["two\nlines", ""], line: 3),
            CSVRecord(fields: ["last", "x"], line: 5),
        ])
    }

    @Test func normalisesDecomposedTextToNFC() throws {
        let nfd = "Tuye\u{0302}n Quang"
        let fields = try records("\(nfd),x\n").first?.fields
        #expect(fields == ["Tuyên Quang", "x"])
        #expect(fields?.first?.unicodeScalars.count == 11)
    }

    @Test(arguments: [
        ("Tuye\u{0302}n Quang", "Tuyên Quang"),
        ("Ho\u{0300}a Bi\u{0300}nh", "Hòa Bình"),
        ("Tho\u{031B}\u{0323}", "Thợ"),
        ("\u{212B}ngstr\u{00F6}m", "\u{00C5}ngstr\u{00F6}m"),
        ("Đắk Lắk", "Đắk Lắk"),
    ])
    func normalisesEachFieldToNFC(input: String, nfc: String) throws {
        let field = try records(input + "\n").first?.fields.first
        #expect(field.map { Array($0.unicodeScalars) } == Array(nfc.unicodeScalars))
    }

    @Test func readsFromAFileHandleSuchAsStdin() throws {
        let pipe = Pipe()
        let text = "a;b\n" + String(repeating: "Huế;1\n", count: 20_000)
        let writer = Thread { pipe.fileHandleForWriting.write(Data(text.utf8)); try? pipe.fileHandleForWriting.close() }
        writer.start()
        var reader = try CSVReader(fileHandle: pipe.fileHandleForReading, name: "<stdin>")
        var count = 0
        while let record = try reader.nextRow(expecting: 2) {
            count += 1
            if count == 20_001 { #expect(record == CSVRecord(fields: ["Huế", "1"], line: 20_001)) }
        }
        #expect(count == 20_001)
        #expect(reader.delimiter == ";")
        #expect(reader.totalBytes == nil)
        #expect(reader.bytesRead == text.utf8.count)
    }

    @Test func skipsBlankLinesAndIgnoresTrailingOnes() throws {
        #expect(try records("a\n\n\r\nb\n\n\n") == [
            CSVRecord(fields: ["a"], line: 1),
            CSVRecord(fields: ["b"], line: 4),
        ])
    }

    @Test func keepsEmptyFields() throws {
        #expect(try records(",a,\n\"\",,").map(\.fields) == [["", "a", ""], ["", "", ""]])
    }

    @Test func readsNothingFromEmptyInput() throws {
        #expect(try records("").isEmpty)
        #expect(try records("\u{FEFF}").isEmpty)
    }

    @Test func reportsUnterminatedQuoteWhereItOpened() {
        let error = readError("a,b\n1,\"open\nmore\n")
        #expect(error == InputError(file: "data.csv", line: 2, column: 3,
                                  message: "unterminated quoted field (opened here); close it with \""))
        #expect(error?.description == "data.csv:2:3: unterminated quoted field (opened here); close it with \"")
    }

    @Test func reportsQuoteInsideUnquotedField() {
        let error = readError("a,b\nHà Nội,ab\"c\n")
        #expect(error?.line == 2)
        #expect(error?.column == 10)
        #expect(error?.message.hasPrefix("quote inside an unquoted field") == true)
    }

    @Test func reportsTextAfterClosingQuote() {
        let error = readError("a,b\n\"Huế\"x,b\n")
        #expect(error?.line == 2)
        #expect(error?.column == 6)
        #expect(error?.message.hasPrefix("text after the closing quote") == true)
    }

    @Test func reportsNULByte() {
        let error = readError("a,b\nx,y\u{0}z\n")
        #expect(error?.line == 2)
        #expect(error?.column == 4)
        #expect(error?.message.hasPrefix("NUL byte") == true)
    }

    @Test func reportsInvalidUTF8WithOffset() {
        var bytes = Array("a,b\nHà,x".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array("y\n".utf8))
        let error = readError(Data(bytes))
        #expect(error == InputError(file: "data.csv", line: 2, column: 5,
                                  message: "invalid UTF-8 (byte 0xFF at byte offset 9); save the file as UTF-8, or say what it is with --encoding windows-1258 (Vietnamese Windows) or windows-1252"))
    }

    @Test func reportsInvalidUTF8InsideQuotedFieldOnItsLine() {
        var bytes = Array("a\n\"x\"\"\nầb".utf8)
        bytes.append(0xC3)
        bytes.append(contentsOf: Array("\"\n".utf8))
        let error = readError(Data(bytes))
        #expect(error?.line == 3)
        #expect(error?.column == 3)
        #expect(error?.message.contains("byte 0xC3 at byte offset 11") == true)
    }

    @Test func enforcesFieldCountWhenAsked() throws {
        var reader = try CSVReader(data: Data("a,b,c\n1,2\n".utf8), name: "data.csv")
        #expect(try reader.nextRow(expecting: 3)?.fields == ["a", "b", "c"])
        #expect(throws: InputError(file: "data.csv", line: 2, message: "expected 3 fields, found 2")) {
            _ = try reader.nextRow(expecting: 3)
        }
    }

    @Test func reportsMissingFile() {
        #expect(throws: InputError(file: "/nonexistent/x.csv", line: 0, message: "no such file")) {
            _ = try CSVReader(fileAtPath: "/nonexistent/x.csv")
        }
    }
}
