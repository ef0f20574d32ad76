import ChisoDomain
import ChisoFormats
import Foundation

/// Reads JSON Lines: one object per line whose keys are the observation columns, turned
/// into fields in the layout's order so the same decoder validates them. Strings stay text
/// ("08" stays "08"); numbers become plain machine text; null and missing keys are empty.
/// Streams by 64 KiB chunks; blank lines are skipped.
struct JSONLinesReader {
    let name: String
    let totalBytes: Int?
    private(set) var bytesRead = 0
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEOF = false
    private var line = 0
    private let columns = CSVLayout.observations.columns
    private let ignored: Set<String> = ImportColumns.ignored

    init(path: String) throws(InputError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot open for reading" : "no such file"
            throw InputError(file: path, line: 0, message: reason)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
        self.init(handle: handle, name: path, totalBytes: size)
    }

    init(handle: FileHandle, name: String, totalBytes: Int?) {
        self.handle = handle
        self.name = name
        self.totalBytes = totalBytes
    }

    mutating func next() throws(InputError) -> InputRow? {
        while let bytes = try nextLine() {
            var text = bytes[...]
            if line == 1, text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
            if text.last == 0x0D { text = text.dropLast() }
            if text.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return decode(Data(text))
        }
        return nil
    }

    private func decode(_ data: Data) -> InputRow {
        let empty = CSVRecord(fields: Array(repeating: "", count: columns.count), line: line)
        func bad(_ message: String) -> InputRow {
            .bad(empty, InputError(file: name, line: line, message: message))
        }
        if data.contains(0) { return bad("the line holds a NUL character; remove it") }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            let preview = String(decoding: data.prefix(60), as: UTF8.self)
            return bad("not a JSON object (\(preview)…): each line must be one object such as {\"indicator\": \"qd766_score\", \"area\": \"08\", …}")
        }
        guard let dictionary = object as? [String: Any] else {
            return bad("expected a JSON object with the column names as keys, found \(type(of: object))")
        }
        // JSONSerialization keeps one of two equal keys and lets NUL through: both would store
        // something the line does not plainly say.
        if let problem = Self.keyOrNULProblem(data) { return bad(problem) }
        var fields = empty.fields
        for (key, value) in dictionary {
            guard let position = columns.firstIndex(of: key) else {
                if ignored.contains(key) { continue }
                return bad("unknown key '\(key)'\(didYouMean(Suggest.closest(to: key, among: columns, limit: 1))); expected keys: \(columns.joined(separator: ", "))")
            }
            switch value {
            case let text as String:
                fields[position] = VietnameseText.nfc(text)
            case is NSNull:
                fields[position] = ""
            case let number as NSNumber:
                // JSON true/false arrive as NSNumber too; only they have the C type `char`.
                if String(cString: number.objCType) == "c" {
                    return bad("key '\(key)' is true/false; expected a string or a number")
                }
                fields[position] = Self.exactText(number)
            default:
                return bad("key '\(key)' holds a list or an object; expected a string or a number")
            }
        }
        return .record(CSVRecord(fields: fields, line: line))
    }

    /// A JSON number as the text the CSV path would have read: whole numbers as their digits,
    /// reals in their shortest exact form (never rounded to a number of decimals), so JSON
    /// Lines and CSV import store the same Double; past 2^53 the decoder refuses it in words.
    static func exactText(_ number: NSNumber) -> String {
        if let decimal = number as? NSDecimalNumber { return decimal.stringValue }
        switch String(cString: number.objCType) {
        case "q", "l", "i", "s": return String(number.int64Value)
        case "Q", "L", "I", "S": return String(number.uint64Value)
        default: return MachineNumber.text(number.doubleValue)
        }
    }

    /// A key that appears twice in the object, or a NUL (raw or `\u0000`) in a string; nil when
    /// neither. Runs on a line JSONSerialization accepted, so the syntax is known to be valid
    /// and a plain scan of strings and nesting suffices.
    static func keyOrNULProblem(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        var keys = Set<String>()
        var depth = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case quote:
                let open = i
                var escaped = false
                i += 1
                while i < bytes.count, bytes[i] != quote {
                    if bytes[i] == 0 { return "a string holds a NUL character; remove it" }
                    if bytes[i] == backslash {
                        escaped = true
                        if i + 5 < bytes.count, bytes[i + 1] == UInt8(ascii: "u"),
                           bytes[(i + 2)...(i + 5)].allSatisfy({ $0 == UInt8(ascii: "0") }) {
                            return "a string holds a NUL character (\\u0000); remove it"
                        }
                        i += 1
                    }
                    i += 1
                }
                var next = i + 1
                while next < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[next]) { next += 1 }
                if depth == 1, next < bytes.count, bytes[next] == UInt8(ascii: ":") {
                    let raw = bytes[open...min(i, bytes.count - 1)]
                    let key = escaped
                        ? (try? JSONSerialization.jsonObject(with: Data(raw), options: .fragmentsAllowed)) as? String
                        : String(decoding: raw.dropFirst().dropLast(), as: UTF8.self)
                    if let key, !keys.insert(key).inserted {
                        return "the key \"\(key)\" appears twice; keep one"
                    }
                }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The next line's bytes without its LF, or nil at the end.
    private mutating func nextLine() throws(InputError) -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let bytes = Array(buffer[start..<newline])
                bytesRead += newline + 1 - start
                start = newline + 1
                line += 1
                return bytes
            }
            if atEOF {
                guard start < buffer.count else { return nil }
                let bytes = Array(buffer[start...])
                bytesRead += buffer.count - start
                start = buffer.count
                line += 1
                return bytes
            }
            let data: Data?
            do { data = try handle.read(upToCount: 1 << 16) } catch {
                throw InputError(file: name, line: line, message: "cannot read: \(error.localizedDescription)")
            }
            buffer.removeFirst(start)
            start = 0
            if let data, !data.isEmpty { buffer.append(contentsOf: data) } else { atEOF = true }
        }
    }
}
