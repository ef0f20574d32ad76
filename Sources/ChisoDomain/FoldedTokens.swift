/// A text cut into word tokens the way FTS5's unicode61 tokenizer cuts it (runs of letters
/// and digits), each token folded (lower case, no marks, đ→d) and tied to its place in the
/// original characters. That tie is what lets a match found in folded text be marked in
/// the accented original.
package struct FoldedTokens {
    package struct Token {
        package let folded: String
        /// Character offsets in the original text, end exclusive.
        package let start: Int
        package let end: Int
    }

    package let characters: [Character]
    package let tokens: [Token]

    package init(_ text: String) {
        characters = Array(VietnameseText.nfc(text))
        var tokens: [Token] = []
        var current = ""
        var start = 0
        for (offset, character) in characters.enumerated() {
            if character.isLetter || character.isNumber {
                if current.isEmpty { start = offset }
                current += FoldedTokens.fold(character)
            } else if !current.isEmpty {
                tokens.append(Token(folded: current, start: start, end: offset))
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(Token(folded: current, start: start, end: characters.count)) }
        self.tokens = tokens
    }

    /// The folded tokens joined by spaces: the text FTS5 indexes and queries.
    package var foldedText: String { tokens.map(\.folded).joined(separator: " ") }

    private static func fold(_ character: Character) -> String {
        if character.isASCII { return character.lowercased() }
        return VietnameseText.fold(String(character))
    }

    /// Character ranges where `phrase` (folded tokens) occurs as consecutive tokens.
    package func ranges(ofPhrase phrase: [String]) -> [Range<Int>] {
        guard !phrase.isEmpty, tokens.count >= phrase.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        while i <= tokens.count - phrase.count {
            if phrase.indices.allSatisfy({ tokens[i + $0].folded == phrase[$0] }) {
                result.append(tokens[i].start..<tokens[i + phrase.count - 1].end)
                i += phrase.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// Character ranges of every token equal to one of `words`.
    package func ranges(ofWords words: Set<String>) -> [Range<Int>] {
        tokens.filter { words.contains($0.folded) }.map { $0.start..<$0.end }
    }
}
