import ChisoFormats
import Foundation

/// Temporary copies `chiso import` reads instead of its input: standard input kept in a file
/// (so its header can be read before the rows), and a JSON array of observations turned into
/// JSON Lines for the streaming importer (element N on line N).
package enum ImportSpool {
    /// Copies `handle` to a temporary file and returns its path.
    package static func spool(_ handle: FileHandle) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("chiso-import-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: nil), let out = FileHandle(forWritingAtPath: path) else {
            throw InputError(file: "<stdin>", line: 0, message: "cannot keep standard input in a temporary file at \(path)")
        }
        defer { try? out.close() }
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { try out.write(contentsOf: chunk) }
        return path
    }

    /// A JSON array of objects as a JSON Lines file (element N on line N), for the streaming importer.
    package static func jsonLines(fromArrayAt path: String, name: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path),
              let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else {
            throw InputError(file: name, line: 1, message: "is not a JSON array of objects such as [{\"indicator\": \"qd766_score\", …}, …]")
        }
        var text = ""
        for element in array {
            guard JSONSerialization.isValidJSONObject(element) else {
                text += "null\n"
                continue
            }
            text += String(decoding: try JSONSerialization.data(withJSONObject: element), as: UTF8.self) + "\n"
        }
        let out = FileManager.default.temporaryDirectory
            .appendingPathComponent("chiso-import-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: out))
        return out
    }
}
