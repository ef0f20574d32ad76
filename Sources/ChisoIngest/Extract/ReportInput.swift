import ChisoFormats
import Foundation

/// The report `chiso extract` reads, as UTF-8 text a paragraph a line, whatever it came as:
/// a text file as it is, a web page, a .docx or a PDF as the paragraphs their readers find
/// (`ReportDocument`, told by content). Standard input is first copied to a temporary file
/// (a block at a time), so it is told by content too and can be read twice.
package final class ReportInput {
    /// The file as the user named it (`<stdin>` for standard input), for messages.
    package let name: String
    package let document: ReportDocument
    private let copy: String?

    package init(file: String) throws {
        name = file == "-" ? "<stdin>" : file
        var copy: String?
        if file == "-" {
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("chiso-extract-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)").path
            guard FileManager.default.createFile(atPath: path, contents: nil), let out = FileHandle(forWritingAtPath: path) else {
                throw ExtractError(file: name, message: "cannot keep standard input in a temporary file at \(path)")
            }
            copy = path
            do {
                defer { try? out.close() }
                while let data = try FileHandle.standardInput.read(upToCount: 1 << 16), !data.isEmpty {
                    try out.write(contentsOf: data)
                }
            } catch {
                unlink(path)
                throw ExtractError(file: name, message: "cannot keep standard input in a temporary file: \(error.localizedDescription)")
            }
        }
        self.copy = copy
        do {
            document = try ReportDocument(path: copy ?? file, name: name)
        } catch {
            if let copy { unlink(copy) }
            throw error
        }
    }

    deinit {
        document.remove()
        if let copy { unlink(copy) }
    }

    /// A fresh reading of the text from its first paragraph.
    package func reader() throws(ExtractError) -> ReportReader {
        try ReportReader(path: document.textPath, name: name)
    }

    package var kind: DocumentKind { document.kind }
}
