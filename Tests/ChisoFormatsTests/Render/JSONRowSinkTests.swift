import Testing
import ChisoFormats

@Suite struct JSONRowSinkTests {
    @Test func writesTypedObjectsInColumnOrder() throws {
        let text = try render(.json, sampleColumns, sampleRows)
        #expect(text == """
            [
              {"indicator":"dvc766","area":"Hà Nội","value":42.06,"rank":3},
              {"indicator":"tthc","area":"VN","value":1824,"rank":null}
            ]

            """)
    }

    @Test func writesEmptyArrayForNoRows() throws {
        #expect(try render(.json, sampleColumns, []) == "[]\n")
        #expect(try render(.jsonl, sampleColumns, []) == "")
    }

    @Test func writesOneObjectPerLine() throws {
        let text = try render(.jsonl, sampleColumns, sampleRows)
        #expect(text == """
            {"indicator":"dvc766","area":"Hà Nội","value":42.06,"rank":3}
            {"indicator":"tthc","area":"VN","value":1824,"rank":null}

            """)
    }

    @Test func escapesQuotesBackslashesAndControls() throws {
        let text = try render(.jsonl, [Column("k\"ey"), Column("v", .real)], [
            [.text("a\"b\\c\nd\te\u{01}f\u{2028}"), .real(.nan)],
        ])
        #expect(text == #"{"k\"ey":"a\"b\\c\nd\te\u0001f\u2028","v":null}"# + "\n")
    }

    @Test func producesJSONFoundationCanParse() throws {
        let text = try render(.json, sampleColumns, sampleRows)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 2)
        #expect(parsed?.first?["area"] as? String == "Hà Nội")
        #expect(parsed?.first?["value"] as? Double == 42.06)
    }
}

import Foundation
