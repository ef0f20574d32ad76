import Foundation

/// Cuts a document into passages for the search index: paragraphs, and long paragraphs
/// into sentences, so a hit points at a few lines a reader can check rather than a page.
package enum Passages {
    /// A paragraph longer than this is split at sentence ends.
    package static let sentenceSplitLength = 300

    package static func split(_ body: String) -> [String] {
        var result: [String] = []
        for paragraph in body.split(whereSeparator: \.isNewline) {
            let trimmed = paragraph.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            if trimmed.count <= sentenceSplitLength {
                result.append(trimmed)
            } else {
                result.append(contentsOf: sentences(trimmed))
            }
        }
        return result
    }

    /// Sentence ends are ".", "!", "?" or ";" followed by a space; "1.824" and "30/9/2023"
    /// have no space after the dot, so figures stay whole.
    package static func sentences(_ paragraph: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character?
        for character in paragraph {
            if character == " ", let p = previous, ".!?;".contains(p) {
                let sentence = current.trimmingCharacters(in: .whitespaces)
                if !sentence.isEmpty { result.append(sentence) }
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { result.append(last) }
        return result
    }
}
