import ChisoDomain
import ChisoStorage

/// Finds an indicator by its code or its Vietnamese name (diacritics and case optional), and
/// otherwise fails with the closest codes, since analysts type names from memory.
enum IndicatorLookup {
    static func find(_ text: String, in database: Database) throws -> Indicator {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let found = try database.indicators.find(trimmed) { return found }
        let all = try database.indicators.all()
        let folded = VietnameseText.foldForMatching(trimmed)
        if let byName = all.first(where: { VietnameseText.foldForMatching($0.nameVi) == folded || $0.code == trimmed.lowercased() }) {
            return byName
        }
        let codes = Suggest.closest(to: trimmed, among: all.map(\.code))
        let names = codes.isEmpty ? Suggest.closest(to: trimmed, among: all.map(\.nameVi)).compactMap { name in
            all.first { $0.nameVi == name }?.code
        } : []
        let hints = codes.isEmpty ? names : codes
        let hint = hints.isEmpty ? "; see `chiso indicators` for the catalogue" : "; did you mean \(hints.joined(separator: ", "))?"
        throw QueryError("unknown indicator '\(text)'\(hint)")
    }

    /// The catalogue's rank indicator that goes with a score (`qd766_score` → `qd766_rank`,
    /// `sipas_index` → `sipas_rank`), so a league table can show the officially published rank.
    static func rankPartner(of code: String, among codes: Set<String>) -> String? {
        for suffix in ["_score", "_index"] where code.hasSuffix(suffix) {
            let candidate = String(code.dropLast(suffix.count)) + "_rank"
            if codes.contains(candidate) { return candidate }
        }
        let candidate = code + "_rank"
        return codes.contains(candidate) ? candidate : nil
    }
}
