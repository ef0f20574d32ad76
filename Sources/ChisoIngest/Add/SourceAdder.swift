import ChisoDomain
import ChisoFormats
import ChisoStorage
import Foundation

/// `chiso add source FILE --id …`: registers a report, its text in NFC with the SHA-256 of
/// that text, and indexes its passages for `chiso search`, in one logged transaction.
///
/// The same text under another id is refused (naming the id that holds it); the same id with
/// the same text is left unchanged; the same id with another text is refused unless
/// `replace`.
package struct SourceAdder {
    private let database: Database

    package init(database: Database) { self.database = database }

    /// The metadata options; nil fields are left empty (the title defaults to the text's first line).
    package struct Fields: Sendable {
        package var id: String
        package var title: String?
        package var date: String?
        package var publisher: String?
        package var url: String?
        package var area: String?
        package var period: String?

        package init(id: String, title: String? = nil, date: String? = nil, publisher: String? = nil, url: String? = nil,
                     area: String? = nil, period: String? = nil) {
            self.id = id
            self.title = title
            self.date = date
            self.publisher = publisher
            self.url = url
            self.area = area
            self.period = period
        }
    }

    /// What `add` did and the stored record (without its body).
    package struct Outcome: Sendable {
        package var outcome: WriteOutcome
        package var record: SourceRecord
        package var passages: Int
        package var dryRun: Bool

        package var line: String {
            let what = "source \(record.id) (\(passages) passage\(passages == 1 ? "" : "s"), sha256 \(record.sha256?.prefix(12) ?? "")…)"
            switch (outcome, dryRun) {
            case (.inserted, false): return "added \(what)"
            case (.inserted, true): return "would add \(what) (dry run: nothing written)"
            case (.updated, false): return "replaced \(what)"
            case (.updated, true): return "would replace \(what) (dry run: nothing written)"
            case (.unchanged, _): return "unchanged: source \(record.id) already holds this text"
            }
        }
    }

    /// Registers `file` (a path, or "-" for `text` read by the caller) as source `fields.id`.
    package func add(file: String, text data: Data, fields: Fields, replace: Bool, dryRun: Bool) throws -> Outcome {
        let id = fields.id
        guard !id.isEmpty, id.utf8.allSatisfy({ b in
            (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
                || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
        }) else {
            throw AddError("--id '\(id)' must be a slug of letters, digits, '_', '.' or '-' (e.g. laocai-2024-6t)")
        }
        guard var raw = String(validatingUTF8Bytes: data) else {
            throw InputError(file: file, line: 0, message: "is not valid UTF-8 text; save the report as UTF-8 and try again")
        }
        if raw.hasPrefix("\u{FEFF}") { raw.removeFirst() }
        let body = VietnameseText.nfc(raw)
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw InputError(file: file, line: 0, message: "is empty; a source needs the report's text")
        }
        let sha = SHA256.hex(Array(body.utf8))
        if let holder = try database.sources.id(holdingSHA256: sha), holder != id {
            throw AddError("\(file) holds the same text as source '\(holder)'; use that id, or `chiso delete source \(holder)` first")
        }
        let reference = try ReferenceData(database)
        var period: Period?
        if let text = fields.period {
            do { period = try reference.period(text) } catch {
                throw AddError("--period '\(text)' is not a period: \(error.message) (expected 2024-H1, 2024-01/2024-06 or '6 tháng đầu năm 2024')")
            }
        }
        var publishedOn: String?
        if let text = fields.date {
            let day = try? reference.period(text)
            guard let day, day.start == day.end else {
                throw AddError("--date '\(text)' is not a day; expected 2024-07-15 or 15/7/2024")
            }
            publishedOn = day.start.iso
        }
        var area: String?
        if let text = fields.area {
            let on = period?.end ?? publishedOn.flatMap { try? CalendarDate(iso: $0) } ?? CalendarDate.today()
            do { area = try reference.area(text, on: on).id } catch {
                throw AddError("--area '\(text)': \(error.description)")
            }
        }
        let title = fields.title ?? body.split(whereSeparator: \.isNewline).lazy
            .map { $0.trimmingCharacters(in: .whitespaces) }.first(where: { !$0.isEmpty }).map { String($0.prefix(200)) } ?? id
        let record = SourceRecord(id: id, title: title, publisher: fields.publisher, url: fields.url, publishedOn: publishedOn,
                                  area: area, period: period?.code, file: file == "-" ? nil : URL(fileURLWithPath: file).lastPathComponent,
                                  sha256: sha, body: body)
        var stored = record
        stored.body = nil
        let passages = Passages.split(body).count
        if let existing = try database.sources.find(id) {
            if existing.sha256 == sha || existing.body.map(VietnameseText.nfc) == body {
                return Outcome(outcome: .unchanged, record: stored, passages: passages, dryRun: dryRun)
            }
            guard replace else {
                throw AddError("source '\(id)' already holds another text (sha256 \(existing.sha256?.prefix(12) ?? "none")…); pass --replace to replace it, or choose another --id")
            }
        }
        let write = { () throws -> WriteOutcome in
            if let period { try self.database.periods.ensure(period) }
            let outcome = try self.database.sources.upsert(record)
            try self.database.passages.reindex(source: id, body: body)
            return outcome
        }
        let outcome = dryRun ? try database.connection.rehearse(write) : try database.connection.write(write)
        return Outcome(outcome: outcome, record: stored, passages: passages, dryRun: dryRun)
    }
}
