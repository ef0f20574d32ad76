import ChisoStorage

/// The footnote naming where a chart's figures come from: each source's title and id, in the
/// order first used, so a reader can find the sentence with `chiso search` or `chiso sources`.
enum ChartSources {
    static func footnote(_ ids: [String?], in database: Database) throws -> String {
        var seen: [String] = []
        for case let id? in ids where !id.isEmpty && !seen.contains(id) { seen.append(id) }
        guard !seen.isEmpty else { return "Nguồn: không ghi nguồn." }
        let names = try seen.map { id in try database.sources.find(id).map { "\($0.title) [\(id)]" } ?? id }
        return "Nguồn: " + names.joined(separator: "; ") + "."
    }
}
