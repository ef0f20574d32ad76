internal import CLibXML2
import Foundation

/// The paragraphs of a PDF's text layer, through poppler's `pdftotext -bbox-layout`
/// (Debian package poppler-utils), read as it streams out: memory is a chunk and a paragraph.
///
/// Why that mode: plain `pdftotext` (and `-layout`, `-raw`) print the page's lines with
/// nothing between paragraphs, so a sentence can't be told from the next paragraph; the
/// bbox layout groups lines into poppler's text blocks, which are the paragraphs. Within a
/// block the lines are joined with a space, or without one after a hyphen glued to a word
/// (dropping it when it cut a word: "dos-" + "siers", keeping it in "COVID-" + "19"); a block
/// cut by a page end is joined to its continuation on the next page (the first block of the
/// page starting in lower case after one that ends without a sentence's end); a number alone
/// as a page's first or last block is its page number and dropped.
package enum PDFText {
    /// Where `pdftotext` is on PATH, or nil.
    package static func tool() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":").map(String.init) {
            let candidate = (directory as NSString).appendingPathComponent("pdftotext")
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Calls `emit` with each paragraph of the PDF's text, in reading order.
    package static func paragraphs(of path: String, name: String, emit: @escaping ([UInt8]) throws -> Void) throws {
        guard let tool = tool() else {
            throw DocumentError(file: name, message: "reading a PDF needs poppler's pdftotext, which is not installed: apt-get install poppler-utils (macOS: brew install poppler), or give the report as text")
        }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-pdftotext-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-bbox-layout", "-enc", "UTF-8", path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = try? FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw DocumentError(file: name, message: "cannot run \(tool): \(error.localizedDescription)")
        }
        let state = State(emit: emit)
        var failure: (any Error)?
        do {
            try parse(pipe.fileHandleForReading, state: state)
        } catch {
            failure = error
        }
        // Drain what is left so the tool is never blocked on a full pipe, then wait for it.
        if failure != nil { process.terminate() }
        _ = try? pipe.fileHandleForReading.readToEnd()
        process.waitUntilExit()
        if let failure { throw failure }
        if process.terminationStatus != 0 {
            let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            let lower = said.lowercased()
            if lower.contains("password") || lower.contains("encrypt") {
                throw DocumentError(file: name, message: "the PDF is encrypted (password-protected); open it with its password and save an unprotected copy, or give the report as text")
            }
            if process.terminationStatus == 3 || lower.contains("permission") {
                throw DocumentError(file: name, message: "the PDF forbids copying its text (its permissions); save an unrestricted copy, or give the report as text")
            }
            let first = said.split(separator: "\n").first.map { ": poppler says \"\($0)\"" } ?? ""
            throw DocumentError(file: name, message: "not a readable PDF (damaged or truncated?)\(first)")
        }
        if state.words == 0 {
            throw DocumentError(file: name, message: "the PDF has no text layer (a scanned document?): run OCR on it first (e.g. ocrmypdf -l vie), or give the report as text")
        }
    }

    private static func parse(_ input: FileHandle, state: State) throws {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, _, _, _, _, _, _, _ in
            State.from(context).start(localName)
        }
        handler.endElementNs = { context, localName, _, _ in
            State.from(context).end(localName)
        }
        handler.characters = { context, characters, length in
            State.from(context).characters(characters, Int(length))
        }
        let unmanaged = Unmanaged.passRetained(state)
        defer { unmanaged.release() }
        guard let parser = xmlCreatePushParserCtxt(&handler, unmanaged.toOpaque(), nil, 0, nil) else {
            throw DocumentError(file: "", message: "libxml2 could not start a parser")
        }
        defer { xmlFreeParserCtxt(parser) }
        xmlCtxtUseOptions(parser, Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue | XML_PARSE_RECOVER.rawValue))
        while true {
            let data = try input.read(upToCount: 1 << 16) ?? Data()
            if data.isEmpty { break }
            data.withUnsafeBytes { raw in
                _ = xmlParseChunk(parser, raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(raw.count), 0)
            }
            if let failure = state.failure { throw failure }
        }
        _ = xmlParseChunk(parser, nil, 0, 1)
        if let failure = state.failure { throw failure }
        try state.finish()
    }

    /// The words of the current line and block, the block held back until the next one says
    /// whether it continues it across a page end.
    private final class State {
        let emit: ([UInt8]) throws -> Void
        var failure: (any Error)?
        private(set) var words = 0
        private var inWord = false
        private var word: [UInt8] = []
        private var line: [UInt8] = []
        private var block: [UInt8] = []
        private var pending: [UInt8]?
        private var footer: [UInt8]?
        private var blocksOnPage = 0

        init(emit: @escaping ([UInt8]) throws -> Void) { self.emit = emit }

        static func from(_ context: UnsafeMutableRawPointer?) -> State {
            Unmanaged<State>.fromOpaque(context!).takeUnretainedValue()
        }

        func start(_ localName: UnsafePointer<xmlChar>?) {
            guard let localName else { return }
            switch String(cString: localName) {
            case "word": inWord = true; word.removeAll(keepingCapacity: true)
            case "page": blocksOnPage = 0
            default: break
            }
        }

        func end(_ localName: UnsafePointer<xmlChar>?) {
            guard let localName else { return }
            switch String(cString: localName) {
            case "word":
                inWord = false
                guard !word.isEmpty else { return }
                words += 1
                if !line.isEmpty { line.append(0x20) }
                line.append(contentsOf: word)
            case "line":
                joinLine()
            case "block":
                joinLine()
                let text = block
                block.removeAll(keepingCapacity: true)
                guard !text.isEmpty else { return }
                blocksOnPage += 1
                next(text, firstOnPage: blocksOnPage == 1)
            case "page":
                // A number alone as the last block of a page is its page number.
                footer = nil
            default: break
            }
        }

        func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int) {
            guard inWord, let characters, length > 0 else { return }
            word.append(contentsOf: UnsafeBufferPointer(start: characters, count: length))
        }

        func finish() throws {
            if let held = pending { try emit(held) }
            pending = nil
        }

        private func joinLine() {
            guard !line.isEmpty else { return }
            defer { line.removeAll(keepingCapacity: true) }
            if block.isEmpty { block = line; return }
            // A line ending in a hyphen glued to a word: a word cut at the line end ("dos-" +
            // "siers") loses the hyphen; a hyphenated name or span ("COVID-" + "19", "2021-" +
            // "2025") keeps it; both are joined without a space. A free-standing dash (" -") is
            // punctuation: a space, as between any two lines.
            if block.count >= 2, block.last == UInt8(ascii: "-"), block[block.count - 2] != 0x20 {
                if isLetter(before: block.count - 1, in: block), startsLowercase(line) { block.removeLast() }
            } else {
                block.append(0x20)
            }
            block.append(contentsOf: line)
        }

        private func next(_ text: [UInt8], firstOnPage: Bool) {
            guard failure == nil else { return }
            // A number alone heading a page is its page number; one further down is held until
            // the page shows whether it is the last block (a page number) or not (a paragraph).
            if firstOnPage, isPageNumber(text) { return }
            if let number = footer {
                footer = nil
                hold(number)
            }
            if isPageNumber(text) {
                footer = text
                return
            }
            if firstOnPage, let held = pending, !endsSentence(held), startsLowercase(text) {
                pending = held + [0x20] + text
                return
            }
            hold(text)
        }

        /// Emits the paragraph held so far and holds `text`, which the next page may continue.
        private func hold(_ text: [UInt8]) {
            do {
                if let held = pending { try emit(held) }
            } catch { failure = error }
            pending = text
        }

        private func isPageNumber(_ text: [UInt8]) -> Bool {
            let core = text.filter { $0 != 0x20 && $0 != UInt8(ascii: "-") }
            return !core.isEmpty && core.count <= 4 && core.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }

        private func endsSentence(_ text: [UInt8]) -> Bool {
            guard let string = String(validating: text, as: UTF8.self), let last = string.last else { return true }
            return ".!?:;…\"”)".contains(last)
        }

        private func startsLowercase(_ text: [UInt8]) -> Bool {
            guard let first = String(decoding: text.prefix(4), as: UTF8.self).first else { return false }
            return first.isLowercase
        }

        private func isLetter(before index: Int, in text: [UInt8]) -> Bool {
            // The last whole character before `index`.
            var start = index - 1
            while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
            return String(decoding: text[start..<index], as: UTF8.self).first?.isLetter == true
        }
    }
}
