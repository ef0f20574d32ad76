/// Columns an import file may carry beyond the observations layout: `chiso extract`'s
/// review columns (`confidence`, `raw`), accepted and ignored so its output imports as is.
enum ImportColumns {
    static let ignored: Set<String> = ["confidence", "raw"]

    /// The positions of ignored columns in a header, highest first (for removal).
    static func ignoredPositions(in header: [String]) -> [Int] {
        header.indices.filter { ignored.contains(header[$0].trimmingCharacters(in: .whitespaces).lowercased()) }.reversed()
    }
}
