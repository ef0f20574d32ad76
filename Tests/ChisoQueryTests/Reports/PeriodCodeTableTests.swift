import ChisoQuery
import Testing

/// `compare` looks each index entry's period up by the bytes SQLite holds: the lookup must
/// find exactly the code with those bytes, short or long, and nothing for another code.
@Suite struct PeriodCodeTableTests {
    let table = PeriodCodeTable([
        (code: "2023", value: 1), (code: "2023-H1", value: 2), (code: "2023-01/2023-09", value: 3),
        (code: "2016/2020-longer-code", value: 4), (code: "2023-09-30", value: 5), (code: "2023-09", value: 6),
    ])

    @Test func findsEachCodeByItsBytes() {
        #expect(table["2023"] == 1)
        #expect(table["2023-H1"] == 2)
        #expect(table["2023-09-30"] == 5)
        #expect(table["2023-09"] == 6)
    }

    /// 15 bytes are packed; 16 and more are looked up by String.
    @Test func findsCodesOfFifteenBytesAndLonger() {
        #expect(table["2023-01/2023-09"] == 3)
        #expect(table["2016/2020-longer-code"] == 4)
    }

    /// A prefix, a code with a trailing NUL byte (same packed bytes, other length) and an
    /// unknown code find nothing.
    @Test func findsNothingForAnotherCode() {
        #expect(table["202"] == nil)
        #expect(table["2023\u{0}"] == nil)
        #expect(table["2023-H2"] == nil)
        #expect(table["2016/2020-longer-codf"] == nil)
        #expect(table[""] == nil)
    }

    @Test func looksUpFromRawBytes() {
        let bytes: [UInt8] = Array("2023-H1".utf8)
        #expect(bytes.withUnsafeBufferPointer { table.value(forUTF8: $0) } == 2)
    }
}
