internal import CLibXML2
import Foundation

/// The paragraphs of a .docx: its `word/document.xml` inflated chunk by chunk (`ZipReader`)
/// into libxml2's push parser with SAX callbacks
/// (https://gnome.pages.gitlab.gnome.org/libxml2/html/libxml-parser.html#xmlCreatePushParserCtxt),
/// so neither the XML nor a tree of it is ever held: memory is a chunk and a paragraph.
///
/// A `w:p` is a paragraph (its `w:t` runs joined); `w:br`/`w:cr` break it as a line end does in
/// a text file; a table row is one paragraph whose cells are separated by tabs; deleted text
/// (`w:delText`), field codes (`w:instrText`) and the fallback copy of a text box
/// (`mc:Fallback`) are not text.
package enum DocxText {
    /// Calls `emit` with each paragraph of the document body, in order.
    package static func paragraphs(of path: String, name: String, emit: @escaping ([UInt8]) throws -> Void) throws {
        let zip = try ZipReader(path: path, name: name)
        guard let entry = zip.entry(named: "word/document.xml") else {
            throw DocumentError(file: name, message: "a zip archive without word/document.xml: not a Word .docx (save it as .docx, or as text)")
        }
        let state = State(emit: emit)
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, _, uri, _, _, _, _, _ in
            State.from(context).start(localName, uri)
        }
        handler.endElementNs = { context, localName, _, uri in
            State.from(context).end(localName, uri)
        }
        handler.characters = { context, characters, length in
            State.from(context).characters(characters, Int(length))
        }
        let unmanaged = Unmanaged.passRetained(state)
        defer { unmanaged.release() }
        guard let parser = xmlCreatePushParserCtxt(&handler, unmanaged.toOpaque(), nil, 0, nil) else {
            throw DocumentError(file: name, message: "libxml2 could not start a parser")
        }
        defer { xmlFreeParserCtxt(parser) }
        xmlCtxtUseOptions(parser, Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue))
        var failed: Int32 = 0
        try zip.read(entry) { chunk in
            guard failed == 0, state.failure == nil, let base = chunk.baseAddress, !chunk.isEmpty else { return }
            failed = xmlParseChunk(parser, base.assumingMemoryBound(to: CChar.self), Int32(chunk.count), 0)
        }
        if failed == 0, state.failure == nil { failed = xmlParseChunk(parser, nil, 0, 1) }
        if let failure = state.failure { throw failure }
        if failed != 0 {
            let line = xmlSAX2GetLineNumber(parser)
            throw DocumentError(file: name, message: "not a readable .docx: word/document.xml is not well-formed XML (line \(line), libxml2 error \(failed))")
        }
        try state.flush()
        if let failure = state.failure { throw failure }
    }

    private static let word: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    private static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// What the callbacks build: the current paragraph, where in tables they are, and the first
    /// error of `emit` (a callback cannot throw; the parse stops at the next chunk).
    private final class State {
        let emit: ([UInt8]) throws -> Void
        var builder = ParagraphBuilder()
        var inText = false
        var tables = 0
        var skipped = 0
        var failure: (any Error)?

        init(emit: @escaping ([UInt8]) throws -> Void) { self.emit = emit }

        static func from(_ context: UnsafeMutableRawPointer?) -> State {
            Unmanaged<State>.fromOpaque(context!).takeUnretainedValue()
        }

        func start(_ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) {
            guard let (name, namespace) = names(localName, uri) else { return }
            if namespace == DocxText.markupCompatibility, name == "Fallback" { skipped += 1; return }
            guard skipped == 0, DocxText.word.contains(namespace) else { return }
            switch name {
            case "t": inText = true
            case "tab", "noBreakHyphen": builder.append(name == "tab" ? " " : "-")
            case "br", "cr": if tables > 0 { builder.append(" ") } else { flushCatching() }
            case "tbl": flushCatching(); tables += 1
            default: break
            }
        }

        func end(_ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) {
            guard let (name, namespace) = names(localName, uri) else { return }
            if namespace == DocxText.markupCompatibility, name == "Fallback" { skipped -= 1; return }
            guard skipped == 0, DocxText.word.contains(namespace) else { return }
            switch name {
            case "t": inText = false
            case "p": if tables > 0 { builder.append(" ") } else { flushCatching() }
            case "tc": if tables == 1 { builder.endCell() } else { builder.append(" ") }
            case "tr": if tables == 1 { flushCatching() } else { builder.append(" ") }
            case "tbl": tables -= 1; if tables == 0 { flushCatching() }
            default: break
            }
        }

        func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int) {
            guard inText, skipped == 0, let characters, length > 0 else { return }
            builder.append(UnsafeBufferPointer(start: characters, count: length))
        }

        func flush() throws {
            if let paragraph = builder.take() { try emit(paragraph) }
        }

        private func flushCatching() {
            guard failure == nil else { return }
            do { try flush() } catch { failure = error }
        }

        private func names(_ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) -> (String, String)? {
            guard let localName else { return nil }
            return (String(cString: localName), uri.map { String(cString: $0) } ?? "")
        }
    }
}
