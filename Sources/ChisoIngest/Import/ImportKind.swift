import ChisoDomain
import ChisoFormats
import Foundation

/// What an import file holds, told by its header (the keys of its first object for JSON):
/// observations, targets, rollouts or sources, as CSV/TSV, JSON Lines or a JSON array; or the
/// indicators a user defined (the CSV `chiso export indicators --user` writes).
package enum ImportKind: String, Sendable, CaseIterable {
    case observations, targets, rollouts, sources, indicators

    package var layout: CSVLayout {
        switch self {
        case .observations: .observations
        case .targets: .targets
        case .rollouts: .rollouts
        case .sources: .sources
        case .indicators: .indicators
        }
    }

    /// How the rows are written in the file.
    package enum Container: Sendable, Equatable {
        case delimited
        case jsonLines
        case jsonArray
    }

    /// Reads the start of `path` and decides. An unknown header is an error naming the columns
    /// found and what each kind needs.
    package static func sniff(path: String, name: String) throws(InputError) -> (kind: ImportKind, container: Container) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: name, line: 0, message: FileManager.default.fileExists(atPath: path) ? "cannot open for reading" : "no such file")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1 << 16)) ?? Data()
        var text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let trimmed = text.drop(while: { $0.isWhitespace })
        let container: Container
        let columns: [String]
        switch trimmed.first {
        case "[":
            container = .jsonArray
            columns = Self.keysOfFirstObject(in: String(trimmed.dropFirst()))
        case "{":
            container = .jsonLines
            columns = Self.keysOfFirstObject(in: String(trimmed))
        default:
            container = .delimited
            let line = trimmed.prefix { $0 != "\n" && $0 != "\r" }
            let delimiter: Character = [",", ";", "\t"].max { a, b in line.filter { $0 == a }.count < line.filter { $0 == b }.count } ?? ","
            columns = line.split(separator: delimiter, omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"")).lowercased()
            }
        }
        guard let kind = kind(of: Set(columns)) else {
            let shown = columns.prefix(12).joined(separator: ", ")
            throw InputError(file: name, line: 1, message: "cannot tell what this file holds from its \(container == .delimited ? "header" : "keys") (\(shown.isEmpty ? "none" : shown)): observations need indicator, area, period, value; targets indicator, area, period, comparator, value; rollouts area, period, total, completed, in_progress, not_started; sources id, title; indicators code, name_vi, measure")
        }
        return (kind, container)
    }

    /// The kind whose distinctive columns the header has.
    static func kind(of columns: Set<String>) -> ImportKind? {
        if columns.contains("code") && columns.contains("measure") { return .indicators }
        if columns.contains("comparator") { return .targets }
        if columns.contains("programme") || (columns.contains("total") && columns.contains("completed")) { return .rollouts }
        if columns.contains("indicator") { return .observations }
        if columns.contains("title") || columns.contains("id") { return .sources }
        return nil
    }

    /// The keys of the first JSON object in `text` (which starts at or before its `{`). Reads
    /// only that object, so a huge array is not parsed to sniff it.
    private static func keysOfFirstObject(in text: String) -> [String] {
        guard let start = text.firstIndex(of: "{") else { return [] }
        var depth = 0, inString = false, escaped = false
        var end: String.Index?
        for index in text[start...].indices {
            let c = text[index]
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            if c == "\"" { inString = true } else if c == "{" { depth += 1 } else if c == "}" {
                depth -= 1
                if depth == 0 { end = index; break }
            }
        }
        guard let end, let object = try? JSONSerialization.jsonObject(with: Data(text[start...end].utf8)) as? [String: Any] else { return [] }
        return object.keys.map { $0.lowercased() }
    }
}

/// The records of a small import file (targets, rollouts, sources, or a JSON array) in a
/// layout's column order, with the line (or array element) each came from.
package enum LayoutRecords {
    package static func read(path: String, name: String, container: ImportKind.Container, layout: CSVLayout,
                             delimiter: Character?) throws(InputError) -> (header: HeaderMap, rows: [CSVRecord]) {
        switch container {
        case .delimited:
            guard let handle = FileHandle(forReadingAtPath: path) else { throw InputError(file: name, line: 0, message: "cannot open for reading") }
            var reader = try CSVReader(fileHandle: handle, name: name, delimiter: delimiter)
            guard let first = try reader.next() else {
                throw InputError(file: name, line: 0, message: "is empty; expected a header row: \(layout.columns.joined(separator: ","))")
            }
            let header = try layout.header(first.fields, location: RecordLocation(file: name, line: first.line))
            var rows: [CSVRecord] = []
            while let record = try reader.next() { rows.append(record) }
            return (header, rows)
        case .jsonLines, .jsonArray:
            guard let data = FileManager.default.contents(atPath: path) else { throw InputError(file: name, line: 0, message: "cannot be read") }
            var objects: [(Any, Int)] = []
            if container == .jsonArray {
                guard let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else {
                    throw InputError(file: name, line: 1, message: "is not a JSON array of objects such as [{\"area\": \"08\", …}, …]")
                }
                objects = array.enumerated().map { ($1, $0 + 1) }
            } else {
                for (offset, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let text = line.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\u{FEFF}", with: "")
                    if text.isEmpty { continue }
                    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else {
                        throw InputError(file: name, line: offset + 1, message: "not a JSON object: each line must be one object")
                    }
                    objects.append((object, offset + 1))
                }
            }
            var rows: [CSVRecord] = []
            for (object, line) in objects {
                guard let dictionary = object as? [String: Any] else {
                    throw InputError(file: name, line: line, message: "is not a JSON object of the \(layout.name) columns")
                }
                var fields = [String](repeating: "", count: layout.columns.count)
                for (key, value) in dictionary {
                    let column = key.lowercased()
                    guard let position = layout.columns.firstIndex(of: column) else {
                        if ImportColumns.ignored.contains(column) { continue }
                        let hint = didYouMean(Suggest.closest(to: column, among: layout.columns, limit: 1))
                        throw InputError(file: name, line: line, message: "unknown key '\(key)' for \(layout.name)\(hint)")
                    }
                    fields[position] = text(of: value)
                }
                rows.append(CSVRecord(fields: fields, line: line))
            }
            return (HeaderMap(layout: layout), rows)
        }
    }

    /// A JSON value as field text: strings as they are, numbers in plain notation, null empty.
    static func text(of value: Any) -> String {
        switch value {
        case let string as String: return string
        case is NSNull: return ""
        case let bool as Bool where type(of: value) == Bool.self: return bool ? "true" : "false"
        case let number as NSNumber: return NumberText.plain(number.doubleValue)
        default: return "\(value)"
        }
    }
}
