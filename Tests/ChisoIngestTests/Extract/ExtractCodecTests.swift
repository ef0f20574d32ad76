import ChisoDomain
import ChisoFormats
import ChisoIngest
import ChisoStorage
import ChisoTestSupport
import Foundation
import Testing

/// Every row extracted from a seed report decodes with the shared observation codec, the one
/// `chiso import` uses, once it has an indicator: the draft imports as printed.
@Suite struct ExtractCodecTests {
    static let seedFiles = ["000_0bd6600ae98c564a.txt", "001_ec2bc5c6167f27e2.txt", "002_cebfade25a3fb6d3.txt",
                            "003_991e2ef2d8c11d81.txt", "004_5037fe9d1ac25053.txt"]

    @Test(arguments: seedFiles)
    func extractedRowsDecode(_ name: String) throws {
        let db = try Database(path: ":memory:", access: .create)
        let reference = try ReferenceData(db)
        let extractRef = try ExtractReference.load(databasePath: "/nonexistent/extract-codec.db")
        let url = PackagePaths.seeds.appendingPathComponent("sources").appendingPathComponent(name)
        let body = try ReportDecoder.decode(Array(try Data(contentsOf: url)), file: name)
        let rows = ReportExtractor(areas: extractRef.areas, indicators: extractRef.indicators).extract(body)
            .filter { $0.kind == .observation }
        #expect(rows.count >= 5)
        let decoder = ObservationDecoder(header: HeaderMap(layout: .observations), file: name, reference: reference)
        var decoded = 0
        for (i, row) in rows.enumerated() where row.indicator != nil {
            let fields = row.cells(review: false).map { cell -> String in
                switch cell {
                case .null: return ""
                case .text(let s): return s
                case .integer(let n): return String(n)
                case .real(let d): return VietnameseNumber.format(d)
                }
            }
            #expect(fields.count == ExtractedRow.importColumns.count)
            do {
                _ = try decoder.decode(fields, line: i + 2)
                decoded += 1
            } catch {
                Issue.record("row \(i + 2) of \(name) does not decode: \(error)")
            }
        }
        #expect(decoded == rows.filter { $0.indicator != nil }.count)
        #expect(body.contains(rows[0].quote))
    }
}
