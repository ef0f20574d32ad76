import ChisoFormats
import ChisoTestSupport
import Foundation
import Testing

/// Seeded random fuzzing of `CSVReader`: every input gives records or one `InputError` naming a
/// line, never a crash or a hang, and reading from memory and from a file (in 64 KiB chunks)
/// agree (docs/fuzzing.md).
@Suite struct CSVReaderFuzzTests {
    static let megabyte = 1 << 20

    static let corpus: [[UInt8]] = [
        "indicator,area,period,value\nqd766_score,08,2023,58.52\n",
        "a;b;c\r\n1;2;3\r\n", "a\tb\n1\t2\n", "\"Thành phố \"\"Huế\"\"\nmới\",\"a,b\"\r\nend,Tuye\u{0302}n\n",
        "a,b\r1,2\r3,4", "a,b\n\n\n1,2\n", "\u{FEFF}a,b\n1,2\n", "a\n\"\"\n", ",\n,,\n,,,\n",
        // Hostile: quotes and line ends.
        "\"", "\"\"", "\"\"\"", "a,\"b", "a\"b,c\n", "\"a\"b,c\n", "\"a\"\"", "\r", "\r\r\n\n\r", "\n\"\r\"\r",
        "a,b\r\n\"x\r\ny\r\"z\"\r\n", String(repeating: "\"", count: 10_001),
        // Hostile: bytes.
        "a,b\n1,\u{0}\n", "\u{0}", "\"\u{0}\"", "a,b\n1,2\u{0}", "\u{202E}a,\u{200F}b\n", "Tuye\u{0302}\u{0300}\u{0301}\u{0323}n,x\n",
        "e\u{0301}" + String(repeating: "\u{0301}", count: 10_000) + "\n", "\u{1100}\u{1161}\u{11A8},\u{212B}\n",
        // Hostile: sizes.
        "a," + String(repeating: "x", count: megabyte) + "\n", "\"" + String(repeating: "ấ", count: megabyte / 3) + "\"\n",
        String(repeating: ",", count: 100_000) + "\n", String(repeating: "1,", count: 50_000) + "\n" + String(repeating: "\n", count: 100_000),
        "value\n" + String(repeating: "9", count: 100_000) + "\n",
    ].map { Array($0.utf8) } + [
        [0xFF, 0xFE, 0x61, 0x00], [0xEF, 0xBB], [0xEF, 0xBB, 0xBF], [0xC3], [0xC3, 0x28], [0xE1, 0xBB],
        [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x22, 0xE1, 0x0A], [0x61, 0x2C, 0x80, 0x0D, 0x0A],
        Array("a,b\n".utf8) + [UInt8](repeating: 0x41, count: (1 << 16) - 5) + [0xE1, 0xBB, 0x87, 0x0A],
        Array("\"".utf8) + [UInt8](repeating: 0x41, count: (1 << 16) - 2) + [0x22, 0x22, 0x0D, 0x0A, 0x22],
    ]

    static let tokens: [[UInt8]] = ["\"", "\"\"", ",", ";", "\t", "\r\n", "\n", "\r", "ế", "e\u{0302}", "\u{FEFF}", "\u{0}"]
        .map { Array($0.utf8) }

    /// Every record and the error, if any: what one way of reading the input produced.
    private static func readAll(_ reader: () throws(InputError) -> CSVReader) -> (records: [CSVRecord], error: InputError?) {
        var records: [CSVRecord] = []
        do {
            var csv = try reader()
            while let record = try csv.next() { records.append(record) }
            guard csv.bytesRead == csv.totalBytes else {
                return (records, InputError(file: "fuzz", line: 0, message: "stopped at byte \(csv.bytesRead) of \(csv.totalBytes ?? -1)"))
            }
            return (records, nil)
        } catch {
            return (records, error)
        }
    }

    @Test func everyInputGivesRecordsOrOneError() {
        let iterations = Fuzz.iterations(default: 3_000)
        let report = Fuzz.run(corpus: Self.corpus, tokens: Self.tokens, iterations: iterations) {
            let directory = TemporaryDirectory("chiso-csv-fuzz")
            var count = 0
            return { bytes in
                count += 1
                for delimiter in [nil, ";" as Character] {
                    let memory = Self.readAll { () throws(InputError) in try CSVReader(data: Data(bytes), delimiter: delimiter, name: "fuzz") }
                    if let error = memory.error {
                        guard Fuzz.isOneLine(error.description), error.column.map({ $0 >= 1 }) ?? true else {
                            return "bad error: \(String(reflecting: error.description))"
                        }
                    }
                    // Through a file in 64 KiB chunks: the big inputs, and every eighth small one.
                    guard bytes.count > 60_000 || count % 8 == 0 else { continue }
                    let path = directory.path("fuzz.csv")
                    guard (try? Data(bytes).write(to: URL(fileURLWithPath: path))) != nil else { return "cannot write \(path)" }
                    let file = Self.readAll { () throws(InputError) in try CSVReader(fileAtPath: path, delimiter: delimiter) }
                    let sameError = file.error.map { "\($0.line):\($0.column ?? 0): \($0.message)" }
                        == memory.error.map { "\($0.line):\($0.column ?? 0): \($0.message)" }
                    guard file.records == memory.records, sameError else {
                        return "reading from a file differs from memory: \(String(describing: file.error)) vs \(String(describing: memory.error))"
                    }
                }
                return nil
            }
        }
        #expect(report.hang == nil)
        #expect(report.failures.isEmpty, "\(report.failures.joined(separator: "\n"))")
        #expect(report.inputs == Self.corpus.count + iterations)
    }
}
