/// One token of a folded period phrase: a word, a run of ASCII digits (kept as text so a
/// leading zero and the digit count survive: "02", "2023"), or one symbol, with every dash
/// variant read as "-".
enum PeriodToken: Equatable {
    case word(String)
    case number(String)
    case symbol(Character)

    var text: String {
        switch self {
        case .word(let w): return w
        case .number(let n): return n
        case .symbol(let c): return String(c)
        }
    }

    static func tokenize(_ folded: String) -> [PeriodToken] {
        var tokens: [PeriodToken] = []
        var current = ""
        var currentIsDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(currentIsDigits ? .number(current) : .word(current))
            current = ""
        }
        for ch in folded {
            if ch.isASCIIDigit || ch.isLetter {
                if !current.isEmpty && currentIsDigits != ch.isASCIIDigit { flush() }
                currentIsDigits = ch.isASCIIDigit
                current.append(ch)
            } else {
                flush()
                if ch.isWhitespace { continue }
                tokens.append(.symbol("–—−‐".contains(ch) ? "-" : ch))
            }
        }
        flush()
        return tokens
    }
}
