import ChisoDomain

/// `--area`: what a person typed, matched against each finding on the finding's own date, so
/// "Tuyên Quang" selects the 63-province unit for 2023 figures and the 34-province one after
/// 1 July 2025.
package struct AreaFilter: Sendable {
    package let text: String
    private let directory: AreaDirectory

    /// Fails with a suggestion when `text` names no area at any date.
    package init(_ text: String, directory: AreaDirectory) throws(AreaLookupError) {
        _ = try directory.resolve(text, on: nil)
        self.text = text
        self.directory = directory
    }

    package func matches(area: String, period: String) -> Bool {
        let date = (try? Period(code: period))?.end
        guard let resolved = try? directory.resolve(text, on: date) else { return false }
        return resolved.id == area
    }
}
