import ChisoFormats

extension CheckReport {
    /// The findings as JSON (`lines`: one object per line, JSON Lines), where a list is a JSON
    /// array: `rows` (["obs 31", "target 2"]), `sources` and `quotes`. The CSV joins them
    /// with "; ", which a quote may itself contain; an array cannot be misread. `area` is the
    /// area's code, with `area_name` and chiso's own `area_id` beside it.
    package func json(lines: Bool) throws -> String {
        var objects: [String] = []
        try forEach { objects.append(object($0)) }
        if lines { return objects.map { $0 + "\n" }.joined() }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// `json(lines:)` written to `out` one finding at a time, so a million-row check does not
    /// hold its whole output as one string (274 MB at 1M rows).
    package func writeJSON(lines: Bool, to out: BufferedOutput) throws {
        if lines {
            try forEach { try out.write(object($0) + "\n") }
            return
        }
        guard total > 0 else { return try out.write("[]\n") }
        var first = true
        try forEach { f in
            try out.write((first ? "[\n" : ",\n") + object(f))
            first = false
        }
        try out.write("\n]\n")
    }

    private func object(_ f: Finding) -> String {
        let fields: [(String, String)] = [
            ("severity", JSONText.quoted(f.severity.rawValue)),
            ("rule", JSONText.quoted(f.rule.rawValue)),
            ("area", Self.string(areaCodes[f.area] ?? f.area)),
            ("area_name", Self.string(areaNames[f.area])),
            ("area_id", JSONText.quoted(f.area)),
            ("agency", JSONText.quoted(f.agency)),
            ("indicator", JSONText.quoted(f.indicator)),
            ("period", JSONText.quoted(f.period)),
            ("message", JSONText.quoted(f.message)),
            ("rows", Self.array(f.rows.map(\.description))),
            ("sources", Self.array(f.sources)),
            ("quotes", Self.array(f.quotes)),
        ]
        return "{" + fields.map { JSONText.quoted($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    private static func string(_ text: String?) -> String { text.map(JSONText.quoted) ?? "null" }

    private static func array(_ items: [String]) -> String {
        "[" + items.map(JSONText.quoted).joined(separator: ",") + "]"
    }
}
