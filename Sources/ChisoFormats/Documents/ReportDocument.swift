import Foundation

/// What a report file is, told by its first bytes, never by its name: a saved download keeps
/// whatever name the browser or the sender gave it.
package enum DocumentKind: String, Sendable, Equatable {
    case text, html, docx, pdf

    /// The kind of a file that begins with `prefix` (its first few KB). A zip is taken for a
    /// .docx (its reader checks for word/document.xml); an OLE compound file — an old .doc,
    /// or a .docx Word encrypted with a password, which Word wraps in OLE — is refused.
    package static func of(prefix: [UInt8], name: String) throws(DocumentError) -> DocumentKind {
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        if prefix.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw DocumentError(file: name, message: "a password-protected .docx or an old Word .doc (an OLE file): save it as .docx without a password, or as text")
        }
        // "%PDF-" may follow a little junk (the format allows 1 KB of it).
        if let at = firstIndex(of: Array("%PDF-".utf8), in: prefix.prefix(1024)), at >= 0 { return .pdf }
        var start = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < prefix.count, [0x20, 0x09, 0x0A, 0x0D].contains(prefix[start]) { start += 1 }
        guard start < prefix.count, prefix[start] == UInt8(ascii: "<") else { return .text }
        let head = String(decoding: prefix[start...], as: UTF8.self).lowercased()
        let marks = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article", "<!--"]
        return marks.contains(where: { head.contains($0) }) ? .html : .text
    }

    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in haystack.startIndex...(haystack.endIndex - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }
}

/// A report as text to read a paragraph at a time: a text file as it is (a UTF-16 or UTF-32
/// one through `InputTranscoder`), a web page, a .docx or a PDF as its paragraphs in a
/// temporary UTF-8 file, one a line (`ParagraphFile`).
package struct ReportDocument {
    package let kind: DocumentKind
    /// The UTF-8 text to read.
    package let textPath: String
    /// How many paragraphs a converted document gave (nil for a text file).
    package let paragraphs: Int?
    private let cleanup: () -> Void

    /// The largest web page read: its tree is held whole (`HTMLText`).
    package static let pageLimit = 256 * 1_048_576

    /// Reads `path` (shown as `name`) as the kind its content says.
    package init(path: String, name: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw DocumentError(file: name, message: "no such file (expected a report: text, a saved web page, .docx or .pdf; or - for standard input)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DocumentError(file: name, message: "cannot read the file (check its permissions)")
        }
        let prefix = [UInt8]((try? handle.read(upToCount: 4096)) ?? Data())
        try? handle.close()
        var kind = try DocumentKind.of(prefix: prefix, name: name)
        switch kind {
        case .text:
            let (utf8, remove) = try InputTranscoder.utf8Path(for: path, shownAs: name, declared: nil)
            // A web page saved as UTF-16 shows its tags only once it is UTF-8.
            if utf8 != path, let copy = FileHandle(forReadingAtPath: utf8) {
                let head = [UInt8]((try? copy.read(upToCount: 4096)) ?? Data())
                try? copy.close()
                kind = try DocumentKind.of(prefix: head, name: name)
            }
            if kind == .text {
                self.kind = .text
                textPath = utf8
                paragraphs = nil
                cleanup = { remove() }
                return
            }
            defer { remove() }
            (textPath, paragraphs) = try Self.convert(utf8, kind: .html, name: name)
        case .html, .docx, .pdf:
            (textPath, paragraphs) = try Self.convert(path, kind: kind, name: name)
        }
        self.kind = kind
        let scratch = textPath
        cleanup = { unlink(scratch) }
    }

    /// Removes the temporary text, if one was made.
    package func remove() { cleanup() }

    private static func convert(_ path: String, kind: DocumentKind, name: String) throws -> (String, Int) {
        let file = try ParagraphFile(name: name)
        do {
            switch kind {
            case .html:
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                guard size <= pageLimit else {
                    throw DocumentError(file: name, message: "a web page of \(size / 1_048_576) MB, more than the \(pageLimit / 1_048_576) MB read; save the article's text instead")
                }
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw DocumentError(file: name, message: "cannot read the file (check its permissions)")
                }
                try HTMLText.paragraphs(of: [UInt8](data), name: name) { try file.write($0) }
            case .docx:
                try DocxText.paragraphs(of: path, name: name) { try file.write($0) }
            case .pdf:
                try PDFText.paragraphs(of: path, name: name) { try file.write($0) }
            case .text:
                preconditionFailure("a text report is read as it is")
            }
            try file.close()
        } catch {
            file.remove()
            throw error
        }
        if file.characters == 0 {
            file.remove()
            throw DocumentError(file: name, message: kind == .html
                ? "the web page has no article text (expected paragraphs of a report)"
                : "the \(kind == .docx ? ".docx" : "PDF") has no text")
        }
        return (file.path, file.paragraphs)
    }
}
