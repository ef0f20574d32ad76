import ChisoDomain
import ChisoFormats
import ChisoStorage
import Foundation

/// A sources row decoded, its document read and hashed, with its period to `ensure`.
package struct DecodedSource: Sendable, Equatable {
    package var record: SourceRecord
    package var period: Period?
}

/// Turns one sources CSV record into a `SourceRecord` with the document's full text and
/// sha256: the text is the provenance every quote is checked against.
package struct SourceDecoder {
    package let header: HeaderMap
    package let file: String
    /// The folder `file` paths are relative to (the seeds folder).
    package let directory: URL
    let reference: ReferenceData

    private enum C {
        static let id = 0, file = 1, title = 2, publisher = 3, url = 4, publishedOn = 5, area = 6, period = 7
    }

    package init(header: HeaderMap, file: String, directory: URL, reference: ReferenceData) {
        precondition(header.layout == CSVLayout.sources, "a source decoder needs the sources layout")
        self.header = header
        self.file = file
        self.directory = directory
        self.reference = reference
    }

    package func decode(_ fields: [String], line: Int) throws(InputError) -> DecodedSource {
        let row = try RowReader(fields: fields, header: header, location: RecordLocation(file: file, line: line), reference: reference)
        let id = try row.required(C.id)
        guard id.utf8.allSatisfy({ b in
            (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
                || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
        }) else {
            throw row.fail(C.id, "'\(id)' must be a slug of letters, digits, '_', '.' or '-' (e.g. tuyenquang-2023-9m)")
        }
        let title = try row.required(C.title)
        var publishedOn: String?
        if let text = row.text(C.publishedOn) {
            do { publishedOn = try CalendarDate(iso: text).iso } catch {
                throw row.fail(C.publishedOn, "'\(text)' is not an ISO date such as 2023-10-16")
            }
        }
        let period = try row.optionalPeriod(C.period)
        var area: String?
        if let text = row.text(C.area) {
            do { area = try reference.area(text, on: period?.end ?? publishedOn.flatMap { try? CalendarDate(iso: $0) } ?? CalendarDate.today()).id } catch {
                throw row.fail(C.area, "'\(text)': \(error.description)")
            }
        }
        var body: String?
        var sha256: String?
        let path = row.text(C.file)
        if let path {
            let url = directory.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw row.fail(C.file, "'\(path)' cannot be read (looked for \(url.path))")
            }
            guard let text = String(validatingUTF8Bytes: data) else {
                throw row.fail(C.file, "'\(path)' is not valid UTF-8 text")
            }
            body = text
            sha256 = SHA256.hex(data)
        }
        let record = SourceRecord(id: id, title: title, publisher: row.text(C.publisher), url: row.text(C.url),
                                  publishedOn: publishedOn, area: area, period: period?.code, file: path,
                                  sha256: sha256, body: body)
        return DecodedSource(record: record, period: period)
    }
}

extension String {
    /// The text of UTF-8 bytes, nil when they are not valid UTF-8 (never a lossy repair:
    /// a document's text is evidence).
    init?(validatingUTF8Bytes data: Data) {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        self = text
    }
}
