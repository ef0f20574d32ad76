import Foundation

/// One line of RFC 4180 CSV split into fields and joined back, for tests that edit a file
/// chiso wrote (a field holding a line break is not supported: tests keep to one-line rows).
package enum CSVLine {
    package static func split(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false, chars = Array(line), i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"", i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 }
                else if c == "\"" { quoted = false }
                else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { fields.append(field); field = "" }
            else { field.append(c) }
            i += 1
        }
        fields.append(field)
        return fields
    }

    package static func quoted(_ field: String) -> String {
        field.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
