import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds paragraphs from the pieces of text a document reader finds, the way a reader sees
/// them: runs of spaces, line breaks and no-break spaces are one space; the cells of a table
/// row are one paragraph, separated by tabs; empty paragraphs are dropped.
package struct ParagraphBuilder {
    private var text: [UInt8] = []
    private var pendingSpace = false

    package init() {}

    /// Appends text inside the current paragraph.
    package mutating func append(_ piece: some Collection<UInt8>) {
        var index = piece.startIndex
        while index != piece.endIndex {
            let byte = piece[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x0B {
                pendingSpace = true
            } else if byte == 0xC2, piece.index(after: index) != piece.endIndex, piece[piece.index(after: index)] == 0xA0 {
                pendingSpace = true   // U+00A0, the no-break space web pages use as padding
                index = piece.index(after: index)
            } else {
                if pendingSpace, let last = text.last, last != 0x09 { text.append(0x20) }
                pendingSpace = false
                text.append(byte)
            }
            index = piece.index(after: index)
        }
    }

    package mutating func append(_ piece: String) { append(piece.utf8) }

    /// Ends a table cell: a tab before the next cell's text.
    package mutating func endCell() {
        pendingSpace = false
        if let last = text.last, last != 0x09 { text.append(0x09) }
    }

    /// The paragraph so far (nil when it holds no text), and a fresh one after it.
    package mutating func take() -> [UInt8]? {
        while text.last == 0x09 { text.removeLast() }
        defer { text.removeAll(keepingCapacity: true); pendingSpace = false }
        return text.isEmpty ? nil : text
    }
}

/// A temporary UTF-8 text file, one paragraph a line, that a document reader writes and
/// `chiso extract` then reads like any text report (twice, a paragraph at a time), in the
/// system's temporary directory; `remove()` deletes it.
package final class ParagraphFile {
    package let path: String
    private let output: BufferedOutput
    private var descriptor: Int32
    /// Paragraphs written, and whether any held a letter or a digit.
    package private(set) var paragraphs = 0
    package private(set) var characters = 0

    package init(name: String) throws(DocumentError) {
        var template = Array(FileManager.default.temporaryDirectory
            .appendingPathComponent("chiso-report-XXXXXX.txt").path.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard fd >= 0 else {
            throw DocumentError(file: name, message: "cannot create a temporary file for its text: \(String(cString: strerror(errno)))")
        }
        descriptor = fd
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        output = BufferedOutput(descriptor: fd, name: path)
    }

    deinit {
        // Flushed before the descriptor closes: the output's own deinit then has nothing to
        // write to a descriptor number the process may have reused.
        try? output.flush()
        if descriptor >= 0 { systemClose(descriptor) }
    }

    package func write(_ paragraph: [UInt8]) throws {
        try output.write(bytes: paragraph + [0x0A])
        paragraphs += 1
        characters += paragraph.count
    }

    /// Flushes and closes the file, ready to be read.
    package func close() throws {
        try output.flush()
        if descriptor >= 0 { systemClose(descriptor) }
        descriptor = -1
    }

    package func remove() {
        try? output.flush()
        if descriptor >= 0 { systemClose(descriptor) }
        descriptor = -1
        unlink(path)
    }
}

/// close(2), out of reach of `ParagraphFile.close()`'s name.
private func systemClose(_ descriptor: Int32) {
    _ = close(descriptor)
}
